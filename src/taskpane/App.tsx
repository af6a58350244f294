// The task pane's root: theme, host context, state and layout. Everything reaches the document through `host`.
// Must not name Office or Word; index.tsx (production) and the workbench build the host and pass it in.
import { useMemo, useReducer, useState } from 'react';
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { DocumentHost } from '../host/documentHost';
import { HostProvider } from './hostContext';
import { loadSettings, type StorageLike } from './settings/settingsStore';
import { initialPaneState, paneReducer, type Notice } from './state/paneState';
import { PaneBody } from './components/PaneBody';
import { ErrorBoundary } from './components/ErrorBoundary';

export type { StorageLike } from './settings/settingsStore';

export interface AppProps {
  readonly host: DocumentHost;
  readonly storage: StorageLike | null;
  readonly storageKey: string;
  readonly theme: 'light' | 'dark';
}

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
});

export function App(props: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={props.theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.root}>
      <ErrorBoundary>
        <HostProvider host={props.host}>
          <PaneRoot storage={props.storage} storageKey={props.storageKey} />
        </HostProvider>
      </ErrorBoundary>
    </FluentProvider>
  );
}

function PaneRoot(props: { readonly storage: StorageLike | null; readonly storageKey: string }) {
  const [loaded] = useState(() => loadSettings(props.storage, props.storageKey));
  const initial = useMemo(() => {
    const notices: Notice[] = loaded.notice
      ? [{ id: 'settings:load', intent: 'warning', title: 'Saved settings were reset', message: loaded.notice, nextStep: 'Open Settings to check your side, comment audience and playbook.' }]
      : [];
    return initialPaneState(loaded.settings, loaded.customPlaybook, notices);
  }, [loaded]);
  const [state, dispatch] = useReducer(paneReducer, initial);
  return <PaneBody state={state} dispatch={dispatch} storage={props.storage} storageKey={props.storageKey} />;
}
