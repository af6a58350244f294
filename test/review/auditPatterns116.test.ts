// Patterns named by the lawyer audits of agreements 293–296 and 299–300 (audit116, audit117, audit119), taken up in
// the thirty-seventh session: a survival clause that keeps a struck licence going in a limb of its own; an example
// struck before the subject's auxiliary verb; a survival the customer narrowed; an IP reservation that names derived
// data only in a "whether or not" aside; derived data the vendor makes for the customer, or must treat as the
// customer's; and a use for the customer's own account joined to a claim on the general improvements it makes. Every
// clause is the project's own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import type { Finding } from '../../src/engine/types';
import { strikeExample } from '../../src/review/strikes';
import { preferredReview } from './agreements';

const lines = [
  'These Terms are between Draftwell, Inc. ("Draftwell") and the firm named in the Order Form ("Customer").',
  '1.1 "Customer Content" means documents, prompts and matter files Customer uploads to the Service.',
  '3.2 Customer grants Draftwell a perpetual, irrevocable, worldwide licence to host, copy and process Customer Content to provide and improve the Service.',
  '5.1 Draftwell shall keep Customer Content confidential and shall not disclose it except to its subprocessors.',
  '8.4 Sections 3.2, 5.1 and 9 survive any termination or expiration of these Terms, and the license in Section 3.2 shall continue with respect to any Customer Content incorporated into Draftwell models before termination.',
];
const review = preferredReview(lines);

describe('a survival clause whose own limb keeps a narrowed licence going', () => {
  const edit = review.edit(4);

  it('loses the limb with the number, and keeps the rest of the survival list', () => {
    expect(edit?.target ?? '').not.toContain('3.2');
    expect(edit?.target ?? '').not.toContain('shall continue');
    expect(edit?.target ?? '').toContain('5.1 and 9 survive any termination or expiration of these Terms.');
  });
});

describe('an example struck from between a subject and its verb', () => {
  it('takes its closing comma, so the subject meets its auxiliary ("Data cannot", not "Data, cannot")', () => {
    const text = 'D. Model Improvements derived from Call Data, including trained model weights, cannot practically be separated from the data of other customers.';
    const finding = { start: 0, end: text.length } as Finding;
    const ops = strikeExample(text, finding, (after) => after.includes('weights')) ?? [];
    const kept = ops.reduce((t, op) => (op.kind === 'delete' ? t.slice(0, op.start) + t.slice(op.end) : t), text);
    expect(kept).toContain('derived from Call Data cannot practically');
  });
});

const categoriesIn = (clauses: readonly string[], line: number) =>
  analyzeDocument(clauses.map((text) => ({ text })))
    .findings.filter((f) => f.paragraph === line)
    .map((f) => `${f.category}:${f.stance}`);

describe('a survival the customer narrowed', () => {
  it('is a limit, not a survival of the vendor\'s rights', () => {
    const clauses = [
      'SPECIAL TERMS',
      '11. Survival. Sections 3.2 and 5.4 of the Terms shall survive termination only to the extent they apply to Usage Data, and Special Terms 1 and 3 shall survive for so long as Draftwell retains any Customer Content.',
    ];
    expect(categoriesIn(clauses, 1)).not.toContain('survival-retention:risk');
  });
});

describe('derived data in a clause about something else', () => {
  it('is no grant when an IP reservation names it only in a "whether or not" aside', () => {
    const clauses = [
      '1.3 "Aggregated Data" means Usage Data combined with data of other customers so that it does not identify Customer.',
      '2.3 Draftwell retains all right, title and interest in the Services and all models and improvements to them, whether or not such improvements were developed using Aggregated Data.',
    ];
    expect(categoriesIn(clauses, 1)).not.toContain('aggregated-data:risk');
  });

  it('is a service when the vendor makes it for the customer', () => {
    const clauses = ['The Contractor may prepare aggregated statistics for the Customer from Customer Data.'];
    expect(categoriesIn(clauses, 0)).not.toContain('aggregated-data:risk');
  });

  it('stays a grant when the vendor may make it for its own purposes too', () => {
    const clauses = ['The Contractor may prepare aggregated statistics for the Customer and for its own business purposes.'];
    expect(categoriesIn(clauses, 0)).toContain('aggregated-data:risk');
  });

  it('is protected when the vendor must treat it as the customer\'s data', () => {
    const clauses = ['The Contractor must treat any data set produced by de-identifying Customer Data as Customer Data.'];
    expect(categoriesIn(clauses, 0)).not.toContain('aggregated-data:risk');
  });
});

describe('a use for the customer\'s own account with a claim to the general improvements it makes (audit119)', () => {
  const clinic = preferredReview([
    'This Master Services Agreement is between Remindly, Inc. ("Remindly") and the clinic network named below ("Customer").',
    '1.2 "Customer Data" means all data, including patient information, that Customer submits to the Services.',
    "12.5 In addition, Remindly may use Customer Data to improve the accuracy of the AI Features for Customer's own account, for example by learning Customer's clinic names and preferred phrasing, and any general improvements to the AI Features resulting therefrom shall be owned by Remindly under Section 4.1.",
  ]);
  const target = clinic.edit(2)?.target ?? '';

  it('keeps the use for the customer and strikes only the claim', () => {
    expect(target).toContain('Remindly may use Customer Data to improve the accuracy');
    expect(target).not.toContain('general improvements');
  });
});

describe('a proviso on derived data that the clause names as a defined thing stripped of identity (audit117)', () => {
  const review = preferredReview([
    'This Cloud Services Agreement is between Voxbridge, Inc. ("Voxbridge") and the retailer named in the Order Form ("Customer").',
    '1.1 "Customer Data" means call recordings, transcripts and other data Customer submits to the Services.',
    '1.2 "Outputs" means the summaries and responses the Services generate for Customer.',
    '3.3 Customer owns the Outputs generated for Customer, and Customer acknowledges that Voxbridge may use de-identified Outputs, including call summaries, to improve the Services.',
  ]);

  it('names it, with plural verbs, rather than "such data" that points back at nothing', () => {
    const target = review.edit(3)?.target ?? '';
    expect(target).toContain('provided that such de-identified Outputs are aggregated');
    expect(target).not.toContain('such data');
  });
});
