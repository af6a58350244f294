// Patterns named by the first-run lawyer audits of the forty-fourth session (audit147 on 352; audit150–153 on 353–360):
// an example of two uses after "for any purpose" of which only one is the models' was made the exception whole (352
// § 4.5); a clause inserted after a lead-in split it from its items (355 § 2.7); a new clause prevailed over a
// definition the review had reserved (353 § 4.7); "in and to the Services" was struck as a second purpose (357 § 6.1,
// 356 § 4.4); a carve-out of the things used survived the flip to a ban (355 A.5); a deemed acceptance took the
// customer's own exception with it (355 § 12.1); a policy clause replaced the vendor's promise not to reduce the service
// (357 § 2.5); a paragraph numbered "A-4." kept its heading alone. Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { applyOps } from '../../src/engine/applyOps';
import type { Finding } from '../../src/engine/types';
import type { Analysis } from '../../src/engine/types';
import { withDeemedAcceptanceStruck } from '../../src/review/deemedAcceptance';
import { placeProtection } from '../../src/review/placeProtection';
import { strikeSecondPurpose } from '../../src/review/purposeList';
import { trainingClauseLimitsUse, withoutStruckCitations } from '../../src/review/prevailsOver';
import { orphanedHeading, strikeExample } from '../../src/review/strikes';
import { takesWhatMustStand } from '../../src/review/mustStand';
import { preferredReview, skippedWith } from './agreements';

/** The example strike of a clause's training grant, judged by the engine itself. */
function struck(text: string): string | undefined {
  const finding = analyzeDocument([{ text }]).findings.find((f) => f.category === 'ai-training' && f.stance === 'risk');
  if (!finding) throw new Error(`no training grant read in: ${text}`);
  const stillRisky = (after: string) => analyzeDocument([{ text: after }]).findings.some((f) => f.category === 'ai-training' && f.stance === 'risk');
  const ops = strikeExample(text, finding as Finding, stillRisky);
  return ops && applyOps(text, ops);
}

describe('an example of two uses after "for any purpose", one of them the models\'', () => {
  it('excepts only the models\' use; the other stays an example', () => {
    expect(
      struck('4.6 Corrivane may use and disclose De-identified Data for any purpose, including to publish shipping-volume indices and to train and test the Models, provided that Corrivane will not attempt to identify Customer.'),
    ).toBe('4.6 Corrivane may use and disclose De-identified Data for any purpose other than to train and test the Models, including to publish shipping-volume indices, provided that Corrivane will not attempt to identify Customer.');
  });

  it('does the same when the models\' use comes first and the uses are gerunds', () => {
    expect(
      struck('4.6 Corrivane may use and disclose De-identified Data for any purpose, including training the Models and compiling shipping-volume indices, provided that Corrivane will not attempt to identify Customer.'),
    ).toBe('4.6 Corrivane may use and disclose De-identified Data for any purpose other than training the Models, including compiling shipping-volume indices, provided that Corrivane will not attempt to identify Customer.');
  });

  it('still excepts an example wholly about models whole', () => {
    expect(struck('4.6 Corrivane may use De-identified Data for any purpose, including to train and test the Models.')).toBe(
      '4.6 Corrivane may use De-identified Data for any purpose other than to train and test the Models.',
    );
  });
});

describe('a clause placed after a numbered clause whose list items follow it', () => {
  it('goes after the last item, never between the lead-in and its items', () => {
    const paragraphs = [
      '2.5 Support. Corrivane will answer support requests on Business Days.',
      '2.6 Restrictions. Customer must not, and must ensure that its Users do not:',
      '(a) copy or reverse engineer the Services;',
      '(b) use the Outputs to build a competing product; or',
      '(c) resell the Services.',
      '3. FEES',
      '3.1 Customer will pay the Fees.',
    ].map((text) => ({ text }));
    expect(placeProtection(paragraphs, 1, new Set())).toMatchObject({ after: 4, number: '2.7' });
  });
});

describe('an inserted clause that prevails over clauses the review itself reserves', () => {
  const terms = { provision: 'Section' } as Analysis['terms'];
  const item = {
    text: '4.7 Model Training. Notwithstanding Sections 1.10, 1.11 and 6.2, Corrivane will not use Customer Content to train any model.',
    comment: {
      internal: '[Internal] Inserted.',
      external: 'We inserted a new clause. Sections 1.10, 1.11 and 6.2 would otherwise still allow that use, so this Section prevails over them.',
    },
  };

  it('no longer names the reserved one, in the clause or its comment', () => {
    const pruned = withoutStruckCitations(item, new Set(['1.10']), terms);
    expect(pruned.text).toBe('4.7 Model Training. Notwithstanding Sections 1.11 and 6.2, Corrivane will not use Customer Content to train any model.');
    expect(pruned.comment.external).toBe('We inserted a new clause. Sections 1.11 and 6.2 would otherwise still allow that use, so this Section prevails over them.');
  });

  it('drops the opening and the sentence when nothing it named is left', () => {
    const pruned = withoutStruckCitations({ ...item, text: '4.7 Model Training. Notwithstanding Section 1.10, the Supplier will not train any model.' }, new Set(['1.10']), terms);
    expect(pruned.text).toBe('4.7 Model Training. The Supplier will not train any model.');
    const none = withoutStruckCitations(item, new Set(['1.10', '1.11', '6.2']), terms);
    expect(none.comment.external).toBe('We inserted a new clause.');
  });
});

describe('"in and to" before what a party owns', () => {
  it('is no second purpose to strike: the object of the ownership stays (357 § 6.1, 356 § 4.4)', () => {
    const text = '6.1 Corrivane owns all right, title and interest in and to the Services, the Models and all improvements to them made by processing Customer Content.';
    const at = text.indexOf('improvements');
    const finding = { start: 4, end: text.length, evidence: [{ role: 'purpose', text: 'improvements', start: at, end: at + 12 }] } as unknown as Finding;
    expect(strikeSecondPurpose(text, finding, () => false)).toBeUndefined();
  });

  it('still strikes a purpose joined on with "and to" and a verb', () => {
    const text = 'Corrivane may process Customer Content to provide the Services and to improve its models.';
    const at = text.indexOf('improve');
    const finding = { start: 0, end: text.length, evidence: [{ role: 'purpose', text: 'improve', start: at, end: at + 7 }] } as unknown as Finding;
    const ops = strikeSecondPurpose(text, finding, () => false);
    expect(ops && applyOps(text, ops)).toBe('Corrivane may process Customer Content to provide the Services.');
  });
});

describe('the customer-data definition that leaves out data defined to carry no content and no personal data', () => {
  it('is left alone: the carve-back would be circular and needless (audit153, 360)', () => {
    const review = preferredReview([
      'This Agreement is between Harlowmere Mutual ("Harlowmere") and Quenby Extract Ltd (the "Supplier").',
      '"Harlowmere Data" means all data and documents supplied by or on behalf of Harlowmere to the Supplier, but excluding Supplier Operational Data.',
      '"Supplier Operational Data" means logs, metrics and statistics about the operation of the Services, generated by the Supplier, which do not contain document content or Personal Data.',
    ]);
    expect(review.edit(1)).toBeUndefined();
  });
});

describe('a permission with a carve-out among the things used, turned into a ban', () => {
  it('loses the carve-out, which would otherwise put that content outside the ban (audit152, 355 A.5)', () => {
    const review = preferredReview([
      'This Agreement is between Corrivane Ltd ("Corrivane") and the practice named in the Order ("Customer").',
      '1.2 "Customer Content" means drawings and files that Customer uploads to the Services.',
      'A.5 Corrivane may use Customer Content (other than content in a Private Project) to train the machine learning models used in the Services.',
    ]);
    const target = review.edit(2)?.target ?? '';
    expect(target).toMatch(/^A\.5 Corrivane (?:will|shall) not use Customer Content to train the machine learning models used in the Services\.$/);
  });
});

describe('a deemed acceptance that carries the customer\'s own protection', () => {
  it('loses the acceptance; its exception stays as a sentence of its own (audit152, 355 § 12.1)', () => {
    const text =
      '12.1 Corrivane may amend the Policies on 30 days\' notice. Continued use of the Services after the notice period constitutes acceptance, except that an amendment which materially reduces Customer\'s rights under clause 4 will not apply to Customer until its next renewal term.';
    const at = text.indexOf(' Continued') - 1;
    const ops = withDeemedAcceptanceStruck(text, [{ kind: 'insert', at, text: ', provided that no change will expand Corrivane\'s rights unless agreed in a written amendment signed by both parties' }]);
    expect(ops && applyOps(text, ops)).toBe(
      '12.1 Corrivane may amend the Policies on 30 days\' notice, provided that no change will expand Corrivane\'s rights unless agreed in a written amendment signed by both parties. An amendment which materially reduces Customer\'s rights under clause 4 will not apply to Customer until its next renewal term.',
    );
  });
});

describe('what a strike must leave standing', () => {
  it('includes the vendor\'s promise not to reduce the service it may change (357 § 2.5)', () => {
    expect(takesWhatMustStand(['Corrivane may update the Services at any time; provided that Corrivane will not materially reduce the core functionality of the Services.'])).toBe(
      "the vendor's promise not to reduce the service",
    );
    expect(takesWhatMustStand(['Corrivane may update the Services at any time.'])).toBeUndefined();
  });
});

describe('a schedule paragraph numbered with a hyphen ("A-4.")', () => {
  it('struck down to its run-in heading is reserved whole (356 DPA A-4)', () => {
    const ops = orphanedHeading('A-4. Internal Improvement. Corrivane may use Personal Data to improve the Services.', 'A-4. Internal Improvement.');
    expect(ops && applyOps('A-4. Internal Improvement.', ops)).toBe('A-4. [Reserved.]');
  });
});

describe('a clause on service improvement beside the inserted no-training clause', () => {
  const extra = (category: string, text: string) => ({ text, step: { finding: { category } } });

  it('is not inserted when the no-training clause already limits the data to providing the services (353 § 6.3)', () => {
    const training = extra('ai-training', '4.7 Corrivane will not use Customer Data to train any model. Corrivane will use Customer Data solely to provide the Services to Customer.');
    expect(trainingClauseLimitsUse([training, extra('service-improvement', '6.3 Corrivane may use Customer Data only to provide the Services.')])).toMatch(/answered by the clause on training/);
  });

  it('is inserted when the no-training clause sets no such limit', () => {
    expect(trainingClauseLimitsUse([extra('ai-training', '4.7 Corrivane will not use Customer Data to train any model.')])).toBeUndefined();
  });
});

describe('a document the contract only mentions, where the contract keeps outside documents out', () => {
  const contract = (mention: string) => [
    'This Agreement is between Corrivane Ltd ("Corrivane") and Tollbridge Payments Ltd ("Customer").',
    '1.2 "Customer Data" means all data that Customer provides to Corrivane.',
    mention,
    '15.1 No variation of this Agreement is effective unless signed by both parties. Corrivane\'s online terms and policies do not apply to the Services unless expressly incorporated by this Agreement.',
  ];

  it('is left alone, with the clause that keeps it out named (audit150, 354 § 6.11)', () => {
    const review = preferredReview(contract('6.11 The sources of data used to train the Scoring Model are described in Corrivane\'s Model Statement at https://corrivane.example/model, which Corrivane may update from time to time.'));
    expect(review.edit(2)).toBeUndefined();
    expect(skippedWith(review.plan, 2, /15\.1\) that the vendor's outside terms and policies do not apply/)).toBe(true);
  });

  it('is still answered when the contract makes the document binding', () => {
    const review = preferredReview(contract('6.11 Customer\'s use of the Services is subject to Corrivane\'s AI Policy at https://corrivane.example/ai, which Corrivane may update from time to time.'));
    expect(review.edit(2) ?? review.inserts().find((item) => item.answers === 'policy-by-reference')).toBeDefined();
  });
});
