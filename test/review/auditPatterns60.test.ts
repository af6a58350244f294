// Patterns named by the lawyer audit of agreements 165–168 (audit60): a purpose list whose last item joins two nouns
// ("improve the quality and safety of the Service") cut in the middle, and a feedback carve-out citing "this Section"
// where that could reach a whole section. Every clause is the project's own drafting.
import { reviewOf } from './agreements';

const review = (...lines: string[]) => reviewOf(lines, { position: 'preferred', insertMissing: false });

describe('a purpose list whose item joins two nouns with "and"', () => {
  const TERMS = 'These Terms are between Brackle Notes Ltd ("we") and you. "Your Content" means the notes and files you upload to the app.';
  const NO_TRAINING = 'We do not use Your Content to train our AI models unless you choose to let us.';

  it('strikes the improvement item whole, so no noun is left without its verb', () => {
    const clause = 'Whatever your settings, we review samples of Your Content that you report to us, to investigate abuse, fix bugs and improve the quality and safety of the app.';
    const edit = review(TERMS, NO_TRAINING, clause).edit(2);
    expect(edit?.target).toBeDefined();
    expect(edit?.target).not.toMatch(/fix bugs and safety/);
    expect(edit?.target).toMatch(/to investigate abuse and fix bugs\.$/);
  });
});

describe('a feedback carve-out cites the paragraph it sits in', () => {
  const PARTIES = 'This Agreement is between Corrin Voice, Inc. ("Provider") and Halloway Insurance LLC ("Customer").';
  const DATA = '1.1 "Customer Content" means all audio, transcripts and other data that Customer submits to the Services.';
  const FEEDBACK = 'If Customer provides suggestions or other feedback regarding the Services, Provider may use such feedback for any purpose without obligation to Customer.';

  it('cites "this clause 4.7" where the number stands before a heading sentence', () => {
    const edit = review(PARTIES, DATA, '4.6 Provider shall not use Customer Content to train any model.', `4.7 Feedback. ${FEEDBACK}`).edit(3);
    expect(edit?.target).toMatch(/except that this clause 4\.7 does not apply to Customer Content\.$/);
  });

  it('cites "this paragraph" where the paragraph has no number of its own', () => {
    const edit = review(PARTIES, DATA, '4. Customer Content and Feedback', 'Provider shall not use Customer Content to train any model.', FEEDBACK).edit(4);
    expect(edit?.target).toMatch(/except that this paragraph does not apply to Customer Content\.$/);
  });
});

describe('a retention clause joined by ", and nothing in this Agreement shall require …"', () => {
  const PARTIES = 'This Agreement is between Corrin Voice, Inc. ("Provider") and Halloway Insurance LLC ("Customer").';
  const DATA = '1.1 "Customer Content" means all audio, transcripts and other data that Customer submits to the Services.';
  const AGGREGATED = '1.2 "Aggregated Data" means data derived from Customer Content and combined with the data of other customers.';
  const RETAIN =
    '10.5 Notwithstanding Section 10.4, Provider may retain Aggregated Data indefinitely, and nothing in this Agreement shall require Provider to delete or retrain any model trained before termination.';

  it('keeps ", and nothing …" when "indefinitely" goes, and puts the proviso on the limb about the derived data', () => {
    const edit = review(PARTIES, DATA, AGGREGATED, '4.5 Provider shall not use Customer Content to train any model.', RETAIN).edit(4);
    expect(edit?.target).toMatch(/^10\.5 Notwithstanding Section 10\.4, Provider may retain Aggregated Data, provided that such Aggregated Data (?:is|does|cannot) [^.]*, and nothing in this Agreement shall require Provider to delete or retrain any model trained before termination\.$/);
  });
});

describe('a derived-data proviso says only what the clause does not', () => {
  const PARTIES = 'This Agreement is between Corrin Voice, Inc. ("Provider") and Halloway Insurance LLC ("Customer").';
  const DATA = '1.1 "Customer Content" means all audio, transcripts and other data that Customer submits to the Services.';

  it('leaves out "aggregated with the data of other customers" where the clause already pools it so', () => {
    const clause = '4.4 Provider may compile, from Customer Content and the data of its other customers, aggregated and anonymised statistics.';
    const edit = review(PARTIES, DATA, '4.3 Provider shall not use Customer Content to train any model.', clause).edit(3);
    expect(edit?.target).toMatch(/statistics, provided that such data cannot reasonably be used to identify Customer or any individual and is not used to train any artificial intelligence or machine-learning model\.$/);
  });

  it('keeps it where the clause aggregates the customer\'s data alone', () => {
    const clause = '4.4 Provider may compile aggregated and anonymised statistics from Customer Content.';
    const edit = review(PARTIES, DATA, '4.3 Provider shall not use Customer Content to train any model.', clause).edit(3);
    expect(edit?.target).toMatch(/provided that such statistics are aggregated with the data of other customers, cannot reasonably be used to identify/);
  });
});

describe('a training grant turned into a ban loses the grant\'s condition on how the data is prepared', () => {
  it('does not ban only the use of de-identified data ("after removing direct identifiers")', () => {
    const PARTIES = 'This Agreement is between Corrin Voice, Inc. ("Provider") and Halloway Insurance LLC ("Customer").';
    const DATA = '1.1 "Customer Content" means all audio, transcripts and other data that Customer submits to the Services.';
    const clause = '6.2 Provider may use Customer Content, after removing direct identifiers such as names and account numbers, to train the machine learning models used across its customer base.';
    const edit = review(PARTIES, DATA, clause).edit(2);
    expect(edit?.target).toBe('6.2 Provider shall not use Customer Content to train the machine learning models used across its customer base.');
  });
});
