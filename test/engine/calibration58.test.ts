// Per-clause expectations for the language patterns of calibration round 58 (first runs on blind91 and agreements
// 449–452, 2026-12-07): a power to change the policies whose only answer to a refusal is the customer's exit; an
// objection right that gates the later clause naming the data; a change to the AI terms beside the acceptable use
// policy; something that "remains" a party's responsibility; rights a party warrants it holds. Every clause is our own
// drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('a vendor power to change its policies', () => {
  it('is a risk where a customer who refuses the change may only leave (447 § 18.4)', () => {
    const clause =
      '16.2 We may amend these Terms or any Policy by posting the revised version and emailing you at least twenty (20) days before the change takes effect, and if you do not agree to a material change you may terminate the affected Subscription and receive a refund of unused fees.';
    expect(categoriesOf(clause)).toContain('policy-by-reference:risk');
  });

  it('is no risk where the change waits on the customer\'s written agreement', () => {
    const clause = '16.2 We may amend any Policy by posting the revised version, but an amendment binds you only if you have agreed to it in writing.';
    expect(categoriesOf(clause)).not.toContain('policy-by-reference:risk');
  });

  it('is no risk where a new provider waits on the customer\'s chance to object, said in the later clause (443 § 8.1)', () => {
    const clause =
      'Harbourlight may add or replace Model Vendors by updating that page, and will email Client at least ten (10) days before a new Model Vendor begins processing Client Data, provided that no new Model Vendor receives Client Data until Client has had written notice of it and a reasonable opportunity to object.';
    expect(categoriesOf(clause)).not.toContain('policy-by-reference:risk');
  });

  it('reaches the AI terms even where the acceptable use policy is named beside them (452 § 15.3)', () => {
    const clause =
      '12.4 Harbourlight may modify the AUP and the AI Terms from time to time by posting an updated version at the applicable URL; Client\'s continued use of the Services after that date constitutes acceptance.';
    expect(categoriesOf(clause)).toContain('policy-by-reference:risk');
  });

  it('still leaves a change to the acceptable use policy alone', () => {
    const clause = '12.4 Harbourlight may modify the AUP from time to time by posting an updated version at the applicable URL.';
    expect(categoriesOf(clause)).not.toContain('policy-by-reference:risk');
  });
});

describe('words that keep nothing and give nothing', () => {
  it('"remains the Charity\'s sole responsibility" keeps no data (blind91-131)', () => {
    const clause =
      'Fundwell shall not be responsible for the Charity\'s compliance with the Regulator\'s Code of Fundraising Practice or the Mailing Preference Service, nor for the Charity\'s obligation to honour supporters\' requests to opt out of direct mail, which shall remain the Charity\'s sole responsibility.';
    expect(categoriesOf(clause)).toEqual([]);
  });

  it('"remain" still keeps data where the data remains somewhere', () => {
    const clause = 'Customer Data may remain in Fundwell\'s backup systems for up to two years after termination.';
    expect(categoriesOf(clause)).toContain('survival-retention:risk');
  });

  it('rights a merchant warrants it holds give the vendor no licence (blind91-117)', () => {
    const clause =
      'Merchant represents and warrants that it owns or has all necessary rights to the product photographs and descriptions it uploads to the Marketplace, and that its listings comply with applicable consumer law.';
    expect(categoriesOf(clause)).not.toContain('broad-license:risk');
  });

  it('a right the vendor is given to use the data is still a grant', () => {
    const clause = 'Shopwell shall have the right to use all content Merchant uploads to improve and develop Shopwell\'s products and services.';
    expect(categoriesOf(clause)).toContain('service-improvement:risk');
  });
});
