// The pane's layout: header with settings, notices, the Analyse panel and, once analysed, the results.
// Gets state and dispatch from App; the hooks it calls are the only code that reaches the host.
import { lazy, Suspense, useState, type Dispatch } from 'react';
import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { Settings20Regular } from '@fluentui/react-icons';
import { useAnalyze } from '../hooks/useAnalyze';
import { useDecisionRecord } from '../hooks/useDecisionRecord';
import { useInternalComments } from '../hooks/useInternalComments';
import { useSettingsCommands } from '../hooks/useSettingsCommands';
import { playbookInUse } from '../playbookInUse';
import type { StorageLike } from '../settings/settingsStore';
import type { PaneAction, PaneState } from '../state/paneState';
import { TEST_IDS } from '../testIds';
import { AnalyzePanel } from './AnalyzePanel';
import { ModeNotice } from './ModeNotice';
import { NoticeList } from './NoticeList';

// The first screen is only the Analyse button: results and settings load as separate chunks to keep start-up small.
const ResultsView = lazy(() => import('./ResultsView').then((module) => ({ default: module.ResultsView })));
const SettingsPanel = lazy(() => import('./SettingsPanel').then((module) => ({ default: module.SettingsPanel })));

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    maxWidth: '640px',
    minWidth: '0',
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
});

interface PaneBodyProps {
  readonly state: PaneState;
  readonly dispatch: Dispatch<PaneAction>;
  readonly storage: StorageLike | null;
  readonly storageKey: string;
}

export function PaneBody({ state, dispatch, storage, storageKey }: PaneBodyProps) {
  const styles = useStyles();
  const { mode } = state.settings;
  const playbook = playbookInUse(state.customPlaybook, mode);
  const analyze = useAnalyze(dispatch, { playbook, mode }, state.record.loaded);
  const settingsCommands = useSettingsCommands(dispatch, { storage, storageKey, settings: state.settings, customPlaybook: state.customPlaybook });
  const decisionRecord = useDecisionRecord(state.record, dispatch);
  const removeInternalComments = useInternalComments(dispatch);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const busy = state.phase.kind === 'reading' || state.phase.kind === 'analyzing';
  return (
    // A labelled region, not <main>: the workbench embeds the pane in a page that has its own main landmark.
    <section className={styles.main} aria-label="AI Data Terms">
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          AI Data Terms
        </Text>
        <Button
          appearance="subtle"
          icon={<Settings20Regular />}
          aria-expanded={settingsOpen}
          aria-controls="settings-panel"
          onClick={() => setSettingsOpen((open) => !open)}
          data-testid={TEST_IDS.settingsButton}
        >
          Settings
        </Button>
      </header>
      <NoticeList notices={state.notices} onDismiss={(id) => dispatch({ type: 'noticeDismissed', id })} onReanalyze={() => void analyze()} reanalyzeDisabled={busy} />
      {settingsOpen && (
        <Suspense fallback={<Spinner size="tiny" label="Opening settings…" />}>
          <SettingsPanel
            id="settings-panel"
            settings={state.settings}
            playbookName={playbook.name}
            isCustomPlaybook={state.customPlaybook !== null}
            problems={state.playbookProblems}
            commands={settingsCommands}
            onRemoveRecord={() => void decisionRecord.remove()}
            onRemoveInternalComments={() => void removeInternalComments()}
            onClose={() => setSettingsOpen(false)}
          />
        </Suspense>
      )}
      <AnalyzePanel phase={state.phase} onAnalyze={() => void analyze()} />
      {state.phase.kind === 'ready' && (
        <ModeNotice
          analysis={state.phase.analysis}
          mode={mode}
          busy={busy}
          onAnalyze={() => void analyze()}
          onSwitch={(next) => {
            settingsCommands.changeSettings({ ...state.settings, mode: next });
            void analyze({ mode: next, playbook: playbookInUse(state.customPlaybook, next) });
          }}
        />
      )}
      {state.phase.kind === 'ready' && (
        <Suspense fallback={<Spinner size="tiny" label="Showing the findings…" />}>
          {/* The findings keep the playbook of the mode they were made in until the next analysis. */}
          <ResultsView
            ready={state.phase}
            items={state.items}
            decisions={state.record.decisions}
            ourAuthors={state.ourAuthors}
            highlight={state.highlight}
            settings={state.settings}
            playbook={playbookInUse(state.customPlaybook, state.phase.analysis.mode)}
            dispatch={dispatch}
          />
        </Suspense>
      )}
    </section>
  );
}
