// The pane's reducer: each action moves the state one step, and nothing else changes by accident.
import type { RedlinePlan } from '../../src/engine/types';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings/settingsStore';
import { initialPaneState, paneReducer, type Notice, type PaneState } from '../../src/taskpane/state/paneState';
import { FULL_CAPABILITIES } from './fakeHost';
import { CUSTOM_PLAYBOOK } from './fixtures/customPlaybook';
import { ANALYSIS, IMPROVEMENT, MISSING_AUDIT, PARAGRAPHS, TRAINING } from './fixtures/analysisFixture';
import { parseDecisionRecord, serializeDecisionRecord } from '../../src/negotiation/decisionRecord';
import { readRecordText, type RecordRead } from '../../src/taskpane/decisions/paneDecisions';

const start = initialPaneState(DEFAULT_SETTINGS, null);
const outcome = { planId: 'p1', mode: 'word-level' as const, verified: true };
const PLAN: RedlinePlan = {
  id: 'p1',
  kind: 'word-level',
  source: { kind: 'finding', findingId: 'a' },
  positionId: 'fallback1',
  paragraph: 2,
  originalText: 'old',
  targetText: 'new',
  ops: [{ kind: 'delete', start: 0, end: 3, text: 'old' }, { kind: 'insert', at: 3, text: 'new' }],
  newParagraphs: [],
  comment: { internal: 'i', external: 'e' },
};
const changed = { kind: 'document-changed' as const, message: 'The paragraph changed.', nextStep: 'Analyse again.' };

function ready(): PaneState {
  const reading = paneReducer(start, { type: 'analysisStarted' });
  const analyzing = paneReducer(reading, { type: 'documentRead', paragraphCount: PARAGRAPHS.length });
  return paneReducer(analyzing, { type: 'analysisSucceeded', paragraphs: PARAGRAPHS, analysis: ANALYSIS, capabilities: FULL_CAPABILITIES, record: { decisions: [], writable: true } });
}

describe('paneReducer: analysis', () => {
  it('goes idle → reading → analyzing (with the paragraph count) → ready', () => {
    const reading = paneReducer(start, { type: 'analysisStarted' });
    expect(reading.phase).toEqual({ kind: 'reading' });
    const analyzing = paneReducer(reading, { type: 'documentRead', paragraphCount: 5 });
    expect(analyzing.phase).toEqual({ kind: 'analyzing', paragraphCount: 5 });
    expect(ready().phase).toMatchObject({ kind: 'ready', analysis: ANALYSIS });
  });

  it('records a failure with the host error', () => {
    const failed = paneReducer(paneReducer(start, { type: 'analysisStarted' }), { type: 'analysisFailed', error: changed });
    expect(failed.phase).toEqual({ kind: 'failed', error: changed });
  });

  it('forgets item outcomes and document notices on a new analysis but keeps settings notices', () => {
    const settingsNotice: Notice = { id: 'settings:load', intent: 'warning', title: 't', message: 'm' };
    const documentNotice: Notice = { id: 'document:read-only', intent: 'error', title: 't', message: 'm' };
    let state = paneReducer(ready(), { type: 'itemDismissed', key: 'finding:x', reason: 'Not relevant' });
    state = paneReducer(state, { type: 'noticeShown', notice: settingsNotice });
    state = paneReducer(state, { type: 'noticeShown', notice: documentNotice });
    const again = paneReducer(state, { type: 'analysisStarted' });
    expect(again.items).toEqual({});
    expect(again.notices).toEqual([settingsNotice]);
  });
});

describe('paneReducer: items', () => {
  it('marks items applying, then applied with the outcome', () => {
    const applying = paneReducer(ready(), { type: 'applyStarted', keys: ['finding:a', 'missing:audit'] });
    expect(applying.items).toEqual({ 'finding:a': { kind: 'applying' }, 'missing:audit': { kind: 'applying' } });
    const applied = paneReducer(applying, { type: 'applySucceeded', applied: [{ key: 'finding:a', positionId: 'fallback1', plan: PLAN, outcome }] });
    expect(applied.items['finding:a']).toEqual({ kind: 'applied', positionId: 'fallback1', plan: PLAN, outcome });
    expect(applied.items['missing:audit']).toEqual({ kind: 'applying' });
  });

  it('marks every key of a failed batch as failed with the error', () => {
    const failed = paneReducer(paneReducer(ready(), { type: 'applyStarted', keys: ['a', 'b'] }), { type: 'applyFailed', keys: ['a', 'b'], error: changed });
    expect(failed.items).toEqual({ a: { kind: 'failed', error: changed }, b: { kind: 'failed', error: changed } });
  });

  it('dismisses with a reason and restores', () => {
    const dismissed = paneReducer(ready(), { type: 'itemDismissed', key: 'finding:a', reason: 'Covered elsewhere' });
    expect(dismissed.items['finding:a']).toEqual({ kind: 'dismissed', reason: 'Covered elsewhere' });
    expect(paneReducer(dismissed, { type: 'itemRestored', key: 'finding:a' }).items).toEqual({});
  });
});

describe('paneReducer: the decision record', () => {
  const key = `finding:${TRAINING.id}`;
  const reanalyse = (state: PaneState, paragraphs = PARAGRAPHS, analysis = ANALYSIS, record: RecordRead = { decisions: [], writable: true }) =>
    paneReducer(paneReducer(state, { type: 'analysisStarted' }), { type: 'analysisSucceeded', paragraphs, analysis, capabilities: FULL_CAPABILITIES, record });

  it('records each decision by fingerprint, and bumps the revision so it is saved', () => {
    let state = paneReducer(ready(), { type: 'itemDismissed', key, reason: 'Covered elsewhere' });
    state = paneReducer(state, { type: 'itemAccepted', key: `missing:${MISSING_AUDIT.category}`, reason: 'Business sign-off obtained' });
    state = paneReducer(state, { type: 'applySucceeded', applied: [{ key: `finding:${IMPROVEMENT.id}`, positionId: 'fallback1', plan: PLAN, outcome, comment: 'Our note' }] });
    expect(state.record.revision).toBe(3);
    expect(state.record.decisions.map(({ category, status, position, reason, comment, paragraph }) => ({ category, status, position, reason, comment, paragraph }))).toEqual([
      { category: 'ai-training', status: 'dismissed', position: undefined, reason: 'Covered elsewhere', comment: undefined, paragraph: 2 },
      { category: 'audit', status: 'accepted', position: undefined, reason: 'Business sign-off obtained', comment: undefined, paragraph: 4 },
      { category: 'service-improvement', status: 'redlined', position: 'fallback1', reason: undefined, comment: 'Our note', paragraph: 4 },
    ]);
    // Every decision the reducer makes is one the record format accepts.
    expect(parseDecisionRecord(serializeDecisionRecord(state.record.decisions)).ok).toBe(true);
    expect(paneReducer(state, { type: 'itemRestored', key }).record.decisions).toHaveLength(2);
  });

  it('keeps statuses across a new analysis, also after a small edit to the clause', () => {
    const state = paneReducer(ready(), { type: 'itemDismissed', key, reason: 'Covered elsewhere' });
    expect(reanalyse(state).items[key]).toEqual({ kind: 'dismissed', reason: 'Covered elsewhere' });
    const edited = { ...TRAINING, quote: TRAINING.quote.replace('forever', 'for ever') };
    const after = reanalyse(state, PARAGRAPHS, { ...ANALYSIS, findings: [edited, IMPROVEMENT] });
    expect(after.items[key]).toEqual({ kind: 'dismissed', reason: 'Covered elsewhere' });
    expect(after.items[`finding:${IMPROVEMENT.id}`]).toBeUndefined();
  });

  it('takes the statuses from the document on the first analysis of a session', () => {
    const earlier = paneReducer(ready(), { type: 'itemDismissed', key, reason: 'Not relevant to this contract' }).record.decisions;
    const opened = reanalyse(start, PARAGRAPHS, ANALYSIS, readRecordText(serializeDecisionRecord(earlier)));
    expect(opened.items[key]).toEqual({ kind: 'dismissed', reason: 'Not relevant to this contract' });
    expect(opened.record).toMatchObject({ loaded: true, writable: true, revision: 0 });
  });

  it('leaves a damaged record alone, and starts empty once the record is removed', () => {
    const damaged = reanalyse(start, PARAGRAPHS, ANALYSIS, readRecordText('<decisionRecord'));
    expect(damaged.record.writable).toBe(false);
    const removed = paneReducer(damaged, { type: 'recordRemoved' });
    expect(removed.record).toMatchObject({ decisions: [], writable: true });
  });
});

describe('paneReducer: settings and playbook', () => {
  it('changes settings', () => {
    expect(paneReducer(start, { type: 'settingsChanged', settings: { mode: 'vendor', commentAudience: 'none' } }).settings).toEqual({ mode: 'vendor', commentAudience: 'none' });
  });

  it('keeps the playbook in use when an import is rejected, and clears the problems on the next good import', () => {
    const withCustom = paneReducer(start, { type: 'playbookImported', playbook: CUSTOM_PLAYBOOK });
    const problems = [{ path: 'issues.0.title', message: 'the issue title must not be empty' }];
    const rejected = paneReducer(withCustom, { type: 'playbookRejected', problems });
    expect(rejected.customPlaybook).toBe(CUSTOM_PLAYBOOK);
    expect(rejected.playbookProblems).toEqual(problems);
    expect(paneReducer(rejected, { type: 'playbookImported', playbook: CUSTOM_PLAYBOOK }).playbookProblems).toEqual([]);
    expect(paneReducer(rejected, { type: 'playbookReset' })).toMatchObject({ customPlaybook: null, playbookProblems: [] });
  });
});

describe('paneReducer: notices', () => {
  it('replaces a notice with the same id instead of stacking it, and dismisses by id', () => {
    const first: Notice = { id: 'report:copy', intent: 'success', title: 'Copied', message: '1 row' };
    const second: Notice = { ...first, message: '2 rows' };
    const shown = paneReducer(paneReducer(start, { type: 'noticeShown', notice: first }), { type: 'noticeShown', notice: second });
    expect(shown.notices).toEqual([second]);
    expect(paneReducer(shown, { type: 'noticeDismissed', id: 'report:copy' }).notices).toEqual([]);
  });
});
