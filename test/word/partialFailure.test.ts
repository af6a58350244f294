// Issue 10 items 3 and 4 (R4, R5): plans go in from the end of the document backwards; a batch that fails part-way
// is read back and the result says exactly what is in the document; comments go in their own sync, so a refused
// comment leaves the edits in; Word on the web's spurious insertText rejection is judged by what went in.
import { createSimulator, type SimFailure } from '../../src/simulator';
import { reviewedText } from '../../src/simulator/reviewedText';
import { createWordHost } from '../../src/word/createWordHost';
import { rewritePlan } from './planFixture';

const FIRST = 'Provider may use Customer Data freely.';
const THIRD = 'Provider may keep Customer Data forever.';

function setup(failure: SimFailure, platform: 'windows' | 'web' = 'windows') {
  const sim = createSimulator({ paragraphs: [FIRST, 'Middle.', THIRD], platform, trackingMode: 'TrackMineOnly' });
  sim.failAt(failure);
  return { sim, host: createWordHost(sim.api) };
}

describe('a failure part-way through applying', () => {
  it('has changed the last paragraph first, and says the first did not go in', async () => {
    const { sim, host } = setup({ api: 'Range.delete', skip: 1, code: 'GeneralException', message: 'Word gave up.' });
    await host.readDocument();
    const plans = [rewritePlan(0, FIRST, 'Provider may use Customer Data.'), rewritePlan(2, THIRD, 'Provider may keep Customer Data.')];
    const result = await host.applyPlans(plans, { comment: 'none' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.applied).toEqual([{ planId: plans[1]!.id, mode: 'word-level', verified: true }]);
    expect(result.error.message).toMatch(/In the document now: changes to paragraph 3\. Not inserted: changes to paragraph 1\./);
    expect(reviewedText(sim.snapshot(), 'accepted')).toEqual([FIRST, 'Middle.', 'Provider may keep Customer Data.']);
    expect(sim.snapshot().trackingMode).toBe('TrackMineOnly');
  });

  it('reports a plan that went in only in part as in the document, unverified, with what to do', async () => {
    const { sim, host } = setup({ api: 'Range.delete', skip: 1, code: 'GeneralException' });
    await host.readDocument();
    const plan = rewritePlan(0, FIRST, 'Provider may use Data.');
    const twoCuts = { ...plan, ops: [{ kind: 'delete' as const, start: 17, end: 26, text: 'Customer ' }, { kind: 'delete' as const, start: 30, end: 37, text: ' freely' }] };
    const result = await host.applyPlans([twoCuts], { comment: 'none' });
    expect(result).toMatchObject({ ok: false, error: { applied: [{ planId: plan.id, verified: false, note: expect.stringContaining('Only part of this change went in') }] } });
    expect(sim.currentText()[0]).toBe('Provider may use Customer Data.');
  });

  it('keeps the edits when Word refuses the comments, and says which comment to add by hand', async () => {
    const { sim, host } = setup({ api: 'Range.insertComment', code: 'NotAllowed', message: 'Comments are not allowed here.' }, 'web');
    await host.readDocument();
    const plan = rewritePlan(2, THIRD, 'Provider may keep Customer Data for 30 days.');
    const result = await host.applyPlans([plan], { comment: 'external' });
    expect(result).toEqual({ ok: true, value: [{ planId: plan.id, mode: 'word-level', verified: true, note: expect.stringContaining(`add it by hand: "${plan.comment.external}"`) }] });
    expect(sim.snapshot().comments).toEqual([]);
    expect(reviewedText(sim.snapshot(), 'accepted')[2]).toBe(plan.targetText);
  });

  it('puts a comment on the words it inserted, found after the edits', async () => {
    const sim = createSimulator({ paragraphs: [FIRST, THIRD] });
    const host = createWordHost(sim.api);
    await host.readDocument();
    const plans = [rewritePlan(0, FIRST, 'Provider may use Customer Data only for support.'), rewritePlan(1, THIRD, 'Provider may keep Customer Data for 30 days.')];
    expect((await host.applyPlans(plans, { comment: 'internal' })).ok).toBe(true);
    expect(sim.snapshot().comments.map((c) => [c.paragraph, c.quote])).toEqual([
      [0, 'only for support'],
      [1, 'for 30 days'],
    ]);
  });

  it('on Word on the web, treats insertText’s error as spurious when the read-back shows the edit went in', async () => {
    const { sim, host } = setup({ api: 'Range.insertText', code: 'GeneralException', effect: 'kept', message: 'Cannot read properties of undefined' }, 'web');
    await host.readDocument();
    const plan = rewritePlan(0, FIRST, 'Provider may use Customer Data freely for support.');
    const result = await host.applyPlans([plan], { comment: 'none' });
    expect(result).toEqual({ ok: true, value: [{ planId: plan.id, mode: 'word-level', verified: true }] });
    expect(sim.snapshot().trackingMode).toBe('TrackMineOnly');
  });
});
