// Patterns of the lawyer audits of agreements 117–124 (audit47 and audit48, 2026-12-03), in our own drafting: the
// customer is never made owner of the vendor's own materials; a licence back of outputs the customer now owns goes;
// a licence of outputs that ends with the term becomes perpetual.
import { reviewOf } from './agreements';

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
