// Per-clause expectations for the language patterns of calibration round 60 (first runs on blind93 and agreements
// 457–460, 2026-12-07): a second verb group after "and, within N days,"; a model kept for one customer, named as such;
// a deletion overridden at the end of a list after "despite"; the agent of a participle that describes a noun; a party
// known by name that withdraws its consent; people trained, not models; a transfer to a place; data a contract defines
// the parts and whole of. Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { extractDefinitions } from '../../src/engine/extractDefinitions';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);
const duaCategoriesOf = (text: string) => analyzeDocument([{ text }], { mode: 'dua' }).findings.map((f) => `${f.category}:${f.stance}`);

describe('a second verb group after an aside', () => {
  it('keeps "cease" from denying the deletion that follows "and, within thirty days," (459 § 14.1)', () => {
    const clause = 'On expiry, Harlow shall cease collecting new Supplied Records and, within ninety days, shall erase all Supplied Records it holds.';
    expect(categoriesOf(clause)).toContain('deletion:protective');
    expect(categoriesOf(clause)).not.toContain('survival-retention:risk');
  });

  it('still reads a condition after "and," as the condition of what follows it', () => {
    const clause = 'We will not sell your files and, unless you opt out, may use them to improve our models.';
    expect(categoriesOf(clause)).toContain('ai-training:risk');
  });
});

describe('a model kept for one customer', () => {
  it('is no training risk where the exception denies the model to every other customer (blind93-093)', () => {
    const clause =
      'Tallow shall not use Pupil Records to train or improve machine learning models, save for models used solely to provide the Services to the Academy and not shared with or made available to any other customer.';
    expect(categoriesOf(clause)).not.toContain('ai-training:risk');
    expect(categoriesOf(clause)).toContain('no-training:protective');
  });

  it('is no training grant where a passive subject names the customer\'s own engines (blind93-045)', () => {
    expect(categoriesOf('Client-specific engines, where ordered under a work order, are trained exclusively on the Client\'s own Materials and shall be used solely for the Client\'s projects.')).not.toContain('ai-training:risk');
  });

  it('still reads a model shared with other customers as training', () => {
    const clause = 'Tallow may use Pupil Records to train machine learning models, including models made available to other customers.';
    expect(categoriesOf(clause)).toContain('ai-training:risk');
  });
});

describe('a deletion named at the end of what "despite" overrides', () => {
  it('is no deletion promise, and the keeping is a risk (blind93-149)', () => {
    const clause =
      'Sealwick will keep signed packets and identity verification data for eight years after signature, despite any closure of the Sender\'s account or any erasure request, and may use them in that period to develop fraud models.';
    expect(categoriesOf(clause)).not.toContain('deletion:protective');
    expect(categoriesOf(clause)).toContain('survival-retention:risk');
  });
});

describe('the agent of a participle', () => {
  it('is not the agent of the clause when the participle describes a noun (blind93-035)', () => {
    const clause = 'Applicant Records shall be erased automatically at the end of the holding period chosen by Customer, and in any event within thirty days after Customer so instructs.';
    expect(categoriesOf(clause)).toContain('deletion:protective');
  });

  it('still reads the agent of the clause\'s own passive', () => {
    expect(categoriesOf('Your content may be analysed and used by Pellow to train its models.')).toContain('ai-training:risk');
  });
});

describe('a party known by name that withdraws its consent', () => {
  it('is the customer, and the withdrawal is an opt-out (blind93-032)', () => {
    const clause =
      'Orchard may, by notice to Tillway or in the account settings, withdraw its consent to the use of Orchard Data for the development of Tillway\'s crop models.';
    expect(categoriesOf(clause)).toContain('opt-out:protective');
    expect(categoriesOf(clause)).not.toContain('broad-license:risk');
  });
});

describe('people trained, not models', () => {
  it('reads teachers trained on an AI tool as no model training (blind93-095)', () => {
    expect(categoriesOf('Penfold will run two sessions each term to train teachers and teaching assistants in the use of the AI Feedback Assistant.')).not.toContain('ai-training:risk');
  });

  it('reads type training for aircraft models as a licence holder\'s course (blind93-002)', () => {
    expect(categoriesOf('Customer shall ensure that each engineer who signs off a task in the Platform holds a licence and has completed type training (and, where needed, refresher courses) for the aircraft models concerned.')).not.toContain('ai-training:risk');
  });
});

describe('words of people and documents, not of models', () => {
  it('reads "reviewed by a suitably trained person" as people trained (457 § 9.2)', () => {
    expect(categoriesOf('The Bank acknowledges that generated Scorecards and Transcripts are produced by statistical models and should be checked by a suitably trained person before being relied on.')).not.toContain('ai-training:risk');
  });

  it('reads "evaluation templates" as documents the vendor owns, no right to improve anything (457 § 8.1)', () => {
    expect(categoriesOf('Tarnwick and its licensors own all right, title and interest in the Services, the Documentation, the scoring models, evaluation templates and related know-how.')).not.toContain('service-improvement:risk');
  });
});

describe('a transfer of data (data-use agreements)', () => {
  it('to a country is no disclosure to anyone (459 § 7.4)', () => {
    expect(duaCategoriesOf('The Recipient may transfer the Shared Data to the United States and to any other country where its hosting providers operate, subject to the standard contractual clauses.')).not.toContain('dua-data-disclosure:risk');
  });

  it('to another company still is', () => {
    expect(duaCategoriesOf('The Recipient may transfer the Shared Data to its affiliates and to Sunbeam Labs.')).toContain('dua-data-disclosure:risk');
  });

  it('in any manner, for the purposes another clause permits, is no use beyond the purpose (459 § 2.3)', () => {
    expect(duaCategoriesOf('The Recipient may clean and pre-process the Shared Data in any manner it considers appropriate for the purposes permitted by clause 3.')).not.toContain('dua-use-beyond-purpose:risk');
    expect(duaCategoriesOf('The Recipient may use the Shared Data in any manner it considers appropriate.')).toContain('dua-use-beyond-purpose:risk');
  });
});

describe('the whole agreement named after its parts', () => {
  it('is the agreement, not the addendum among the parts (457)', () => {
    const { terms } = extractDefinitions([
      { text: 'These General Terms (together with the Order Form and the Speech Analytics Addendum, the "Agreement") are made between Pellow Ltd ("Pellow") and the Bank.' },
      { text: 'This Speech Analytics Addendum (the "Addendum") supplements the General Terms.' },
      { text: '4.1 This Agreement may be varied only in writing.' },
    ]);
    expect(terms.agreement).toBe('Agreement');
  });
});

describe('a data-use agreement whose recipient has only a short name', () => {
  it('takes the short name for the recipient beside the holder\'s role word (459)', () => {
    const paragraphs = [
      { text: 'This Corpus Licence is made between Harlow Systems, Inc. ("Harlow") and Penmark Guild SCRL (the "Contributor").' },
      { text: '"Supplied Records" means the translation records the Contributor delivers to Harlow.' },
      { text: '3.1 Harlow may use Supplied Records to train its models.' },
    ];
    expect(analyzeDocument(paragraphs, { mode: 'dua' }).terms.vendor).toBe('Harlow');
  });
});
