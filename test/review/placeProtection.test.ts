// Where an inserted protection goes in a contract whose sections are lettered clauses under a heading line. The
// clauses are the project's own drafting.
import { placeProtection } from '../../src/review/placeProtection';

const lettered = [
  '3. Your files',
  '(a) Ownership. You own the files you upload.',
  '(b) Licence. You grant us a licence to host your files to run the Platform.',
  '(c) Retention. We keep your files for thirty days after you delete them.',
  '4. Fees',
  '(a) You pay the fees in your order.',
].map((text) => ({ text }));

describe('placing a protection among lettered clauses', () => {
  it('goes after the last lettered clause of the section as the next letter, not between two of them', () => {
    expect(placeProtection(lettered, 1, new Set())).toEqual({ after: 3, number: '(d)' });
  });

  it('goes to the end of the section when the anchor is its heading line', () => {
    expect(placeProtection(lettered, 0, new Set())).toEqual({ after: 3, number: '(d)' });
  });

  it('takes the next free letter when the review already gave one', () => {
    expect(placeProtection(lettered, 2, new Set(['(d)']))).toEqual({ after: 3, number: '(e)' });
  });

  it('puts a clause anchored in a lead-in sentence\'s list after the numbered clause, not among its items', () => {
    const list = ['5.1 Supplier shall:', '(a) keep records;', '(b) notify Client of incidents.', '5.2 Supplier may appoint subcontractors.'].map((text) => ({ text }));
    expect(placeProtection(list, 1, new Set())).toEqual({ after: 3, number: '5.3' });
    expect(placeProtection(list, 0, new Set())).toEqual({ after: 3, number: '5.3' });
  });
});

describe('placing a protection at the end of a contract', () => {
  const contract = [
    'ARTICLE 1 - DEFINITIONS',
    '1.01 "Shared Data" means the datasets Research Partner delivers.',
    'ARTICLE 6 - GENERAL',
    '6.01 This Agreement is governed by the laws of England.',
    '6.02 This Agreement is the entire agreement between the parties.',
    'IN WITNESS WHEREOF, the parties have signed this Agreement on the Effective Date.',
    'SCHEDULE A - DATASETS',
  ].map((text) => ({ text }));

  it('goes before the signatures, as the next clause of the last section, padded as the contract pads its numbers', () => {
    expect(placeProtection(contract, 6, new Set())).toEqual({ after: 4, number: '6.03' });
  });

  it('reads "ARTICLE 6 - GENERAL" as the heading that ends the Definitions', () => {
    expect(placeProtection(contract, 3, new Set())).toEqual({ after: 4, number: '6.03' });
  });
});

describe('placing a protection in an addendum numbered "A.1", "A.2"', () => {
  it('takes the addendum\'s next number', () => {
    const addendum = ['AI FEATURES ADDENDUM', 'A.1 "Prompts" means what Users submit.', 'A.2 The Supplier may use Prompts to run the AI Features.', 'A.3 Fees for AI Features are in the Order.'].map((text) => ({ text }));
    expect(placeProtection(addendum, 2, new Set())).toEqual({ after: 3, number: 'A.4' });
  });
});

describe('placing a protection where each clause number has a word before it', () => {
  const worded = [
    'ARTICLE 1 - DEFINITIONS',
    'Section 1.01 "Client Data" means all data Client uploads to the Platform.',
    'Section 1.02 "Platform" means the hosted service.',
    'ARTICLE 2 - DATA',
    'Section 2.01 Client owns Client Data.',
    'Section 2.02 Vendor may pool Client Data with the data of other clients.',
    'ARTICLE 3 - FEES',
    'Section 3.01 Client pays the fees in the Order.',
  ].map((text) => ({ text }));

  it('numbers it as the next clause of the section, with the same word', () => {
    expect(placeProtection(worded, 5, new Set())).toEqual({ after: 5, number: '2.03', prefix: 'Section ' });
  });

  it('never puts it among definitions numbered that way', () => {
    expect(placeProtection(worded, 1, new Set())).toEqual({ after: 5, number: '2.03', prefix: 'Section ' });
  });
});

describe('placing a protection in a contract numbered "1.", "2.", "3."', () => {
  const plain = [
    '1. Service. Harrow provides the monitoring service described in the Order.',
    '2. Fees. Customer pays the fees in the Order.',
    '3. Licence. Customer grants Harrow a licence to process Machine Data to provide the service.',
    'Harrow may engage subcontractors to host Machine Data.',
    '4. Term. This Agreement runs for the term in the Order.',
  ].map((text) => ({ text }));

  it('takes the number after the anchor with a letter, after the anchor\'s own unnumbered paragraphs', () => {
    expect(placeProtection(plain, 2, new Set())).toEqual({ after: 3, number: '3A', suffix: '.' });
    expect(placeProtection(plain, 2, new Set(['3A']))).toEqual({ after: 3, number: '3B', suffix: '.' });
  });

  it('numbers nothing where few paragraphs are so numbered (a year, a list of two)', () => {
    const loose = ['1. Harrow provides the service.', 'Customer pays the fees.', 'Harrow may keep logs.'].map((text) => ({ text }));
    expect(placeProtection(loose, 0, new Set()).number).toBe('');
  });
});
