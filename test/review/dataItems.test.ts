// A training clause may name the customer's data only by the things its definition lists ("audio snippets and
// transcript passages" for "Client Materials" defined as recordings and transcripts): a ban on that training is on
// target, though the defined term never appears. Clauses are our own drafting.
import { dataItems } from '../../src/review/namesTheData';
import { preferredReview } from './agreements';

const DOCUMENT = [
  'These terms are between Orrin Labs, Inc. ("Orrin") and the customer named in the order form ("Client").',
  '"Client Materials" means the audio recordings, transcripts, summaries and files that Client\'s users capture or upload.',
  '3.3 Unless Client switches off "Help train Orrin" in its settings, Orrin may listen to short audio snippets and read transcript passages to refine its speech models.',
];

describe('a training clause that names the data by what its definition lists', () => {
  const review = preferredReview(DOCUMENT);

  it('knows the listed things by stems every form starts with, leaving out the general nouns', () => {
    expect(dataItems(review.analysis)).toEqual(['recording', 'transcript', 'summar', 'file']);
  });

  it('is banned word by word, its opening opt-out struck', () => {
    expect(review.edit(2)?.target).toBe('3.3 Orrin shall not listen to short audio snippets and read transcript passages to refine its speech models.');
  });
});
