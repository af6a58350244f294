// The clause number a rewrite of a paragraph's first sentence keeps, in the numbering schemes contracts use.
import { numberingPrefixLength } from '../../src/review/redline/sentenceSpan';

const kept = (sentence: string) => sentence.slice(0, numberingPrefixLength(sentence));

describe('a clause number kept by a rewrite', () => {
  test.each([
    ['4.2 Orrin may …', '4.2 '],
    ['(b) Orrin may …', '(b) '],
    ['iii. Orrin may …', 'iii. '],
    ['B.7 Orrin may …', 'B.7 '],
    ['2(b) Orrin may …', '2(b) '],
    ['12.3(a)(ii) Orrin may …', '12.3(a)(ii) '],
    ['Section 2(b) Orrin may …', 'Section 2(b) '],
    ['Article 7 Orrin may …', 'Article 7 '],
  ])('%s', (sentence, number) => {
    expect(kept(sentence)).toBe(number);
  });

  test.each(['Section 5 shall survive termination.', '2024 was the first year.'])('no number in "%s"', (sentence) => {
    expect(kept(sentence)).toBe('');
  });
});
