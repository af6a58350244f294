// The one primary button and the progress of a running analysis (paragraph count first, then findings).
// Plain data and callbacks only; must not reach the host.
import { Button, Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { plural } from '../plural';
import type { AnalysisPhase } from '../state/paneState';
import { TEST_IDS } from '../testIds';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

interface AnalyzePanelProps {
  readonly phase: AnalysisPhase;
  readonly onAnalyze: () => void;
}

export function AnalyzePanel({ phase, onAnalyze }: AnalyzePanelProps) {
  const styles = useStyles();
  const busy = phase.kind === 'reading' || phase.kind === 'analyzing';
  return (
    <section className={styles.panel} aria-label="Analyse">
      {phase.kind === 'idle' && (
        <Text>Check this contract for clauses that let the vendor use your data for AI. Nothing leaves your computer.</Text>
      )}
      {/* disabledFocusable: a plain disabled button would drop keyboard focus to the page top while analysing. */}
      <Button appearance="primary" size="large" onClick={onAnalyze} disabledFocusable={busy} data-testid={TEST_IDS.analyzeButton}>
        {phase.kind === 'ready' || phase.kind === 'failed' ? 'Analyse again' : 'Analyse this contract'}
      </Button>
      <div role="status" aria-live="polite" data-testid={TEST_IDS.analysisProgress}>
        {busy && (
          <Field validationMessage={progressText(phase)} validationState="none">
            <ProgressBar thickness="large" aria-label="Analysis progress" />
          </Field>
        )}
        {phase.kind === 'ready' && <Text size={200}>{readyText(phase.paragraphs.length, phase.analysis.findings.length)}</Text>}
        {phase.kind === 'failed' && <Text size={200}>The analysis did not finish; see the message above.</Text>}
      </div>
    </section>
  );
}

function progressText(phase: AnalysisPhase): string {
  if (phase.kind === 'analyzing') return `Checking ${plural(phase.paragraphCount, 'paragraph')}…`;
  return 'Reading the document…';
}

function readyText(paragraphs: number, findings: number): string {
  return `Checked ${plural(paragraphs, 'paragraph')}: ${plural(findings, 'finding')}.`;
}
