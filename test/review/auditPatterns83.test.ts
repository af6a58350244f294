// Patterns from the lawyer's re-audit of agreements 223–226 (audit82) and the session after it. Every clause is the
// project's own drafting.
import { FREE_OF_DUTY } from '../../src/review/redline/surgical/banSurroundings';
import { strikeBuiltInLimb } from '../../src/review/redline/surgical/carveOutLimb';
import { applySplices } from '../../src/review/redline/surgical/splice';
import { preferredReview } from './agreements';

const PARTIES = 'This Platform Agreement is between Brackenfold Systems, Inc. ("Provider") and Ashcombe Freight LLC ("Company").';
const DATA = '1.3 "Company Data" means all data, information and files that Company or its users submit to the Service.';

describe('a ban built from a training permission that described the vendor\'s models', () => {
  it('bans training any model, not only the ones the permission described', () => {
    const grant =
      '4.2 Provider may use Company Data to train, retrain and evaluate the forecasting models that power Provider\'s route-planning and load-matching features for all of its customers.';
    const target = preferredReview([PARTIES, DATA, grant]).edit(2)?.target ?? '';
    expect(target).toBe('4.2 Provider shall not use Company Data to train, retrain or evaluate any forecasting models.');
  });

  it('keeps the description where it defines a name the contract uses', () => {
    const grant =
      '4.2 Provider may use Company Data to train the forecasting models that power the Service, including its routing models ("Model Training").';
    const target = preferredReview([PARTIES, DATA, grant, '4.3 Company may object to Model Training by written notice.']).edit(2)?.target ?? '';
    expect(target).toContain('the forecasting models that power the Service, including its routing models ("Model Training")');
    expect(target).toContain('shall not use');
  });

  it('names each joined object, even one with a list of its own', () => {
    const grant =
      '4.2 Provider may use Company Data, together with the shipment records Company chooses to tag, route or invoice in the Service, to train the forecasting models that power the Service.';
    const target = preferredReview([PARTIES, DATA, grant]).edit(2)?.target ?? '';
    expect(target).toBe(
      '4.2 Provider shall not use Company Data or the shipment records Company chooses to tag, route or invoice in the Service to train any forecasting models.',
    );
  });
});

describe('a use the vendor states it makes unless the customer turns it off', () => {
  const WE = 'These Terms are between Larchmere Inc. ("we", "us") and the business that signs up ("you").';
  const INPUTS = '"Inputs" means the prompts and files you submit to the AI Features.';

  it('becomes a ban without the lead-in, and the sentence after it stays', () => {
    const training =
      '4. Model training. Unless you turn it off, we use Inputs and your ratings to train and evaluate the models that power the AI Features. We remove payment details from training data first.';
    const target = preferredReview([WE, INPUTS, training]).edit(2)?.target ?? '';
    expect(target).toBe(
      '4. Model training. We will not use Inputs and your ratings to train or evaluate any models. We remove payment details from training data first.',
    );
  });
});

describe('a permission whose purposes end with "and for any other lawful business purpose"', () => {
  it('loses the catch-all in a ban, which would forbid running the service too', () => {
    const tail = 'may use them for product analytics, for industry benchmarking, and for any other lawful business purpose.';
    const found = [...tail.matchAll(FREE_OF_DUTY)].map((m) => m[0]);
    expect(found).toEqual([', and for any other lawful business purpose']);
  });
});

describe('a keeping of training material turned into a ban', () => {
  it('loses the period with its starting point, the override of termination and the deletion after the period', () => {
    const keeping =
      '4.4 Provider may keep excerpts of Company Data selected for the Model Tuning Scheme in its training corpus for up to 3 years from the date of collection, notwithstanding termination of this Agreement, after which they shall be deleted.';
    const target = preferredReview([PARTIES, DATA, keeping]).edit(2)?.target ?? '';
    expect(target).toBe('4.4 Provider shall not keep excerpts of Company Data selected for the Model Tuning Scheme in its training corpus.');
  });
});

describe('a training permission gated on a programme "enabled for" the customer\'s account', () => {
  it('becomes a ban without the gate', () => {
    const grant = '4.1 Where the Model Tuning Scheme is enabled for Company\'s account, Provider may use Company Data to train its speech models.';
    const target = preferredReview([PARTIES, DATA, grant]).edit(2)?.target ?? '';
    expect(target).toBe('4.1 Provider shall not use Company Data to train its speech models.');
  });
});

describe('a survival list naming a keeping clause that lost one item of its list', () => {
  it('keeps the clause, whose other items (backups, copies the law requires) work after the end', () => {
    const keeping =
      '10.4 Notwithstanding Section 10.3, Provider may retain (a) copies of Company Data in backups until they are overwritten, within 90 days; (b) Company Data incorporated into models or evaluation sets before termination; and (c) any copies Provider is required by law to retain.';
    const survival = '10.6 Sections 1, 6, 10.4 and 11 survive any termination of this Agreement.';
    const review = preferredReview([PARTIES, DATA, keeping, survival]);
    expect(review.edit(2)?.target).toContain('within 90 days; and (b) any copies Provider is required by law to retain.');
    expect(review.edit(3)?.target ?? survival).toContain('10.4');
  });
});

describe('a survival list naming a pooled-data clause the review cut to the term and bound by new restrictions', () => {
  it('keeps the clause, whose anonymity standard and ban on training must outlast the contract', () => {
    const lines = [
      'This Customer Agreement is between Ledgerfold Pty Ltd ("Provider") and the accounting practice named in the Order ("Practice").',
      '1.3 "Practice Data" means all files and data the Practice uploads to the Platform.',
      '5.1 Provider compiles benchmarks and other statistical information from Practice Data and the data of Provider\'s other customers ("Insights"). Provider owns all rights in Insights and may use, publish and commercialise Insights for any purpose, both during and after the Subscription Term.',
      '10.5 Clauses 1, 5.1, 7 and 10 survive termination of this Agreement.',
    ];
    const review = preferredReview(lines);
    expect(review.edit(2)?.target).toMatch(/shall not attempt to re-identify/);
    expect(review.edit(3)?.target ?? lines[3]).toContain('5.1');
  });
});

describe('a policy incorporated "as updated from time to time", frozen at the start date', () => {
  const ORDER = 'Subscription Term: 12 months from the Order Effective Date of 1 March 2026.';

  it('loses the "and" that joined the mechanism to the address, and says the contract\'s own start date', () => {
    const policy =
      '5.8 Provider\'s AI Data Statement, available at https://example.com/ai-data and as updated by Provider from time to time, describes how Provider processes Company Data and is incorporated into this Agreement by reference.';
    const target = preferredReview([PARTIES, ORDER, DATA, policy]).edit(3)?.target ?? '';
    expect(target).toContain('available at https://example.com/ai-data, as in effect on the Order Effective Date, describes');
  });

  it('loses the words about when amendments take effect', () => {
    const policy =
      '5.9 Company shall ensure that its users use the AI Features in accordance with Supplier\'s Responsible AI Policy at https://example.com/ai-use, as Supplier may amend it from time to time, with any amendment taking effect thirty (30) days after Supplier posts it.';
    const supplier = 'This Agreement is between Brackenfold Systems, Inc. ("Supplier") and Ashcombe Freight LLC ("Company").';
    const target = preferredReview([supplier, ORDER, DATA, policy]).edit(3)?.target ?? '';
    expect(target).toContain('as in effect on the Order Effective Date');
    expect(target).not.toContain('taking effect');
  });
});

describe('rights that outlive the end, listed as what termination "does not affect"', () => {
  it('lose the models developed under a clause, and keep the rest', () => {
    const sentence =
      '9.4 Termination does not affect Provider\'s rights in Aggregated Data, in any models developed under Section 4.3 before termination, or in Feedback, and Provider need not delete or retrain any of them.';
    const splices = strikeBuiltInLimb(sentence);
    expect(splices && applySplices(sentence, splices)).toBe(
      '9.4 Termination does not affect Provider\'s rights in Aggregated Data, or in Feedback, and Provider need not delete or retrain any of them.',
    );
  });
});

describe('an opt-out from the model development a deleted clause described', () => {
  it('is deleted as moot', () => {
    const lines = [
      PARTIES,
      DATA,
      '4.3 Company authorizes Provider to use Company Data, including call scores and user ratings, to develop, train and validate Provider\'s proprietary scoring models.',
      '4.6 Company may request that Provider exclude Company Data from the model development described in Section 4.3 by written notice.',
    ];
    const review = preferredReview(lines);
    expect(review.edit(2)?.target).toMatch(/shall not use/);
    expect(review.edit(3)?.target).toBe('4.6 [Reserved.]');
  });
});

describe('a carve-out from deletion of derived data alone', () => {
  it('does not tell the counterparty that other carve-outs stand', () => {
    const lines = [
      PARTIES,
      DATA,
      '1.5 "Anonymised Data" means data derived from Company Data that does not identify Company or any person.',
      '6.1 Provider may use Anonymised Data for any lawful purpose, including the training of machine learning models.',
      '6.3 Sections 9 and 10 do not apply to Anonymised Data, which Provider may retain indefinitely, including after the termination or expiration of this Agreement.',
      '9.1 Provider shall delete Company Data within 30 days after termination.',
    ];
    // Derived data alone is no longer deleted whole: it is kept under the derived-data safeguard (audit214, 470
    // § 16(e); auditPatterns207), and the comment still speaks of no other carve-outs.
    const edit = preferredReview(lines).edit(4);
    expect(edit?.target).toMatch(/^6\.3 Sections 9 and 10 do not apply to Anonymised Data, .*, provided that such data cannot reasonably be used to identify Company or any individual/);
    expect(edit?.comment.external).not.toContain('other carve-outs stand');
  });
});

describe('a feedback clause whose tag-along lists the customer\'s material up to the name it defines', () => {
  it('loses the whole tag-along, not its first item', () => {
    const WE = 'These Terms are between Larchmere Inc. ("we", "us") and the business that signs up ("you").';
    const CONTENT = '"Your Content" means the text, images and files you upload to the Services.';
    const feedback =
      '23. Feedback. If you send us ideas, ratings or other feedback, along with any sample text, prompts or screenshots you include with it ("Feedback"), you grant us a perpetual, irrevocable, royalty-free license to use and incorporate that Feedback into our products for any purpose.';
    const target = preferredReview([WE, CONTENT, feedback]).edit(2)?.target ?? '';
    expect(target).toContain('ratings or other feedback ("Feedback"), you grant us');
    expect(target).not.toContain('screenshots');
  });
});
