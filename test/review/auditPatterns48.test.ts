// Patterns of the lawyer audits of agreements 117–124 (audit47 and audit48, 2026-12-03), in our own drafting: the
// customer is never made owner of the vendor's own materials; a licence back of outputs the customer now owns goes;
// a licence of outputs that ends with the term becomes perpetual.
import { ceaseRetention } from '../../src/review/redline/surgical/keepingEdits';
import { reviewOf } from './agreements';
import { supplierSentence } from './surgicalContext';

const PARTIES = 'This Agreement is between Harlow Maps Ltd (the "Supplier") and Tamsin Rail plc (the "Customer").';
const DATA = '"Customer Data" means all data that the Customer or its Users submit to the Services, and the Customer shall keep the Customer\'s passwords secret.';

describe('ownership of outputs listed with the vendor\'s own materials', () => {
  const lines = [
    PARTIES,
    DATA,
    '5.1 The Supplier owns all intellectual property rights in the Outputs, the routing models, style templates and rating frameworks, and in any modifications to them made using Customer Data. The Supplier grants the Customer a non-exclusive licence to use the Outputs during the Term for its internal purposes only.',
  ];
  it('moves the outputs to the customer, leaves the vendor\'s materials out of it, and strikes the licence back', () => {
    const { edit } = reviewOf(lines, { position: 'preferred' });
    expect(edit(2)?.target).toBe('5.1 The Customer owns all intellectual property rights in the Outputs.');
    expect(edit(2)?.comment.external).toMatch(/a licence from (the )?Supplier to use them is no longer needed/);
  });
});

describe('a licence to the vendor\'s materials as they sit in outputs, for the term only', () => {
  const lines = [
    PARTIES,
    DATA,
    '5.2 Outputs may include map styles that the Supplier also uses for other customers ("Supplier Materials"). The Supplier retains ownership of Supplier Materials and grants the Customer a non-exclusive licence to use them, as incorporated in Outputs, during the Subscription Term.',
  ];
  it('keeps the vendor as owner and makes the licence outlive the term', () => {
    const target = reviewOf(lines, { position: 'preferred' }).edit(2)?.target;
    expect(target).toContain('The Supplier retains ownership of Supplier Materials and grants the Customer a perpetual, irrevocable, non-exclusive licence to use them, as incorporated in Outputs.');
  });
  it('leaves a licence to the service itself ending with the term', () => {
    const service = [PARTIES, DATA, '5.3 The Supplier grants the Customer a non-exclusive licence during the Term to access and use the Platform and the Outputs for its internal purposes.'];
    expect(reviewOf(service, { position: 'preferred' }).edit(2)?.target ?? service[2]).not.toMatch(/perpetual/);
  });
});

describe('an order form signed above the general terms it attaches', () => {
  const lines = [
    'HARLOW ORDER FORM AND GENERAL TERMS',
    'ORDER FORM',
    'Vendor: Harlow Maps Ltd ("Harlow"). Customer: Tamsin Rail plc ("Customer").',
    'This Order Form is governed by the General Terms attached to it.',
    'Accepted and agreed by the authorised signatories of each party.',
    'GENERAL TERMS',
    '1. Definitions',
    '(a) "Customer Content" means all material that Customer submits to the Services.',
    '6. Use of Customer Content',
    '(a) Harlow may use Customer Content to provide the Services.',
    '(b) Some features send Customer Content to large language models supplied by outside providers.',
    '(c) Harlow will not sell Customer Content.',
    '8. General',
    '(a) This Agreement is governed by the laws of Ontario.',
  ];
  it('gets the clauses it lacks inside the general terms, lettered, not above the order form', () => {
    const inserts = reviewOf(lines, { position: 'preferred' }).inserts();
    expect(inserts.length).toBeGreaterThan(0);
    for (const item of inserts) expect(item.after).toBeGreaterThan(5);
    expect(inserts.find((item) => item.answers === 'third-party-ai')?.text).toMatch(/^\(d\) \w+ (?:will|shall) not disclose Customer Content/);
  });
});

describe('a use that goes on, with no end named', () => {
  it('is not turned into a duty to cease using and delete', () => {
    const sentence = 'Notwithstanding Section 2.4, the Supplier may continue to use Telemetry to operate, analyse and improve the Services.';
    expect(ceaseRetention(supplierSentence(sentence), 'shall cease using and shall delete')).toBeUndefined();
  });
  it('still is where the use runs past the end of the contract', () => {
    const sentence = 'After termination the Supplier may continue to use Customer Data to improve the Services.';
    expect(ceaseRetention(supplierSentence(sentence), 'shall cease using and shall delete')).toBeDefined();
  });
});

describe('a carve-out in a lettered paragraph of a section the contract cites as "Section 7(d)"', () => {
  it('cites the paragraph, not the whole section', () => {
    const lines = [
      'These General Terms are between Harlow Maps Ltd ("Harlow") and Tamsin Rail plc ("Customer").',
      '(a) "Customer Content" means all material that Customer submits to the Services.',
      '7. Feedback',
      '(a) Harlow will answer support requests within one business day, except as Section 9(b) provides.',
      '(b) If Customer provides suggestions or ratings of translations ("Feedback"), Harlow may use the Feedback to improve the Services without restriction.',
    ];
    expect(reviewOf(lines, { position: 'preferred' }).edit(4)?.target).toMatch(/, except that this Section 7\(b\) does not apply to Customer Content\.$/);
  });
});

describe('a policy reference answered by a proviso', () => {
  it('says what the proviso does: no widening of the data\'s use, not that the terms cannot change', () => {
    const lines = [
      'These terms are between Scriven Notes Inc. ("we", "us") and the firm that subscribes ("you").',
      '"Your Content" means the recordings and notes you upload.',
      '2.1 Our AI Policy forms part of these terms. We may update the AI Policy from time to time, and each updated version applies from the date we post it.',
    ];
    const external = reviewOf(lines, { position: 'preferred' }).edit(2)?.comment.external ?? '';
    expect(external).toMatch(/must not widen the use of our content without our agreement/);
    expect(external).not.toMatch(/cannot be changed/);
  });
});
