// Patterns taken up in the fifty-second session, from the lawyer audits of its first runs (audit200–audit201,
// agreements 449–452) and the policy-change points left from audit197 and audit199. Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { surgicalEdit } from '../../src/review/redline/surgical/planSurgical';
import { paragraphsOf, preferredReview, skippedWith } from './agreements';

const PARTIES = 'These Subscription Terms ("Terms") are between Tallyfold Ltd ("Tallyfold") and the company named in the Order Form ("Client").';
const CLIENT_DATA = '"Client Data" means all data that Client or its users submit to the Services.';
const CLAIMS_DATA = '"Claims Data" means Client Data relating to insurance claims, including adjusters\' notes.';
const GRANT = '4.1 Tallyfold may use Client Data to provide the Services.';

describe('a power to change the terms and policies', () => {
  const reference =
    '1.2 These Terms incorporate the Acceptable Use Policy at https://tallyfold.example/aup and the AI Feature Terms at https://tallyfold.example/ai (together, the "Policies"), each as updated by Tallyfold from time to time in accordance with Section 16.2.';
  const change =
    '16.2 Tallyfold may amend these Terms or any Policy by posting the revised version and emailing Client at least twenty (20) days before the change takes effect, and if Client does not agree to a material change Client may terminate the affected Subscription and receive a refund of unused fees.';
  const review = () => preferredReview([PARTIES, CLIENT_DATA, reference, GRANT, change]);

  it('takes the condition itself, before the customer\'s exit, in words that reach the terms too (audit199, 447 § 18.4)', () => {
    const target = review().edit(4)?.target ?? '';
    expect(target).toContain(
      "days before the change takes effect, provided that no change to these Terms or any Policy shall expand Tallyfold's rights in Client Data unless agreed in a written amendment signed by both parties, and if Client does not agree",
    );
  });

  it('answers the reference that cites it, which is not frozen against the power it keeps', () => {
    const { edit, plan, inserts } = review();
    expect(edit(2)).toBeUndefined();
    expect(skippedWith(plan, 2, /proviso this review added/)).toBe(true);
    expect(inserts().filter((item) => item.answers === 'policy-by-reference')).toEqual([]);
  });
});

describe('a power to change the policies followed by deemed acceptance', () => {
  it('takes the condition before the acceptance, which goes (audit201, 452 § 15.3)', () => {
    const change =
      '12.4 Tallyfold may modify the AUP and the AI Terms from time to time by posting an updated version at the applicable URL; Client\'s continued use of the Services after that date constitutes acceptance of the modified terms.';
    const { edit, inserts } = preferredReview([PARTIES, CLIENT_DATA, GRANT, change]);
    const target = edit(3)?.target ?? '';
    expect(target).toMatch(/applicable URL, provided that no policy or change to a policy shall expand Tallyfold's rights in Client Data unless agreed in a written amendment signed by both parties\.$/);
    expect(target).not.toContain('continued use');
    expect(inserts().filter((item) => item.answers === 'policy-by-reference')).toEqual([]);
  });
});

describe('a power to change the policies followed by an ownerless deemed acceptance', () => {
  it('loses ", and continued use … constitutes acceptance" with the proviso (agreement-92 § 3.2)', () => {
    const change =
      '3.2 Tallyfold may modify the AI Terms by posting a revised version at the applicable URL, and continued use of the Services after that date constitutes acceptance of the change.';
    const target = preferredReview([PARTIES, CLIENT_DATA, GRANT, change]).edit(3)?.target ?? '';
    expect(target).toContain('provided that no policy or change to a policy shall expand');
    expect(target).not.toContain('continued use');
  });
});

describe('a frozen version of a policy', () => {
  it('takes with it the change clause the updates were made under (audit199, 447 § 1.2)', () => {
    const reference =
      '1.2 These Terms incorporate the AI Data Use Policy at https://tallyfold.example/ai-data, which describes how Tallyfold uses Client Data, as updated by Tallyfold from time to time in accordance with Section 16.2.';
    const target = preferredReview([PARTIES, CLIENT_DATA, reference, GRANT]).edit(2)?.target ?? '';
    expect(target).toMatch(/as in effect on the date of these Terms\.$/);
    expect(target).not.toContain('16.2');
  });
});

describe('a permission to retrain the vendor\'s model on de-identified data', () => {
  it('takes no proviso that the data is not used to train, nor names the data by half its term (audit200, 450 R3.1)', () => {
    const clause = '7.3 Notwithstanding Section 4.1, Tallyfold may use de-identified Claims Data to improve the accuracy of the general Tallyfold Model made available to its customers, including by retraining and fine-tuning it.';
    const target = preferredReview([PARTIES, CLIENT_DATA, CLAIMS_DATA, GRANT, clause]).edit(4)?.target ?? '';
    expect(target).not.toContain('not used to train');
    expect(target).not.toMatch(/such de-identified Claims\b(?! Data)/);
  });
});

describe('a rider that modifies the customer\'s own form', () => {
  const lines = [
    'MASTER TECHNOLOGY SERVICES AGREEMENT',
    'This Master Technology Services Agreement is made between Halbrook Mutual plc ("Halbrook") and Tallyfold Ltd ("Vendor").',
    'A. Halbrook wishes to buy the services on the terms of this Agreement, which is Halbrook\'s standard form as modified by the Negotiated Rider in Schedule 3.',
    '"Halbrook Data" means all data that Halbrook or its users submit to the Services.',
    '3.3 Vendor shall not use Halbrook Data to train any machine learning model.',
    'SCHEDULE 3 - NEGOTIATED RIDER',
    'R1. Notwithstanding clause 3.3, Vendor may use Halbrook Data to train and improve the Vendor Model made available to Vendor\'s other customers.',
  ];

  it('is redlined as the vendor\'s paper, not left as the customer\'s own drafting (audit200, 450 Schedule 5)', () => {
    const { edit, plan } = preferredReview(lines);
    expect(edit(6)).toBeDefined();
    expect(skippedWith(plan, 6, /own form/)).toBe(false);
  });
});

describe('the derived-data proviso on a clause of de-identified data', () => {
  // The edit itself, as the review tries it where a ban elsewhere answers the training (450 R3.1 sat beside the
  // insurer's own ban in clause 3.3): a whole document that reproduces that path is long, the edit is not.
  const provisoFor = (clause: string) => {
    const paragraphs = paragraphsOf(
      [
        'This Agreement is between Halbrook Mutual plc ("Halbrook") and Tallyfold Ltd ("Vendor").',
        '"Halbrook Data" means all data that Halbrook or its users submit to the Services.',
        '"Claims Data" means Halbrook Data relating to insurance claims, including adjusters\' notes.',
        clause,
      ].join('\n'),
    );
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const finding = analysis.findings.find((f) => f.paragraph === 3 && f.category === 'aggregated-data');
    const edits = DEFAULT_PLAYBOOK.issues.find((issue) => issue.appliesTo.includes('aggregated-data'))?.positions[0]?.edits;
    if (!finding || !edits) throw new Error('expected a derived-data finding and the playbook\'s edits for it');
    return surgicalEdit(clause.slice(finding.start, finding.end), finding.start, finding, edits, analysis)?.target;
  };

  it('is not added to a permission to retrain the vendor\'s model, which it would contradict', () => {
    const target = provisoFor(
      "R1. Vendor may use de-identified Claims Data to improve the accuracy of the general Vendor Model made available to Vendor's customers, including by retraining and fine-tuning it.",
    );
    expect(target ?? '').not.toContain('not used to train');
  });

  it('names the data by its whole term, never "such de-identified Claims"', () => {
    const target = provisoFor('R1. Vendor may use de-identified Claims Data to compile claims-severity benchmarks for the insurance market.');
    expect(target).toContain('provided that such data is aggregated');
    expect(target).not.toContain('such de-identified Claims are');
  });
});
