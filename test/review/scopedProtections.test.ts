// Protections that do not reach the grant in front of the review (the lawyer audits of 317–320, audit128 and audit129):
// a no-training promise limited to one class of models ("any general-purpose large language model") leaves the
// vendor's own models open; a body clause that a named paragraph of a schedule "shall prevail over" does not answer
// that paragraph; and a body clause a special condition already amends is left to that condition. Every clause is our
// own drafting.
import type { Finding } from '../../src/engine/types';
import { someModelsOnly } from '../../src/review/answeredElsewhere';
import { prevailsOver } from '../../src/review/partRank';
import { paragraphsOf, preferredReview, skippedWith } from './agreements';

const base = [
  'This Services Agreement is between Quarrymoor Software Ltd ("Quarrymoor") and the customer named in the Order Form ("Customer").',
  '1.2 "Customer Data" means all data Customer submits to the Services.',
];

describe('a no-training promise limited to one class of models', () => {
  it('does not answer a grant to train the vendor\'s own models', () => {
    const review = preferredReview([
      ...base,
      '3.1 Quarrymoor will not use Customer Data to train any general-purpose large language model.',
      '3.2 Quarrymoor may use Customer Data to train and improve its proprietary triage models.',
    ]);
    expect(review.edit(3)).toBeDefined();
    expect(skippedWith(review.plan, 3, /already given elsewhere/)).toBe(false);
  });

  it('is told apart from a promise over any model that names a class only as an example', () => {
    const promise = (quote: string) => ({ category: 'no-training', quote }) as Finding;
    expect(someModelsOnly(promise('Quarrymoor will not use Customer Data to train any general-purpose large language model.'))).toBe(true);
    expect(someModelsOnly(promise('Quarrymoor will not use Customer Data to train any artificial intelligence model, including any large language model.'))).toBe(false);
    expect(someModelsOnly(promise('Quarrymoor will not use Customer Data to train or improve any machine learning model.'))).toBe(false);
  });
});

describe('a named paragraph of a schedule that prevails over body clauses', () => {
  const paragraphs = paragraphsOf([
    '2.2 If documents conflict, these Conditions prevail, provided that paragraph 5 of Schedule 2 shall prevail over Clauses 5 and 13 to the extent of any inconsistency.',
    '5.2 The Supplier shall not use Customer Data to train any model.',
    '6.1 The Supplier shall keep Customer Data confidential.',
    'SCHEDULE 2 - DATA SCHEDULE',
    '5.1 The Supplier may use event clips to train the Driver Model.',
    '6.1 The Supplier may keep event clips for twelve months.',
  ].join('\n'));
  const prevails = prevailsOver(paragraphs);

  it('is not answered by the body clauses it prevails over', () => {
    expect(prevails(4, 1)).toBe(true);
  });

  it('is answered by body clauses it does not name, and other paragraphs of the schedule are not lifted', () => {
    expect(prevails(4, 2)).toBe(false);
    expect(prevails(5, 1)).toBe(false);
  });
});

describe('a body clause a special condition already amends', () => {
  const lines = [
    'This Customer Agreement is between Quarrymoor Pty Ltd (Quarrymoor) and the customer named in the Order Form (Customer).',
    '1.2 Customer Data means all data the Customer uploads to the Platform.',
    '3.1 The Customer grants Quarrymoor a perpetual licence to use Customer Data for operating and improving Quarrymoor\'s business.',
    '9.5 Clauses 3.1, 9 and 10 survive termination of this Agreement.',
    'SCHEDULE 1 - SPECIAL CONDITIONS',
    'The following Special Conditions prevail over the remainder of this Agreement to the extent of any inconsistency.',
    'SC1 Clause 3.1 is amended by deleting the word "perpetual".',
  ];

  it('is left to that condition, with the condition named, and the survival list is not changed for it', () => {
    const review = preferredReview(lines);
    expect(review.edit(2)).toBeUndefined();
    expect(skippedWith(review.plan, 2, /SC1 of the Special Conditions already changes clause 3\.1/)).toBe(true);
    expect(review.edit(3)?.target ?? lines[3]).toMatch(/Clauses 3\.1, 9 and 10/);
  });
});
