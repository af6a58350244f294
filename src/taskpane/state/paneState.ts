// The task pane's state and its reducer: every change to what the lawyer sees goes through one action here.
// Pure: must not import React, Office or the host implementation (types only).
import type { Analysis, Paragraph, RedlinePlan } from '../../engine/types';
import type { ApplyOutcome, HostCapabilities, HostError } from '../../host/documentHost';
import type { Playbook, PositionId } from '../../playbook/schema';
import type { PlaybookProblem } from '../../playbook/parsePlaybook';
import type { PaneSettings } from '../settings/settingsStore';

export type AnalysisPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'analyzing'; readonly paragraphCount: number }
  | {
      readonly kind: 'ready';
      readonly paragraphs: readonly Paragraph[];
      readonly analysis: Analysis;
      readonly capabilities: HostCapabilities;
    }
  | { readonly kind: 'failed'; readonly error: HostError };

/** What happened to one finding or missing protection, keyed by `itemKey`. */
export type ItemStatus =
  | { readonly kind: 'applying' }
  | { readonly kind: 'applied'; readonly positionId: PositionId; readonly plan: RedlinePlan; readonly outcome: ApplyOutcome }
  /** Redlined before this analysis (in an earlier session, or by a colleague), as the decision record says. */
  | { readonly kind: 'redlined'; readonly positionId: PositionId }
  /** The risk is real but accepted for this deal. */
  | { readonly kind: 'accepted'; readonly reason: string }
  /** Not an issue for this contract. */
  | { readonly kind: 'dismissed'; readonly reason: string }
  | { readonly kind: 'failed'; readonly error: HostError };

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

export interface PaneState {
  readonly phase: AnalysisPhase;
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
}

export type PaneAction =
  | { readonly type: 'analysisStarted' }
  | { readonly type: 'documentRead'; readonly paragraphCount: number }
  | {
      readonly type: 'analysisSucceeded';
      readonly paragraphs: readonly Paragraph[];
      readonly analysis: Analysis;
      readonly capabilities: HostCapabilities;
    }
  | { readonly type: 'analysisFailed'; readonly error: HostError }
  | { readonly type: 'applyStarted'; readonly keys: readonly string[] }
  | { readonly type: 'applySucceeded'; readonly applied: readonly AppliedItem[] }
  | { readonly type: 'applyFailed'; readonly keys: readonly string[]; readonly error: HostError }
  | { readonly type: 'itemDismissed'; readonly key: string; readonly reason: string }
  | { readonly type: 'itemAccepted'; readonly key: string; readonly reason: string }
  | { readonly type: 'itemRestored'; readonly key: string }
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
  return { phase: { kind: 'idle' }, highlight: 'off', items: {}, settings, customPlaybook, playbookProblems: [], notices };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'analysisStarted':
      // A new analysis makes earlier outcomes and document warnings meaningless; settings notices stay, and so does
      // `highlight`: requested highlights stay in the document until the lawyer switches them off.
      return { ...state, phase: { kind: 'reading' }, items: {}, notices: state.notices.filter((n) => !isDocumentNotice(n)) };
    case 'documentRead':
      return { ...state, phase: { kind: 'analyzing', paragraphCount: action.paragraphCount } };
    case 'analysisSucceeded':
      return { ...state, phase: { kind: 'ready', paragraphs: action.paragraphs, analysis: action.analysis, capabilities: action.capabilities } };
    case 'analysisFailed':
      return { ...state, phase: { kind: 'failed', error: action.error } };
    case 'applyStarted':
      return { ...state, items: withStatus(state.items, action.keys, () => ({ kind: 'applying' })) };
    case 'applySucceeded': {
      const items = { ...state.items };
      for (const { key, positionId, plan, outcome } of action.applied) items[key] = { kind: 'applied', positionId, plan, outcome };
      return { ...state, items };
    }
    case 'applyFailed':
      return { ...state, items: withStatus(state.items, action.keys, () => ({ kind: 'failed', error: action.error })) };
    case 'itemDismissed':
      return { ...state, items: { ...state.items, [action.key]: { kind: 'dismissed', reason: action.reason } } };
    case 'itemAccepted':
      return { ...state, items: { ...state.items, [action.key]: { kind: 'accepted', reason: action.reason } } };
    case 'itemRestored': {
      const { [action.key]: _removed, ...items } = state.items;
      return { ...state, items };
    }
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

function isDocumentNotice(notice: Notice): boolean {
  return notice.id.startsWith('document:');
}
