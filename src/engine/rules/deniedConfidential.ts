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

export const CONFIDENTIALITY_DENIED = {
  reason: 'the sentence says the data is not Confidential Information, which frees it from the duty rather than promising it',
  when: ({ predicate: p, frame }: RuleInput): boolean => {
    if (p.cues.some((c) => c.set === 'confidentialityUndertaking')) return false;
    const named = p.cues.filter((c) => CONFIDENTIALITY_SETS.has(c.set));
    return named.length > 0 && deniedConfidentiality(p.cues, frame.text, frame.start).length === named.length;
  },
};
