// Patterns named by the lawyer audits after 169–172 (audit61 and later): knock-on clauses that give back what an edit
// took. Every clause is the project's own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { issueResolver } from '../../src/playbook/issueFor';
import { defaultPlaybookFor } from '../../src/playbook/modePlaybooks';
import { buildReviewPlan } from '../../src/review';
import { mootOptOutItems } from '../../src/review/conformingItems';
import { survivalEdit } from '../../src/review/survivalList';
import { withoutStatedLimbs } from '../../src/review/redline/surgical/statedLimbs';
import { applyOps } from '../../src/engine/applyOps';
import { danglingReference, withDefinitionKept } from '../../src/review/danglingReferences';
import { paragraphsOf, reviewOf } from './agreements';

const review = (...lines: string[]) => reviewOf(lines, { position: 'preferred', insertMissing: false });
/** A data-use agreement reviewed for the data holder in the preferred position. */
const duaPlan = (lines: readonly string[], insertMissing = false) => {
  const paragraphs = paragraphsOf(lines.join('\n'));
  const playbook = defaultPlaybookFor('dua');
  const analysis = analyzeDocument(paragraphs, { mode: 'dua', issueFor: issueResolver(playbook) });
  return buildReviewPlan(analysis, paragraphs, playbook, { position: 'preferred', insertMissing });
};

describe('a clause the review limits to the Term leaves the survival list', () => {
  const PARTIES = 'This Agreement is between Quillmark Inc. ("Provider") and Harlow & Pike LLP ("Customer").';
  const DATA = '1.1 "Customer Data" means documents and queries Customer submits to the Services.';
  const DERIVED =
    '4.3 Provider may compile aggregated and de-identified statistics derived from Customer Data ("Aggregated Data"). Provider shall own all Aggregated Data and may use it for any lawful purpose, during and after the Term, provided that Aggregated Data does not identify Customer.';
  const SURVIVAL = '9.4 Sections 3, 4.3, 6 and 8 shall survive any termination or expiry of this Agreement.';

  it('strikes the number of a clause whose "during and after the Term" became "during the Term"', () => {
    const { edit } = review(PARTIES, DATA, DERIVED, SURVIVAL);
    expect(edit(2)?.target).toMatch(/during the Term/);
    expect(edit(3)?.target).toBe('9.4 Sections 3, 6 and 8 shall survive any termination or expiry of this Agreement.');
    expect(edit(3)?.comment.external).toMatch(/no longer outlast this Agreement/);
  });

  it('keeps the number of a clause whose life after the Term was left alone', () => {
    const KEPT = '4.3 Provider shall delete Customer Data within thirty days after the Term.';
    expect(review(PARTIES, DATA, KEPT, SURVIVAL).edit(3)).toBeUndefined();
  });
});

describe('in a data-use agreement, the data holder\'s clauses stay on the data itself', () => {
  const PARTIES = 'This Corpus Licence Agreement is between Tidewater Radio Ltd ("Licensor") and Sonant Labs Inc. ("Licensee").';
  const DATA = '1.1 "Licensed Corpus" means the broadcast recordings and transcripts delivered under Article 4.';
  const USE = '2.1 Licensee may use the Licensed Corpus solely to train and evaluate its speech recognition models ("Trained Models").';
  const DELETE = '8.3 Within 30 days after termination, Licensee shall delete all copies of the Licensed Corpus and certify the deletion in writing.';
  const planOf = (...lines: string[]) => duaPlan(lines);
  const editOf = (plan: ReturnType<typeof planOf>, paragraph: number) => plan.items.find((item) => item.kind === 'edit' && item.paragraph === paragraph);

  it('leaves statistics that already leave the data out, rather than rewrite them into a confidentiality clause', () => {
    const stats =
      '3.4 Licensee may compile aggregate statistics about the Licensed Corpus, such as word error rates, which do not contain audio or transcript excerpts ("Corpus Statistics"), and may publish Corpus Statistics for any purpose during and after the Term.';
    const plan = planOf(PARTIES, DATA, USE, stats, DELETE);
    expect(editOf(plan, 3)).toBeUndefined();
    expect(plan.skipped.some((s) => 'paragraph' in s.target && s.target.paragraph === 3 && /statistics that already leave the data out/.test(s.reason))).toBe(true);
  });

  it('does not put the deletion clause in place of the Licensee\'s rights in its trained models', () => {
    const afterTerm =
      '8.4 Notwithstanding Article 8.3, Licensee may continue to use and commercialise Trained Models created during the Term without limit of time, and may retain a test subset of the Licensed Corpus for as long as a regulator requires.';
    const plan = planOf(PARTIES, DATA, USE, DELETE, afterTerm);
    expect(editOf(plan, 4)).toBeUndefined();
    expect(plan.skipped.some((s) => 'paragraph' in s.target && s.target.paragraph === 4 && /rights in the trained models/.test(s.reason))).toBe(true);
  });
});

describe('the limit on human review asked of a data recipient', () => {
  const PARTIES = 'This Corpus Licence Agreement is between Tidewater Radio Ltd ("Licensor") and Sonant Labs Inc. ("Licensee").';
  const DATA = '1.1 "Licensed Corpus" means the recordings of listeners\' phone-in calls and their transcripts.';
  const USE = '2.1 Licensee may use the Licensed Corpus solely to train and evaluate its speech recognition models.';
  const inserted = () => duaPlan([PARTIES, DATA, USE], true).items.find((item) => item.kind === 'insert' && item.answers === 'dua-human-review-limit');

  it('lets those who need to read records do so, under confidentiality and a log, rather than ban all human reading', () => {
    const item = inserted();
    const clause = item?.kind === 'insert' ? item.text : '';
    expect(clause).toMatch(/except its personnel who need to do so for the purposes of this Agreement/);
    expect(clause).toMatch(/keep a log of each such access/);
    expect(clause).not.toMatch(/only by automated means/);
  });

  it('is read as the protection once inserted, so a second review asks for nothing more', () => {
    const item = inserted();
    const text = item?.kind === 'insert' ? `4.2 ${item.text}` : '';
    const analysis = analyzeDocument(paragraphsOf([PARTIES, DATA, USE, text].join('\n')), { mode: 'dua' });
    expect(analysis.findings.filter((f) => f.paragraph === 3).map((f) => `${f.category}:${f.stance}`)).toEqual(['dua-human-review-limit:protective']);
    expect(analysis.missing.map((m) => m.category)).not.toContain('dua-human-review-limit');
  });
});

describe('the first run of 173–176 (audit62)', () => {
  const PARTIES = 'This Agreement is between Ravelin Score, Inc. ("Provider") and Tallow Bank, N.A. ("Customer").';
  const DATA = '1.1 "Customer Data" means all data submitted to the Services by or on behalf of Customer, together with all Risk Scores.';

  it('leaves the customer\'s licence to the service, rather than replace it with the clause on outputs', () => {
    const licence = "2.2 License to Customer. Provider hereby grants Customer a non-exclusive right during the Subscription Term to access and use the Services and the Risk Scores for Customer's internal purposes.";
    const SCORES = '1.2 "Risk Scores" means the fraud-risk scores and alerts generated by the Services in response to Customer Data.';
    const { edit, analysis } = review(PARTIES, DATA, SCORES, licence);
    expect(analysis.findings.some((f) => f.paragraph === 3 && f.category === 'output-ownership')).toBe(true);
    expect(edit(3)).toBeUndefined();
  });

  it('takes a deleted clause out of a survival list of more than eight clauses', () => {
    const derived = '4.3 Provider may compile de-identified statistics from Customer Data ("Aggregated Data").';
    const deletion = '10.3 On termination Provider shall delete Customer Data within thirty days.';
    const retained =
      '10.4 Retained Rights. Section 10.3 shall not require Provider to remove Aggregated Data from its models or datasets, and Provider may continue to use it after termination in accordance with Section 4.3.';
    const survival = '10.5 Survival. Sections 2, 3, 4.1, 4.7, 5, 7, 8.2, 8.3, 9, 10.3, 10.4, 10.5 and 11 shall survive any termination of this Agreement.';
    const { edit } = review(PARTIES, DATA, derived, deletion, retained, survival);
    expect(edit(4)?.target).toBe('10.4 [Reserved.]');
    expect(edit(5)?.target).toBe('10.5 Survival. Sections 2, 3, 4.1, 4.7, 5, 7, 8.2, 8.3, 9, 10.3, 10.5 and 11 shall survive any termination of this Agreement.');
  });

  it('strikes the use after a definition made in the same sentence, keeping the definition the contract still uses', () => {
    const clause =
      '4.3 Pooled Signals. Customer agrees that Provider may derive from Customer Data fraud labels and device signals ("Pooled Signals"), and may use Pooled Signals to train the models it offers to all its customers.';
    const whole = clause.indexOf(' Customer agrees');
    const ops = [{ kind: 'delete' as const, start: whole, end: clause.length, text: clause.slice(whole) }];
    expect(danglingReference(clause, ops, ['4.6 Provider need not remove Pooled Signals from its models.'])).toMatch(/definition of “Pooled Signals”/);
    const kept = withDefinitionKept(clause, ops);
    expect(kept && applyOps(clause, kept)).toBe('4.3 Pooled Signals. Customer agrees that Provider may derive from Customer Data fraud labels and device signals ("Pooled Signals").');
    expect(kept && danglingReference(clause, kept, ['4.6 Provider need not remove Pooled Signals from its models.'])).toBeUndefined();
  });
});

describe('consumer terms (audit62, 175)', () => {
  const TERMS = 'These terms are between Quillfern Ltd ("we") and you. "Your Content" means the questions and files you send to the app.';

  it('takes the account of how a banned use was done with the ban', () => {
    const clause = 'If you are 18 or over, we may use Your Content to train the AI models that power the app. We remove your name before we do this.';
    const edit = review(TERMS, clause).edit(1);
    expect(edit?.target).toMatch(/will not use Your Content/);
    expect(edit?.target).not.toMatch(/before we do this/);
  });

  it('leaves the sentence that says what stops when the user switches training off', () => {
    const grant = 'We may use Your Content to train the AI models that power the app.';
    const setting = 'You can switch this off in Settings. If you switch it off, we will stop using your new questions to train our models.';
    const edit = review(TERMS, grant, setting).edit(2);
    expect(edit?.target ?? setting).toMatch(/If you switch it off, we will stop using your new questions to train our models\./);
  });
});

describe('the UK recruitment platform (audit62, 174)', () => {
  const PARTIES = 'This agreement is between Candlewick Hire Ltd (the "Supplier") and Orrin Foods plc (the "Customer").';
  const DATA = '1.1 "Customer Materials" means job descriptions, candidate CVs and other material the Customer uploads to the Platform.';
  const SERVICE = '4.1 The Customer grants the Supplier a non-exclusive licence during the Term to use the Customer Materials solely to provide the Platform to the Customer.';
  const BAN = '4.4 The Supplier shall not use Customer Materials to train any general-purpose language model.';

  it('drops the licence back to the customer once the customer owns the outputs', () => {
    const outputs =
      '4.3 All intellectual property rights in the Outputs shall vest in the Supplier on creation, and the Supplier grants the Customer a non-exclusive licence to use the Outputs for its internal recruitment purposes during the Term.';
    const OUTPUTS = '1.2 "Outputs" means the shortlists and match scores the Platform generates from Customer Materials.';
    expect(review(PARTIES, DATA, OUTPUTS, outputs).edit(3)?.target).toMatch(/^4\.3 All intellectual property rights in the Outputs shall vest in (?:the )?Customer on creation\.$/);
  });

  it('strikes the training from a grant made "in addition to" the service licence, though it names the models that serve customers generally', () => {
    const grant =
      '4.2 In addition to clause 4.1, the Supplier may use the Customer Materials to improve and develop the Platform, including to train and evaluate the ranking models used to provide the Platform to its customers generally, provided that the Supplier first pseudonymises any candidate data.';
    const edit = review(PARTIES, DATA, SERVICE, grant, BAN).edit(3);
    expect(edit?.target).toBeDefined();
    expect(edit?.target).not.toMatch(/\btrain/);
  });
});

describe('the customer\'s switch beside a use the review struck (audit62b)', () => {
  const PARTIES = 'This agreement is between Candlewick Hire Ltd (the "Supplier") and Orrin Foods plc (the "Customer").';
  const DATA = '1.1 "Customer Materials" means job descriptions, candidate CVs and other material the Customer uploads to the Platform.';
  const GRANT = '4.2 The Supplier may use the Customer Materials to train the ranking models it offers to all its customers.';
  const SWITCH = '4.6 The Customer may switch off the use described in clause 4.2 in the administrator settings.';

  it('is kept as the customer\'s fallback while a risk the review leaves still relies on the use', () => {
    const RELIES = '9.4 After termination the Supplier may keep and use indefinitely any Customer Materials used under clause 4.2.';
    const { analysis, paragraphs, plan } = review(PARTIES, DATA, GRANT, SWITCH, RELIES);
    // The review as it would stand had it left 9.4 alone (as it leaves 174 § 9.4): the ban in 4.2 and nothing else.
    const left = plan.items.filter((item) => item.kind === 'edit' && item.paragraph === 2);
    const choices = { position: 'preferred' as const, insertMissing: false };
    const moot = mootOptOutItems(analysis, paragraphs, left, choices);
    expect(moot.reserved).toEqual([]);
    expect(moot.fallbacks.map((f) => f.reason)).toEqual([expect.stringMatching(/still rely on clause 4\.2, so the customer's switch is kept as its fallback/)]);
    // With 9.4 edited too, nothing the review leaves relies on the use, and the switch goes.
    const all = plan.items.filter((item) => item.kind === 'edit' && item.paragraph !== 3);
    expect(mootOptOutItems(analysis, paragraphs, all, choices).reserved.map((item) => item.target)).toEqual(['4.6 [Reserved.]']);
  });

  it('is deleted as moot when nothing else relies on the use, or only a protection\'s own exception does', () => {
    expect(review(PARTIES, DATA, GRANT, SWITCH).edit(3)?.target).toBe('4.6 [Reserved.]');
    const EXCEPT = '4.3 Except as set out in clause 4.2, the Supplier shall not use Customer Materials to train any model.';
    expect(review(PARTIES, DATA, GRANT, SWITCH, EXCEPT).edit(3)?.target).toBe('4.6 [Reserved.]');
  });
});

describe('the first run of 177–180 (audit63)', () => {
  it('does not add to a survival list of Articles a clause an Article it lists already covers', () => {
    const paragraphs = paragraphsOf(['5.4 Text.', '10.7 Articles 3, 4, 5, 6, 8 and 9, Sections 10.3 to 10.7, and Articles 11 and 12 survive expiry or termination of this Agreement.'].join('\n'));
    const analysis = analyzeDocument(paragraphs);
    expect(survivalEdit(paragraphs, analysis, [{ number: '5.4', answers: 'no-training' }], new Set())).toBeUndefined();
  });

  it('leaves statistics whose own proviso says that no statistic identifies the client', () => {
    const PARTIES = 'These terms are between Quillmark Legal Ltd (the "Provider") and Ashdown LLP (the "Client").';
    const DATA = '1.1 "Client Materials" means documents and instructions the Client uploads to the Service.';
    const stats =
      '6.2 The Provider may aggregate Usage Analytics with usage analytics derived from its other customers and may publish aggregated statistics, provided that no such statistics identify the Client, its clients or any individual.';
    expect(review(PARTIES, DATA, '1.2 "Usage Analytics" means statistics about how the Client uses the Service.', stats).edit(3)).toBeUndefined();
  });

  it('puts a new sub-clause in the list of Sections, not the list of Articles', () => {
    const paragraphs = paragraphsOf(['4.9 Text.', '13.3 Articles 7, 9, 10 and 12 and Sections 4.4, 4.7 and 4.8 survive any termination of this Agreement.'].join('\n'));
    const edit = survivalEdit(paragraphs, analyzeDocument(paragraphs), [{ number: '4.9', answers: 'no-training' }], new Set());
    expect(edit && applyOps(paragraphs[1]?.text ?? '', [...edit.ops])).toBe('13.3 Articles 7, 9, 10 and 12 and Sections 4.4, 4.7, 4.8 and 4.9 survive any termination of this Agreement.');
  });

  it('leaves a data holder\'s clause on statistics that reproduce no image alone', () => {
    const PARTIES = 'This Image Licence Agreement is between the Harbour Museums Consortium (the "Licensor") and Lumenfold AI Inc. (the "Licensee").';
    const DATA = '1.1 "Licensed Dataset" means the digitised images and their metadata delivered under Article 4.';
    const USE = '3.1 The Licensee may use the Licensed Dataset solely to train and evaluate its image-captioning model.';
    const stats =
      '5.4 The Licensee may use and publish aggregate statistics about the Licensed Dataset (such as the number of images or caption accuracy scores) in research papers, provided that no image and no more than 50 words of metadata text is reproduced.';
    const plan = duaPlan([PARTIES, DATA, USE, stats]);
    expect(plan.items.filter((item) => item.kind === 'edit' && item.paragraph === 3)).toEqual([]);
  });
});

describe('a proviso says only what its clause does not (audit63, 178 § 6.2)', () => {
  it('drops limbs the clause says in other words: "data" names no condition, and "no … identify" is a "not"', () => {
    const proviso = 'provided that such data is aggregated with the data of other customers, does not identify the Client or any individual, and is not used to train any model';
    const sentence = 'The Provider may aggregate Usage Analytics with usage analytics from its other customers and may publish statistics, and no statistic shall identify the Client or any individual.';
    expect(withoutStatedLimbs(proviso, sentence)).toBe('provided that such data is not used to train any model');
  });
});
