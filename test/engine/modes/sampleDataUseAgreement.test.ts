// The bundled sample data-use agreement (samples/sample-data-use-agreement.txt): in the `dua` mode each planted
// clause is found where it is, the two safeguards it lacks are reported with their insertion points, and the
// customer mode recognises it as a data-use agreement and suggests switching.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../../src/engine/analyzeDocument';
import { summarizePosture } from '../../../src/engine/posture';
import { ROOT } from '../support';

const paragraphs = readFileSync(join(ROOT, 'samples', 'sample-data-use-agreement.txt'), 'utf8')
  .split(/\r?\n/)
  .filter((line) => line.trim() !== '')
  .map((text) => ({ text }));
const at = (prefix: string): number => paragraphs.findIndex((p) => p.text.startsWith(prefix));
const analysis = analyzeDocument(paragraphs, { mode: 'dua' });

describe('sample data-use agreement in the dua mode', () => {
  test('finds exactly the planted clauses, each in its paragraph', () => {
    const found = analysis.findings.map((f) => `${paragraphs[f.paragraph]?.text.split(' ')[0]} ${f.category}:${f.stance}`);
    expect(found).toEqual([
      '2.1 dua-purpose-limit:protective',
      '2.2 dua-use-beyond-purpose:risk',
      '2.3 dua-data-disclosure:risk',
      '3.1 dua-privacy-techniques:protective',
      '3.2 dua-privacy-techniques:protective',
      '3.3 dua-confidentiality:protective',
      '3.4 dua-security:protective',
      '4.1 dua-model-release:protective',
      '4.2 dua-confidentiality:protective',
      '5.2 dua-deletion:protective',
      '5.3 dua-data-retention:risk',
    ]);
  });

  test('reports the missing limits on human review and re-identification after the last related safeguard', () => {
    expect(analysis.missing.map((m) => [m.category, m.insertAfterParagraph])).toEqual([
      ['dua-human-review-limit', at('4.2 ')],
      ['dua-no-reidentification', at('4.2 ')],
    ]);
    for (const gap of analysis.missing) expect(gap.explanation).toContain('Shared Data');
  });

  test('reads the parties in the agreement’s own words: the Developer receives, the Data Provider holds', () => {
    // The sample writes "the Developer", "the Data Provider" and "the Shared Data", so inserted clauses do too.
    expect(analysis.terms).toEqual({
      vendor: 'Developer', customer: 'Data Provider', customerData: 'Shared Data', agreement: 'Agreement', services: 'services', spelling: 'uk', model: 'Model', numbers: 'words',
      articled: ['Developer', 'Data Provider', 'Shared Data'],
    });
    expect(analysis.findings.find((f) => f.category === 'dua-use-beyond-purpose')?.explanation).toMatch(/^Developer may use Shared Data for more/);
  });

  test('says the worst risk in the data holder’s words', () => {
    expect(summarizePosture(analysis)).toBe('The recipient may use your data for more than training the named model.');
  });

  test('is recognised in the customer mode as a data-use agreement', () => {
    expect(analyzeDocument(paragraphs).suggestedMode).toBe('dua');
    expect(analysis.suggestedMode).toBeUndefined();
  });
});

describe('sample customer addendum in the vendor mode', () => {
  const addendum = readFileSync(join(ROOT, 'samples', 'sample-customer-addendum.txt'), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((text) => ({ text }));
  const read = analyzeDocument(addendum, { mode: 'vendor' });
  const index = (prefix: string): number => addendum.findIndex((p) => p.text.startsWith(prefix));

  test('finds each overreaching restriction as a risk for the vendor, and nothing in the reasonable clauses', () => {
    expect(read.findings.map((f) => `${addendum[f.paragraph]?.text.split(' ')[0]} ${f.category}:${f.stance}:${f.severity}`)).toEqual([
      '2.1 vendor-overbroad-no-training:risk:high',
      '2.2 vendor-aggregate-ban:risk:high',
      '2.3 vendor-model-deletion:risk:high',
      '3.1 vendor-unlimited-audit:risk:high',
    ]);
  });

  test('reports the answer to each restriction as missing, right after it', () => {
    expect(read.missing.map((m) => [m.category, m.insertAfterParagraph])).toEqual([
      ['vendor-aggregate-right', index('2.2 ')],
      ['vendor-security-carve-out', index('2.1 ')],
      ['vendor-prior-models', index('2.3 ')],
      ['vendor-audit-limits', index('3.1 ')],
    ]);
    expect(read.missing[0]?.explanation).toContain('Supplier');
  });
});
