// Word's literal search over one paragraph as the simulator runs it: the 255-character limit, the ^ special codes,
// matchCase, matchWholeWord, matchPrefix and matchSuffix, left-to-right non-overlapping matches over the text as it now reads (tracked
// deletions skipped). Must not import the adapter.
import type { SearchOptionsSubset } from '../word/officeApi';
import type { SimChar, SimParagraph } from './model';
import { SimOfficeError } from './simOfficeError';

const SPECIALS: Readonly<Record<string, string>> = { '^': '^', s: '\u00a0', '-': '\u00ad', t: '\t', '~': '\u2011' };

export const MAX_SEARCH_LENGTH = 255;

export function unescapeSearchText(searchText: string): string {
  if (searchText.length === 0) throw new SimOfficeError('InvalidArgument', 'The search text cannot be empty.');
  if (searchText.length > MAX_SEARCH_LENGTH) {
    throw new SimOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format (search text over 255 characters).');
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
    if (special === undefined) throw new SimOfficeError('InvalidArgument', `Unsupported search code ^${code ?? ''} in the search text.`);
    out += special;
    i += 1;
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

export function searchParagraph(paragraph: SimParagraph, searchText: string, options: SearchOptionsSubset = {}): SimChar[][] {
  // Better to fail loudly than to pretend: these options change what matches and are not modelled.
  if (options.matchWildcards || options.ignorePunct || options.ignoreSpace) {
    throw new SimOfficeError('GeneralException', 'The simulator does not model wildcard, ignorePunct or ignoreSpace search.');
  }
  const needle = unescapeSearchText(searchText);
  const visible = paragraph.chars.filter((c) => c.rev?.type !== 'delete');
  const fold = (s: string): string => (options.matchCase ? s : s.toLowerCase());
  const haystack = fold(visible.map((c) => c.ch).join(''));
  const target = fold(needle);
  const matches: SimChar[][] = [];
  let from = 0;
  while (from <= haystack.length - target.length) {
    const at = haystack.indexOf(target, from);
    if (at < 0) break;
    const end = at + target.length;
    const startsWord = !WORD_CHAR.test(haystack[at - 1] ?? ' ');
    const endsWord = !WORD_CHAR.test(haystack[end] ?? ' ');
    const ok = (!options.matchWholeWord || (startsWord && endsWord)) && (!options.matchPrefix || startsWord) && (!options.matchSuffix || endsWord);
    if (ok) {
      const first = paragraph.chars.indexOf(visible[at]!);
      const last = paragraph.chars.indexOf(visible[end - 1]!);
      matches.push(paragraph.chars.slice(first, last + 1));
      from = end;
    } else {
      from = at + 1;
    }
  }
  return matches;
}
