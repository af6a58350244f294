// Per-clause expectations for the language patterns of calibration round 42 (found in the first runs of blind56 and
// agreements 297–300, 2026-12-05): consent the customer collects from others is no opt-in of its own, and a model
// improved "for Customer's own account" serves the customer unless general improvements go to the vendor. Every
// clause is our own drafting, and each is read alone, as the evaluation reads a clause.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('consent the customer collects from others', () => {
  it.each([
    'Verifyr may use selfie videos submitted by the Client to train its liveness models, provided that such use is consistent with the consent obtained by the Client from the relevant applicants.',
    'Verifyr may use selfie videos submitted by the Client to train its liveness models, provided that such use is consistent with consent collected from end users.',
  ])('leaves the training a grant in "%s"', (text) => {
    const found = categoriesOf(text);
    expect(found).toContain('ai-training:risk');
    expect(found).not.toContain('no-training:protective');
  });

  it("keeps the customer's own consent an opt-in", () => {
    expect(categoriesOf("Verifyr may use Customer Data to train its liveness models only with Customer's prior written consent obtained through the admin console.")).toContain('no-training:protective');
  });
});

describe("a model improved for the customer's own account", () => {
  it('serves the customer', () => {
    const found = categoriesOf("Remindly may use Customer Data to improve the accuracy of the AI Features for Customer's own account, for example by learning Customer's clinic names.");
    expect(found).not.toContain('ai-training:risk');
    expect(found).not.toContain('service-improvement:risk');
  });

  it('is a grant when the general improvements it makes go to the vendor', () => {
    const found = categoriesOf("Remindly may use Customer Data to improve the accuracy of the AI Features for Customer's own account, and any general improvements resulting from it shall be owned by Remindly.");
    expect(found).toContain('service-improvement:risk');
  });
});
