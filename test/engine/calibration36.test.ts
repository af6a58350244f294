// Per-clause expectations for the language patterns of calibration round 36 (found reading the lawyer audit of
// agreements 235–236 and the first runs of 237–240, 2026-12-05). Every clause is our own drafting; each row states the
// categories it must yield.
import { segmentDocument } from '../../src/engine/segmentDocument';
import { expectationRows as rows } from './support';

describe('a run-on list of definitions', () => {
  const LIST =
    '1.1 In this Agreement: "AI Features" means the drafting assistant of the Platform; "Guides" means Vellacott\'s ' +
    'user guides for the Platform as published from time to time; and "Order" has the meaning given in clause 2.';

  it('is a sentence per definition, each quoting only its own words', () => {
    const sentences = segmentDocument([{ text: LIST }]);
    expect(sentences.map((s) => s.text)).toEqual([
      '1.1 In this Agreement: "AI Features" means the drafting assistant of the Platform;',
      '"Guides" means Vellacott\'s user guides for the Platform as published from time to time;',
      'and "Order" has the meaning given in clause 2.',
    ]);
    for (const s of sentences) expect(LIST.slice(s.start, s.end)).toBe(s.text);
  });

  it('is one sentence where the semicolons divide something other than definitions', () => {
    const text = 'Vellacott will host the data in the EU; it will not move it; "Region" is as stated in the Order.';
    expect(segmentDocument([{ text }]).map((s) => s.text)).toEqual([text]);
  });
});

rows('a definition of the product documentation beside the AI features', [
  ['In this Agreement: "AI Features" means the drafting assistant of the Platform; "Guides" means Vellacott\'s user guides and help-centre articles for the Platform as published from time to time; "Order" means an order form signed by both parties.', []],
  // A policy over the data, defined in the same list, is still one.
  ['In this Agreement: "AI Features" means the drafting assistant of the Platform; "AI Policy" means Vellacott\'s policy on the use of Customer Content by AI Features, as published from time to time.', ['policy-by-reference:risk']],
]);

rows('a definition of confidential information with a reasonable-person test', [
  ['"Confidential Information" means information of a party that is marked confidential or that a reasonable person would understand to be confidential;', []],
  ['Vellacott shall hold the Customer\'s Confidential Information in confidence and shall not disclose it to any third party.', ['confidentiality:protective']],
]);
