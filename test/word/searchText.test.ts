// Search needles: Word's ^ codes escaped, the 255-character limit respected after escaping, and the k-th match
// counted the way Word's left-to-right search finds them.
import { escapeSearchText, fittingSlice, fitsSearch, MAX_SEARCH_LENGTH, occurrenceAt } from '../../src/word/searchText';

describe('search needles', () => {
  it('escapes caret, non-breaking space, soft hyphen, tab and non-breaking hyphen', () => {
    expect(escapeSearchText('a^b\u00a0c\u00add\te\u2011f \u201cq\u201d \u{1F600}')).toBe('a^^b^sc^-d^te^~f \u201cq\u201d \u{1F600}');
  });

  it('counts matches without overlaps and refuses a start no scan reaches', () => {
    expect(occurrenceAt('the cat and the dog and the end', 'the', 24)).toEqual({ index: 2, total: 3 });
    expect(occurrenceAt('ababa', 'aba', 0)).toEqual({ index: 0, total: 1 });
    expect(occurrenceAt('ababa', 'aba', 2)).toBeUndefined();
  });

  it('keeps needles within 255 characters once escaped, without splitting an emoji', () => {
    const carets = '^'.repeat(200);
    expect(fitsSearch(carets)).toBe(false);
    expect(fittingSlice(carets, 'head')).toHaveLength(127);
    const emoji = `${'x'.repeat(MAX_SEARCH_LENGTH - 1)}\u{1F600}`;
    expect(fittingSlice(emoji, 'head')).toBe('x'.repeat(MAX_SEARCH_LENGTH - 1));
    expect(fittingSlice(`\u{1F600}${'y'.repeat(MAX_SEARCH_LENGTH - 1)}`, 'tail')).toBe('y'.repeat(MAX_SEARCH_LENGTH - 1));
    expect(fitsSearch('')).toBe(false);
  });
});
