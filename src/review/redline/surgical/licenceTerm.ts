// "Customer grants Trussline a [-perpetual, irrevocable, -]worldwide, royalty-free licence to use … Outputs": struck of
// its perpetuity alone, the licence has no stated term, and the comment that rights must end with the agreement is not
// true of the text (audit174, 397 § 6.4; audit175, 399 § 5.5 and 400 § 4.3). The licence is given the agreement's term
// where the sentence states none; a keeping struck only of its "indefinitely" is no edit. Pure: the splice type only.
import type { Splice } from './splice';

const ENDLESS = /\b(?:perpetual|irrevocable)\b/i;
/** "licence to use", "license to host": the licence noun right before its verbs, where the term goes between them ("a
 * licence to the Data" names what is licensed, and takes none there). */
const LICENCE_TO = /\blicen[cs]e(?=\s+to\s+(?!(?:the|a|an|any|all|its|their|such|this|that|these|those|our|your|each|every)\b)[a-z])/g;
/** Words that already say how long the licence lasts. */
const TERM_STATED = /\b(?:during|throughout|until|for\s+the\s+(?:duration|term)|term\s+of\s+this|the\s+(?:Subscription\s+)?Term\b|expir|terminat|ends?\b)/i;

/** The splice that gives a licence struck of "perpetual" the agreement's term, or undefined where none is needed. */
export function licenceTermSplice(sentence: string, splices: readonly Splice[], term: string): Splice | undefined {
  const struck = splices.filter((s) => ENDLESS.test(sentence.slice(s.start, s.end)) && !ENDLESS.test(s.text));
  if (struck.length === 0 || TERM_STATED.test(sentence)) return undefined;
  const after = Math.max(...struck.map((s) => s.end));
  for (const noun of sentence.matchAll(LICENCE_TO)) {
    const at = noun.index + noun[0].length;
    if (at < after || splices.some((s) => s.start <= at && at <= s.end)) continue;
    return { start: at, end: at, text: `, ${term},` };
  }
  return undefined;
}

/** "indefinitely", "in perpetuity": the words that alone make a keeping endless. */
const ENDLESS_KEEPING = /^\s*(?:indefinitely|in\s+perpetuity|forever|perpetually)\s*$/i;
/** "… may be retained", "… are kept": a keeping verb that ends the clause once its "indefinitely" is gone. */
const BARE_KEEPING = /\b(?:retained|kept|stored|held|maintained)\s*$/i;

/**
 * "Customer Content held in backups … or reflected in Aggregated Data may be retained [-indefinitely-]." changes
 * nothing: a keeping with no period of its own still lasts for ever (audit177, 404 Annex 3 § 9). True when every splice
 * only strikes such a word right after a keeping verb that then ends its clause.
 */
export function hollowEndlessStrike(sentence: string, splices: readonly Splice[]): boolean {
  return splices.length > 0 && splices.every((s) =>
    s.text === '' && ENDLESS_KEEPING.test(sentence.slice(s.start, s.end)) && BARE_KEEPING.test(sentence.slice(0, s.start)) &&
    /^\s*[.;,]/.test(sentence.slice(s.end)));
}
