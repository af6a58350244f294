// Patterns named by the lawyer audits of agreements 157–164 (audit58b, audit59b) and taken up in the twenty-second
// session, in our own drafting: the stock training reason sent on edits that are not about training, and a derived-data
// proviso that left the training of the same sentence alive. Every clause is the project's own drafting.
import { reviewOf } from './agreements';

const PARTIES = 'This Agreement is between Tamsworth Voice Ltd ("the Provider") and Orrel Mutual plc ("the Customer").';
const DATA = '1.1 "Customer Data" means call recordings, transcripts and all other data the Customer submits to the Services.';
const ANONYMISED = '1.2 "Anonymised Data" means data derived from Customer Data which has been processed so that no individual can be identified.';
const TRAINING_REASON = /must not be used to train models/;
const review = (...clauses: string[]) => reviewOf([PARTIES, DATA, ...clauses], { position: 'preferred', insertMissing: false });

describe('the comment gives the reason for what the edit did', () => {
  it('does not send the training reason on an edit that struck a tuning purpose with no training in it', () => {
    const clause = '4.4 The Provider may use Customer Data to operate, secure and improve the Services, including to evaluate and tune transcription accuracy across its customer base.';
    const edit = review(clause).edit(2);
    expect(edit).toBeDefined();
    expect(edit?.target).not.toContain('tune transcription accuracy');
    expect(edit?.comment.external).not.toMatch(TRAINING_REASON);
  });

  it('gives a reason about keeping when the edit bans keeping samples for measurement', () => {
    const clause = '13.3 The Provider may retain samples of Customer Data (not exceeding 1% of calls in any month) for up to 24 months for the purpose of quality-assurance testing and accuracy measurement of the speech-recognition models used in the Services.';
    const edit = review(clause).edit(2);
    expect(edit?.target).toMatch(/shall not retain/);
    expect(edit?.comment.external).toMatch(/should be kept only as long as providing the services requires, not for the Provider's own purposes/);
  });

  it('still gives the training reason when the edit turns a training grant into a ban', () => {
    const edit = review('4.2 The Provider may use Customer Data to train and fine-tune its speech-recognition models.').edit(2);
    expect(edit?.target).toMatch(/shall not/);
    expect(edit?.comment.external).toMatch(TRAINING_REASON);
  });

  it('gives the training reason when the words struck improve the vendor\'s general models', () => {
    const clause = '5.3 The Provider may use Customer Data to train and fine-tune the models that power the features for the Customer\'s account and, unless the Customer opts out under clause 5.4, to improve the general models offered to all customers.';
    const edit = review(clause).edit(2);
    expect(edit?.target).not.toContain('general models');
    expect(edit?.comment.external).toMatch(TRAINING_REASON);
  });
});

describe('a derived-data proviso that would leave the training beside it', () => {
  it('answers the training first, in the sentence\'s own words, and then the derived data', () => {
    const clause = '5.4 The Provider may create Anonymised Data and use it to improve, develop and benchmark the Provider\'s speech-recognition models and services generally. The Provider shall own all Anonymised Data.';
    const edit = review(ANONYMISED, clause).edit(3);
    expect(edit?.target).toMatch(/may create Anonymised Data but shall not use it to improve, develop or benchmark/);
    expect(edit?.target).toMatch(/shall own all Anonymised Data, provided that/);
  });
});
