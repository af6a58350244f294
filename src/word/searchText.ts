// Turns a stretch of paragraph text into Word search needles: escaped for Word's ^ codes, at most 255 characters,
// and which occurrence of the needle is the wanted one. Pure string work: must not name Office or Word.
export const MAX_SEARCH_LENGTH = 255;

// Word's codes for characters a needle cannot hold literally: a manual line break or page break typed into a needle
// is never found (office-js #5403, #2331), ^l and ^m are.
const ESCAPES: Readonly<Record<string, string>> = { '^': '^^', '\u00a0': '^s', '\u00ad': '^-', '\t': '^t', '\u2011': '^~', '\u000b': '^l', '\u000c': '^m' };

export function escapeSearchText(text: string): string {
  let out = '';
  for (const ch of text) out += ESCAPES[ch] ?? ch;
  return out;
}

/**
 * Which match of `needle` (0-based) starts at `at`, scanning left to right without overlaps as Word's search does;
 * undefined when no match starts there (the needle overlaps an earlier copy of itself), so the caller cannot be sure.
 */
export function occurrenceAt(text: string, needle: string, at: number): { index: number; total: number } | undefined {
  let index: number | undefined;
  let total = 0;
  for (let from = 0; ; ) {
    const found = text.indexOf(needle, from);
    if (found < 0) break;
    if (found === at) index = total;
    total += 1;
    from = found + needle.length;
  }
  return index === undefined ? undefined : { index, total };
}

/** The longest prefix (or suffix) of `text` whose escaped form fits a Word search, never splitting a surrogate pair. */
export function fittingSlice(text: string, side: 'head' | 'tail'): string {
  const chars = Array.from(text);
  const ordered = side === 'head' ? chars : [...chars].reverse();
  const kept: string[] = [];
  let length = 0;
  for (const ch of ordered) {
    const escaped = escapeSearchText(ch).length;
    if (length + escaped > MAX_SEARCH_LENGTH) break;
    kept.push(ch);
    length += escaped;
  }
  return (side === 'head' ? kept : kept.reverse()).join('');
}

export function fitsSearch(text: string): boolean {
  return text.length > 0 && escapeSearchText(text).length <= MAX_SEARCH_LENGTH;
}
