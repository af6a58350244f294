// Patterns from the lawyer's re-audit of agreements 217–220 (audit78) and the first runs of 223–224 (audit80). Every
// clause is the project's own drafting.
import { optInGrant } from '../../src/review/redline/surgical/optInGrant';
import { preferredReview } from './agreements';

const PARTIES = 'This Platform Agreement is between Brackenfold Systems, Inc. ("Provider") and Ashcombe Freight LLC ("Company").';
const DATA = '1.3 "Company Data" means all data, information and files that Company or its users submit to the Service.';
const TRAINING = '4.2 Provider may use Company Data to train, retrain and evaluate the machine-learning models that power the Service.';

describe('a paid election after which the vendor stops a use the review banned', () => {
  const election =
    '4.3 Where Company has purchased the "Private Model" option in an Order Form, Provider will cease using Company Data for training under Section 4.2 from the next renewal date. That election does not require Provider to retrain any model.';

  it('is deleted as moot once the use is banned, its number kept', () => {
    const review = preferredReview([PARTIES, DATA, TRAINING, election]);
    expect(review.edit(2)?.target).toMatch(/shall not use Company Data to train/);
    expect(review.edit(3)?.target).toBe('4.3 [Reserved.]');
  });

  it('stays when nothing banned the use it stops', () => {
    const review = preferredReview([PARTIES, DATA, '4.2 Provider may display Company Data to Authorized Users.', election]);
    expect(review.edit(3)?.target ?? election).not.toContain('[Reserved.]');
  });
});

describe('a carve-out from deletion for models trained under a clause', () => {
  it('loses the models, with the list\'s "or" moved to the item now last, and keeps the other carve-outs', () => {
    const carveOut =
      '9.4 Deletion under Section 9.3 does not extend to Usage Data, Benchmark Reports, or any model, weights or parameters created through training under Section 4.2 before termination, all of which Provider may keep and use without restriction.';
    const target = preferredReview([PARTIES, DATA, TRAINING, carveOut]).edit(3)?.target ?? '';
    expect(target).toContain('does not extend to Usage Data or Benchmark Reports, all of which');
    expect(target).not.toContain('weights');
  });

  it('does so in a list whose items each carry "to"', () => {
    const carveOut =
      '9.4 The deletion obligation in Section 9.3 does not extend to Usage Data, to anonymised statistics, or to any model trained or tuned under Section 4.2 before termination, all of which Provider may continue to hold and use.';
    const target = preferredReview([PARTIES, DATA, TRAINING, carveOut]).edit(3)?.target ?? '';
    expect(target).toContain('does not extend to Usage Data, or to anonymised statistics, all of which');
    expect(target).not.toContain('trained or tuned');
  });
});

describe('verbs sharing one object, the last of them improving it, with examples of the improvement', () => {
  it('loses the improving verb and its examples; the upkeep the customer needs stays', () => {
    const upkeep =
      '3.2 Provider may use Company Data and Usage Data to monitor, maintain, troubleshoot and improve the Service, including to refine route forecasts and develop new functionality, provided that Provider complies with Section 6.';
    const target = preferredReview([PARTIES, DATA, upkeep]).edit(2)?.target ?? '';
    expect(target).toBe('3.2 Provider may use Company Data and Usage Data to monitor, maintain and troubleshoot the Service, provided that Provider complies with Section 6.');
  });
});

describe('training for the vendor\'s other customers beside the customer\'s own service', () => {
  it('is answered: "to provide the Service to Company and to Provider\'s other customers" is no use that runs the service alone', () => {
    const training =
      '4.4 Notwithstanding Section 4.1, Provider may use Company Data to train the extraction models used to provide the Service to Company and to Provider\'s other customers.';
    expect(preferredReview([PARTIES, DATA, training]).edit(2)?.target).toMatch(/^4\.4 Provider shall not use Company Data to train/);
  });
});

describe('a keeping the law requires, listed among the carve-outs from deletion', () => {
  it('is never struck', () => {
    const kept =
      '9.5 Notwithstanding Section 9.4, (a) Company Data may persist in backups for up to ninety (90) days; (b) Provider may retain Driver Records for so long as required by the FMCSA and applicable state law; and (c) Provider may retain Company Data indefinitely for its own analytics.';
    const target = preferredReview([PARTIES, DATA, '9.4 Within thirty (30) days after termination, Provider will delete all Company Data.', kept]).edit(3)?.target ?? kept;
    expect(target).toContain('for so long as required by the FMCSA and applicable state law');
  });
});

describe('a carve-out from deletion written as lettered items', () => {
  it('strikes the item that keeps the data inside models trained under a clause, and re-letters the rest (audit226)', () => {
    const carveOut =
      '9.5 Section 9.4 shall not require Provider to delete: (a) Company Data held in backup archives for up to ninety (90) days; (b) Usage Data; (c) any model trained or improved using Company Data under Section 4.2, which Provider need not retrain; or (d) Company Data that Provider must keep by law.';
    const deletion = '9.4 Within thirty (30) days after termination, Provider will delete all Company Data.';
    const target = preferredReview([PARTIES, DATA, TRAINING, deletion, carveOut]).edit(4)?.target ?? '';
    expect(target).toContain('(b) Usage Data; or (c) Company Data that Provider must keep by law.');
  });
});

describe('a customer\'s notice requiring the vendor to cease a use the review banned', () => {
  it('is deleted as moot', () => {
    const notice =
      '4.3 Company may, by giving thirty (30) days\' written notice, require Provider to cease using Company Data under Section 4.2 for data uploaded after the notice.';
    expect(preferredReview([PARTIES, DATA, TRAINING, notice]).edit(3)?.target).toBe('4.3 [Reserved.]');
  });
});

describe('statistics about how the service is used that already leave the customer\'s content out', () => {
  it('are not made to pool with other customers\' data, and keep improving the service', () => {
    const metrics =
      '5.7 Provider may collect and use statistical information about Company\'s use of the Service, such as shipment volumes and response times ("Service Metrics"), to operate, maintain and improve the Service, provided that Service Metrics shall not contain the content of any Company Data.';
    expect(preferredReview([PARTIES, DATA, metrics]).edit(2)).toBeUndefined();
  });
});

describe('a survival limb that keeps a rewritten licence alive for the periods the data is held', () => {
  it('stays in the list: the licence the review wrote lasts "afterwards only while" the data is held', () => {
    const licence =
      '3.1 Company hereby grants Provider and its Affiliates a worldwide, non-exclusive, royalty-free licence, during the Term and thereafter for the periods described in Section 9.5, to host, copy, store, transmit, analyse, create derivative works of and otherwise process Company Data as necessary or useful to provide, secure and develop the Service and Provider\'s other products and services.';
    const retention = '9.5 Provider may retain Company Data in backups for up to ninety (90) days after termination.';
    const survival = '9.6 Survival. Sections 1, 3.1 (solely for the retention periods described in Section 9.5), 6 and 9 will survive termination of this Agreement.';
    const review = preferredReview([PARTIES, DATA, licence, TRAINING, retention, survival]);
    expect(review.edit(2)?.target).toContain('afterwards only while');
    expect(review.edit(5)?.target ?? survival).toContain('3.1 (solely for the retention periods described in Section 9.5)');
  });
});

describe('a programme the customer is in unless it opts out under a clause', () => {
  it('becomes an opt-in by written notice, the opt-out\'s own procedure no longer cited', () => {
    const programme =
      '5. Model Improvement Program. Unless Company opts out under item 6 of this Schedule, Company participates in Provider\'s Model Improvement Program, under which Provider may use Company Data to train and improve the Models.';
    const splices = optInGrant(programme) ?? [];
    const target = [...splices].sort((a, b) => b.start - a.start).reduce((text, s) => text.slice(0, s.start) + s.text + text.slice(s.end), programme);
    expect(target).toMatch(/^5\. Model Improvement Program\. If Company opts in by written notice, Company participates/);
  });
});

describe('a keeping for a stated time to check the customer\'s own service', () => {
  it('is not turned into "must not retain"', () => {
    const review =
      '7. Quality review. Provider may retain Company Data for up to 90 days after each shipment for quality assurance and to investigate errors reported by Company.';
    const target = preferredReview([PARTIES, DATA, review]).edit(2)?.target ?? review;
    expect(target).not.toMatch(/\bnot\s+retain\b/);
  });
});

describe('an opt-out for account owners on some plans, once the training is banned', () => {
  it('is deleted as moot, and the sentence arranging the training goes with the ban', () => {
    const training =
      'A4.2 Unless you turn off model training as described in Section A5.1, we may use Company Data to train the machine learning models that power the Service. Before Company Data is added to a training dataset we remove account numbers.';
    const optOut =
      'A5.1 Account owners on the Plus and Advanced plans can stop us from using their Company Data for model training under Section A4.2 by switching off "Help improve" in Settings.';
    const review = preferredReview([PARTIES, DATA, training, optOut]);
    expect(review.edit(2)?.target).not.toContain('training dataset');
    expect(review.edit(3)?.target).toBe('A5.1 [Reserved.]');
  });
});

describe('figures about how the service performs, used for the vendor\'s own planning and new features', () => {
  it('are not flipped into "will not use": that would stop the vendor running the service', () => {
    const performance =
      'A4.3 Provider may also use information about how the AI Features perform, such as response times, error rates, the number of Prompts Company submits and the Responses Company edits, to plan capacity, to set usage limits for each plan, and to design and develop new AI Features, whether or not Company has turned off model training under Section A5.1.';
    const prompts = '1.4 "Prompts" means the text Company submits to the AI Features, and "Responses" means what the AI Features return.';
    const target = preferredReview([PARTIES, DATA, prompts, performance]).edit(3)?.target ?? performance;
    expect(target).not.toMatch(/\b(?:will|shall) not use information about how/);
  });
});

describe('a use said to go on whether or not the customer turned a switch off', () => {
  it('does not keep the switch alive once the use it switched off is banned', () => {
    const training = 'A4.2 Unless you turn off model training under Section A5.1, Provider may use Company Data to train the machine-learning models that power the Service.';
    const regardless =
      'A4.3 Provider may also use information about how the Service performs, such as response times and error rates, to plan capacity, whether or not Company has turned off model training under Section A5.1.';
    const optOut = 'A5.1 Company may turn off model training under Section A4.2 in the administrator console.';
    const review = preferredReview([PARTIES, DATA, training, regardless, optOut]);
    expect(review.edit(2)?.target).toMatch(/shall not use Company Data to train/);
    expect(review.edit(3)).toBeUndefined();
    expect(review.edit(4)?.target).toBe('A5.1 [Reserved.]');
  });
});

describe('a feedback licence that names the customer\'s material beside the feedback', () => {
  it('loses ", and the … to which it relates," with the carve-out, so the clause does not license and carve out the same thing', () => {
    const terms = 'These Terms of Service are a binding agreement between you and Larkmoor Software, Inc. ("Larkmoor," "we," "us" or "our").';
    const content = '3.1 "Your Content" means the invoices, receipts, ledger entries and other information that you upload to the Service.';
    const feedback =
      '7.1 If you send us suggestions, ideas, bug reports or ratings, including thumbs-up or thumbs-down ratings of Responses and any comments or screenshots you attach to them ("Feedback"), you grant us a perpetual, irrevocable, worldwide, royalty-free, transferable and sublicensable license to use, copy, modify and otherwise exploit that Feedback, and the Prompts, Responses and Your Content to which it relates, for any purpose, without compensation or attribution to you.';
    const target = preferredReview([terms, content, feedback]).edit(2)?.target ?? '';
    expect(target).toContain('otherwise exploit that Feedback for any purpose');
    expect(target).not.toContain('to which it relates');
  });
});

describe('an order of precedence over a range of clauses', () => {
  it('is not read as giving way over the first clause of the range alone', () => {
    const secret = '1. Provider shall keep Company Data confidential and shall not disclose it to any third party.';
    const order = '1.1 If there is any inconsistency, the Schedules prevail over clauses 1 to 12, but only to the extent of the inconsistency.';
    expect(preferredReview([PARTIES, DATA, secret, order]).edit(3)).toBeUndefined();
  });
});

describe('the items of a list whose lead-in the review deleted', () => {
  it('go with it, each keeping its letter and its closing words', () => {
    const leadIn = 'A.4 Model Training. Company authorises Provider to use Company Data to train and improve the machine-learning models that power the Service, subject to the following:';
    const first = '(a) Provider will not use Driver Records to train any model offered to other customers, except in aggregated form; and';
    const review = preferredReview([PARTIES, DATA, leadIn, first, '(b) Provider will remove names before any training.', 'A.5 Output. Company owns the Output.']);
    expect(review.edit(2)?.target).toBe('A.4 [Reserved.]');
    expect(review.edit(3)?.target).toBe('(a) [Reserved]; and');
    expect(review.edit(5)).toBeUndefined();
  });
});

describe('a feedback clause that takes the customer\'s data in with it and says feedback is not confidential', () => {
  const feedback =
    '3.5 Feedback. If Company or any Authorized User submits suggestions, ratings or other comments about the Service ("Feedback"), including any Company Data included in a support ticket, rating or edited report, Provider may use and incorporate that Feedback into its products without restriction, and Feedback will not be treated as Company\'s Confidential Information.';
  const survival = '9.6 Survival. Sections 1, 3.5, 6 and 9 will survive termination of this Agreement.';

  it('gets the carve-out of the customer\'s data, the data it took in struck, its main clause\'s comma kept', () => {
    const target = preferredReview([PARTIES, DATA, feedback, survival]).edit(2)?.target ?? '';
    expect(target).toContain('("Feedback"), Provider may use');
    expect(target).not.toContain('support ticket');
    expect(target).toMatch(/except that this Section 3\.5 does not apply to Company Data\.$/);
  });

  it('keeps its place in the survival list: with the data carved out, only feedback survives', () => {
    expect(preferredReview([PARTIES, DATA, feedback, survival]).edit(3)?.target ?? survival).toContain('Sections 1, 3.5, 6 and 9');
  });
});
