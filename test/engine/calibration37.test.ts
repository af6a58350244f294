// Per-clause expectations for the language patterns of calibration round 37 (found in the first run of blind43,
// 2026-12-05): opt-outs of something other than data use, and rights held rather than data kept. Every clause is our
// own drafting; each row states the categories it must yield.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { extractDefinitions } from '../../src/engine/extractDefinitions';
import { expectationRows as rows } from './support';

rows('an opt-out that names a scheme, a process or a programme, not a use of data', [
  ['Where a Worker tells the Client that they wish to opt out of the workplace pension scheme, the Client must upload the opt-out form to the Portal within three Business Days so that Payfern can process any refund.', []],
  ['Members may opt out of the loyalty rewards programme at any time, and we will then stop using their points balance.', []],
  // The object names data use: the lever stays.
  ['Customer may opt out of the use of its Project Files for model training by written notice to Vendor.', ['ai-training:risk', 'opt-out:protective']],
  ['You can opt out of data sharing with our research partners in your account settings.', ['opt-out:protective']],
  // The object is named before ("opt out of it"): the sentence alone cannot say, so the lever stays.
  ['We use your recordings to improve our speech models. You may opt out of it in Settings.', ['service-improvement:risk', 'ai-training:risk', 'opt-out:protective']],
]);

rows('a bare opt-out in a paragraph that has named what is opted out of', [
  ['Opting out of arbitration. You may opt out of this agreement to arbitrate by posting written notice to Tillbrook\'s legal department within 30 days after you first accept these Terms. Your notice must include your name, your store URL and an unequivocal statement that you wish to opt out.', []],
  // Alone, the sentence does not say what is opted out of: the lever stays.
  ['Your notice must include your name, your store URL and an unequivocal statement that you wish to opt out.', ['opt-out:protective']],
]);

rows('a right, title or licence that a party holds or retains', [
  ['The Broker warrants that it holds all necessary rights in the Listing Materials, including copyright in the photographs, and that it has the owner\'s consent to publish them.', []],
  ['As between the parties, Vendor retains all right, title and interest in the Platform and its documentation.', []],
  // A copy kept stays retention.
  ['Vendor may retain copies of Customer Data in its backups for ninety days after termination.', ['survival-retention:risk']],
]);

describe('a definition of the customer\'s records that says what the vendor may later make of them', () => {
  const PARTIES = 'This Agreement is between Harlowe Voice Inc. ("we", "us") and the business that subscribes ("you").';
  const read = (meaning: string) =>
    new Map(extractDefinitions([{ text: PARTIES }, { text: `"Call Data" means ${meaning}` }]).definitions.map((d) => [d.term, d.denotes]));

  it('is the customer\'s data, though a "which" clause lets the vendor keep it de-identified', () => {
    const meaning = 'call recordings, chat transcripts and other records of conversations between your staff and your callers handled through the Service, which we may keep in de-identified form after the Term to train our models.';
    expect(read(meaning).get('Call Data')).toBe('customer-data');
  });

  it('is derived data where the "which" clause says what it already is', () => {
    expect(read('records derived from your calls, which have been aggregated so that they do not identify you.').get('Call Data')).toBe('other');
  });
});

describe('derived data freed from the confidentiality duties', () => {
  const DEFINITIONS = [
    'This Agreement is between Orrin Payroll Ltd ("Orrin") and the employer named in the Order ("Customer").',
    '"Usage Data" means information about how the Services are used, such as feature clicks and error reports.',
    '"Pooled Statistics" means statistics derived from Customer Data and combined with the data of other customers so that no customer or person can be identified.',
  ];
  const read = (clause: string) => [...new Set(analyzeDocument([...DEFINITIONS, clause].map((text) => ({ text }))).findings.filter((f) => f.paragraph === 3).map((f) => `${f.category}:${f.stance}`))].sort();

  it.each([
    ['8.2 Clause 8.1 does not apply to information that is already public, and nothing in this clause 8 limits Orrin\'s use of Usage Data or Pooled Statistics under clause 4.'],
    ['8.2 The duties in clause 8.1 do not apply to Pooled Statistics, Usage Data or information that Orrin develops independently.'],
    ['8.2 The duties in clause 8.1 do not apply to information that is already public, and do not apply to Orrin\'s use of Usage Data under clause 4.'],
  ])('is a risk in "%s"', (clause) => {
    expect(read(clause)).toEqual(['aggregated-data:risk']);
  });

  it.each([
    // The ordinary exclusions free nothing of the vendor's.
    ['8.2 Clause 8.1 does not apply to information that is already public or that the receiving party develops independently.'],
    // A carve-out from deletion is read as retention, not as freed data.
    ['9.3 Deletion under clause 9.2 does not apply to Pooled Statistics.'],
  ])('is no freed data in "%s"', (clause) => {
    expect(read(clause)).not.toContain('aggregated-data:risk');
  });
});

rows('product models, plan allowances, advice disclaimers and mailing-list duties', [
  ['5.2 Every Delivery-Partner shall drive a vehicle of a make and model approved by the Operator for the service tier (including Swiftbox Go and Swiftbox Auto), which shall not be older than six years.', []],
  ['Teams on the Pro plan get unlimited uploads and access to our shot-prediction model and scouting reports.', []],
  ['9.3 The Client remains responsible for reviewing every document before it is produced, and the Supplier\'s predictive coding outputs do not constitute legal advice.', []],
  ['You must send Mailings only to people who have opted in to receive them, honour unsubscribe requests within ten business days as the law requires, and include a postal address in every Mailing.', []],
  // A period with no end stays open-ended.
  ['We may retain your uploads for an unlimited period after you close your account.', ['survival-retention:risk']],
]);

rows('a policy on how the customer may use the service, changed from time to time', [
  ['11.1 Customer shall comply, and shall ensure that its staff comply, with Vendor\'s Acceptable Use Policy published at www.brindle.example/aup as updated by Vendor from time to time, and Vendor may suspend access to the AI Features where it reasonably believes that Customer\'s use breaches that policy.', []],
  // A data-use statement named beside it is still a policy over the data.
  ['12.1 Vendor\'s Acceptable Use Policy and AI Data Statement, each as published on Vendor\'s website and updated from time to time, are incorporated into this Agreement, and the AI Data Statement prevails as to the use of Customer Data.', ['policy-by-reference:risk']],
]);

rows('a model provider\'s usage policy that sets how long it keeps the data', [
  ['4.4 Vendor shall ensure that each model provider is prohibited from retaining Inputs for longer than thirty days, except where longer retention is required for abuse monitoring under that provider\'s acceptable use policy as amended from time to time.', ['confidentiality:protective', 'deletion:protective', 'policy-by-reference:risk', 'third-party-ai:neutral']],
]);

describe('a definition of the customer\'s data that excludes the vendor\'s derived data', () => {
  it('names the customer\'s data, whatever it excludes', () => {
    const definitions = extractDefinitions([
      { text: 'These Terms are between Hollowmere Interview Pte. Ltd. ("we") and the employer that subscribes ("you").' },
      { text: '"Customer Data" means Candidate Videos, job descriptions, evaluator notes and any other data that you or your Candidates submit to the Platform, excluding De-identified Data and Usage Data.' },
    ]).definitions;
    expect(definitions.find((d) => d.term === 'Customer Data')?.denotes).toBe('customer-data');
  });
});

rows('a use "without restriction" whose purposes follow after a comma', [
  ['6.2 If Customer\'s users correct a draft, Supplier may use the correction and the related extract of Customer Data without restriction or compensation, including to train and refine its machine learning models.', ['ai-training:risk']],
]);
