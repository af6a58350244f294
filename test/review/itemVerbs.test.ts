// audit41's overreach on lists of uses: an item that mixes serving verbs with the vendor's own keeps the serving ones.
// The wording is the project's own drafting.
import { keepServingVerbs } from '../../src/review/itemVerbs';
import { preferredReview } from './agreements';

describe('the verbs of a list item', () => {
  it('keep maintaining and securing, and lose developing and improving', () => {
    expect(keepServingVerbs('maintain, secure, develop and improve our learning products, including the tutor')).toBe('maintain and secure our learning products, including the tutor');
    expect(keepServingVerbs('to host, support or improve the Platform')).toBe('to host or support the Platform');
  });

  it('are left to the lawyer when a verb is neither, or when none serves', () => {
    expect(keepServingVerbs('maintain, publish and improve the Platform')).toBeUndefined();
    expect(keepServingVerbs('develop and improve the Platform')).toBeUndefined();
    expect(keepServingVerbs('the Platform and its tools')).toBeUndefined();
  });
});

describe('a "we use … only to:" list in the review', () => {
  it('edits the verbs of the item that carries the risk and leaves the items that serve the customer', () => {
    const { edit } = preferredReview([
      'These Terms are between Lanternby Learning, Inc. ("we", "us") and the school district that signs the Order Form ("you").',
      '"Pupil Data" means all information about pupils that you or your users submit to the Services.',
      '4.1 We use Pupil Data only as you authorize, namely to: (a) deliver and support the Services; (b) maintain, secure, develop and improve our learning products, including the tutor; and (c) comply with applicable law.',
      'You will pay the fees set out in the Order Form within thirty days.',
    ]);
    expect(edit(2)?.target).toBe(
      '4.1 We use Pupil Data only as you authorize, namely to: (a) deliver and support the Services; (b) maintain and secure our learning products, including the tutor; and (c) comply with applicable law.',
    );
  });
});
