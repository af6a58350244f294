// "Apply all preferred positions" chooses one redline per paragraph (most severe wins), skips protections, dismissed
// and done items, adds missing clauses, and says why it skipped anything.
import { applyOps, planRedline } from '../../src/review/redline';
import { issueForCategory, positionFor } from '../../src/playbook/issueFor';
import { createPlanner } from '../../src/taskpane/planner';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { applyAllPlans } from '../../src/taskpane/applyAllPlans';
import { itemKey } from '../../src/taskpane/itemKey';
import { CUSTOM_PLAYBOOK } from './fixtures/customPlaybook';
import { ANALYSIS, IMPROVEMENT, MISSING_AUDIT, PARAGRAPHS, RETENTION_SAME_PARAGRAPH, TRAINING } from './fixtures/analysisFixture';

describe('applyAllPlans', () => {
  it('plans the preferred position for each open risk paragraph and each missing protection', () => {
    const { planned, skipped } = applyAllPlans(createPlanner(DEFAULT_PLAYBOOK, ANALYSIS, PARAGRAPHS, []), ANALYSIS, {});
    expect(planned.map((item) => item.key)).toEqual([itemKey(TRAINING), itemKey(IMPROVEMENT), itemKey(MISSING_AUDIT)]);
    expect(planned.every((item) => item.plan.positionId === 'preferred')).toBe(true);
    for (const { plan } of planned) expect(applyOps(plan.originalText, plan.ops)).toBe(plan.targetText);
    expect(skipped).toEqual([{ target: RETENTION_SAME_PARAGRAPH, reason: expect.stringMatching(/shares a paragraph/) }]);
  });

  it('leaves dismissed and already applied items alone', () => {
    const auditPlan = planRedline(MISSING_AUDIT, positionFor(issueForCategory(DEFAULT_PLAYBOOK, 'audit')!, 'preferred'), ANALYSIS, PARAGRAPHS);
    const items = {
      [itemKey(TRAINING)]: { kind: 'dismissed' as const, reason: 'Acceptable for this deal' },
      [itemKey(MISSING_AUDIT)]: { kind: 'applied' as const, positionId: 'preferred' as const, plan: auditPlan, outcome: { planId: auditPlan.id, mode: 'inserted-paragraph' as const, verified: true } },
    };
    const { planned, skipped } = applyAllPlans(createPlanner(DEFAULT_PLAYBOOK, ANALYSIS, PARAGRAPHS, []), ANALYSIS, items);
    // With the training finding dismissed, the retention finding is the only open risk in its paragraph.
    expect(planned.map((item) => item.key)).toEqual([itemKey(IMPROVEMENT), itemKey(RETENTION_SAME_PARAGRAPH)]);
    expect(skipped).toEqual([]);
  });

  it('skips what the playbook in use has no position for, and says so', () => {
    const { planned, skipped } = applyAllPlans(createPlanner(CUSTOM_PLAYBOOK, ANALYSIS, PARAGRAPHS, []), ANALYSIS, {});
    expect(planned.map((item) => item.issueTitle)).toEqual(['No model training on client material', 'No model training on client material']);
    expect(skipped.map((entry) => entry.reason)).toEqual([
      'shares a paragraph with a more serious finding that is being redlined',
      'the playbook has no clause for it',
    ]);
  });
});
