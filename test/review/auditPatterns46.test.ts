// Patterns of the lawyer audit of agreements 113–116 (audit46, 2026-12-03), in our own drafting: a survival clause
// that keeps the customer's protections alive stays; a disclosure of model providers stays and the clause binding them
// follows it; a clause on providers already inserted is not followed by a second one saying the same.
import { preferredReview, reviewOf, skippedWith } from './agreements';

const PARTIES = 'This Order Form is between Quayside Analytics Inc. ("Quayside") and Marrow Foods Ltd ("Customer").';
const DATA = '"Customer Data" means all data that Customer or its Users submit to the Platform.';

describe('a survival clause that keeps only the customer\'s protections alive', () => {
  const lines = [
    PARTIES,
    DATA,
    'T1. Quayside will not use Customer Data to train any model made available to other customers.',
    'T2. Customer will upload store data only with hashed loyalty identifiers.',
    'T3. Quayside may use Customer Data to provide the Platform.',
    'T4. Special Terms T1 and T2 survive termination of this Order Form for so long as Quayside retains any Customer Data.',
  ];
  it('is left standing, with the reason, rather than struck', () => {
    const { edit, plan } = preferredReview(lines);
    expect(edit(5)).toBeUndefined();
    expect(skippedWith(plan, 5, /keeps alive \(T1, T2\) protect the customer/)).toBe(true);
  });
  it('is still edited where it keeps the vendor\'s rights alive', () => {
    const rights = [...lines.slice(0, 5), 'T4. The rights granted to Quayside under Special Term T3 survive termination of this Order Form indefinitely.'];
    expect(skippedWith(preferredReview(rights).plan, 5, /protect the customer/)).toBe(false);
  });
});

describe('a sentence that only says data reaches a model provider, where nothing binds the provider', () => {
  const lines = [
    PARTIES,
    DATA,
    '6.1 The Platform includes an assistant that uses a large language model hosted by a third-party provider. When a User asks a question, the question and the relevant Customer Data are sent to that provider.',
    '6.2 Quayside may add new features to the assistant from time to time.',
    '7. Fees',
  ];
  it('keeps the disclosure and puts the clause on providers after it, numbered, said once', () => {
    const { edit, inserts } = reviewOf(lines, { position: 'preferred' });
    expect(edit(2)).toBeUndefined();
    const providers = inserts().filter((item) => item.answers === 'third-party-ai' || item.answers === 'model-provider-flow-down');
    expect(providers).toHaveLength(1);
    expect(providers[0]?.text).toMatch(/^6\.3 Quayside shall not disclose Customer Data to any third-party provider/);
  });
});

describe('a right to keep and use data with no end in view', () => {
  it('is forbidden, not turned into a duty to delete it now', () => {
    const lines = [
      'This Agreement is between Quayside Analytics Ltd (the "Supplier") and Marrow Foods Ltd (the "Customer").',
      '"Customer Data" means all data that the Customer or its Users submit to the Platform.',
      '"Service Data" means information about the operation and use of the Platform, including the ratings Users give to Outputs.',
      '"Outputs" means the forecasts and reports the Platform generates for the Customer.',
      '5.3 The Supplier may retain and use Outputs, and any corrections or ratings that Users apply to them, as Service Data for the purpose of measuring and improving the accuracy of the Platform.',
    ];
    expect(preferredReview(lines).edit(4)?.target).toBe('5.3 The Supplier shall not retain or use Outputs, and any corrections or ratings that Users apply to them, as Service Data.');
  });
  it('still loses a keeping that runs past a deletion', () => {
    const lines = [
      PARTIES,
      DATA,
      '8.2 If Customer closes its account, Quayside will delete Customer Data within 30 days, except data already used in aggregated statistics, which Quayside may continue to use.',
    ];
    expect(preferredReview(lines).edit(2)?.target).toMatch(/which Quayside (?:shall|will) cease using and (?:shall|will) delete\./);
  });
});

describe('a licence whose lettered purposes end with the risky ones', () => {
  it('keeps its service purpose alone, without its letter, and says "solely"', () => {
    const lines = [
      PARTIES,
      DATA,
      '"Pooled Data" means data derived from Customer Data and combined with data of other customers.',
      '2.2 Customer grants Quayside a worldwide, non-exclusive, royalty-free license to use, copy, store, modify and display Customer Data (a) to provide the Platform, (b) to create Pooled Data, and (c) to develop, train and improve the Quayside Models and Quayside\'s other products.',
    ];
    expect(preferredReview(lines).edit(3)?.target).toBe(
      '2.2 Customer grants Quayside a worldwide, non-exclusive, royalty-free license to use, copy, store, modify and display Customer Data solely to provide the Platform.',
    );
  });
});

describe('a ban that binds only the outside model providers', () => {
  it('is no answer to the vendor\'s own training grant', () => {
    const lines = [
      'These Terms are an agreement between you and Pixelgrove Pty Ltd ("Pixelgrove", "we" or "us").',
      '"Your Materials" means the photos and text you upload to the app.',
      '11. We use the photos you upload to train and refine the models that power the app.',
      '16. Our agreements with third-party AI providers do not permit them to use your images to train their own models.',
    ];
    const { edit, plan } = preferredReview(lines);
    expect(edit(2)).toBeDefined();
    expect(skippedWith(plan, 2, /already given elsewhere/)).toBe(false);
  });
});

describe('the customer\'s opt-out, once training is banned elsewhere', () => {
  it('is left when the next sentence points back at it with a bare "This" or "it"', () => {
    const lines = [
      'These Terms are an agreement between you and Pixelgrove Pty Ltd ("Pixelgrove", "we" or "us").',
      '"Your Materials" means the photos and text you upload to the app.',
      '11. We will not use Your Materials to train any model.',
      '12. If you would prefer that your uploads are not used for model training, you can turn off "Help improve Pixelgrove" under Settings. This applies to photos you upload after you turn it off.',
    ];
    const { edit } = preferredReview(lines);
    expect(edit(3)?.target ?? lines[3]).toContain('you can turn off "Help improve Pixelgrove" under Settings. This applies');
  });
});
