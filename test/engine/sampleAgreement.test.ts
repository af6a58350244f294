// The bundled sample agreement: each planted clause is found where it is, negatives stay quiet, gaps are reported.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { summarizePosture } from '../../src/engine/posture';
import { sampleParagraphs } from './support';

const paragraphs = sampleParagraphs();
const analysis = analyzeDocument(paragraphs);
const indexOf = (prefix: string): number => paragraphs.findIndex((p) => p.text.startsWith(prefix));
const categoriesAt = (prefix: string): string[] =>
  analysis.findings.filter((f) => f.paragraph === indexOf(prefix)).map((f) => `${f.category}:${f.stance}`);

describe('sample agreement', () => {
  test('has 40 to 70 paragraphs', () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(40);
    expect(paragraphs.length).toBeLessThanOrEqual(70);
  });

  test.each([
    ['"Usage Data" means', 'aggregated-data:risk'],
    ['3.2 ', 'broad-license:risk'],
    ['3.3 ', 'ai-training:risk'],
    ['3.3 ', 'opt-out:protective'],
    ['3.5 ', 'service-improvement:risk'],
    ['3.6 ', 'aggregated-data:risk'],
    ['3.7 ', 'policy-by-reference:risk'],
    ['4.1 ', 'third-party-ai:risk'],
    ['4.2 ', 'output-ownership:risk'],
    ['5.1 ', 'confidentiality:protective'],
    ['5.3 ', 'confidentiality:protective'],
    ['9.3 ', 'survival-retention:risk'],
  ])('finds %s as %s', (prefix, expected) => {
    expect(categoriesAt(prefix)).toContain(expected);
  });

  test.each(['2.2 ', '2.3 ', '6.2 ', '8.1 ', '10.1 ', '11.1 '])('stays quiet on the negative at %s', (prefix) => {
    expect(categoriesAt(prefix)).toEqual([]);
  });

  test('reports the missing deletion, audit and flow-down protections with insertion points', () => {
    const missing = Object.fromEntries(analysis.missing.map((m) => [m.category, m.insertAfterParagraph]));
    expect(Object.keys(missing).sort()).toEqual(['audit', 'deletion', 'model-provider-flow-down', 'no-training']);
    expect(missing.deletion).toBe(indexOf('9.3 '));
    expect(missing['model-provider-flow-down']).toBe(indexOf('4.1 '));
  });

  test('uses the contract’s own words and parties', () => {
    expect(analysis.terms).toEqual({ customerData: 'Customer Data', vendor: 'Provider', customer: 'Customer', agreement: 'Agreement', services: 'Services', spelling: 'uk', startDate: 'Effective Date', outputs: 'Outputs', provision: 'Section', usageData: 'Usage Data' });
    expect(analysis.parties.vendor).toBe('Provider');
  });

  test('explanations quote the evidence and ask the vendor questions', () => {
    const training = analysis.findings.find((f) => f.category === 'ai-training');
    expect(training?.explanation).toContain('“train');
    expect(training?.explanation).toContain('Ask the vendor:');
    expect(training?.explanation).toContain('Provider may use Customer Data');
  });

  test('the posture names the training risk and the opt-out', () => {
    expect(summarizePosture(analysis)).toBe('The vendor may train AI models on your data unless you opt out.');
  });

  test('playbook issues default to the category id and follow issueFor', () => {
    expect(analysis.findings.every((f) => f.playbookIssue === f.category)).toBe(true);
    const mapped = analyzeDocument(paragraphs, { issueFor: (id) => (id === 'deletion' ? 'exit-deletion' : undefined) });
    expect(mapped.missing.find((m) => m.category === 'deletion')?.playbookIssue).toBe('exit-deletion');
    expect(mapped.missing.find((m) => m.category === 'audit')?.playbookIssue).toBe('audit');
  });
});
