// Issue 13 §1: word-level work is capped per sentence. A "sentence" longer than MAX_WORD_LEVEL_SENTENCE (text with no
// full stops) is replaced whole by the playbook clause, quickly, and the plan says why in a note.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { applyOps, planRedline } from '../../src/review/redline';
import { MAX_WORD_LEVEL_SENTENCE } from '../../src/review/redline/planRedline';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueById, issueResolver } from '../../src/playbook/issueFor';

const issueFor = issueResolver(DEFAULT_PLAYBOOK);

function preferredPlan(text: string) {
  const paragraphs = [{ text }];
  const analysis = analyzeDocument(paragraphs, { issueFor });
  const finding = analysis.findings.find((f) => f.category === 'ai-training');
  const position = finding && issueById(DEFAULT_PLAYBOOK, finding.playbookIssue)?.positions[0];
  if (!finding || !position) throw new Error('no training finding to plan');
  return { plan: planRedline(finding, position, analysis, paragraphs), finding };
}

describe('a sentence too long to redline word by word', () => {
  const clause = 'Vendor may use Customer Data to train its machine learning models';

  test('an ordinary sentence is redlined word by word, with no note', () => {
    const { plan } = preferredPlan(`${clause} for research.`);
    expect(plan.kind).toBe('word-level');
    expect(plan.note).toBeUndefined();
  });

  test('a run-on sentence past the cap is replaced whole, and the plan says why', () => {
    const text = `${clause}${' and for research'.repeat(Math.ceil(MAX_WORD_LEVEL_SENTENCE / 17))}.`;
    const { plan, finding } = preferredPlan(text);
    expect(finding.quote.length).toBeGreaterThan(MAX_WORD_LEVEL_SENTENCE);
    expect(plan.kind).toBe('sentence');
    expect(plan.note).toMatch(/^This sentence is [\d,]+ characters long, more than the 5,000 a word-level redline reads/);
    expect(plan.ops.map((op) => op.kind)).toEqual(['delete', 'insert']);
    expect(applyOps(text, plan.ops)).toBe(plan.targetText);
  });

  test('a sentence just under the cap is still redlined word by word', () => {
    const padding = ' and for research'.repeat(Math.floor((MAX_WORD_LEVEL_SENTENCE - clause.length - 2) / 17));
    const { plan, finding } = preferredPlan(`${clause}${padding}.`);
    expect(finding.quote.length).toBeLessThanOrEqual(MAX_WORD_LEVEL_SENTENCE);
    expect(plan.note).toBeUndefined();
    expect(plan.kind).toBe('word-level');
  });
});
