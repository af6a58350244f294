// Patterns named by the lawyer audits of agreements 149–160 (audit56 to audit58) and taken up in the twenty-first
// session, in our own drafting: a survival list that keeps alive a grant the review narrowed but kept; a glossary line
// overwritten with an operative clause; a purpose cut inside a clause number; a survival list in lower case.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { issueResolver } from '../../src/playbook/issueFor';
import { defaultPlaybookFor } from '../../src/playbook/modePlaybooks';
import { buildReviewPlan, type EditItem } from '../../src/review';
import { paragraphsOf, reviewOf } from './agreements';

const PARTIES = 'This Agreement is between Larchmont Analytics, Inc. ("Provider") and Ferrow Clinics LLC ("Customer").';
const DATA = '1.1 "Customer Data" means all data and content that Customer or its Users submit to the Services.';
const GRANT = "4.3 Customer agrees that Provider may use Customer Data to support, enhance and develop the Services and Provider's other products and services.";
const DERIVED = '4.4 Provider may create de-identified data derived from Customer Data and may use it for any lawful business purpose.';
const survival = (list: string) => `11.5 Sections ${list} shall survive any termination or expiration of this Agreement.`;

describe('a survival list naming a grant the review narrowed but kept', () => {
  it('loses the grant\'s number, behind an item with its own qualifier, and says why', () => {
    const lines = [PARTIES, DATA, GRANT, DERIVED, survival('3 (as to accrued Fees), 4.3, 4.4 and 12')];
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(review.edit(2)?.target).toMatch(/to support the Services\.$/);
    const edit = review.edit(4);
    expect(edit?.target).toBe(survival('3 (as to accrued Fees), 4.4 and 12'));
    expect(edit?.comment.external).toMatch(/Section 4\.3 gives Provider a right to use Customer Data that should not outlast this Agreement/);
  });

  it('keeps derived data the vendor holds, whose new conditions must outlive the contract', () => {
    const lines = [PARTIES, DATA, DERIVED, survival('4.4, 9 and 12')];
    const edit = reviewOf(lines, { position: 'preferred', insertMissing: false }).edit(3);
    expect(edit?.target ?? lines[3]).toContain('4.4, 9 and 12');
  });

  it('keeps the number of a grant the review turned into a ban', () => {
    const training = '4.2 Provider may use Customer Data to train its machine-learning models.';
    const lines = [PARTIES, DATA, training, survival('4.2, 9 and 12')];
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(review.edit(2)?.target).toMatch(/shall not/);
    expect(review.edit(3)?.target ?? lines[3]).toContain('4.2');
  });

  it('is left alone when the list carries a risk of its own that the review does not answer', () => {
    const lines = [PARTIES, DATA, GRANT, '11.5 The licence in Section 2 to the extent stated there, and Sections 4.3, 9 and 12, survive the end of this Agreement.'];
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(review.edit(3)?.target ?? lines[3]).toContain('4.3');
  });
});

describe('a glossary line, unquoted, that defines a term the contract uses', () => {
  const lines = [
    'This agreement is made between Tollbridge Assess Limited (the Supplier) and Marlowe Retail plc (the Client).',
    '1.1 In this agreement the following definitions apply.',
    'Client Data: all data that the Client or its users submit to the Services.',
    'Pooled Data: Client Data that the Supplier has aggregated or otherwise processed so that it no longer relates to an identified individual.',
    '7.3 The Supplier may use Pooled Data to develop new products.',
  ];
  it('is never replaced by an operative clause: the term keeps its meaning', () => {
    const review = reviewOf(lines, { position: 'preferred' });
    expect(review.edit(3)?.target ?? lines[3]).toMatch(/^Pooled Data: Client Data that/);
  });
});

describe('in a data-use agreement read for the data holder', () => {
  const PARTIES = 'This Data Licence Agreement is between Harrowgate Health Trust (the "Data Provider") and Quillon Labs Ltd (the "Licensee").';
  const DATA = '1.2 "Licensed Records" means the de-identified patient records that the Data Provider makes available under this Agreement.';
  const planOf = (lines: readonly string[]) => {
    const paragraphs = paragraphsOf(lines.join('\n'));
    const playbook = defaultPlaybookFor('dua');
    const analysis = analyzeDocument(paragraphs, { mode: 'dua', issueFor: issueResolver(playbook) });
    const plan = buildReviewPlan(analysis, paragraphs, playbook, { position: 'preferred', insertMissing: false });
    return (paragraph: number) => plan.items.find((item): item is EditItem => item.kind === 'edit' && item.paragraph === paragraph);
  };

  it('a purpose limited "for any purpose other than those set out in Section 2.1" is left as the limit it is', () => {
    const limit = '2.5 The Licensee shall not use the Licensed Records to train any model other than the Model, or for any purpose other than those set out in Section 2.1.';
    expect(planOf([PARTIES, DATA, limit])(2)).toBeUndefined();
  });

  // Audit202 (455 § 3.1): the data licence is no longer replaced by a deletion clause; this one, "for any purpose, including
  // in products and models other than the Model", takes the purpose clause, and keeps its place in the survival list.
  it('a licence rewritten as the playbook\'s clause keeps its place in the survival list', () => {
    const licence = '2.3 The Data Provider grants the Licensee a perpetual, irrevocable, worldwide licence to use, copy and commercialise Derived Data for any purpose, including in products and models other than the Model.';
    const survival = '12.6 Sections 2.3, 8 and 12.6 shall survive termination of this Agreement.';
    const derived = '1.3 "Derived Data" means labels, features and other data that the Licensee derives from the Licensed Records.';
    const edit = planOf([PARTIES, DATA, derived, licence, survival]);
    expect(edit(3)?.target).toMatch(/^2\.3 Licensee shall use Derived Data solely to train, test and evaluate /);
    expect(edit(4)?.target ?? survival).toContain('2.3');
  });
});

describe('a survival list that names its clauses in lower case ("nor the continuance in force of clauses 5, 7.5 and 8")', () => {
  it('loses a licence whose "perpetual, irrevocable" the review struck', () => {
    const lines = [
      'This agreement is made between Tollbridge Assess Limited (the Supplier) and Marlowe Retail plc (the Client).',
      '1.1 "Client Data" means all data that the Client or its users submit to the Services.',
      '7.5 The Client grants the Supplier a perpetual, irrevocable, royalty-free licence to host and copy Client Data to provide the Services.',
      '12.3 Expiry shall not affect the continuance in force of clauses 5, 7.5, 8 and 13, which shall survive.',
    ];
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    expect(review.edit(2)?.target).not.toMatch(/perpetual/);
    expect(review.edit(3)?.target).toBe('12.3 Expiry shall not affect the continuance in force of clauses 5, 8 and 13, which shall survive.');
  });
});

describe('online terms in the "we/you" voice (audit58, 159)', () => {
  const PARTIES = 'These Terms are between you and Ledgerwren Inc. ("Ledgerwren", "we" or "us").';
  const CONTENT = '"Your Content" means the invoices, receipts and other material you upload to Ledgerwren.';

  it('a use turned into a ban loses the reason given for it and the next sentence that tells how it is done', () => {
    const use = '5.4 We also use Your Content, such as receipts you correct, to train and improve our own AI models so that suggestions get better for everyone. Before we do, we remove names and account numbers.';
    const target = reviewOf([PARTIES, CONTENT, use], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).toMatch(/will not use Your Content/);
    expect(target).not.toMatch(/so that|Before we do/);
  });

  it('a licence keeps the serving verbs of the use it adds, and loses only "improve"', () => {
    const licence = '3.3 So we can run Ledgerwren, you give us a worldwide, royalty-free licence to host, copy, process and display Your Content, and to use it to provide, maintain, support and improve our services.';
    const target = reviewOf([PARTIES, CONTENT, licence], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).toContain('and to use it to provide, maintain and support our services.');
  });

  it('pooled, de-identified statistics made from the content keep their purpose and take the conditions, said once', () => {
    const stats = '3.5 We may create aggregated, de-identified information from Your Content combined with other customers\' content and use and share it for any purpose, including publishing our Small Business Index.';
    const target = reviewOf([PARTIES, CONTENT, stats], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).toContain('for any purpose, including publishing our Small Business Index, provided that such');
    expect(target).not.toMatch(/solely to provide|aggregated with the data of other/);
  });

  it('a sentence whose struck words "Both policies" would point at is left whole', () => {
    const policies = '4.1 Our Privacy Policy explains how we handle personal information, and our AI Policy describes how we use Your Content to train our AI models. Both policies, as updated from time to time, form part of these Terms.';
    const review = reviewOf([PARTIES, CONTENT, policies], { position: 'preferred', insertMissing: false });
    expect(review.edit(2)?.target ?? policies).toMatch(/Our Privacy Policy explains/);
  });
});

describe('a ban and a proviso keep to the limb they are about (audit58, 157)', () => {
  it('a ban on training leaves the vendor\'s ownership of its models and their use for other customers alone', () => {
    const records = '1.2 "Call Recordings" means recordings of calls that Users make through the Services.';
    const training = 'A4.1 Provider may use Call Recordings to train and improve the models underlying the AI Features, and such models, including all weights, shall be owned by Provider and may be made available to Provider\'s other customers.';
    const target = reviewOf([PARTIES, DATA, records, training], { position: 'preferred', insertMissing: false }).edit(3)?.target ?? '';
    expect(target).toMatch(/Provider shall not use Call Recordings to train or improve/);
    expect(target).toMatch(/and may be made available to Provider's other customers\.$/);
  });

  it('the derived-data proviso goes before a last limb about something else', () => {
    const keeping = '4.6 Provider may retain Customer Data in encrypted backups for up to twelve months, and may retain Aggregated Data indefinitely; retained Customer Data remains subject to Section 6.';
    const target = reviewOf([PARTIES, DATA, keeping], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).toMatch(/machine-learning model; retained Customer Data remains subject to Section 6\.$/);
  });
});

describe('a permission to keep, turned into a ban, keeps no period or cap (audit59, 161 § 6.6, 162 § 13.3)', () => {
  it('drops "(not exceeding …)" and "for up to 24 months"', () => {
    const keeping = '13.3 Provider may retain samples of Transcripts (not exceeding 1% of calls in any month) for up to 24 months to test and improve its speech models.';
    const target = reviewOf([PARTIES, DATA, '1.2 "Transcripts" means text transcriptions of Customer Data.', keeping], { position: 'preferred', insertMissing: false }).edit(3)?.target ?? '';
    expect(target).toMatch(/shall not retain samples of Transcripts to test/);
  });
});

describe('a survival list whose every item has its own "Section" (audit59, 161 § 13.5)', () => {
  it('loses a cut-back licence with its own word, never leaving "Section Section 7"', () => {
    const lines = [
      PARTIES,
      DATA,
      '4.2 Customer grants Provider a perpetual, irrevocable, royalty-free licence to host and copy Customer Data to provide the Services.',
      '13.5 The following survive termination: Section 3 (as to accrued fees), Section 4.2, Section 7 (for five years), and Section 14.',
    ];
    const review = reviewOf(lines, { position: 'preferred', insertMissing: false });
    const survival = review.edit(3)?.target;
    if (survival === undefined) throw new Error(`the survival list was not edited; 4.2 became: ${review.edit(2)?.target}`);
    expect(survival).toBe('13.5 The following survive termination: Section 3 (as to accrued fees), Section 7 (for five years), and Section 14.');
  });
});

describe('a power to modify the contract, said to reach the customer\'s data (audit59, 161 § 14.2)', () => {
  it('keeps the power and takes the condition that no change widens the vendor\'s rights, rather than striking the example', () => {
    const change = '14.2 Provider may modify these Terms from time to time, including the purposes for which Provider processes Customer Data, by giving Customer thirty days\' notice.';
    const target = reviewOf([PARTIES, DATA, change], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).toContain('including the purposes for which Provider processes Customer Data');
    expect(target).toMatch(/shall expand Provider's rights in Customer Data unless agreed in a written amendment signed by both parties\.$/);
  });
});

