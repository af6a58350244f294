// Per-clause expectations for the language patterns of calibration round 53 (first runs on blind78 and agreements
// 387–390, 2026-12-06): a "Nothing … shall restrict or be construed to restrict" keeps the vendor free whatever the
// hedge; a licence with a second, training use is not read through the vesting clause that follows it. Every clause
// is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('a permission worded as a hedged double negative', () => {
  it('grants when the verb of restraint is said twice, the second time "construed"', () => {
    const found = categoriesOf('Nothing in this Agreement shall restrict or be construed to restrict Harbourmere from using Port Data to train and validate the machine-learning models used in its scheduling tools.');
    expect(found).toContain('ai-training:risk');
    expect(found).not.toContain('ai-training:protective');
  });

  it('still keeps the customer free where the customer is the one not restricted', () => {
    const found = categoriesOf('Nothing in this Agreement shall restrict or be deemed to restrict the Customer from training its own models on its own data.');
    expect(found).not.toContain('ai-training:risk');
  });
});

describe('a licence with a training use, then a clause on who owns the models', () => {
  it('reads the training use as the licence\'s, not as part of the vesting', () => {
    const found = categoriesOf(
      'The Operator grants Gridwell a non-exclusive licence to use Network Data to provide the Services and, in addition, to use Network Data to develop, train and test Gridwell\'s forecasting models, and all such models and improvements to them shall vest in Gridwell.',
    );
    expect(found).toContain('ai-training:risk');
  });

  it('keeps one subject whose first part has a relative clause, listed before its modal', () => {
    const [finding] = analyzeDocument([{ text: 'Records that we selected for training before deletion, and any model trained on those records, may be retained indefinitely.' }]).findings;
    // Read as one subject, the records kept are the ones selected for training: kept for the vendor's own ends.
    expect(finding?.rules).toContain('retention-for-own-ends');
  });
});
