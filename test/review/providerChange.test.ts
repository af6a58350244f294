// A vendor's power to change the providers that receive the customer's data ("may add or replace a Model Provider by
// updating that page") is answered by the customer's say over a new provider, not by the proviso written for policies,
// which bit on nothing (lawyer audits of 193 § 7.3 and 196 § 6.1). Clauses are the project's own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { checkReview } from '../../src/review/checkReview';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { preferredReview } from './agreements';

const PARTIES = 'This Agreement is between Fennick Scribe Ltd ("Supplier") and Ashgrove Solicitors LLP ("Customer").';
const MATERIALS = '1.1 "Client Files" means the documents and recordings that Customer uploads to the Services.';
const LIST =
  '5.2 The current list of Model Providers that process Client Files is published at https://fennick.example/providers. ' +
  'Supplier may add or replace a Model Provider by updating that page and emailing Customer, and Customer\'s continued use of the Services after that email shall constitute its acceptance of the change.';

describe('a vendor that may change its model providers on notice alone', () => {
  it('gives the customer a say before a new provider receives the data, and drops the deemed acceptance', () => {
    const edit = preferredReview([PARTIES, MATERIALS, LIST]).edit(2);
    expect(edit?.target).toContain('Supplier may add or replace a Model Provider by updating that page and emailing Customer, provided that no new Model Provider receives Client Files until Customer has had written notice of that Model Provider and a reasonable opportunity to object,');
    expect(edit?.target).toContain('each new Model Provider is first bound in writing by terms at least as protective of Client Files as this Agreement.');
    expect(edit?.target).not.toMatch(/continued use|constitute its acceptance|no policy or change/);
    expect(edit?.comment.external).toMatch(/told of each new model provider before it receives Client Files, be able to object/i);
  });

  it('reads the change as no risk once it waits on the customer\'s objection', () => {
    const edit = preferredReview([PARTIES, MATERIALS, LIST]).edit(2);
    const after = analyzeDocument([PARTIES, MATERIALS, edit?.target ?? ''].map((text) => ({ text })));
    expect(after.findings.filter((f) => f.paragraph === 2 && f.category === 'policy-by-reference')).toEqual([]);
    const before = analyzeDocument([PARTIES, MATERIALS, LIST].map((text) => ({ text })));
    expect(before.findings.some((f) => f.paragraph === 2 && f.category === 'policy-by-reference' && f.stance === 'risk')).toBe(true);
  });

  it('leaves a change the customer may already object to for the lawyer, with no second objection right', () => {
    const OBJECTS = '5.2 Supplier may add or replace a Model Provider on thirty days\' notice unless Customer objects within that period.';
    expect(preferredReview([PARTIES, MATERIALS, OBJECTS]).edit(2)?.target ?? '').not.toMatch(/opportunity to object/);
  });

  it('keeps the proviso on policies for a policy the vendor may change', () => {
    const POLICY = '5.2 Supplier processes Client Files in accordance with its Data Policy, which Supplier may update from time to time by posting a new version.';
    expect(preferredReview([PARTIES, MATERIALS, POLICY]).edit(2)?.target ?? '').not.toMatch(/opportunity to object/);
  });
});

describe('a sentence that only says where the data goes, beside a flow-down', () => {
  it('is kept and is no fixed-point violation when the contract binds the providers', () => {
    const lines = [
      PARTIES,
      MATERIALS,
      '5.1 To provide the transcription feature Supplier sends Client Files to its Model Providers and receives the transcripts back. A current list of Model Providers is available at https://fennick.example/providers. Supplier may add or replace a Model Provider by updating that page and emailing Customer.',
      '5.3 Supplier\'s contracts with its Model Providers prohibit them from using Client Files to train their models and require them to delete Client Files within thirty days.',
    ].map((text) => ({ text }));
    const check = checkReview(lines, DEFAULT_PLAYBOOK, 'preferred');
    expect(check.accepted[2]?.text).toContain('To provide the transcription feature Supplier sends Client Files to its Model Providers');
    expect(check.accepted[2]?.text).toContain('reasonable opportunity to object');
    expect(check.fixedPointViolations.filter((v) => v.includes('¶2'))).toEqual([]);
  });
});

describe('the customer\'s data term beside a mutual confidentiality definition', () => {
  it('is the customer\'s own data, not each party\'s Confidential Information', () => {
    const lines = [
      PARTIES,
      MATERIALS,
      '9.1 "Confidential Information" means all information disclosed by or on behalf of a party that is marked or would reasonably be understood as confidential, and the Client Files are Customer\'s Confidential Information.',
    ].map((text) => ({ text }));
    expect(analyzeDocument(lines).terms.customerData).toBe('Client Files');
  });
});
