// Patterns found while probing the review with the project's own drafting in the thirty-third session, of the kind the
// lawyer audits name first: other clauses left leaning on a clause the review turned into a ban. Every clause is the
// project's own drafting.
import { leavesBrokenText } from '../../src/review/brokenText';
import { preferredReview } from './agreements';

const PARTIES = 'This Services Agreement is between Quillmere Analytics Ltd ("Provider") and Tarrow Housing Trust ("Customer").';
const DATA = '1.1 "Customer Data" means all data that Customer or its Users submit to the Services.';
const AGGREGATED = '1.2 "Aggregated Data" means data derived from Customer Data that has been aggregated and de-identified so that it does not identify Customer or any individual.';
const TRAINING = "4.2 Provider may use Customer Data to train and improve the machine learning models that power the Services and Provider's other products.";
const AGGREGATE_USE = '4.3 Provider may create Aggregated Data and use it for benchmarking and product development.';

describe('an exception that closes its sentence and cites the clause now a ban', () => {
  it('keeps citing only the clause that still permits something', () => {
    const processing = "4.1 Provider shall process Customer Data only to provide the Services and in accordance with Customer's documented instructions, except as permitted by Sections 4.2 and 4.3.";
    const review = preferredReview([PARTIES, DATA, AGGREGATED, processing, TRAINING, AGGREGATE_USE]);
    expect(review.edit(4)?.target).toContain('shall not use Customer Data to train');
    expect(review.edit(3)?.target).toBe("4.1 Provider shall process Customer Data only to provide the Services and in accordance with Customer's documented instructions, except as permitted by Section 4.3.");
  });
});

describe('a clause that keeps what the banned use would have made', () => {
  it('loses the models trained under the banned clause, and the comma before the clause keeps its place', () => {
    const exit = '9.3 On termination Provider shall delete Customer Data within thirty (30) days, save that Provider may retain Aggregated Data and any models trained under Section 4.2.';
    const target = preferredReview([PARTIES, DATA, AGGREGATED, TRAINING, AGGREGATE_USE, exit]).edit(5)?.target ?? '';
    expect(target).not.toContain('models trained under Section 4.2');
    expect(target).toContain('within thirty (30) days, save that Provider may retain Aggregated Data');
  });

  it('is struck on its own where nothing else in the clause is a risk', () => {
    const exit = '9.3 On termination Provider shall delete Customer Data within thirty (30) days, save that Provider may retain its invoices, its audit logs and any models trained under Section 4.2.';
    const target = preferredReview([PARTIES, DATA, TRAINING, exit]).edit(3)?.target ?? '';
    expect(target).toBe('9.3 On termination Provider shall delete Customer Data within thirty (30) days, save that Provider may retain its invoices and its audit logs.');
  });
});

describe('clauses cited for what they permit, once one of them is a ban or deleted', () => {
  const OPT_OUT = '4.4 Customer may direct Provider to exclude Customer Data from the model training described in Section 4.2 by written notice, and Provider will cease that use within thirty days.';
  const TRAINING_SUBJECT = `${TRAINING.slice(0, -1)}, subject to Sections 4.3 and 4.4.`;
  const CONFIDENTIALITY = "7.2 The obligations in Section 7.1 do not restrict Provider's use of Customer Data as permitted by Sections 3.2, 4.2 and 4.3.";
  const CONSENTS = '8.2 Customer warrants that it has obtained all consents required for Provider to use personal data for the purposes described in Sections 4.2, 4.3 and 6.2.';
  const review = () => preferredReview([PARTIES, DATA, AGGREGATED, TRAINING_SUBJECT, AGGREGATE_USE, OPT_OUT, CONFIDENTIALITY, CONSENTS]);

  it('drops the ban from a list of permissions, striking only its number and separator', () => {
    const plan = review();
    expect(plan.edit(6)?.target).toBe("7.2 The obligations in Section 7.1 do not restrict Provider's use of Customer Data as permitted by Sections 3.2 and 4.3.");
    expect(plan.edit(6)?.ops).toEqual([{ kind: 'delete', start: CONFIDENTIALITY.indexOf(', 4.2'), end: CONFIDENTIALITY.indexOf(', 4.2') + 5, text: ', 4.2' }]);
    expect(plan.edit(7)?.target).toBe('8.2 Customer warrants that it has obtained all consents required for Provider to use personal data for the purposes described in Sections 4.3 and 6.2.');
  });

  it('drops a deleted opt-out from the ban\'s own "subject to" list', () => {
    const plan = review();
    expect(plan.edit(5)?.target).toBe('4.4 [Reserved.]');
    expect(plan.edit(3)?.target).toContain('shall not use Customer Data to train');
    expect(plan.edit(3)?.target).toMatch(/subject to Section 4\.3\.$/);
  });
});

describe('clauses that lean on the training the review struck from a wider permission', () => {
  const BAN = '5.1 Provider will not use Customer Data to train any machine learning model made available to other customers, except as set out in Sections 5.3 and 5.4.';
  const SERVICE = "5.3 Provider may collect, use and analyse Customer Data to operate, maintain and improve the Services, including to train and evaluate the models used in the Services.";
  const DERIVED = '5.4 Provider may create Aggregated Data and use it for benchmarking, including to train the models used in the Services.';
  const SWITCH = '5.5 Customer may opt out of the use of Customer Data to train models under Section 5.3 by switching off the Model Improvement setting.';
  const review = () => preferredReview([PARTIES, DATA, AGGREGATED, BAN, SERVICE, DERIVED, SWITCH]);

  it('loses the whole exception once neither cited clause permits training', () => {
    const plan = review();
    expect(plan.edit(4)?.target).not.toContain('train');
    expect(plan.edit(5)?.target).not.toMatch(/including to train/);
    expect(plan.edit(3)?.target).toBe('5.1 Provider will not use Customer Data to train any machine learning model made available to other customers.');
    expect(plan.edit(3)?.comment.external).toContain('Sections 5.3 and 5.4');
  });

  it('deletes the switch that only turned that training off', () => {
    const plan = review();
    expect(plan.edit(6)?.target).toBe('5.5 [Reserved.]');
    expect(plan.edit(6)?.comment.external).toContain('With the training Section 5.3 allowed struck from it');
  });
});

describe('a carve-out from deletion whose lettered items run on with commas', () => {
  it('strikes the item that keeps models created from the customer\'s data with its separator, and re-letters the rest (audit226)', () => {
    const exit =
      '10.4 Section 10.3 shall not require Provider to delete (a) invoices or audit logs, (b) any model, model weights or embeddings created from Customer Data before termination, or (c) copies that the law requires Provider to keep.';
    const target = preferredReview([PARTIES, DATA, exit]).edit(2)?.target;
    expect(target).toBe('10.4 Section 10.3 shall not require Provider to delete (a) invoices or audit logs, or (b) copies that the law requires Provider to keep.');
  });
});

describe('a carve-out from deletion that lists the vendor\'s own data and then models trained using the customer\'s', () => {
  it('loses only the models, the item before them taking the "or"', () => {
    const exit = "9.5 Deletion under Section 9.4 does not extend to Aggregated Data, Usage Data, Feedback or to machine learning models and weights trained using Customer Data before termination, all of which Provider may keep.";
    const target = preferredReview([PARTIES, DATA, AGGREGATED, exit]).edit(3)?.target;
    expect(target).toBe('9.5 Deletion under Section 9.4 does not extend to Aggregated Data, Usage Data or Feedback, all of which Provider may keep.');
  });

  it('is turned round whole where the customer\'s own things are listed beside the models', () => {
    const exit = "9.5 Deletion under Section 9.4 does not extend to Route Reports, Shipment Files or to machine learning models trained using Customer Data before termination, all of which Provider may keep.";
    const target = preferredReview([PARTIES, DATA, exit]).edit(2)?.target ?? '';
    expect(target).toContain('Route Reports');
    expect(target).not.toContain('does not extend');
  });
});

describe('a strike that stops inside a clause number', () => {
  it('is broken text: the number\'s tail is left glued to the last word', () => {
    const clause = '2.5 Provider may screen Prompts for compliance with the AUP and may retain flagged Prompts, notwithstanding any opt-out under Section 5.4.';
    const cut = clause.indexOf(' and may retain');
    const stop = clause.indexOf('5.4') + 1;
    expect(leavesBrokenText(clause, [{ kind: 'delete', start: cut, end: stop, text: clause.slice(cut, stop) }])).toBeDefined();
    expect(leavesBrokenText(clause, [{ kind: 'delete', start: cut, end: clause.length - 1, text: clause.slice(cut, clause.length - 1) }])).toBeUndefined();
  });
});

describe('a training permission on data prepared by removing a list of identifiers', () => {
  it('becomes a ban without the whole aside, the list of what was removed included', () => {
    const training = "9.2 Provider may use Customer Data and support tickets, after removing names, email addresses and account numbers, to train and evaluate Provider's language models.";
    const target = preferredReview([PARTIES, DATA, training]).edit(2)?.target ?? '';
    expect(target).toContain('shall not use Customer Data and support tickets to train');
    expect(target).not.toContain('account numbers');
  });
});

describe('a clause that names two of the customer\'s data terms but not the umbrella', () => {
  it('is answered for both, joined by "or", and a feedback clause\'s "without restriction, including to train" is a training grant', () => {
    const lines = [
      'These Terms are between Fernlow Voice Inc. ("we", "us") and the business that subscribes ("you").',
      '"Your Content" means the files and articles you upload to the Platform.',
      '"Call Data" means recordings and transcripts of the calls your agents handle through the Platform.',
      '"Chat Logs" means the records of chats between your agents and your customers held on the Platform.',
      '5.9 If your agents rate or correct summaries, we may use those ratings and the related excerpts of Chat Logs and Call Data without restriction, including to train our models.',
    ];
    const edit = preferredReview(lines).edit(4);
    expect(edit?.findings.map((f) => f.category)).toContain('ai-training');
    expect(edit?.comment.external ?? '').toContain('Chat Logs or Call Data');
  });
});
