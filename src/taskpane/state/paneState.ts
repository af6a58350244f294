// The task pane's state and its reducer: every change to what the lawyer sees goes through one action here.
// Pure: must not import React, Office or the host implementation (types only).
import { clauseLabels, type ClauseLabel } from '../../engine/clauseLabels';
import type { Analysis, Paragraph, RedlinePlan } from '../../engine/types';
import type { ItemStatus } from './itemStatus';
import { withDecision, type Decision } from '../../negotiation/decisionRecord';
import type { ApplyOutcome, HostCapabilities, HostError } from '../../host/documentHost';
import type { Playbook, PositionId } from '../../playbook/schema';
import type { PlaybookProblem } from '../../playbook/parsePlaybook';
import type { PaneSettings } from '../settings/settingsStore';
import { decisionFor, itemsFromDecisions, targetOfKey, type RecordRead } from '../decisions/paneDecisions';

export type AnalysisPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'analyzing'; readonly paragraphCount: number }
  | {
      readonly kind: 'ready';
      readonly paragraphs: readonly Paragraph[];
      readonly analysis: Analysis;
      readonly capabilities: HostCapabilities;
      /** The contract's own name for each paragraph ("3.3"). */
      readonly labels: readonly ClauseLabel[];
    }
  | { readonly kind: 'failed'; readonly error: HostError };

export type { ItemStatus } from './itemStatus';

export type NoticeIntent = 'error' | 'warning' | 'info' | 'success';

export interface Notice {
  readonly id: string;
  readonly intent: NoticeIntent;
  readonly title: string;
  readonly message: string;
  readonly nextStep?: string;
  /** An action button the notice offers. */
  readonly action?: 'reanalyze';
}

/** Whether the lawyer's requested highlights are in the document; 'turning-*' while the host works. */
export type HighlightState = 'off' | 'turning-on' | 'on' | 'turning-off';

/** The decisions kept in the document, as this pane knows them. */
export interface RecordState {
  readonly decisions: readonly Decision[];
  /** Read from the document (or decided) in this session; later analyses keep these rather than re-read. */
  readonly loaded: boolean;
  /** False when the document holds a record this version must leave alone. */
  readonly writable: boolean;
  /** Bumped on every decision the lawyer makes, so the record is saved once per change. */
  readonly revision: number;
}

export interface PaneState {
  readonly phase: AnalysisPhase;
  readonly record: RecordState;
  /** Who Word says made this pane's redlines (found in round two), so their changes are never taken for theirs. */
  readonly ourAuthors: readonly string[];
  readonly highlight: HighlightState;
  readonly items: Readonly<Record<string, ItemStatus>>;
  readonly settings: PaneSettings;
  /** null: the default playbook is in use. */
  readonly customPlaybook: Playbook | null;
  readonly playbookProblems: readonly PlaybookProblem[];
  readonly notices: readonly Notice[];
}

export interface AppliedItem {
  readonly key: string;
  readonly positionId: PositionId;
  readonly plan: RedlinePlan;
  readonly outcome: ApplyOutcome;
  /** The comment inserted with it, if any. */
  readonly comment?: string;
}

export type PaneAction =
  | { readonly type: 'analysisStarted' }
  | { readonly type: 'documentRead'; readonly paragraphCount: number }
  | {
      readonly type: 'analysisSucceeded';
      readonly paragraphs: readonly Paragraph[];
      readonly analysis: Analysis;
      readonly capabilities: HostCapabilities;
      /** The decision record as read from the document with this analysis. */
      readonly record: RecordRead;
    }
  | { readonly type: 'analysisFailed'; readonly error: HostError }
  | { readonly type: 'applyStarted'; readonly keys: readonly string[] }
  | { readonly type: 'applySucceeded'; readonly applied: readonly AppliedItem[] }
  | { readonly type: 'applyFailed'; readonly keys: readonly string[]; readonly error: HostError }
  | { readonly type: 'itemDismissed'; readonly key: string; readonly reason: string }
  | { readonly type: 'itemAccepted'; readonly key: string; readonly reason: string }
  | { readonly type: 'itemRestored'; readonly key: string }
  | { readonly type: 'recordRemoved' }
  | { readonly type: 'ourAuthorsFound'; readonly names: readonly string[] }
  | { readonly type: 'settingsChanged'; readonly settings: PaneSettings }
  | { readonly type: 'playbookImported'; readonly playbook: Playbook }
  | { readonly type: 'playbookRejected'; readonly problems: readonly PlaybookProblem[] }
  | { readonly type: 'playbookReset' }
  | { readonly type: 'highlightRequested'; readonly on: boolean }
  | { readonly type: 'highlightSucceeded'; readonly on: boolean }
  | { readonly type: 'highlightFailed'; readonly on: boolean }
  | { readonly type: 'noticeShown'; readonly notice: Notice }
  | { readonly type: 'noticeDismissed'; readonly id: string };

export function initialPaneState(settings: PaneSettings, customPlaybook: Playbook | null, notices: readonly Notice[] = []): PaneState {
  const record: RecordState = { decisions: [], loaded: false, writable: true, revision: 0 };
  return { phase: { kind: 'idle' }, record, ourAuthors: [], highlight: 'off', items: {}, settings, customPlaybook, playbookProblems: [], notices };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'analysisStarted':
      // A new analysis makes earlier outcomes and document warnings meaningless; settings notices stay, and so does
      // `highlight`: requested highlights stay in the document until the lawyer switches them off.
      return { ...state, phase: { kind: 'reading' }, items: {}, notices: state.notices.filter((n) => !isDocumentNotice(n)) };
    case 'documentRead':
      return { ...state, phase: { kind: 'analyzing', paragraphCount: action.paragraphCount } };
    case 'analysisSucceeded': {
      // Statuses survive re-analysis: this session's decisions if it has any, else the document's record.
      const source = state.record.loaded ? state.record : { ...action.record, revision: state.record.revision };
      const record: RecordState = { decisions: source.decisions, writable: source.writable, revision: source.revision, loaded: true };
      const labels = clauseLabels(action.paragraphs);
      return {
        ...state,
        phase: { kind: 'ready', paragraphs: action.paragraphs, analysis: action.analysis, capabilities: action.capabilities, labels },
        items: itemsFromDecisions(action.analysis, record.decisions),
        record,
      };
    }
    case 'analysisFailed':
      return { ...state, phase: { kind: 'failed', error: action.error } };
    case 'applyStarted':
      return { ...state, items: withStatus(state.items, action.keys, () => ({ kind: 'applying' })) };
    case 'applySucceeded': {
      const items = { ...state.items };
      for (const { key, positionId, plan, outcome } of action.applied) items[key] = { kind: 'applied', positionId, plan, outcome };
      const decided = action.applied.map((item) => ({ key: item.key, decided: { status: 'redlined', position: item.positionId, comment: item.comment } as const }));
      return recordDecisions({ ...state, items }, decided);
    }
    case 'applyFailed':
      return { ...state, items: withStatus(state.items, action.keys, () => ({ kind: 'failed', error: action.error })) };
    case 'itemDismissed':
    case 'itemAccepted': {
      const status = action.type === 'itemDismissed' ? 'dismissed' : 'accepted';
      const items: PaneState['items'] = { ...state.items, [action.key]: { kind: status, reason: action.reason } };
      return recordDecisions({ ...state, items }, [{ key: action.key, decided: { status, reason: action.reason } }]);
    }
    case 'itemRestored': {
      const { [action.key]: _removed, ...items } = state.items;
      return recordDecisions({ ...state, items }, [{ key: action.key, decided: { status: 'open' } }]);
    }
    case 'ourAuthorsFound':
      return { ...state, ourAuthors: [...new Set([...state.ourAuthors, ...action.names])] };
    case 'recordRemoved':
      return { ...state, record: { ...state.record, decisions: [], writable: true, loaded: true } };
    case 'settingsChanged':
      return { ...state, settings: action.settings };
    case 'playbookImported':
      return { ...state, customPlaybook: action.playbook, playbookProblems: [] };
    case 'playbookRejected':
      // The playbook in use stays exactly as it was; only the problems are recorded.
      return { ...state, playbookProblems: action.problems };
    case 'playbookReset':
      return { ...state, customPlaybook: null, playbookProblems: [] };
    case 'highlightRequested':
      return { ...state, highlight: action.on ? 'turning-on' : 'turning-off' };
    case 'highlightSucceeded':
      return { ...state, highlight: action.on ? 'on' : 'off' };
    case 'highlightFailed':
      // A failed request leaves the document as it was: no highlights after a failed 'on', still highlighted after a failed 'off'.
      return { ...state, highlight: action.on ? 'off' : 'on' };
    case 'noticeShown':
      return { ...state, notices: [...state.notices.filter((n) => n.id !== action.notice.id), action.notice] };
    case 'noticeDismissed':
      return { ...state, notices: state.notices.filter((n) => n.id !== action.id) };
  }
}

function withStatus(items: PaneState['items'], keys: readonly string[], status: () => ItemStatus): PaneState['items'] {
  const next = { ...items };
  for (const key of keys) next[key] = status();
  return next;
}

/** Writes what the lawyer decided into the record (by fingerprint), and marks the record for saving. */
function recordDecisions(state: PaneState, changes: readonly { key: string; decided: Parameters<typeof decisionFor>[2] }[]): PaneState {
  if (state.phase.kind !== 'ready' || changes.length === 0) return state;
  const { analysis, labels } = state.phase;
  let decisions = state.record.decisions;
  for (const { key, decided } of changes) {
    const target = targetOfKey(analysis, key);
    if (!target) continue;
    decisions = withDecision(decisions, decisionFor(target, labels['id' in target ? target.paragraph : target.insertAfterParagraph]?.text, decided));
  }
  return { ...state, record: { ...state.record, decisions, loaded: true, revision: state.record.revision + 1 } };
}

function isDocumentNotice(notice: Notice): boolean {
  return notice.id.startsWith('document:');
}
