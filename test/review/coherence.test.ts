// An edit leaves its sentence saying one thing (issue 9 §1, "reaches the position" without contradicting itself):
// the lawyer audits found frozen policies that still promised notice of updates, and permissions turned into
// prohibitions that kept "Notwithstanding …". Clauses are the project's own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { buildReviewPlan, type EditItem } from '../../src/review';
import { paragraphsOf, preferredReview, skippedWith } from './agreements';

const PARTIES = 'This agreement is between Larkspur Cloud Ltd ("Supplier") and Fenwood Partners LLP ("Client").';
const DATA = '"Client Files" means the documents, prompts and recordings that Client uploads to the Platform.';

/** The edit of paragraph `at` of a document made of exactly these lines (preferred position, nothing inserted). */
function editIn(lines: readonly string[], at: number): EditItem | undefined {
  const paragraphs = paragraphsOf(lines.join('\n'));
  const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
  const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred', insertMissing: false });
  return plan.items.find((item): item is EditItem => item.kind === 'edit' && item.paragraph === at);
}

export const editOf = (clauses: readonly string[], at: number): EditItem | undefined => editIn([PARTIES, DATA, ...clauses], at);

describe('a policy frozen at a date', () => {
  it('is frozen too where the vendor\'s power to update it is a relative clause ("which Supplier may update from time to time")', () => {
    const edit = editOf(
      ['2.5 Client Files are handled under the Supplier Data Policy at larkspur.example/data, which Supplier may update from time to time and of which the version online at the time of use applies.'],
      2,
    );
    expect(edit?.target).toMatch(/^2\.5 Client Files are handled under the Supplier Data Policy at larkspur\.example\/data, as in effect on the date of this Agreement, provided that/);
  });

  it('loses the proviso about notice of its updates along with the way it was updated', () => {
    const edit = editOf(
      ['7.2 Client Files are handled under the Supplier Data Policy at larkspur.example/data, as the Supplier may amend it from time to time, provided that the Supplier will give Client thirty days\' notice of any change that materially affects Client.'],
      2,
    );
    expect(edit?.target).toBe('7.2 Client Files are handled under the Supplier Data Policy at larkspur.example/data, as in effect on the date of this Agreement.');
  });

  it('keeps a proviso that is about something other than the updates', () => {
    const edit = editOf(
      ['7.2 Client Files are handled under the Supplier Data Policy at larkspur.example/data, as updated by the Supplier from time to time, provided that the Supplier keeps Client Files in the United Kingdom.'],
      2,
    );
    expect(edit?.target).toContain('as in effect on the date of this Agreement, provided that the Supplier keeps Client Files in the United Kingdom.');
  });
});

describe('a permission turned into a prohibition', () => {
  it('loses its "Notwithstanding …" lead-in, the next word taking the capital, and the comments say what was struck and why', () => {
    const edit = editOf(['6.4 Notwithstanding clause 6.1, the Supplier may use Client Files to train its language models.'], 2);
    expect(edit?.target).toBe('6.4 The Supplier shall not use Client Files to train its language models.');
    expect(edit?.comment.internal).toMatch(/struck “Notwithstanding clause 6\.1,”/);
    expect(edit?.comment.external).toMatch(/^The clause set aside clause 6\.1, which must stand\./);
  });
});

describe('the clause that governs a use of derived data is the one edited', () => {
  const clauses = [
    '5.2 The Supplier shall process Client Files only on Client\'s documented instructions, including the instruction to anonymise Client Files in accordance with clause 9.4.',
    '9.4 The Supplier may anonymise Client Files by the techniques in Schedule 2, and shall not re-identify any individual from the anonymised data.',
    '9.5 The Supplier may use the anonymised data for any purpose, and all rights in it belong to the Supplier.',
  ];
  const paragraphs = paragraphsOf([PARTIES, DATA, ...clauses].join('\n'));
  const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
  const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred', insertMissing: false });
  const edited = plan.items.filter((item): item is EditItem => item.kind === 'edit').map((item) => item.paragraph);

  it('leaves a sentence that only points to the governing clause ("in accordance with clause 9.4")', () => {
    expect(edited).not.toContain(2);
    expect(skippedWith(plan, 2, /points to clause 9\.4/)).toBe(true);
  });

  it('leaves the clause that only makes the data and guards it, and edits the one that grants its use', () => {
    expect(edited).not.toContain(3);
    expect(edited).toContain(4);
  });
});

describe('an audit clause beside the contract’s refusal of audits', () => {
  const clauses = [
    '5. Security',
    '(a) The Supplier keeps Client Files encrypted at rest and in transit.',
    '(b) The Supplier reviews its controls each year. The Supplier does not permit on-site audits.',
    '6. Term',
    '6.1 This Agreement lasts for twelve months. Sections 5 and 6 survive its end.',
  ];
  const paragraphs = paragraphsOf([PARTIES, DATA, '3.1 The Supplier may use Client Files to train its models.', ...clauses].join('\n'));
  const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
  const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred' });

  it('goes beside it, lettered and cited in the contract’s scheme, and the refusal is made subject to it', () => {
    const audit = plan.items.find((item) => item.kind === 'insert' && item.answers === 'audit');
    expect(audit?.kind === 'insert' && [audit.after, audit.number]).toEqual([5, '(c)']);
    const refusal = plan.items.find((item): item is EditItem => item.kind === 'edit' && item.paragraph === 5);
    expect(refusal?.target).toBe('(b) The Supplier reviews its controls each year. Except as set out in Section 5(c), the Supplier does not permit on-site audits.');
    expect(refusal?.comment.external).toMatch(/subject to the new Section 5\(c\)/);
  });
});

describe('providers bound in the sentence after the one that names them', () => {
  it('leaves the naming sentence alone rather than replace it with a rival flow-down', () => {
    const edit = editOf(
      [
        '4.3 Models. AI Features rely on the Supplier\'s own ranking models and on foundation models licensed from the third-party providers identified in the subprocessor list referred to in Section 3.3. Such providers process Client Files solely to return results to the Supplier, and are contractually prohibited from using Client Files to train their models or retaining them for longer than thirty (30) days.',
      ],
      2,
    );
    expect(edit).toBeUndefined();
  });
});

describe('a vendor right to amend the policies that form part of the contract', () => {
  it('keeps the right and adds the proviso that no change widens the vendor’s rights, instead of replacing the sentence', () => {
    const edit = editOf(['10.2 The Supplier\'s Data Handling Policy forms part of this Agreement. The Supplier may amend that policy by giving Client 30 days\' notice.'], 2);
    expect(edit?.wordLevel).toBe(true);
    expect(edit?.target).toBe(
      '10.2 The Supplier\'s Data Handling Policy forms part of this Agreement. The Supplier may amend that policy by giving Client 30 days\' notice, provided that no policy or change to a policy shall expand Supplier\'s rights in Client Files unless agreed in a written amendment signed by both parties.',
    );
  });
});

describe('a sentence that incorporates a policy but grants no licence', () => {
  const WE_YOU = ['These terms are between you and Quillmoor Ltd ("Quillmoor", "we" or "us").', 'You keep ownership of the recordings you upload to the app ("Your Recordings").'];
  const NOTICE =
    'Our Data Notice at quillmoor.example/data sets out how we gather and share details about you, including how we use the recordings you upload to tailor and improve the app; it is part of these terms, and by using the app you agree that we may handle your information in the ways it sets out.';

  it('is not replaced by the licence clause; its improvement use is struck in place', () => {
    const paragraphs = paragraphsOf([...WE_YOU, NOTICE].join('\n'));
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    expect(analysis.findings.filter((f) => f.paragraph === 2).map((f) => f.category)).toContain('broad-license');
    const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred', insertMissing: false });
    const edit = plan.items.find((item): item is EditItem => item.kind === 'edit' && item.paragraph === 2);
    expect(edit?.wordLevel).toBe(true);
    expect(edit?.target).toBe(NOTICE.replace(', including how we use the recordings you upload to tailor and improve the app', ''));
  });
});

describe('an item of a list written as a paragraph of its own', () => {
  it('becomes "(b) [Reserved]; and", so the list its lead-in opened still reads', () => {
    const clauses = [
      '2.2 Client instructs the Supplier to process Client Files for the following purposes:',
      '(a) to provide and support the Platform for Client;',
      '(b) to train and improve the Supplier\'s other products and its machine learning models using Client Files; and',
      '(c) to comply with applicable law.',
    ];
    const edit = editOf(clauses, 4);
    expect(edit?.target).toBe('(b) [Reserved]; and');
    expect(edit?.wordLevel).toBe(true);
  });
});

describe('a permission whose list of purposes names training among ordinary ones', () => {
  it('loses the training purpose and the catch-all, and keeps the others, instead of becoming a ban on all of them', () => {
    const edit = editOf(
      ['"Model Tuning" means the use of data to develop, refine and tune the machine-learning models behind the Platform.', '5.2 The Supplier may use Client Files for Model Tuning, fraud prevention, capacity planning, invoicing and any other lawful business purpose, during the term.'],
      3,
    );
    expect(edit?.target).toBe('5.2 The Supplier may use Client Files for fraud prevention, capacity planning and invoicing, during the term.');
    expect(edit?.wordLevel).toBe(true);
  });
});

describe('the words after a turn that carry the risk', () => {
  it('strikes a consent deemed from use (", so by using … you agree that we may …") and keeps the policy reference', () => {
    const paragraphs = [
      'These terms are between you and Quillmoor Ltd ("Quillmoor", "we" or "us").',
      'You keep ownership of the recordings you upload to the app ("Your Recordings").',
      'Our Data Notice at quillmoor.example/data sets out how we gather and share details about you, and it is part of these terms, so by using the app you agree that we may handle your information in the ways it sets out.',
    ];
    const edit = editIn(paragraphs, 2);
    expect(edit?.target).toBe('Our Data Notice at quillmoor.example/data sets out how we gather and share details about you, and it is part of these terms.');
  });

  it('strikes a second permission joined on (", and we may keep … for as long as it is useful to us")', () => {
    const paragraphs = [
      'These terms are between you and Quillmoor Ltd ("Quillmoor", "we" or "us").',
      'You keep ownership of the recordings you upload to the app ("Your Recordings").',
      'Deleted recordings may stay in our backups for up to sixty days, and we may keep anonymised copies of recordings we have used to tune our features for as long as they are useful to us.',
    ];
    const edit = editIn(paragraphs, 2);
    expect(edit?.target).toBe('Deleted recordings may stay in our backups for up to sixty days.');
  });
});

describe('an ownership clause turned to the customer', () => {
  it('keeps the vendor\'s own models with the vendor, drops the assignment back and the tail that frees the use', () => {
    const edit = editOf(
      [
        '"Outputs" means the reports the Platform generates for Client.',
        '2.3 The Supplier shall own all right, title and interest in Outputs, Supplier Models and Derived Insights, and to the extent Client has any rights in Outputs, Client hereby assigns them to the Supplier, and the Supplier may use Outputs for any purpose without any obligation to compensate Client.',
      ],
      3,
    );
    expect(edit?.target).toBe('2.3 Client shall own all right, title and interest in Outputs and Derived Insights, and the Supplier shall not use Outputs for any purpose.');
  });
});

describe('a numbered list of purposes where two items carry the risk', () => {
  it('strikes both and keeps the purposes that serve the customer, re-lettered where nothing cites the letters (audit226)', () => {
    const edit = editOf(
      ['3.3 The Supplier may use Client Files (i) to provide and support the Platform, (ii) to calculate fees, (iii) to train and refine its machine-learning models, and (iv) to develop new products.'],
      2,
    );
    expect(edit?.target).toBe('3.3 The Supplier may use Client Files (i) to provide and support the Platform, and (ii) to calculate fees.');
  });
});

describe('the customer\'s switch that turns training off', () => {
  const WE_YOU = [
    'These terms are between you and HireNest Ltd ("HireNest", "we" or "us").',
    '"Applicant Data" means the CVs and notes you upload to the Service.',
    '2.4 We do not use interview recordings to train any model, and we do not analyse faces or voices.',
  ];
  const SWITCH =
    '2.5 You can switch off the use of your Applicant Data for model development under Settings; the change applies to Applicant Data collected from the date you make it and does not require us to remove contributions already built into a trained model.';

  it('stays, and only the denial of the duty to remove data from models goes', () => {
    const edit = editIn([...WE_YOU, SWITCH], 3);
    expect(edit?.target).toBe(SWITCH.replace(' and does not require us to remove contributions already built into a trained model', ''));
  });
});

describe('a second permission joined on by the vendor\'s name', () => {
  it('is struck alone (", and the Supplier may thereafter …")', () => {
    const edit = editOf(
      ['4.2 Deleted Client Files may stay in backups for up to thirty days, and the Supplier may thereafter keep anonymised extracts of Client Files for as long as it finds them useful.'],
      2,
    );
    expect(edit?.target).toBe('4.2 Deleted Client Files may stay in backups for up to thirty days.');
  });
});

describe('a risk read only in the words the review wrote', () => {
  it('is no reason to replace the sentence the review has just edited', () => {
    const edit = editOf(
      [
        '6.1 The Supplier will not use Client Files to train models that it offers to other clients.',
        '6.2 Notwithstanding clause 6.1, the Supplier may use Client Files, and the ratings Users give and their decisions to send or discard answers ("Rating Signals"), to tune and improve the AI Features, and Client may stop such use of Client Files (but not of Rating Signals) by turning off "Improve AI" in the AI settings page.',
      ],
      3,
    );
    // Since "turning off" reads as the customer's opt-out (round 24), the clause that sets clause 6.1 aside is reserved
    // whole, its opt-out with it; either way it is edited once and never replaced by the deletion clause.
    expect(edit?.target).toMatch(/^6\.2 (?:The Supplier shall not use Client Files|\[Reserved\.\]$)/);
    expect(edit?.target).not.toMatch(/Within thirty \(30\) days/);
  });
});

describe('a deletion duty joined on to a retention clause', () => {
  // A contract that writes "the Supplier" and keeps the data while a matter is open.
  const RETENTION = [
    'This agreement is between Larkspur Cloud Ltd (the "Supplier") and Fenwood Partners LLP (the "Firm").',
    '"Matter Files" means the documents and prompts that the Firm uploads to the Platform.',
    '2.1 The Firm may ask the Supplier for copies of Matter Files at any time.',
    '2.2 The Supplier shall keep Matter Files confidential.',
    '7.1 The Supplier shall retain Matter Files in the Firm\'s workspace for so long as the relevant matter remains open.',
  ];

  it('keeps the contract\'s article in lower case mid-sentence (", and the Supplier shall delete …")', () => {
    expect(preferredReview(RETENTION).edit(4)?.target).toMatch(/remains open, and the Supplier shall delete Matter Files within/);
  });

  it('is not added where another clause already promises deletion on the contract\'s own timetable', () => {
    const deletion = '7.2 Within thirty days after a matter is closed, the Supplier shall permanently delete all Matter Files relating to it.';
    expect(preferredReview([...RETENTION, deletion]).edit(4)).toBeUndefined();
  });
});

describe('a permission the customer acknowledges, turned into a ban', () => {
  const edit = () =>
    preferredReview([
      'This agreement is between Larkspur Cloud Ltd (the "Supplier") and Fenwood Partners LLP (the "Client").',
      '"Client Files" means the documents, prompts and recordings that the Client uploads to the Platform.',
      '4.1 The Supplier shall keep Client Files confidential and shall not disclose them to the Supplier\'s other clients.',
      '4.2 Notwithstanding Section 4.1, the Client acknowledges that the Supplier may use Client Files to develop and refine the ranking models it licenses to others, provided that no ranking shown to another client identifies the Client.',
    ]).edit(3);

  it('loses the acknowledgement and the lead-in, so the duty is the vendor\'s own ("The Supplier shall not use …")', () => {
    expect(edit()?.target).toMatch(/^4\.2 The Supplier shall not use Client Files to develop or refine the ranking models/);
  });

  it('keeps a proviso without a modal as the vendor\'s undertaking, not a bare fact', () => {
    expect(edit()?.target).toMatch(/to others, and shall ensure that no ranking shown to another client identifies the Client\.$/);
  });
});

describe('objects joined "together with" in a permission turned into a ban', () => {
  it('are each banned ("Client Files, the Client\'s search logs or usage metadata"), not only their combined use', () => {
    const edit = editOf(['4.3 Supplier may use Client Files, together with the Client\'s search logs and usage metadata, to develop the ranking models it licenses to others.'], 2);
    expect(edit?.target).toBe('4.3 Supplier shall not use Client Files, the Client\'s search logs or usage metadata to develop the ranking models it licenses to others.');
  });
});
