// Patterns taken up in the fifty-fourth session, from the lawyer audits of its first runs (audit204: 459 in dua mode
// and 460; audit205: 457 and 458). Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { prevailingOver } from '../../src/review/prevailsOver';
import { duaReview, paragraphsOf, preferredReview, skippedWith } from './agreements';

describe('the customer\'s own form with the supplier\'s terms annexed (audit205, 458)', () => {
  const lines = [
    'SITE SERVICES AGREEMENT',
    'Pellbrook Homes Standard Form SSA-2',
    'This Site Services Agreement is made between Pellbrook Homes Limited, a company registered in England ("Pellbrook"), and Varrow Vision Ltd, a company registered in England (the "Supplier").',
    '1.2 If the clauses of this Agreement conflict with the Annexes, the clauses prevail, save that Annex B shall prevail in relation to the Supplier\'s use of Camera Data (as defined in Annex B).',
    '"Pellbrook Data" means all data relating to Pellbrook\'s sites that the Supplier receives or generates.',
    '4.2 The Supplier shall not use Pellbrook Data to train or improve any machine-learning model, except as expressly permitted by Annex B.',
    '9.1 Within 30 days after termination the Supplier shall delete all Pellbrook Data.',
    'ANNEX B - SUPPLIER CAMERA TERMS',
    'These Camera Terms are provided by Varrow Vision Ltd ("Varrow") and are attached to this Agreement at Varrow\'s request. In these Camera Terms, "Customer" means Pellbrook.',
    'B1.1 "Camera Data" means all images, clips and detection events captured by the cameras at Customer\'s sites, including any Pellbrook Data.',
    'B2.1 Varrow may use Camera Data, including clips and detection events, to train, test and improve its detection models.',
    'B3.1 After termination, Varrow may continue to retain and use training sets and annotations derived from Camera Data, and clause 9.1 of the Agreement shall not apply to such data.',
  ];
  const review = () => preferredReview(lines);

  it('strikes the exception that ranks the supplier\'s annex above the form\'s own clauses', () => {
    const { edit } = review();
    expect(edit(3)?.target).toBe('1.2 If the clauses of this Agreement conflict with the Annexes, the clauses prevail.');
  });

  it('strikes a protection\'s deference to the supplier\'s annex, and leaves the rest of the form alone', () => {
    const { edit } = review();
    expect(edit(5)?.target).toBe('4.2 The Supplier shall not use Pellbrook Data to train or improve any machine-learning model.');
    expect(edit(6)).toBeUndefined();
  });

  // Since audit208 (462 Sch. 3): on the customer's own form, a grant in the supplier's annex that the form's own clause
  // answers goes whole, citing that clause, rather than become a second ban beside it.
  it('deletes the annex\'s training grant, citing the form\'s own ban, and does not leave it as given elsewhere', () => {
    const { edit, plan } = review();
    expect(edit(10)?.target).toBe('B2.1 [Reserved.]');
    expect(edit(10)?.comment.external).toMatch(/Clause 4\.2 of this Agreement forbids the Supplier to train models on Pellbrook Data/);
    expect(skippedWith(plan, 10, /given elsewhere/)).toBe(false);
  });

  it('takes the limb switching off the deletion clause with the keeping it turns round', () => {
    const { edit } = review();
    expect(edit(11)?.target).not.toMatch(/shall not apply to such data/);
    expect(edit(11)?.target).toMatch(/Varrow shall (?:cease using|not continue to retain)/);
  });
});

describe('an open list of purposes whose example opens with a preposition (audit204, 459 § 5.4)', () => {
  it('takes "for" with "any purpose, including", so no "for in" is left', () => {
    const { plan } = duaReview([
      'This Data Licence is made between Harlow Systems, Inc. ("Harlow") and Penmark Guild SCRL (the "Contributor").',
      '"Supplied Records" means the translation records the Contributor delivers to Harlow.',
      '3.1 The Contributor grants Harlow a licence to use Supplied Records to train, test and evaluate the Harlow Translation Model.',
      '5.4 Harlow may create aggregated statistics from Supplied Records and may publish them for any purpose, including in benchmark reports and marketing materials, provided that they do not identify the Contributor.',
    ]);
    const texts = plan.items.flatMap((item) => (item.kind === 'edit' ? [item.target] : []));
    expect(texts.join('\n')).not.toMatch(/\bfor in\b/);
  });
});

describe('a data-use agreement whose recipient is named only by its short name (audit204, 459)', () => {
  it('writes the recipient\'s own name in the clauses it inserts, not "Recipient"', () => {
    const { plan } = duaReview([
      'This Data Licence is made between Harlow Systems, Inc. ("Harlow") and Penmark Guild SCRL (the "Contributor").',
      '"Supplied Records" means the translation records the Contributor delivers to Harlow.',
      '3.2 Without limiting clause 3.1, Harlow may use Supplied Records to research, develop and improve any of its products and services.',
    ]);
    const texts = plan.items.flatMap((item) => (item.kind === 'edit' ? [item.target] : [item.text]));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join('\n')).not.toMatch(/\bRecipient\b/);
  });
});

describe('a licence narrowed to serving the customer (audit205, 457 § 4.2)', () => {
  it('loses "and for any other purpose described in this Agreement" with the vendor\'s own purposes', () => {
    const { edit } = preferredReview([
      'These Subscription Terms are made between Tarnwick Assurance Limited ("Tarnwick") and Fellside Bank plc (the "Bank").',
      '"Customer Data" means all recordings and data the Bank submits to the Services.',
      '4.2 The Bank grants Tarnwick a non-exclusive licence to host, copy and process Customer Data for the purposes of providing, supporting, securing and improving the Services and for any other purpose described in this Agreement.',
    ]);
    expect(edit(2)?.target).toMatch(/solely for the purposes of providing, supporting and securing the Services\.$/);
  });
});

describe('the clauses a new no-training clause says it prevails over (audit205, 457 A3.7)', () => {
  const lines = [
    'These Subscription Terms are made between Tarnwick Assurance Limited ("Tarnwick") and Fellside Bank plc (the "Bank").',
    '"Customer Data" means all recordings and data the Bank submits to the Services.',
    '"Usage Data" means information about the operation of the Services, including log data and feature usage.',
    '1.4 "Model Training" means the use of data to train, fine-tune or evaluate any machine-learning model.',
    '2.3 Tarnwick may collect and use Usage Data to operate and improve the Services and to develop new products.',
    '5.1 Tarnwick may use Customer Data for Model Training to develop the scoring models it offers to all of its customers.',
    '5.2 Tarnwick may keep using Customer Data already used for Model Training after any opt-out.',
  ];

  it('names neither a definition nor a grant over the vendor\'s usage data alone, but the training grant', () => {
    const paragraphs = paragraphsOf(lines.join('\n'));
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const clause = prevailingOver('Tarnwick shall not use Customer Data to train any model.', analysis, paragraphs, () => false)?.clause ?? '';
    expect(clause).toMatch(/^Notwithstanding clauses? 5\.1\b/);
    expect(clause).not.toMatch(/\b1\.4\b/);
    expect(clause).not.toMatch(/\b2\.3\b/);
  });
});

describe('a paragraph whose first sentence defines a term the contract still uses (audit204, 460 § 8.4)', () => {
  it('keeps the definition and still edits the use in the sentence after it', () => {
    const { edit } = preferredReview([
      'These Terms of Service are between Tarrow Fleet Inc. ("Tarrow", "we" or "us") and the customer that accepts them ("you").',
      '"Fleet Data" means data that you, your drivers or your vehicles submit to or generate through the Services.',
      '8.4 We may combine Fleet Data with data from other customers and de-identify or aggregate it so that it no longer identifies you ("Pooled Data"). We may use Pooled Data for any lawful purpose, including to publish safety benchmarks and to train our models.',
      '8.5 We will publish Pooled Data benchmarks each quarter.',
    ]);
    const target = edit(2)?.target ?? '';
    expect(target).toMatch(/\("Pooled Data"\)\./);
    expect(target).not.toMatch(/to train our models/);
  });
});

describe('a clause a data-use agreement lacks (audit204, 459)', () => {
  it('goes beside the body\'s own safeguards, not after the notices clause or into a schedule', () => {
    const paragraphs = paragraphsOf([
      'This Data Licence is made between Harlow Systems, Inc. ("Harlow") and Penmark Guild SCRL (the "Contributor").',
      '"Supplied Records" means the client correspondence and personal records the Contributor delivers to Harlow, which identify individuals.',
      '3.1 The Contributor grants Harlow a licence to use Supplied Records to train, test and evaluate the Harlow Translation Model.',
      '9.1 Harlow shall keep Supplied Records confidential and shall not disclose them to any third party.',
      '12.1 Within sixty days after termination Harlow shall delete all Supplied Records.',
      '17.1 Notices shall be sent by email to the addresses in the Order.',
      'SCHEDULE 2 – SECURITY',
      'Part A: the anonymisation procedure Harlow applies to Supplied Records before training.',
    ].join('\n'));
    const analysis = analyzeDocument(paragraphs, { mode: 'dua' });
    const gap = analysis.missing.find((m) => m.category === 'dua-no-reidentification');
    expect(gap?.insertAfterParagraph).toBe(3);
  });
});

describe('a numbered clause that is nothing but a training grant the contract forbids elsewhere (audit205, 457 A5.3)', () => {
  const lines = (grant: string) => [
    'These Subscription Terms are made between Tarnwick Assurance Limited ("Tarnwick") and Fellside Bank plc (the "Bank").',
    '"Customer Data" means all recordings, transcripts and data the Bank submits to the Services.',
    '4.1 Tarnwick shall not use Customer Data to train, fine-tune or improve any machine-learning model.',
    grant,
  ];

  it('goes, rather than stand beside the protection as "given elsewhere"', () => {
    const { edit, plan } = preferredReview(lines('A5.3 Transcripts derived from deleted recordings may continue to be used by Tarnwick for model training after the recordings are deleted.'));
    expect(edit(3)).toBeDefined();
    expect(skippedWith(plan, 3, /given elsewhere; striking the whole clause/)).toBe(false);
  });

  it('does not strike whole a keeping the law requires', () => {
    const { edit } = preferredReview(lines('12.6 Tarnwick may retain Customer Data for as long as statutory retention obligations require.'));
    expect(edit(3)?.target ?? '').not.toMatch(/Reserved/);
  });
});
