// Everything shown after an analysis: summary, report actions, apply-all, findings, missing protections and the
// protections already present. Wires plain callbacks to the hooks; cards below never see the host.
import { useCallback, type Dispatch } from 'react';
import type { Paragraph } from '../../engine/types';
import type { Playbook, PositionId } from '../../playbook/schema';
import type { CommentAudience } from '../../host/documentHost';
import { useRedlineCommands } from '../hooks/useRedlineCommands';
import { useReportCommands } from '../hooks/useReportCommands';
import { itemKey, type PaneTarget } from '../itemKey';
import { planFor, type PlanResult } from '../playbookLookup';
import type { PaneSettings } from '../settings/settingsStore';
import { canInsertRedlines } from '../state/capabilityNotices';
import type { AnalysisPhase, ItemStatus, PaneAction } from '../state/paneState';
import { ApplyAllBar } from './ApplyAllBar';
import { FindingsList } from './FindingsList';
import { MissingList } from './MissingList';
import { ReportBar } from './ReportBar';
import { SummaryCard } from './SummaryCard';
import type { ItemActions } from './itemActions';

interface ResultsViewProps {
  readonly ready: Extract<AnalysisPhase, { kind: 'ready' }>;
  readonly items: Readonly<Record<string, ItemStatus>>;
  readonly settings: PaneSettings;
  readonly playbook: Playbook;
  readonly dispatch: Dispatch<PaneAction>;
}

export function ResultsView({ ready, items, settings, playbook, dispatch }: ResultsViewProps) {
  const { analysis, paragraphs, capabilities } = ready;
  const redline = useRedlineCommands(dispatch);
  const report = useReportCommands(dispatch, analysis, items, playbook.name);
  const plan = useCallback(
    (target: PaneTarget, positionId: PositionId): PlanResult => planFor(playbook, target, positionId, analysis, paragraphs),
    [analysis, paragraphs, playbook],
  );
  const applyAllComment: CommentAudience = capabilities.comments ? settings.commentAudience : 'none';
  const actions: ItemActions = {
    plan,
    canInsert: canInsertRedlines(capabilities),
    commentsAvailable: capabilities.comments,
    defaultComment: settings.commentAudience,
    paragraphText: (index: number) => paragraphText(paragraphs, index),
    goTo: (finding) => void redline.goTo(finding),
    apply: (target: PaneTarget, positionId: PositionId, comment: CommentAudience) => {
      const result = plan(target, positionId);
      if (result.kind !== 'planned') return;
      void redline.apply([{ key: itemKey(target), target, plan: result.plan, issueTitle: result.issue.title }], positionId, comment);
    },
    dismiss: (target, reason) => dispatch({ type: 'itemDismissed', key: itemKey(target), reason }),
    restore: (target) => dispatch({ type: 'itemRestored', key: itemKey(target) }),
  };
  return (
    <>
      <SummaryCard analysis={analysis} items={items} side={settings.side} />
      <ReportBar onCopy={() => void report.copy()} onExportCsv={report.exportCsv} onOpenMemo={() => void report.openMemo()} canOpenMemo={capabilities.createDocument} />
      <ApplyAllBar
        playbook={playbook}
        analysis={analysis}
        paragraphs={paragraphs}
        items={items}
        canInsert={actions.canInsert}
        comment={applyAllComment}
        onApply={(planned) => void redline.apply(planned, 'preferred', applyAllComment)}
      />
      <FindingsList findings={analysis.findings} items={items} playbook={playbook} actions={actions} />
      <MissingList missing={analysis.missing} items={items} playbook={playbook} actions={actions} />
    </>
  );
}

function paragraphText(paragraphs: readonly Paragraph[], index: number): string {
  return paragraphs[index]?.text ?? '';
}
