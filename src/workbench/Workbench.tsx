// The workbench layout: toolbar, the simulated document on the left and the real task pane (H5's App) on the right,
// bound to the simulator through the real Word adapter. Publishes window.workbench for tests.
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { Button, Dropdown, FluentProvider, Option, Switch, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from '../taskpane/App';
import { safeLocalStorage } from '../taskpane/browser/safeLocalStorage';
import { settingsStorageKey } from '../taskpane/storageKey';
import { DocumentPane } from './DocumentPane';
import { toDocumentView } from './documentView';
import { LoadDocumentDialog } from './LoadDocumentDialog';
import { API_LEVELS, createSession, reopenSession, type ApiLevel, type Session } from './session';
import type { WorkbenchParagraph } from './splitParagraphs';
import { toParagraphs, type WorkbenchApi } from './workbenchApi';

const useStyles = makeStyles({
  shell: { height: '100vh', display: 'grid', gridTemplateRows: 'auto minmax(0, 1fr)', backgroundColor: tokens.colorNeutralBackground3 },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px', padding: '6px 12px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: '12px' },
  status: { color: tokens.colorNeutralForeground3, marginLeft: 'auto' },
  main: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 340px', minHeight: 0 },
  document: { overflowY: 'auto', padding: '0 16px' },
  pane: { overflowY: 'auto', borderLeft: `1px solid ${tokens.colorNeutralStroke1}` },
  api: { minWidth: '150px' },
});

const storage = safeLocalStorage();

export function Workbench({ initialParagraphs }: { initialParagraphs: readonly WorkbenchParagraph[] }) {
  const styles = useStyles();
  const [apiLevel, setApiLevel] = useState<ApiLevel>('1.7');
  const [dark, setDark] = useState(false);
  const [documentVersion, setDocumentVersion] = useState(0);
  const [paragraphs, setParagraphs] = useState(initialParagraphs);
  // A new session (and a fresh pane) per API level or loaded document, as if Word opened another file; "Close and
  // reopen" keeps the file and gives it a fresh host and pane.
  const created = useMemo(() => createSession(paragraphs, apiLevel), [paragraphs, apiLevel]);
  const [reopened, setReopened] = useState<{ readonly from: Session; readonly session: Session } | undefined>(undefined);
  const session = reopened?.from === created ? reopened.session : created;
  const [opens, setOpens] = useState(0);
  const reopen = () => {
    setReopened({ from: created, session: reopenSession(session) });
    setOpens((count) => count + 1);
  };
  const snapshot = useSyncExternalStore(session.store.subscribe, session.store.getSnapshot);
  const view = useMemo(() => toDocumentView(snapshot), [snapshot]);

  useEffect(() => {
    const api: WorkbenchApi = {
      load: (input) => {
        setParagraphs(toParagraphs(input));
        setDocumentVersion((v) => v + 1);
      },
      snapshot: () => session.simulator.snapshot(),
      acceptAll: () => session.simulator.acceptAll(),
      rejectAll: () => session.simulator.rejectAll(),
      reopen,
      storedParts: () => session.simulator.storedParts(),
    };
    window.workbench = api;
  });

  const theme = dark ? 'dark' : 'light';
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.shell}>
        {/* A plain group, not Fluent's Toolbar: its arrow-key focus sentinels are aria-hidden yet focusable (axe's
            aria-hidden-focus; microsoft/fluentui#27056), and a row of a few buttons is as quick to reach with Tab. */}
        <div className={styles.bar} role="group" aria-label="Workbench">
          <Text className={styles.title}>AI Data Terms workbench</Text>
          <LoadDocumentDialog onLoad={(next) => { setParagraphs(next); setDocumentVersion((v) => v + 1); }} />
          <Button data-testid="wb-accept-all" onClick={() => session.simulator.acceptAll()}>Accept all</Button>
          <Button data-testid="wb-reject-all" onClick={() => session.simulator.rejectAll()}>Reject all</Button>
          <Button data-testid="wb-reopen" onClick={reopen}>Close and reopen</Button>
          <Dropdown
            className={styles.api}
            aria-label="Word API level"
            data-testid="wb-api-level"
            value={`WordApi ${apiLevel}`}
            selectedOptions={[apiLevel]}
            onOptionSelect={(_, data) => data.optionValue && setApiLevel(data.optionValue as ApiLevel)}
          >
            {API_LEVELS.map((level) => <Option key={level} value={level}>{`WordApi ${level}`}</Option>)}
          </Dropdown>
          <Switch data-testid="wb-dark" label="Dark theme" checked={dark} onChange={(_, data) => setDark(data.checked)} />
          <Text className={styles.status} aria-live="polite">{`${view.paragraphs.length} paragraphs · ${view.revisionCount} tracked changes · ${view.comments.length} comments`}</Text>
        </div>
        <div className={styles.main}>
          {/* Focusable, so a keyboard user can scroll the document (it holds nothing else to focus). */}
          <main className={styles.document} tabIndex={0} aria-label="Document">
            <DocumentPane view={view} />
          </main>
          <section className={styles.pane} aria-label="AI Data Terms task pane" data-testid="wb-pane">
            <App key={`${apiLevel}:${documentVersion}:${opens}`} host={session.host} storage={storage} storageKey={settingsStorageKey(undefined)} theme={theme} />
          </section>
        </div>
      </div>
    </FluentProvider>
  );
}
