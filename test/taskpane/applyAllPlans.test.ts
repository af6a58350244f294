// "Apply all" is the document's one review plan: one redline per paragraph that answers every risk in it, the
// protections still missing after the edits, nothing already dealt with, and the reason for whatever it leaves alone.
import { applyOps } from '../../src/engine/applyOps';
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { applyAllPlans } from '../../src/taskpane/applyAllPlans';
import { itemKey } from '../../src/taskpane/itemKey';
import { CUSTOM_PLAYBOOK } from './fixtures/customPlaybook';
import { PARAGRAPHS } from './fixtures/analysisFixture';

const analysis = analyzeDocument(PARAGRAPHS, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
const risk = (category: string) => analysis.findings.find((f) => f.category === category && f.stance === 'risk')!;

describe('applyAllPlans', () => {
  it('makes one plan per paragraph that covers all its risks, then inserts what is still missing', () => {
    const { planned, skipped } = applyAllPlans(DEFAULT_PLAYBOOK, analysis, PARAGRAPHS, {}, []);
    const training = planned.find((item) => item.plan.paragraph === 2)!;
    const trainingKeys = [training.key, ...training.alsoKeys];
    expect(trainingKeys).toEqual(expect.arrayContaining([itemKey(risk('ai-training')), itemKey(risk('survival-retention'))]));
    // A protection inserted after a paragraph travels in that paragraph's plan, so it is marked done with it.
    const carrier = planned.find((item) => item.plan.newParagraphs.length > 0)!;
    expect([carrier.key, ...carrier.alsoKeys]).toContain('missing:audit');
    expect(planned.map((item) => item.plan.paragraph)).toEqual([2, 4]);
    for (const { plan } of planned) expect(applyOps(plan.originalText, plan.ops)).toBe(plan.targetText);
    // The training redline already forbids training, so no separate no-training clause is added; audit is.
    expect(planned.flatMap((item) => item.plan.newParagraphs).join(' ')).toMatch(/inspect/);
    expect(planned.flatMap((item) => item.plan.newParagraphs)).toHaveLength(1);
    expect(skipped).toEqual([]);
  });

  it('leaves out what is unticked without calling it unchangeable, and rebuilds the rest', () => {
    const all = applyAllPlans(DEFAULT_PLAYBOOK, analysis, PARAGRAPHS, {}, []);
    const edit = all.rows.find((row) => row.kind === 'edit')!;
    const without = applyAllPlans(DEFAULT_PLAYBOOK, analysis, PARAGRAPHS, {}, [], { perItem: { [edit.key]: 'skip' }, wording: {} });
    expect(without.rows.map((row) => row.key)).not.toContain(edit.key);
    expect(without.planned.some((item) => item.plan.paragraph === edit.place && item.plan.ops.length > 0)).toBe(false);
    const left = without.skipped.map((entry) => itemKey(entry.target));
    for (const target of edit.targets) expect(left).not.toContain(itemKey(target));
  });

  it('gives each row the ops its plan writes, and takes another position or wording per row', () => {
    const all = applyAllPlans(DEFAULT_PLAYBOOK, analysis, PARAGRAPHS, {}, []);
    for (const row of all.rows) expect(applyOps(row.plan.originalText, row.plan.ops)).toBe(row.plan.targetText);
    const clause = all.rows.find((row) => row.wording !== undefined)!;
    const ours = 'Customer may inspect the records Provider keeps of its use of Customer Data once a year.';
    const reworded = applyAllPlans(DEFAULT_PLAYBOOK, analysis, PARAGRAPHS, {}, [], { perItem: {}, wording: { [clause.key]: ours } });
    expect(reworded.rows.find((row) => row.key === clause.key)?.wording).toBe(ours);
    expect(reworded.planned.flatMap((item) => item.plan.newParagraphs).some((text) => text.endsWith(ours))).toBe(true);
    const edit = all.rows.find((row) => row.kind === 'edit' && row.positions.includes('fallback1'))!;
    const fallback = applyAllPlans(DEFAULT_PLAYBOOK, analysis, PARAGRAPHS, {}, [], { perItem: { [edit.key]: 'fallback1' }, wording: {} });
    expect(fallback.rows.find((row) => row.key === edit.key)?.positionId).toBe('fallback1');
    expect(fallback.planned.find((item) => item.plan.paragraph === edit.place)?.positionId).toBe('fallback1');
  });

  it('leaves dismissed and already applied items alone', () => {
    const items = { [itemKey(risk('service-improvement'))]: { kind: 'dismissed' as const, reason: 'Acceptable for this deal' } };
    const { planned } = applyAllPlans(DEFAULT_PLAYBOOK, analysis, PARAGRAPHS, items, []);
    expect(planned.some((item) => item.plan.paragraph === 4 && item.plan.ops.length > 0)).toBe(false);
  });

  it('skips what the playbook in use has no position for, and says so', () => {
    const { planned, skipped } = applyAllPlans(CUSTOM_PLAYBOOK, analysis, PARAGRAPHS, {}, []);
    expect(planned.map((item) => item.issueTitle)).toContain('No model training on client material');
    expect(skipped.map((entry) => entry.reason)).toEqual(expect.arrayContaining(['the playbook has no clause for it']));
  });
});
