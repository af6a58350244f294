// A feedback licence that pulls the customer's material in beside the feedback ("…, together with the Answers and
// transcripts to which it relates,") loses that tag-along when the customer's data is carved out of it: the carve-out
// would otherwise contradict the licence (the lawyer audit's incoherent carve-out). Clauses are our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { preferredReview } from './agreements';

const DOCUMENT = [
  'These terms are between Orrin Labs, Inc. ("Orrin") and the customer named in the order form ("Client").',
  '"Client Materials" means the recordings, transcripts and documents that Client uploads to the Service.',
  '4.6 Ratings and corrections that Users make to Answers are "Feedback", and Client grants Orrin a perpetual, irrevocable licence to use Feedback, together with the Answers and transcript passages to which it relates, for any purpose.',
];

describe('a feedback licence with material pulled in beside it', () => {
  const review = preferredReview(DOCUMENT);
  const { paragraphs } = review;
  const edit = review.edit(2);

  it('loses the tag-along and carves the customer data out, keeping the feedback licence', () => {
    expect(edit?.target).toBe(
      '4.6 Ratings and corrections that Users make to Answers are "Feedback", and Client grants Orrin a perpetual, irrevocable licence to use Feedback for any purpose, except that this clause 4.6 does not apply to Client Materials.',
    );
  });

  it('leaves no risk in the clause once accepted', () => {
    const accepted = paragraphs.map((p, i) => (i === 2 && edit ? { ...p, text: edit.target } : p));
    const after = analyzeDocument(accepted, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    expect(after.findings.filter((f) => f.paragraph === 2 && f.stance === 'risk').map((f) => f.category)).toEqual([]);
  });
});
