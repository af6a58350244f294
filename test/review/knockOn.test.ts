// Knock-on amendments from the lawyer audit of agreements 41–44: a usage-data definition that sweeps the customer's
// prompts in under a name that does not say "usage", a ban that still speaks of "de-identified excerpts", and the
// clause that says how opting out works once the use it opted out of is banned. Every clause is the project's own
// drafting.
import { preferredReview } from './agreements';
import { mootOptOutItems } from '../../src/review/conformingItems';
import { editKey, type EditItem } from '../../src/review/reviewItems';

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

const BRACKENRIDGE = [
  'This Agreement is between Brackenridge Dictation LLC ("Brackenridge") and the clinic named in the Order ("Customer").',
  '1.1 "Customer Data" means the dictations, transcripts and notes that Customer submits to the Service.',
  '1.2 "Derived Records" means Customer Data from which Brackenridge has removed the names of patients.',
  '3.3 Brackenridge may use, disclose, sell and retain Derived Records for any purpose not prohibited by law, including to develop, test and refine its speech models.',
  '3.4 Customer authorises Brackenridge to de-identify Customer Data by the Safe Harbor method of the HIPAA Privacy Rule ("De-identified Data"), and Brackenridge may use De-identified Data for any purpose, including to train its speech models.',
  '3.5 Customer may withdraw the authorisation in Section 3.4 by written notice, and the withdrawal will apply to dictations made more than thirty days after Brackenridge receives the notice, without affecting De-identified Data created before that date.',
  '3.6 If Customer sends Brackenridge suggestions about the Service ("Feedback"), Brackenridge may incorporate that Feedback, including any dictation text after de-identification, into the Service without restriction.',
];

describe('agreement of our own drafting with an authorisation, its withdrawal and a feedback example', () => {
  const { edit, analysis } = preferredReview(BRACKENRIDGE);

  it('bans every verb with "or", and drops the circular "not prohibited by law" with the examples', () => {
    // The example ("including to develop, test and refine its speech models") goes whole with the permission it
    // illustrated: a ban "for any purpose" needs no examples (it went with only its first verb before, audit71).
    expect(edit(3)?.target).toBe('3.3 Brackenridge shall not use, disclose, sell or retain Derived Records for any purpose.');
  });

  it('keeps the customer\'s right to withdraw what the clause still authorises, as it stands', () => {
    expect(edit(4)?.target).toBe('3.4 Customer authorises Brackenridge to de-identify Customer Data by the Safe Harbor method of the HIPAA Privacy Rule ("De-identified Data").');
    expect(edit(5)).toBeUndefined();
  });

  it('reserves a lever only when the clause it pulls no longer authorises anything', () => {
    const paragraphs = BRACKENRIDGE.map((text) => ({ text }));
    const banned = (target: string): EditItem => ({
      kind: 'edit', key: editKey(4), paragraph: 4, findings: [], issues: [], positionId: 'preferred', original: BRACKENRIDGE[4]!,
      target, ops: [{ kind: 'insert', at: 0, text: 'shall not' }], wordLevel: true, comment: { internal: '', external: '' }, notes: [],
    });
    const still = mootOptOutItems(analysis, paragraphs, [banned('3.4 Customer authorises Brackenridge to de-identify Customer Data, and Brackenridge shall not use it.')], { position: 'preferred' });
    expect(still.reserved).toEqual([]);
    expect(still.fallbacks.map((f) => f.paragraph)).toEqual([5]);
    const gone = mootOptOutItems(analysis, paragraphs, [banned('3.4 Brackenridge shall not use De-identified Data.')], { position: 'preferred' });
    expect(gone.reserved.map((item) => item.target)).toEqual(['3.5 [Reserved.]']);
  });

  it('strikes an example set between a verb\'s object and its complement with both its commas', () => {
    expect(edit(6)?.target).toMatch(/incorporate that Feedback into the Service/);
  });
});

describe('a clause of our own drafting that pairs the customer\'s ownership with the vendor\'s claim', () => {
  const { edit } = preferredReview([
    'These terms are between Pellucid Labs, Inc. ("we") and you.',
    '1.1 "Inputs" means the prompts and files you send to the API.',
    '2.1 We will not use Inputs to train any model other than your Custom Model.',
    '2.2 Your tuning files remain yours, but we own all weights of every Custom Model and may use them to train our other models.',
  ]);

  it('strikes the vendor\'s half and keeps "remain yours", never reserving the clause', () => {
    const target = edit(3)?.target ?? '';
    expect(target).toMatch(/^2\.2 Your tuning files remain yours/);
    expect(target).not.toMatch(/Reserved/);
  });
});

describe('a record-keeping duty of our own drafting', () => {
  it('is never rewritten into a deletion clause: audits and usage fees rely on the records', () => {
    const { edit } = preferredReview([
      'This Agreement is between Kestrel Analytics Ltd ("Supplier") and the customer named in the Order ("Customer").',
      '1.1 "Customer Data" means the call recordings Customer uploads to the Platform.',
      '6.1 The Supplier shall keep complete and accurate records of each processing run that uses Customer Data, and shall keep those records for three years after the end of this Agreement.',
    ]);
    expect(edit(2)).toBeUndefined();
  });
});

describe('the customer\'s own right, in our own drafting', () => {
  it('gets no proviso that would make it conditional', () => {
    const { edit } = preferredReview([
      'This Agreement is between Velmora Systems GmbH ("Supplier") and Ostrand Motors AG ("OEM").',
      '1.1 "Vehicle Data" means the sensor recordings and signals the OEM supplies to the Supplier.',
      '4.3 The OEM may, on three months\' written notice, require the Supplier to cease including Vehicle Data in the aggregated fleet statistics it prepares.',
    ]);
    expect(edit(2)?.target ?? '').not.toMatch(/provided that/);
  });
});

describe('a purpose after an aside, in our own drafting', () => {
  it('keeps the aside\'s comma: the first purpose is no item of a series', () => {
    const { edit } = preferredReview([
      'This Agreement is between Velmora Systems GmbH ("Supplier") and Ostrand Motors AG ("OEM").',
      '1.1 "Vehicle Data" means the sensor recordings and signals the OEM supplies to the Supplier.',
      '2.6 The Supplier may use performance logs from its software in OEM vehicles, which exclude Vehicle Data, to diagnose faults and to improve the Supplier\'s software products generally.',
    ]);
    expect(edit(2)?.target).toBe('2.6 The Supplier may use performance logs from its software in OEM vehicles, which exclude Vehicle Data, to diagnose faults.');
  });
});
