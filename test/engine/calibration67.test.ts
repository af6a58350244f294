// Per-clause expectations for the language patterns of calibration round 67 (session 61, 2026-12-08). Every clause is
// our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => [...new Set(analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`))].sort();

describe('a participle followed by an adverb does the act; it describes no noun (fresh194a 498-40)', () => {
  it('reads "processed … and erased promptly after the result is returned" as a deletion, not data kept after an end', () => {
    const clause = 'Where the Ephemeral Mode is enabled, images uploaded to the Vision API will be analysed in memory and erased promptly after the result is returned, and we will not keep copies.';
    expect(categoriesOf(clause)).not.toContain('survival-retention:risk');
    expect(categoriesOf(clause)).toContain('deletion:protective');
  });
});

describe('"and not as <a role>" denies the role, not the use after it (blind104-132)', () => {
  it('reads the training described after "…, and not as a processor," as granted', () => {
    const clause =
      'The Customer acknowledges that Pollwick acts as an independent controller, and not as a processor, in respect of Survey Responses used to train Pollwick\'s classification models.';
    expect(categoriesOf(clause)).toContain('ai-training:risk');
    expect(categoriesOf(clause)).not.toContain('no-training:protective');
  });
});

describe('HIPAA\'s names for the parties (blind104-59)', () => {
  it('reads "Covered Entity" as the customer, whose notice turns off a use', () => {
    const clause = 'Covered Entity may, by written notice, switch off the collection of Usage Data for product-improvement purposes.';
    expect(categoriesOf(clause)).toContain('opt-out:protective');
  });
});

describe('an owner\'s list of its own property and the improvements to it (fresh195a 499-18, 500-27)', () => {
  it('reads no improvement use where no data of the customer\'s is named', () => {
    const clause = 'Tessivale and its licensors own the Platform, the scoring models, the Documentation and all improvements and derivative works of any of them.';
    expect(categoriesOf(clause)).not.toContain('service-improvement:risk');
  });
});
