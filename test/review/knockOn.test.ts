// Knock-on amendments from the lawyer audit of agreements 41–44: a usage-data definition that sweeps the customer's
// prompts in under a name that does not say "usage", a ban that still speaks of "de-identified excerpts", and the
// clause that says how opting out works once the use it opted out of is banned. Every clause is the project's own
// drafting.
import { preferredReview } from './agreements';

const FERNHILL = [
  'Fernhill Notes - Assistant Terms',
  'These Assistant Terms ("Terms") supplement the Fernhill Subscription Agreement between Fernhill Ltd ("we") and the customer ("Customer").',
  '1.1 "Customer Content" means the files and messages Customer uploads, including questions typed into the Assistant ("Queries").',
  '1.2 "Platform Data" means data we record about Customer\'s use of the Assistant, such as click events, response times, star ratings and the Queries and answers to which a star rating relates.',
  '2.1 We will not use Customer Content to train models offered to other customers.',
  '2.2 For Customers on the Basic and Plus plans, we may also use anonymised extracts of Customer Content to tune the ranking of Assistant answers, unless an administrator opts out in the Admin Console.',
  '2.3 Opting out under Section 2.2 takes effect within fourteen days and does not require us to rebuild rankings already tuned.',
  '2.4 We may publish statistics about Assistant adoption across all customers that identify no customer.',
  '3.1 Customer shall pay the fees in the Order.',
];

describe('agreement of our own drafting with knock-on amendments', () => {
  const { edit } = preferredReview(FERNHILL);

  it('strikes the customer\'s queries from a usage-data definition, whatever the defined term is called', () => {
    const definition = edit(3);
    expect(definition?.target).toBe(
      '1.2 "Platform Data" means data we record about Customer\'s use of the Assistant, such as click events, response times and star ratings.',
    );
  });

  it('gives a ban the whole of the data: the permission\'s "anonymised extracts of" go with the permission', () => {
    const ban = edit(5)?.target ?? '';
    expect(ban).toMatch(/^2\.2 We will not use Customer Content to tune the ranking of Assistant answers/);
    expect(ban).not.toMatch(/anonymised|extracts/);
    expect(edit(5)?.comment.internal).toContain('“anonymised extracts of”');
  });

  it('deletes the clause on how opting out works once the use is banned, in place of trimming it', () => {
    const moot = edit(6);
    expect(moot?.target).toBe('2.3 [Reserved.]');
    expect(moot?.comment.external).toMatch(/With Section 2\.2 now a prohibition, there is no use left to opt out of/);
  });

  it('says "these Terms let", not "lets", when the contract calls itself by a plural name', () => {
    expect(edit(3)?.comment.external).toMatch(/the Terms let you use more freely/);
  });
});

const ALDERGRUND = [
  'Software Licence Agreement between Aldergrund GmbH ("Licensor") and the customer named in the order form ("Licensee").',
  '§2 (1) The Licensee grants the Licensor a worldwide, royalty-free and transferable right to store, reproduce, adapt and publish the handbooks uploaded by the Licensee and the questions of its staff (together "Licensee Data").',
  '§2 (2) The Licensor shall not use Licensee Data to train language models.',
  '§3 (1) The Licensor may raise the fees once a year in line with the consumer price index published by the Federal Statistical Office.',
  '§4 (1) After the end of the contract the Licensor shall delete Licensee Data within thirty days.',
];

describe('agreement of our own drafting whose licence defines the data', () => {
  const { edit, plan } = preferredReview(ALDERGRUND);

  it('never rewrites a clause that defines the term the rest of the contract uses', () => {
    expect(edit(1)).toBeUndefined();
    const skipped = plan.skipped.find((s) => 'paragraph' in s.target && s.target.paragraph === 1 && s.target.category === 'broad-license');
    expect(skipped?.reason).toMatch(/definition of “Licensee Data”/);
  });

  it('puts no proviso on "such data" into a clause that speaks of no data', () => {
    expect(edit(3)).toBeUndefined();
  });
});
