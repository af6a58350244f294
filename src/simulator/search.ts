// Word's literal search over one paragraph as the simulator runs it: the 255-character limit, the ^ special codes,
// matchCase, matchWholeWord, matchPrefix and matchSuffix, left-to-right non-overlapping matches. Tracked deletions are
// skipped or seen as the markup view says; hidden text is skipped; no match crosses a note reference, a field result
// or content control boundary, or hidden text (office-js #4401, #5905). Must not import the adapter.
import type { SearchOptionsSubset } from '../word/officeApi';
import type { MarkupView, SimChar, SimParagraph } from './model';
import { searchSeesDeletedText } from './reports';
import { SimOfficeError } from './simOfficeError';

/** Word's codes for characters a needle cannot hold literally; `^p` (the paragraph mark) never matches inside one. */
const SPECIALS: Readonly<Record<string, string>> = { '^': '^', s: '\u00a0', '-': '\u00ad', t: '\t', '~': '\u2011', l: '\u000b', m: '\u000c', p: '\r', '+': '\u2014', '=': '\u2013' };

export const MAX_SEARCH_LENGTH = 255;

export function unescapeSearchText(searchText: string): string {
  if (searchText.length === 0) throw new SimOfficeError('InvalidArgument', 'The search text cannot be empty.');
  if (searchText.length > MAX_SEARCH_LENGTH) {
    throw new SimOfficeError('SearchStringInvalidOrTooLong', 'The search string is invalid or longer than 255 characters.');
  }
  let out = '';
  for (let i = 0; i < searchText.length; i += 1) {
    const ch = searchText[i]!;
    if (ch !== '^') {
      out += ch;
      continue;
    }
    const code = searchText[i + 1];
    const special = code === undefined ? undefined : SPECIALS[code];
    // Wildcard-like codes (^?, ^#, ^$, ^w...) change what matches; failing loudly beats pretending.
    if (special === undefined) throw new SimOfficeError('SearchStringInvalidOrTooLong', `The simulator does not model the search code ^${code ?? ''}.`);
    out += special;
    i += 1;
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/** A control character typed into a needle, which Word's search never matches literally (the web cannot search \v: #5403). */
function unsearchable(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return true;
  }
  return false;
}

/** Which stretch of uninterrupted text a character belongs to: a match must lie inside one. */
function zoneKey(char: SimChar): string {
  const part = char.part;
  if (!part) return '';
  if (part.kind === 'field-result') return `field:${part.field}`;
  if (part.kind === 'content-control') return `control:${part.control}`;
  return 'note';
}

export function searchParagraph(
  paragraph: SimParagraph,
  searchText: string,
  options: SearchOptionsSubset = {},
  view: MarkupView = 'simple',
): SimChar[][] {
  if (options.matchWildcards || options.ignorePunct || options.ignoreSpace) {
    throw new SimOfficeError('GeneralException', 'The simulator does not model wildcard, ignorePunct or ignoreSpace search.');
  }
  if (unsearchable(searchText)) return [];
  const needle = unescapeSearchText(searchText);
  const seesDeleted = searchSeesDeletedText(view);
  const haystackChars: SimChar[] = [];
  const zones: number[] = [];
  let zone = 0;
  let previousKey: string | undefined;
  for (const char of paragraph.chars) {
    if (char.hidden) {
      zone += 1;
      previousKey = undefined;
      continue;
    }
    if (char.del && !seesDeleted) continue;
    const key = zoneKey(char);
    if (key === 'note' || key !== previousKey) zone += 1;
    previousKey = key === 'note' ? undefined : key;
    haystackChars.push(char);
    zones.push(key === 'note' ? -1 : zone);
  }
  const fold = (s: string): string => (options.matchCase ? s : s.toLowerCase());
  const haystack = fold(haystackChars.map((c) => c.ch).join(''));
  const target = fold(needle);
  const matches: SimChar[][] = [];
  let from = 0;
  while (from <= haystack.length - target.length) {
    const at = haystack.indexOf(target, from);
    if (at < 0) break;
    const end = at + target.length;
    const startsWord = !WORD_CHAR.test(haystack[at - 1] ?? ' ');
    const endsWord = !WORD_CHAR.test(haystack[end] ?? ' ');
    const oneZone = zones[at] !== -1 && zones[at] === zones[end - 1];
    const ok = oneZone && (!options.matchWholeWord || (startsWord && endsWord)) && (!options.matchPrefix || startsWord) && (!options.matchSuffix || endsWord);
    if (ok) {
      const first = paragraph.chars.indexOf(haystackChars[at]!);
      const last = paragraph.chars.indexOf(haystackChars[end - 1]!);
      matches.push(paragraph.chars.slice(first, last + 1));
      from = end;
    } else {
      from = at + 1;
    }
  }
  return matches;
}
