// Patterns named by the lawyer audits of agreements 309–312 (audit124, audit125), taken up in the thirty-ninth
// session: an example struck from "for any purpose, including …" left the grant as wide as before, so the example
// becomes the exception ("for any purpose other than …"); a ban kept "Unless Customer has opted out under Section A5, "
// in front of it, which made the opt-out the trigger for the use; and an example of the customer's material struck at
// the first comma of its own list left "feedback sentiment scores or topic labels". From the audits of 313–316
// (audit126, audit127): a licence "sublicensable to our sub-processors" keeps that sublicence; a clause rewritten into
// "Nothing in this Agreement permits …" is a restriction a survival list keeps; and the licence clause names the
// contract's own model providers beside its subprocessors. Every clause is the project's own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueForCategory, positionFor } from '../../src/playbook/issueFor';
import { addsRestriction } from '../../src/review/citingClauses';
import { contractWording } from '../../src/review/wording';
import { paragraphsOf, preferredReview } from './agreements';

const base = [
  'This Subscription Agreement is between Marrowby Systems Ltd ("Marrowby") and the customer named in the Order Form ("Customer").',
  '1.2 "Customer Content" means all recordings, notes and other material Customer submits to the Services.',
];

describe('an example of an unlimited purpose', () => {
  it('becomes the exception, not a strike that leaves "for any purpose" standing', () => {
    const review = preferredReview([
      ...base,
      '6.1 If Customer provides suggestions or comments about the Services, Marrowby may use and incorporate them without restriction or compensation for any purpose, including to improve the Services and the AI Features.',
    ]);
    const edit = review.edit(2);
    expect(edit?.target).toMatch(/for any purpose other than to improve the Services and the AI Features\.$/);
    expect(edit?.ops.filter((op) => op.kind === 'delete').map((op) => op.text)).toEqual([', including']);
  });

  it('still strikes an example of a purpose that is not unlimited', () => {
    const review = preferredReview([
      ...base,
      '6.2 Marrowby may use Customer Content to provide the Services, including to improve the AI Features for all of its customers.',
    ]);
    expect(review.edit(2)).toBeDefined();
    expect(review.edit(2)?.target).not.toMatch(/other than/);
  });
});

describe('a ban that replaces a use permitted "Unless Customer has opted out"', () => {
  it('drops the opt-out lead-in, which in front of a ban would make opting out the trigger for the use', () => {
    const review = preferredReview([
      ...base,
      'A4. Accuracy Programme. Unless Customer has opted out under Section A5, Marrowby may use samples of Customer Content to train the speech models it makes available to all of its customers.',
    ]);
    const edit = review.edit(2);
    expect(edit?.target).toMatch(/^A4\. Accuracy Programme\. Marrowby shall not use/);
    expect(edit?.target).not.toMatch(/Unless/);
  });
});

describe("an example naming the customer's material inside a feedback clause", () => {
  it('is struck through its own list, up to the main clause', () => {
    const review = preferredReview([
      ...base,
      '5.1 If Customer provides feedback, including corrections to transcripts, sentiment scores or topic labels made within the Services, Marrowby may use it for any purpose without obligation to Customer.',
    ]);
    const edit = review.edit(2);
    expect(edit?.target).toMatch(/^5\.1 If Customer provides feedback, Marrowby may use it/);
    expect(edit?.target).not.toMatch(/sentiment scores/);
  });
});

describe('a licence sublicensable only to "our sub-processors"', () => {
  it('keeps that sublicence, which the position itself allows (313 § 3.1 was left "licence to our sub-processors")', () => {
    const review = preferredReview([
      'These Terms are between Tidewell Software Limited ("we") and you.',
      '1.1 "Customer Data" means the data you upload to the Services.',
      '3.1 You grant us a worldwide, royalty-free licence, sublicensable to our sub-processors, to host, copy and process Customer Data as reasonably necessary to provide, support and improve the Services.',
    ]);
    expect(review.edit(2)?.target).toMatch(/licence, sublicensable to our sub-processors, to host/);
  });
});

describe('a clause the review rewrote into "Nothing in this Agreement permits …"', () => {
  it('counts as a restriction, which a survival list must keep (316 § 7.4 dropped the rewritten § 3.3)', () => {
    const original = '3.3 Notwithstanding anything to the contrary in this Agreement, Dentara may use Usage Data to develop and improve its products and for any other lawful purpose.';
    const target = '3.3 Dentara may use Customer Data only to provide, secure and support the Services for Customer. Nothing in this Agreement permits Dentara to use Customer Data to develop or improve its products generally, or to train any artificial intelligence model.';
    expect(addsRestriction({ original, target })).toBe(true);
    expect(addsRestriction({ original, target: '3.3 Dentara may use Usage Data to provide the Services.' })).toBe(false);
  });
});

describe('the licence clause written into a contract that names its model providers apart', () => {
  it('lets the vendor sublicense to them beside its subprocessors, or the AI features could not run (314 § 3.1)', () => {
    const lines = [
      'This Master Subscription Agreement is between Quillbridge Ltd ("Quillbridge") and the customer named in the Order Form ("Customer").',
      '1.2 "Customer Content" means all documents and other material Customer submits to the Service.',
      '1.5 "Model Provider" means a third party that provides large language models that Quillbridge uses to deliver the AI Features.',
    ];
    const clause = (more: readonly string[]) => {
      const analysis = analyzeDocument(paragraphsOf([...lines.slice(0, 2), ...more].join('\n')));
      const issue = issueForCategory(DEFAULT_PLAYBOOK, 'broad-license');
      return issue ? contractWording(positionFor(issue, 'preferred').clause, analysis.terms) : '';
    };
    expect(clause(lines.slice(2))).toMatch(/may sublicense these rights only to Quillbridge's subprocessors and Model Providers, each bound/);
    expect(clause([])).toMatch(/may sublicense these rights only to Quillbridge's subprocessors, each bound/);
  });
});
