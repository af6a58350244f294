// Per-clause expectations for the language patterns of calibration round 37 (found in the first run of blind43,
// 2026-12-05): opt-outs of something other than data use, and rights held rather than data kept. Every clause is our
// own drafting; each row states the categories it must yield.
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
