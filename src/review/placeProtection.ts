// Decides where a missing protection goes and how it is numbered: under the section it belongs to, never inside the
// Definitions, numbered as the next clause of that section when the contract numbers its clauses. Pure.
import type { Paragraph } from '../engine/types';
import { isRoman, itemLabel } from './clauseNumbers';

/** "3.4", "3.4.", "A.5" or "B7.4" (a schedule's or an addendum's own numbers) or "12.1(a)" at the start of a paragraph. */
const CLAUSE_NUMBER = /^\s*(?:(?:Section|Clause|Article|Paragraph)\s+)?((?:[A-Z]\.|[A-Z]{1,2})?\d+(?:\.\d+)*)\.?\s+/;
/** "Section 2.03 Data Aggregation.": the word the contract writes before each clause's number. */
const NUMBER_WORD = /^\s*(Section|Clause|Article|Paragraph)\s+(?=(?:[A-Z]\.)?\d)/;
/** A paragraph that defines a term: '"Usage Data" means …', '"Zero Retention" or "ZR" means …'. */
export const DEFINITION_PARAGRAPH =
  /^\s*(?:(?:Section|Clause)\s+)?(?:\d+(?:\.\d+)*\.?\s+)?["“][^"”]{1,80}["”](?:\s+or\s+["“][^"”]{1,40}["”])?\s+(?:shall\s+)?(?:means?|refers? to|includes?|has the meaning)\b/;
/** "1. Definitions", "Section 1. Definitions", "ARTICLE 1 — DEFINITIONS". */
const DEFINITIONS_HEADING = /^\s*(?:(?:section|article|clause|part)\s+)?(?:\d+(?:\.\d+)*\.?\s*(?:[-—–:]\s*)?)?(?:definitions|interpretation)\b/i;

export interface Placement {
  /** Index of the paragraph after which the clause goes (in the document as the review leaves it). */
  readonly after: number;
  /** The clause number to put before the text ("3.8 "), or "" when the contract does not number this section. */
  readonly number: string;
  /** The word the contract writes before its clause numbers ("Section "), with its space; "" when it writes none. */
  readonly prefix?: string;
  /** What follows the number where the contract writes one ("4A." after "4."). */
  readonly suffix?: string;
  /** The key that marks the number as given, where it differs from the number ("(6)" is given per section). */
  readonly takenAs?: string;
}

/** "4. Licence to Machine Data.": a whole clause numbered with a stop, as plainly numbered contracts write them. */
const TOP_LEVEL = /^\s*(\d{1,3})\.\s+\S/;

/**
 * In a contract numbered "1.", "2.", "3." a clause after 4 takes "4A." (the next number is taken), going after 4's
 * own unnumbered paragraphs. Only where at least three paragraphs are so numbered.
 */
function topLevelPlace(paragraphs: readonly Paragraph[], at: number, number: string, taken: ReadonlySet<string>): Placement | undefined {
  if (TOP_LEVEL.exec(paragraphs[at]?.text ?? '')?.[1] !== number) return undefined;
  if (paragraphs.filter((p) => TOP_LEVEL.test(p.text)).length < 3) return undefined;
  let last = at;
  // Never past a signature block ("Signed for and on behalf of …" after the last schedule's item, audit211 466 Sch 3).
  const ownParagraph = (p: Paragraph | undefined) => p !== undefined && numberOf(p.text) === undefined && !p.isHeading && !SECTION_HEADING.test(p.text) && !CLOSING.test(p.text);
  while (last + 1 < paragraphs.length && ownParagraph(paragraphs[last + 1])) last++;
  const used = new Set(paragraphs.flatMap((p) => /^\s*(\d{1,3}[A-Z])\.\s/.exec(p.text)?.[1] ?? []));
  let letter = 'A';
  while ((taken.has(`${number}${letter}`) || used.has(`${number}${letter}`)) && letter < 'Z') letter = String.fromCharCode(letter.charCodeAt(0) + 1);
  return { after: last, number: `${number}${letter}`, suffix: '.' };
}

/** "(c) Our licence …", "(3) We may …": a lettered or bracket-numbered clause of a section whose heading stands on its own line. */
const LETTER = /^\s*\(([a-z]|[1-9]\d?)\)\s+/;
/** "(a) …", "(iv) …", "(3) …": an item of a clause's list, on its own line. */
const LIST_ITEM = /^\s*\((?:[a-z]|[ivx]+|[1-9]\d?)\)\s+/;
const letterOf = (text: string | undefined) => (text === undefined ? undefined : LETTER.exec(text)?.[1]);
const FIRST = new Set(['a', '1']);
const nextLetter = (letter: string) => (/^\d/.test(letter) ? String(Number(letter) + 1) : String.fromCharCode(letter.charCodeAt(0) + 1));
/** "4. Third-party models and services": a heading line, short and without a sentence's closing stop. */
const isHeadingLine = (p: Paragraph | undefined) =>
  p !== undefined && (p.isHeading === true || (p.text.trim().length < 80 && !/[.;:,—–-]\s*$/.test(p.text.trim())));

/**
 * In a section of lettered clauses under a heading ("4. Third-party models" then "(a) …", "(b) …"), the clause goes
 * after the last of them as the next letter, never between (b) and (c) nor straight under the heading. Lettered
 * items after a lead-in ("Customer shall:") are one sentence's list, not clauses, and are left to the caller.
 */
function letteredPlace(paragraphs: readonly Paragraph[], at: number, taken: ReadonlySet<string>): Placement | undefined {
  let first = at;
  if (letterOf(paragraphs[at]?.text) === undefined) {
    if (!isHeadingLine(paragraphs[at]) || !FIRST.has(letterOf(paragraphs[at + 1]?.text) ?? '')) return undefined;
    first = at + 1;
  }
  while (first > 0 && !FIRST.has(letterOf(paragraphs[first]?.text) ?? '') && letterOf(paragraphs[first - 1]?.text) !== undefined) first--;
  // "(b) Use of Data." with its "(i)", "(ii)", "(iii)" under it, then "(c)": the sub-items are (b)'s own (audit210, 468 § 7
  // left its inserted clause unnumbered after (e)).
  while (first > 0 && !FIRST.has(letterOf(paragraphs[first]?.text) ?? '')) {
    const before = overSubItems(paragraphs, first - 1, -1);
    if (letterOf(paragraphs[before]?.text) !== previousLetter(letterOf(paragraphs[first]?.text) ?? 'a')) break;
    first = before;
  }
  if (!FIRST.has(letterOf(paragraphs[first]?.text) ?? '') || !isHeadingLine(paragraphs[first - 1])) return undefined;
  let last = first;
  for (;;) {
    const want = nextLetter(letterOf(paragraphs[last]?.text) ?? 'a');
    const following = letterOf(paragraphs[last + 1]?.text) === want ? last + 1 : overSubItems(paragraphs, last + 1, 1);
    if (letterOf(paragraphs[following]?.text) !== want) break;
    last = following;
  }
  // The last clause's own sub-items stay with it.
  const end = overSubItems(paragraphs, last + 1, 1);
  if (end > last + 1) last = end - 1;
  let letter = nextLetter(letterOf(paragraphs[last]?.text) ?? 'a');
  // "(c)" may be taken by an earlier insertion in another section; "(6)" of "§ 6" is this section's own number, so a
  // numbered one is only kept from a clash with itself under the same heading.
  const key = (l: string) => (/^\d/.test(l) ? `${first}:(${l})` : `(${l})`);
  while (taken.has(key(letter)) && (letter < 'z' || /^\d/.test(letter))) letter = nextLetter(letter);
  return { after: last, number: `(${letter})`, ...(/^\d/.test(letter) ? { takenAs: key(letter) } : {}) };
}

/** "(ii)", "(iv)": a roman sub-item under a lettered clause ("(i)" too, when "(ii)" follows it). */
const isSubItem = (paragraphs: readonly Paragraph[], at: number) => {
  const label = itemLabel(paragraphs[at]?.text ?? '');
  return label === 'i' ? isRoman(itemLabel(paragraphs[at + 1]?.text ?? '')) : isRoman(label);
};
/** The first paragraph from `at`, stepping by `step`, that is not such a sub-item. */
function overSubItems(paragraphs: readonly Paragraph[], at: number, step: 1 | -1): number {
  let index = at;
  while (index > 0 && index < paragraphs.length - 1 && isSubItem(paragraphs, index)) index += step;
  return index;
}
const previousLetter = (letter: string) => (/^\d/.test(letter) ? String(Number(letter) - 1) : String.fromCharCode(letter.charCodeAt(0) - 1));

function numberOf(text: string | undefined): string | undefined {
  return text === undefined ? undefined : CLAUSE_NUMBER.exec(text)?.[1];
}

/** "4. Data", "ARTICLE 8 - LIABILITY AND GENERAL PROVISIONS", "RECITALS": a heading that ends the section before it. */
const SECTION_HEADING = /^\s*(?:(?:(?:section|article|clause|part)\s+)?\d+\.?\s*(?:[-—–:]\s*)?[A-Z]|[A-Z][A-Z ,&'’-]{3,58}$)/i;

function inDefinitions(paragraphs: readonly Paragraph[], index: number): boolean {
  if (DEFINITION_PARAGRAPH.test(paragraphs[index]?.text ?? '')) return true;
  // Within a section headed "Definitions": look back to the nearest heading.
  for (let i = index; i >= 0 && i >= index - 60; i--) {
    const text = paragraphs[i]?.text ?? '';
    if (DEFINITIONS_HEADING.test(text)) return true;
    if (paragraphs[i]?.isHeading || (text.length < 60 && SECTION_HEADING.test(text) && !/[.;]$/.test(text.trim()))) return false;
  }
  return false;
}

/** What closes the contract's body: the testimonium, the signature block and the schedules after it. */
const CLOSING = /^\s*(?:IN WITNESS WHEREOF|In witness whereof|AS WITNESS|Signed (?:by|for|on behalf)|SIGNED (?:BY|FOR)|Executed (?:as|by)|EXECUTED (?:AS|BY)|SIGNATURES?\b|(?:SCHEDULE|ANNEX|EXHIBIT|APPENDIX|ORDER FORM|STATEMENT OF WORK)\b|(?:Schedule|Annex|Exhibit|Appendix)\s+(?:[0-9]+|[A-Z])\b)/;

/** The last paragraph of the body: a clause never goes after the signatures or into a schedule. */
function lastOperative(paragraphs: readonly Paragraph[]): number {
  // An order form signed above the general terms it attaches ("Accepted and agreed by …", then "1. Definitions"): its
  // signature line closes the form, not the contract; only a closing after the last numbered clause ends it.
  let lastNumbered = 0;
  paragraphs.forEach((p, i) => {
    if (numberOf(p.text) !== undefined) lastNumbered = i;
  });
  const closing = paragraphs.findIndex((p, i) => i > lastNumbered && CLOSING.test(p.text));
  return closing > 0 ? closing - 1 : paragraphs.length - 1;
}

/**
 * Where the clause goes: after the last clause of the anchor's numbered section ("3.1" … "3.7" → after 3.7, as 3.8),
 * or right after the anchor when the contract does not number. An anchor inside the Definitions moves to the first
 * operative clause after them. `taken` holds numbers already given by this review, so two insertions in one section
 * get 3.8 and 3.9.
 */
export function placeProtection(paragraphs: readonly Paragraph[], anchor: number, taken: ReadonlySet<string>): Placement {
  let at = Math.min(Math.max(0, Math.min(anchor, paragraphs.length - 1)), lastOperative(paragraphs));
  if (inDefinitions(paragraphs, at)) {
    const firstOperative = paragraphs.findIndex((p, i) => i > at && !inDefinitions(paragraphs, i) && /[.;]\s*$/.test(p.text.trim()));
    at = firstOperative >= 0 ? firstOperative : paragraphs.length - 1;
  }
  const lettered = letteredPlace(paragraphs, at, taken);
  if (lettered) return lettered;
  // An item of a lead-in's list ("5.1 Supplier shall: (a) …") belongs to the numbered clause above it.
  if (letterOf(paragraphs[at]?.text) !== undefined) {
    let lead = at;
    while (lead > 0 && at - lead < 26 && letterOf(paragraphs[lead]?.text) !== undefined) lead--;
    if (numberOf(paragraphs[lead]?.text) !== undefined) at = lead;
  }
  const number = numberOf(paragraphs[at]?.text);
  const topLevel = number && !number.includes('.') ? topLevelPlace(paragraphs, at, number, taken) : undefined;
  if (topLevel) return topLevel;
  if (!number || !number.includes('.')) return { after: at, number: '' };
  const section = number.slice(0, number.lastIndexOf('.') + 1);
  let last = at;
  let highest = Number(number.slice(section.length));
  for (let i = at + 1; i < paragraphs.length; i++) {
    const n = numberOf(paragraphs[i]?.text);
    if (n === undefined) {
      if (paragraphs[i]?.isHeading) break;
      // "2.6 Customer must not:" then "(a) …" to "(d) …": the items are the clause's own, and a clause put after 2.6
      // alone split them from their lead-in (audit152, 355 § 2.7 went between "2.6 … do not:" and its "(a)").
      if (LIST_ITEM.test(paragraphs[i]?.text ?? '')) last = i;
      continue;
    }
    if (!n.startsWith(section) || n.slice(section.length).includes('.')) break;
    last = i;
    highest = Math.max(highest, Number(n.slice(section.length)));
  }
  // "8.01" … "8.06": the contract pads its numbers, so the next is "8.07", not "8.7".
  const width = /^0\d/.test(numberOf(paragraphs[last]?.text)?.slice(section.length) ?? '') ? (numberOf(paragraphs[last]?.text) ?? '').length - section.length : 1;
  const padded = (n: number) => String(n).padStart(width, '0');
  let next = highest + 1;
  while (taken.has(`${section}${padded(next)}`)) next++;
  const word = NUMBER_WORD.exec(paragraphs[last]?.text ?? '')?.[1];
  return { after: last, number: `${section}${padded(next)}`, ...(word ? { prefix: `${word} ` } : {}) };
}
