// Everything shown after an analysis: summary, report actions, apply-all, findings, missing protections and the
// protections already present. Wires plain callbacks to the hooks; cards below never see the host.
import { useMemo, type Dispatch } from 'react';
import type { RedlinePlan } from '../../engine/types';
import type { Playbook, PositionId } from '../../playbook/schema';
import type { CommentAudience } from '../../host/documentHost';
import { copyToClipboard } from '../browser/clipboard';
import { useHighlightCommand } from '../hooks/useHighlightCommand';
import { useRedlineCommands } from '../hooks/useRedlineCommands';
import { useReportCommands } from '../hooks/useReportCommands';
import { itemKey, type PaneTarget } from '../itemKey';
import { createPlanner } from '../planner';
import type { PaneSettings } from '../settings/settingsStore';
import { canInsertRedlines } from '../state/capabilityNotices';
import type { AnalysisPhase, HighlightState, ItemStatus, PaneAction } from '../state/paneState';
import { ApplyAllBar } from './ApplyAllBar';
import { FindingsList } from './FindingsList';
import { HighlightToggle } from './HighlightToggle';
import { MissingList } from './MissingList';
import { EarlierDecisions } from './EarlierDecisions';
import { RoundTwoPanel } from './RoundTwoPanel';
import type { Decision } from '../../negotiation/decisionRecord';
import { ReportBar } from './ReportBar';
import { SummaryCard } from './SummaryCard';
import type { ItemActions } from './itemActions';

interface ResultsViewProps {
  readonly ready: Extract<AnalysisPhase, { kind: 'ready' }>;
  readonly items: Readonly<Record<string, ItemStatus>>;
  /** The decision record, for decisions whose clause is no longer found. */
  readonly decisions: readonly Decision[];
  readonly ourAuthors: readonly string[];
  readonly highlight: HighlightState;
  readonly settings: PaneSettings;
  readonly playbook: Playbook;
  readonly dispatch: Dispatch<PaneAction>;
}

export function ResultsView({ ready, items, decisions, ourAuthors, highlight, settings, playbook, dispatch }: ResultsViewProps) {
  const { analysis, paragraphs, capabilities, labels } = ready;
  const redline = useRedlineCommands(dispatch);
  const setHighlight = useHighlightCommand(dispatch, analysis.findings, capabilities);
  const appliedKey = Object.values(items).map((status) => (status.kind === 'applied' ? status.plan.id : '')).join(' ');
  // Re-plan only when something went into the document or a card was decided, not on every status change.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const applied = useMemo(() => appliedPlans(items), [appliedKey]);
  const decidedKey = Object.entries(items).filter(([, status]) => status.kind !== 'applying' && status.kind !== 'failed').map(([key]) => key).sort().join(' ');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const decided = useMemo(() => Object.fromEntries(Object.entries(items).filter(([, status]) => status.kind !== 'applying' && status.kind !== 'failed')), [decidedKey]);
  const plan = useMemo(() => createPlanner(playbook, analysis, paragraphs, applied, decided), [playbook, analysis, paragraphs, applied, decided]);
  const applyAllComment: CommentAudience = capabilities.comments ? settings.commentAudience : 'none';
  const { goTo, apply } = redline;
  const rowContext = useMemo(() => ({ playbook, locate: (paragraph: number) => labels[paragraph]?.text ?? `¶ ${paragraph + 1}` }), [playbook, labels]);
  const report = useReportCommands(dispatch, analysis, items, rowContext);
  // Stable while nothing changes, so memoised cards do not re-render (and re-plan) on unrelated updates.
  const actions: ItemActions = useMemo(() => ({
    plan,
    canInsert: canInsertRedlines(capabilities),
    commentsAvailable: capabilities.comments,
    defaultComment: settings.commentAudience,
    goTo: (finding) => void goTo(finding),
    apply: (target: PaneTarget, positionId: PositionId, comment: CommentAudience) => {
      const result = plan(target, positionId);
      if (result.kind !== 'planned') return;
      void apply([{ key: itemKey(target), target, alsoKeys: result.alsoKeys ?? [], plan: result.plan, issueTitle: result.issue.title }], positionId, comment);
    },
    dismiss: (target, reason) => dispatch({ type: 'itemDismissed', key: itemKey(target), reason }),
    accept: (target, reason) => dispatch({ type: 'itemAccepted', key: itemKey(target), reason }),
    locate: rowContext.locate,
    restore: (target) => dispatch({ type: 'itemRestored', key: itemKey(target) }),
    copyClause: (text) => void copyClause(text, dispatch),
  }), [plan, rowContext, capabilities, settings.commentAudience, goTo, apply, dispatch]);
  return (
    <>
      <SummaryCard analysis={analysis} items={items} mode={analysis.mode ?? 'customer'} />
      <RoundTwoPanel ready={ready} applied={applied} ourAuthors={ourAuthors} playbook={playbook} dispatch={dispatch} />
      <ReportBar onCopy={() => void report.copy()} onExportCsv={report.exportCsv} onOpenMemo={() => void report.openMemo()} canOpenMemo={capabilities.createDocument} />
      {(analysis.findings.length > 0 || highlight !== 'off') && <HighlightToggle state={highlight} onChange={(on) => void setHighlight(on)} />}
      <ApplyAllBar
        playbook={playbook}
        paragraphs={paragraphs}
        applied={applied}
        analysis={analysis}
        items={items}
        canInsert={actions.canInsert}
        comment={applyAllComment}
        onApply={(planned) => void redline.apply(planned, 'preferred', applyAllComment)}
        locate={actions.locate}
      />
      <FindingsList findings={analysis.findings} items={items} playbook={playbook} actions={actions} terms={analysis.terms} />
      <MissingList missing={analysis.missing} items={items} playbook={playbook} actions={actions} />
      <EarlierDecisions analysis={analysis} decisions={decisions} />
    </>
  );
}

async function copyClause(text: string, dispatch: Dispatch<PaneAction>): Promise<void> {
  const copied = await copyToClipboard(text);
  dispatch({
    type: 'noticeShown',
    notice: copied
      ? { id: 'report:copy-clause', intent: 'success', title: 'Clause copied', message: 'The clause wording is on the clipboard.', nextStep: 'In Word, switch on Review › Track Changes, select the clause and paste.' }
      : { id: 'report:copy-clause', intent: 'warning', title: 'The clipboard is blocked here', message: 'This Office window did not allow copying.', nextStep: 'Select the wording in the preview and copy it with Ctrl+C (Cmd+C on a Mac).' },
  });
}

function appliedPlans(items: Readonly<Record<string, ItemStatus>>): RedlinePlan[] {
  return Object.values(items).flatMap((status) => (status.kind === 'applied' ? [status.plan] : []));
}
