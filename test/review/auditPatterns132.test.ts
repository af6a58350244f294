// Patterns named by the lawyer audits of agreements 325–328 (audit132, audit133) and 317–324, taken up in the forty-first
// session: an inserted clause against policy changes that said nothing of the contract's own clause letting the vendor
// change the agreement; a ban that kept "and" between three things used, and the redaction that conditioned the grant;
// a derived-data proviso put in front of the only words that named the data; and a term limit that struck all of
// "during and after" to type "during" again. Every clause is our own drafting.
import { declassifiedData } from '../../src/review/declassified';
import { reviewOf, preferredReview } from './agreements';

const base = [
  'This Subscription Agreement is between Wrenfield Analytics Inc. ("Wrenfield") and the customer named in the Order Form ("Customer").',
  '1.2 "Customer Data" means all records and files that Customer submits to the Services.',
  '1.3 "Aggregated Data" means data derived from Customer Data and combined with data of other customers so that it identifies no one.',
];

const policyDocument = [
  '1.5 "Data Practices Policy" means the policy at wrenfield.example/data describing how Wrenfield uses Customer Data to improve its models, as updated by Wrenfield from time to time.',
  '4.4 Wrenfield will process Customer Data in accordance with this Agreement.',
];

describe("the inserted clause against policy changes, beside the vendor's right to change the agreement", () => {
  const inserted = (change: string) => {
    const review = reviewOf([...base, ...policyDocument, change], { position: 'preferred' });
    return review.inserts().find((item) => item.answers === 'policy-by-reference');
  };

  it('covers changes to the agreement itself and names the clause that allows them', () => {
    const item = inserted('12.2 Wrenfield may modify this Agreement by posting a revised version and notifying the account administrator by email, and the revised version will apply from the start of the next renewal term.');
    expect(item?.text).toMatch(/no change to any of them or to this Agreement \(including under (?:Section|clause) 12\.2\),/);
    expect(item?.comment.external).toMatch(/12\.2 allows changes to this Agreement/);
  });

  it('says nothing more where the agreement changes only by a signed amendment', () => {
    const item = inserted('12.2 This Agreement may be modified only by a written amendment signed by both parties.');
    expect(item?.text).toMatch(/and no change to any of them, /);
    expect(item?.text).not.toMatch(/including under/);
  });
});

describe('a grant turned into a ban', () => {
  it('joins three or more things used with "or", and drops the redaction that conditioned the grant', () => {
    const review = preferredReview([
      ...base,
      '5.2 Wrenfield may include Prompts, Outputs and reviewer corrections in its Model Improvement Program after removing the names, account numbers and other direct identifiers of Customer personnel, and may use the resulting data to train, evaluate and benchmark the models that Wrenfield makes available to all of its customers.',
    ]);
    const target = review.edit(3)?.target ?? '';
    expect(target).toMatch(/Prompts, Outputs or reviewer corrections/);
    expect(target).not.toMatch(/after removing/);
    expect(target).toMatch(/to train, evaluate or benchmark/);
  });
});

describe('a derived-data proviso', () => {
  it('is not put in front of the only words that name the data', () => {
    const review = preferredReview([
      ...base,
      '1.4 "Derived Data" means statistics and metadata derived from Customer Data, aggregated or de-identified.',
      '4.5 As between the parties, Customer owns all Output, and Wrenfield assigns to Customer any right it may have in Output; provided that Wrenfield retains ownership of its models and of any Derived Data embodied in Output.',
    ]);
    const target = review.edit(4)?.target;
    expect(target ?? '').not.toMatch(/provided that such Derived Data is aggregated/);
  });
});

describe('a right limited to the term', () => {
  it('strikes only "and after", keeping "during" as it stands', () => {
    const review = preferredReview([
      ...base,
      '6.1 Wrenfield may create Aggregated Data and may use and disclose Aggregated Data for any purpose during and after the Term, provided that it identifies no one.',
    ]);
    const ops = review.edit(3)?.ops ?? [];
    expect(ops).toContainEqual(expect.objectContaining({ kind: 'delete', text: 'and after ' }));
    expect(ops).not.toContainEqual(expect.objectContaining({ kind: 'insert', text: 'during ' }));
  });
});

describe('data made from the customer\'s taken out of its data term', () => {
  const parties = 'This Subscription Agreement is between Wrenfield Analytics Inc. ("Wrenfield") and the customer named in the Order Form ("Customer").';

  it('keeps in what still carries the customer\'s material or identifies anyone, in the definition', () => {
    const review = preferredReview([
      parties,
      '1.2 "Customer Data" means all records and files that Customer submits to the Services, but excludes Usage Data.',
      '1.3 "Usage Data" means information about the use of the Services, including the prompts Customer submits and the corrections its users make.',
    ]);
    expect(review.edit(1)?.target).toMatch(/but excludes Usage Data, except to the extent that Usage Data contains or reveals any of the foregoing, identifies any individual or would identify Customer to any third party\.$/);
  });

  it('leaves the exclusion of pure telemetry, and of data already defined to identify no one', () => {
    const review = preferredReview([
      parties,
      '1.2 "Customer Data" means all records and files that Customer submits to the Services, but excludes Usage Data and Aggregated Data.',
      '1.3 "Usage Data" means login events, API call volumes and error codes generated by the Services.',
      '1.4 "Aggregated Data" means statistics derived from Customer Data that do not identify Customer or any individual.',
    ]);
    expect(review.edit(1)).toBeUndefined();
  });

  it('keeps in what a clause says is not customer data', () => {
    const review = preferredReview([
      ...base,
      '6.3 Wrenfield may collect technical information about the operation of the Services ("Service Logs"), and Service Logs shall not constitute Customer Data.',
    ]);
    expect(review.edit(3)?.target).toMatch(/shall not constitute Customer Data, except to the extent that it contains Customer Data or identifies Customer or any individual\.$/);
  });
});

describe('the lawyer audits of 329–332 (audit134)', () => {
  it('never takes the vendor\'s own name for data made from the customer\'s as the data to protect', () => {
    const review = preferredReview([
      'This Agreement is between Wrenfield Analytics Limited ("Vendor") and the bank named in the Order Form ("Bank").',
      '1.2 "Bank Data" means all data, including Conversation Content, that Bank or its Customers submit to the Services.',
      '1.3 "Conversation Content" means the text and transcripts of any interaction between a Customer and the Assistant.',
      '1.4 "Service Improvement Data" means (a) pseudonymised extracts of Conversation Content, (b) records of Customer ratings and corrections, and (c) Outputs together with any edits made to them.',
      '12.1 Bank shall not configure the Assistant to request card numbers, and Vendor shall redact any such data detected in Conversation Content before storage, and redacted data shall not form part of Service Improvement Data.',
    ]);
    expect(declassifiedData(review.analysis, review.paragraphs)).toEqual([]);
  });

  it('strikes "on a … basis" with the words that made it perpetual', () => {
    const review = preferredReview([
      ...base,
      '3.1 Customer retains ownership of Customer Data and grants Wrenfield a worldwide, non-exclusive, royalty-free licence to use, reproduce, modify, display and distribute Customer Data as necessary to provide the Services and, where Customer chooses to publish Customer Data to the Wrenfield Community Library, to make that Customer Data available to other Wrenfield customers and to create derivative works from it on a perpetual and irrevocable basis.',
    ]);
    const target = review.edit(3)?.target ?? '';
    expect(target).toMatch(/create derivative works from it\.$/);
    expect(target).not.toMatch(/on an? basis/);
  });
});

describe('a survival list beside a clause the review limited to the term (audit134, audit135)', () => {
  it('keeps the clause while it also holds a promise about the vendor\'s own conduct', () => {
    const review = preferredReview([
      ...base,
      '1.4 "Usage Data" means data about the operation and performance of the Platform.',
      '5.4 Wrenfield may collect and use Usage Data during and after the term of this Agreement to operate and improve the Platform, provided that Wrenfield does not disclose Usage Data to third parties in a form that identifies Customer.',
      '12.4 Sections 1, 5.4, 9 and 12 survive termination or expiry of this Agreement.',
    ]);
    expect(review.edit(5)?.target ?? review.paragraphs[5]?.text).toContain('5.4');
  });
});

describe('clauses that lean on a grant the review turned into a ban (audit132)', () => {
  it('lose a lead-in "Subject to clause 3.3," that now qualifies nothing', () => {
    const review = preferredReview([
      ...base,
      '3.2 Subject to clause 3.3, Wrenfield will not use Customer Data to train any model made available to other customers.',
      '3.3 Notwithstanding clause 3.2, Wrenfield may use Customer Data to train and validate the routing models it makes available to all of its customers.',
    ]);
    expect(review.edit(3)?.target).toMatch(/^3\.2 Wrenfield will not use Customer Data/);
  });
});

describe('the survival list beside a new clause numbered like a body clause', () => {
  it('never lists the same number twice', () => {
    const review = reviewOf(
      [
        ...base,
        '3.3 Wrenfield may use Customer Data to train and improve the models it makes available to all customers.',
        '7.4 Clauses 3.2, 3.4, 6 and 8 survive termination or expiry of this Agreement.',
        'AI SCHEDULE',
        '3. Customer Controls',
        '3.1 Customer may disable any AI Feature in the administrator settings.',
        '3.2 If Customer disables an AI Feature, Wrenfield may withdraw the features that depend on it.',
      ],
      { position: 'preferred' },
    );
    const survival = review.plan.items.find((item) => item.kind === 'edit' && item.paragraph === 4);
    const target = survival?.kind === 'edit' ? survival.target : review.paragraphs[4]?.text ?? '';
    expect(target.match(/\b3\.3\b/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});
