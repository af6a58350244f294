// Information declared outside the confidentiality duty: "… and De-identified Data does not constitute Department Data,
// Confidential Information or Personal Information". Naming "Confidential Information" in a list of classes the data
// is not frees the data from the duty; it promises no confidentiality (fresh93, 295 § 3.4 read as a protection beside
// a grant to commercialise the data). Pure: reads the predicate's cues only.
import type { Cue } from '../reading/frame';
import type { RuleInput } from './ruleTypes';

/** Words that may join the classes of a list: "Department Data, Confidential Information or Personal Information". */
const LIST_JOINERS: ReadonlySet<string> = new Set(['or', 'and', 'nor', 'the', 'a', 'an', 'any', 'its', 'either', 'of']);
/** How far the list may run from "is not" to the confidentiality words. */
const LIST_REACH = 80;
const CONFIDENTIALITY_SETS: ReadonlySet<string> = new Set(['confidentialInfo', 'securityTerm', 'securityMeasure']);

/** The words between are only a list of capitalised classes ("Department Data, "), or nothing. */
function onlyClassNames(between: string): boolean {
  if (between.includes('.') || between.includes(';') || between.includes(':')) return false;
  return between
    .split(' ')
    .map((w) => (w.endsWith(',') ? w.slice(0, -1) : w))
    .every((w) => w === '' || LIST_JOINERS.has(w.toLowerCase()) || (w[0] !== undefined && w[0] !== w[0].toLowerCase()));
}

/** The confidentiality words in a list of classes that a "not classed as" cue denies, each within reach. */
export function deniedConfidentiality(cues: readonly Cue[], text: string, textStart: number): readonly Cue[] {
  const classed = cues.filter((c) => c.set === 'notClassedAs');
  return cues.filter(
    (c) =>
      CONFIDENTIALITY_SETS.has(c.set) &&
      classed.some((n) => n.end <= c.start && c.start - n.end <= LIST_REACH && onlyClassNames(text.slice(n.end - textStart, c.start - textStart))),
  );
}

/** Words that make the information a source named in passing: "derived from Customer's Confidential Information". */
const SOURCE_WORDS: readonly (readonly string[])[] = [['derived', 'from'], ['use', 'of'], ['based', 'on']];
/** Whose information it is: "Customer's", "the disclosing party's". */
const isPossessive = (word: string) => word.endsWith("'s") || word.endsWith('’s');

/** The confidentiality words only name where something came from: "… without use of the disclosing party's Confidential Information". */
function namedAsSource(c: Cue, text: string, textStart: number): boolean {
  const words = text.slice(Math.max(0, c.start - textStart - 60), c.start - textStart).trim().split(' ').filter((w) => w !== '');
  while (words.length > 0 && (isPossessive(words[words.length - 1] as string) || ['the', 'disclosing', 'a', 'any'].includes((words[words.length - 1] as string).toLowerCase()))) words.pop();
  const last = words.slice(-2).map((w) => w.toLowerCase());
  return SOURCE_WORDS.some(([first, second]) => last[0] === first && last[1] === second);
}

/** "Confidential Information does not include …": the term's exceptions, which promise nothing. */
const EXCLUDING: readonly string[] = ['does not include', 'shall not include', 'will not include', 'excludes', 'shall exclude', 'does not apply to'];
function namesItsExceptions(c: Cue, text: string, textStart: number): boolean {
  const after = text.slice(c.end - textStart, c.end - textStart + 24).trim().toLowerCase();
  return EXCLUDING.some((words) => after.startsWith(words));
}

export const CONFIDENTIALITY_DENIED = {
  reason: 'the sentence says the data is not Confidential Information (or names it only as a source or by its exceptions), which promises no confidentiality',
  when: ({ predicate: p, frame }: RuleInput): boolean => {
    if (p.cues.some((c) => c.set === 'confidentialityUndertaking')) return false;
    // "…, notwithstanding that they may be derived from Customer's Confidential Information, Benchmark Data … shall not
    // constitute Customer's Confidential Information" (303 § 5.2): a source named in passing, or the term whose exceptions
    // the sentence lists, promises nothing either.
    const named = p.cues.filter((c) => CONFIDENTIALITY_SETS.has(c.set) && !namedAsSource(c, frame.text, frame.start) && !namesItsExceptions(c, frame.text, frame.start));
    const denied = deniedConfidentiality(p.cues, frame.text, frame.start);
    return p.cues.some((c) => CONFIDENTIALITY_SETS.has(c.set)) && named.every((c) => denied.includes(c));
  },
};
