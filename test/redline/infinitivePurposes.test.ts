// A licence's purposes written as infinitives lose the vendor's own ends and keep the serving ones. Own drafting.
import { infinitivePurposeSplices } from '../../src/review/redline/surgical/infinitivePurposes';
import { applySplices } from '../../src/review/redline/surgical/splice';

const narrowed = (sentence: string) => {
  const splices = infinitivePurposeSplices(sentence, 'Client Files');
  return splices && applySplices(sentence, splices);
};

describe('infinitive purposes of a licence', () => {
  test.each([
    [
      'Client grants Orrin a licence to copy and process Client Files to provide, maintain, secure and improve the Platform, to develop new products, and as Client instructs in writing.',
      'Client grants Orrin a licence to copy and process Client Files to provide, maintain and secure the Platform, and as Client instructs in writing.',
    ],
    ['Client grants Orrin a licence to use Client Files to improve the Platform, to host and support the Platform and to train models.', 'Client grants Orrin a licence to use Client Files to host and support the Platform.'],
    ['Client grants Orrin a licence to use Client Files to provide the Platform and to improve it, provided that it is aggregated.', 'Client grants Orrin a licence to use Client Files to provide the Platform, provided that it is aggregated.'],
    // The vendor's purpose takes its whole object list ("…algorithms, ranking models and related features"), not its first item.
    [
      'Client grants Orrin a licence to process Client Files to provide the Platform, and to develop and tune Orrin\'s search algorithms, ranking models and related features of the Platform.',
      'Client grants Orrin a licence to process Client Files to provide the Platform.',
    ],
    // The purposes follow the licensed object, not the term's first mention; a purpose of an unknown verb stays, and
    // the list keeps its "and" when its last purpose goes.
    [
      'Client grants Orrin a licence, for as long as Orrin keeps Client Files under clause 9, to process Client Files to provide the Platform, to compile usage norms, and to develop and refine its scoring rubrics.',
      'Client grants Orrin a licence, for as long as Orrin keeps Client Files under clause 9, to process Client Files to provide the Platform and to compile usage norms.',
    ],
  ])('%s', (sentence, expected) => {
    expect(narrowed(sentence)).toBe(expected);
  });

  test.each([
    'Client grants Orrin a licence to use Client Files to develop new products.',
    'Client grants Orrin a licence to use Client Files to provide and support the Platform.',
  ])('nothing to narrow, or nothing serving left: "%s"', (sentence) => {
    expect(narrowed(sentence)).toBeUndefined();
  });
});
