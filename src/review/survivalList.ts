// Conforms the contract's survival clause to the clauses the review inserts: "Sections 3.1, 3.4, 4 and 9 survive …"
// gains the new 3.8 when that clause must outlive the contract (no training, deletion, anonymised data, audit,
// confidentiality). A lawyer adds it by hand otherwise, and an auditor reads the omission as a contradiction. Also
// the strike of one number from such a list, for a clause that no longer outlasts the contract, and of a limb that
// keeps such a clause going on its own terms. Pure: engine types, applyOps and the review's regex escaping.
import { applyOps } from '../engine/applyOps';
import type { Analysis, Finding, Paragraph, RedlineOp } from '../engine/types';
import { escapeRegExp } from './redline/surgical/context';

/**
 * Protections that matter after the contract ends, while the vendor may still hold the customer's data; "ai-training"
 * is the playbook's no-training clause put in to answer a training grant (345 B.10 was left out of 10.6's list).
 */
const OUTLIVES_THE_CONTRACT: ReadonlySet<string> = new Set(['no-training', 'ai-training', 'deletion', 'aggregated-data', 'audit', 'confidentiality']);

/** A range of clauses: "11.2 to 11.4", "3.1 through 3.3", "3.1–3.3". */
const RANGE = String.raw`(?:\s+(?:to|through|thru)\s+|\s*[-–]\s*)`;
/** "3.8", or "B.10" in a schedule numbered with its letter. */
const NUMBER = String.raw`(?:[A-Z]\.)?\d+(?:\.\d+)*`;
/** "4.1 (as to data already collected)": a number's own qualifier, which stays with it; "5.2 (solely to the extent necessary
 * for Ordinate to exercise its rights under Sections 5.3 to 5.6)" is one too (audit173, 395 § 12.5). */
const QUALIFIER = String.raw`(?:\s\([^()]{1,160}\))?`;
/** "6.1(e)", "4.2(a)(ii)": a sub-paragraph of the clause, written onto its number. */
const SUB = String.raw`(?:\([a-z0-9]{1,4}\))*`;
/**
 * "Sections 3.1, 3.4, 4, 11.2 to 11.4 and 13": the keyword and its list of clause numbers; a list of Articles counts
 * too ("Articles 3, 4, 5 and 9, …": audit63, 180 § 10.7 gained "5.4" beside "5").
 */
const REFERENCE_LIST = new RegExp(String.raw`\b(?:Sections?|Clauses?|Articles?)\s+${NUMBER}${SUB}${QUALIFIER}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|${RANGE})${NUMBER}${SUB}${QUALIFIER})+`, 'g');
const QUALIFIER_AFTER = new RegExp(String.raw`^${SUB}${QUALIFIER}`);
const REFERENCE = new RegExp(String.raw`${NUMBER}(?:${RANGE}${NUMBER})?`, 'g');
const RANGE_WORD = new RegExp(RANGE);
/** "survive", "survives", "Survival": a clause that says what outlives the contract. */
export const SURVIVES = /\bsurviv(?:e|es|al)\b/i;

interface Reference {
  readonly start: number;
  readonly end: number;
  readonly from: readonly number[];
  readonly to: readonly number[];
}

/** "3.8" → [3, 8]; "4A" (a clause put after 4 in a contract numbered 1., 2., 3.) sits between 4 and 5, inside neither. */
const parts = (number: string) => {
  const lettered = /^(\d+)([A-Z])$/.exec(number);
  if (lettered) return [Number(lettered[1]) + (lettered[2]!.charCodeAt(0) - 64) / 100];
  // "B.10": a schedule's own numbering, after every clause of the body.
  const scheduled = /^([A-Z])\.(.+)$/.exec(number);
  return scheduled ? [1000 + scheduled[1]!.charCodeAt(0), ...scheduled[2]!.split('.').map(Number)] : number.split('.').map(Number);
};
/** "B." for "B.10", "" for "3.8" and "4A": the numbering a list of clauses must share with a number added to it. */
const prefixOf = (number: string) => /^[A-Z]\./.exec(number)?.[0] ?? '';

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? -1) - (b[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** "5" covers 5.5; "5.4" covers 5.4.1; "11.2 to 11.4" covers 11.3. */
function covers(reference: Reference, clause: readonly number[]): boolean {
  const within = (prefix: readonly number[]) => prefix.every((n, i) => clause[i] === n);
  if (within(reference.from) || within(reference.to)) return true;
  return compare(reference.from, clause) < 0 && compare(clause, reference.to) < 0;
}

function referencesIn(text: string, start: number, end: number): Reference[] {
  const list = text.slice(start, end);
  // "3.2 (for the period described in section 12.5)": a number inside a qualifier is part of it, not of the list.
  const qualifiers = [...list.matchAll(/\([^()]*\)/g)].map((q) => ({ from: q.index ?? 0, to: (q.index ?? 0) + q[0].length }));
  const inQualifier = (at: number) => qualifiers.some((q) => q.from < at && at < q.to);
  return [...list.matchAll(REFERENCE)].filter((m) => !inQualifier(m.index ?? 0)).map((m) => {
    const [from = '', to = from] = m[0].split(RANGE_WORD).map((part) => part.trim());
    const at = start + (m.index ?? 0);
    const qualifier = QUALIFIER_AFTER.exec(text.slice(at + m[0].length, end))?.[0] ?? '';
    return { start: at, end: at + m[0].length + qualifier.length, from: parts(from), to: parts(to) };
  });
}

export interface SurvivalEdit {
  readonly paragraph: number;
  readonly ops: readonly RedlineOp[];
  /** The clause numbers added, in the order they now read. */
  readonly added: readonly string[];
}

/**
 * The ops that add each inserted clause number to the one survival list, in numeric order, or undefined when the
 * contract has none, when more than one paragraph could be it, or when the list already covers every number.
 * Paragraphs the review edits or reads a risk in are left to that review.
 */
export function survivalEdit(
  paragraphs: readonly Paragraph[],
  analysis: Analysis,
  inserted: readonly { readonly number: string; readonly answers: string }[],
  busy: ReadonlySet<number>,
): SurvivalEdit | undefined {
  const numbers = inserted
    .filter((item) => /^(?:\d+(?:(?:\.\d+)+|[A-Z])|[A-Z](?:\.\d+)+)$/.test(item.number) && OUTLIVES_THE_CONTRACT.has(item.answers))
    .map((item) => item.number);
  if (numbers.length === 0) return undefined;
  const candidates = paragraphs.flatMap((p, index) => {
    if (!SURVIVES.test(p.text)) return [];
    const lists = [...p.text.matchAll(REFERENCE_LIST)]
      .filter((m) => SURVIVES.test(p.text.slice(m.index ?? 0)))
      .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, articles: /^Articles?/.test(m[0]) }));
    return lists.length === 0 ? [] : [{ index, text: p.text, lists }];
  });
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (!only || busy.has(only.index) || analysis.findings.some((f) => f.paragraph === only.index && f.stance === 'risk')) return undefined;
  const covered = only.lists.flatMap((list) => referencesIn(only.text, list.start, list.end));
  const missing = numbers.filter((n) => !covered.some((r) => covers(r, parts(n)))).sort((a, b) => compare(parts(a), parts(b)));
  // Each number joins a list in its own numbering ("Sections B.4 and B.5 of Exhibit B" takes B.10; "Sections 1, 4.3
  // and 14" takes 4.6); new numbers go into a list of Sections or Clauses, a list of Articles only saying what is covered.
  const ops: RedlineOp[] = [];
  const added: string[] = [];
  for (const prefix of [...new Set(missing.map(prefixOf))]) {
    const own = only.lists
      .map((list) => ({ list, references: referencesIn(only.text, list.start, list.end) }))
      .filter(({ references }) => references.length > 0 && references.every((r) => prefixOf(only.text.slice(r.start, r.end)) === prefix));
    const chosen = own.find(({ list }) => !list.articles) ?? own[0];
    if (!chosen) continue;
    const group = missing.filter((n) => prefixOf(n) === prefix);
    ops.push(...listOps(only.text, chosen.references, group));
    added.push(...group);
  }
  if (ops.length === 0) return undefined;
  return { paragraph: only.index, ops: ops.sort((a, b) => at(a) - at(b) || (a.kind === 'delete' ? -1 : 1)), added };
}

/** The ops adding `missing` (sorted) to one list of clause numbers, each in its numeric place. */
function listOps(text: string, references: readonly Reference[], missing: readonly string[]): RedlineOp[] {
  const last = references[references.length - 1]!;
  const ops: RedlineOp[] = [];
  const atEnd: string[] = [];
  for (const number of missing) {
    const next = references.findIndex((r) => compare(parts(number), r.from) < 0);
    const before = references[next];
    const previous = references[next - 1];
    // "4.5 and 6" + 4.6 → "4.5, 4.6 and 6": a number going before the list's joined last one follows the one before it.
    if (before && previous && jointBefore(text, before.start) !== undefined) ops.push({ kind: 'insert', at: previous.end, text: `, ${number}` });
    else if (before) ops.push({ kind: 'insert', at: before.start, text: `${number}, ` });
    else atEnd.push(number);
  }
  if (atEnd.length > 0) {
    // "4, 9 and 11" + 12.3 → "4, 9, 11 and 12.3": the list's last "and" moves to the new last number.
    const start = jointBefore(text, last.start);
    const joint = start !== undefined;
    if (joint) ops.push({ kind: 'delete', start, end: last.start, text: text.slice(start, last.start) }, { kind: 'insert', at: last.start, text: ', ' });
    const tail = atEnd.length === 1 ? atEnd[0] : `${atEnd.slice(0, -1).join(', ')} and ${atEnd[atEnd.length - 1]}`;
    ops.push({ kind: 'insert', at: last.end, text: joint ? ` and ${tail}` : `, ${tail}` });
  }
  return ops;
}

/** Where ", and " or " and " before the list's last number starts, if that is what joins it (no regex on the tail). */
function jointBefore(text: string, end: number): number | undefined {
  const head = text.slice(0, end).trimEnd();
  if (!head.endsWith(' and') || end === head.length) return undefined;
  const start = head.slice(0, -'and'.length).trimEnd();
  return start.endsWith(',') ? start.length - 1 : start.length;
}

const at = (op: RedlineOp) => (op.kind === 'delete' ? op.start : op.at);

/**
 * The strike of a listed number, with its own "Section" where every item has one ("…, Section 6.6, Section 7 (for five
 * years …)": striking "6.6, " alone left "Section Section 7", audit59, 161 § 13.5).
 */
export function itemStrike(text: string, found: RegExpExecArray): RedlineOp[] {
  const end = found.index + found[0].length;
  const word = OWN_WORD_BEFORE.exec(text.slice(Math.max(0, found.index - 12), found.index));
  const start = word && ITEM_WORD_AFTER.test(text.slice(end)) ? found.index - word[0].length : found.index;
  // "Sections [A.4, ]A.8, and A.9": the first of three struck, the two left take no comma before their "and" (audit105,
  // 269 § 11.5).
  const pair = word && !ITEM_WORD_AFTER.test(text.slice(end)) ? LAST_TWO.exec(text.slice(end)) : null;
  const comma = pair ? end + (pair[1]?.length ?? 0) : -1;
  return [{ kind: 'delete', start, end, text: text.slice(start, end) }, ...(comma >= 0 ? [{ kind: 'delete' as const, start: comma, end: comma + 1, text: ',' }] : [])];
}
/** "A.8, and A.9 of Exhibit A": two numbers left, the first with the serial comma. */
const LAST_TWO = /^([A-Z]?\.?\d+(?:\.\d+)*(?:\([a-z0-9]{1,4}\))*),\s+(?:and|or)\s+[A-Z]?\.?\d+(?:\.\d+)*(?:\([a-z0-9]{1,4}\))*(?![\d.,]|\s+(?:to|through)\b)/;
const OWN_WORD_BEFORE = /(?:[Ss]ections?|[Cc]lauses?)\s$/;
const ITEM_WORD_AFTER = /^(?:[Ss]ections?|[Cc]lauses?)\s/;

/** ", and the license in Section <number> shall continue …" up to the sentence's end, for a number pattern. */
const limbPattern = (number: string) =>
  new RegExp(
    String.raw`,?\s+and\s+(?:the|any|all)\s+(?:licen[cs]es?|rights?|permissions?)\s+(?:granted\s+)?(?:in|under)\s+(?:Sections?|Clauses?|sections?|clauses?)\s+${number}(?![.]?\d)\s+(?:shall|will|does|do)\s+(?:continue|survive|remain)(?:[^;.]|\.(?=\d))*`,
  );
/** The deletion of a match found `offset` characters into the paragraph. */
const deleteMatch = (found: RegExpExecArray | null, offset = 0): RedlineOp[] =>
  found ? [{ kind: 'delete', start: offset + found.index, end: offset + found.index + found[0].length, text: found[0] }] : [];
/** The limb for any clause number, built once. */
const ANY_LIMB = limbPattern(String.raw`[\dA-Z][\d.]*(?:\([a-z0-9]{1,4}\))?`);

/**
 * ", and the license in Section 3.2 shall continue with respect to any Customer Content incorporated into …": a limb
 * that keeps the struck clause going on its own terms. Striking the number from the list alone left it alive, and the
 * comment saying the rights no longer outlast the contract false (audit116, 294 § 8.4).
 */
export function continuingLimb(text: string, number: string): RedlineOp[] {
  return deleteMatch(limbPattern(escapeRegExp(number)).exec(text));
}

/**
 * The same limb as the risk of a survival clause itself: struck alone, it ends the licence's afterlife and leaves the
 * list of clauses that survive (confidentiality, liability) standing, where the playbook's deletion clause in the
 * sentence's place would take them all.
 */
export function continuingLimbStrike(text: string, finding: Finding, stillRisky: (text: string) => boolean): RedlineOp[] | undefined {
  if (finding.category !== 'survival-retention') return undefined;
  const sentence = text.slice(finding.start, finding.end);
  const ops = deleteMatch(withOwnVerb(sentence, ANY_LIMB.exec(sentence) ?? PARTY_RIGHTS_LIMB.exec(sentence)), finding.start);
  return ops.length > 0 && !stillRisky(applyOps(text, ops)) ? ops : undefined;
}

/** "Sections 10.4 and 10.5 survive" before the limb: a verb of its own that keeps the list of clauses going. */
const LIST_VERB = /\b(?:surviv(?:e|es)|(?:shall|will)\s+(?:continue|survive|remain))\b/i;
const SHARED_VERB = /\b(?:shall|will)\s+(?:continue|survive|remain)\b/;

/**
 * "Articles 4, 6 and 7, Sections 10.4 and 10.5, and Contractor's rights under Section 4 of the DSA …, shall survive the
 * expiration …": the limb is the list's last item and shares its verb; struck, it leaves the verb to the other items
 * (audit189, 428 § 10.6 lost "shall survive" and with it the survival of confidentiality and the indemnity).
 */
function withOwnVerb(sentence: string, limb: RegExpExecArray | null): RegExpExecArray | null {
  if (!limb || LIST_VERB.test(sentence.slice(0, limb.index))) return limb;
  const verb = SHARED_VERB.exec(limb[0]);
  if (!verb || verb.index === 0) return null;
  // Back over the spaces and the comma before the verb with string operations (a pattern opening on spaces grows
  // with runs of them): ", shall survive" strikes the comma with the item, so "10.5 shall survive" reads on.
  const before = limb[0].slice(0, verb.index).trimEnd();
  const kept = Object.assign([before], { index: limb.index, input: limb.input }) as RegExpExecArray;
  return kept;
}

/**
 * ", and Harborlight's rights in Usage Data, Aggregated Data and Feedback, and in any models … derived from them, shall
 * continue in perpetuity …" (301 § 7.4): the vendor's rights named by its possessive, said to go on after the list of
 * clauses that survive.
 */
const PARTY_RIGHTS_LIMB =
  /,\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s+(?:rights?|licen[cs]es?|permissions?)\s+(?:in|to|over|under)\s(?:[^;.]|\.(?=\d)){1,300}?\s(?:shall|will)\s+(?:continue|survive|remain)\b(?:[^;.]|\.(?=\d))*/;

const SURVIVAL_WORD = /\bsurviv(?:e|es|al|ing)\b/i;

/** "Sections 1.2, 2.4, 3.3 and 9 will survive …": a sentence that keeps several clauses alive after the end. */
export function isSurvivalList(sentence: string): boolean {
  return SURVIVAL_WORD.test(sentence) && (sentence.match(/\b[A-Z]?\d+(?:\.\d+)*\b/g) ?? []).length >= 3 && !RIGHTS_AS_SUBJECT.test(sentence);
}
/**
 * "8.4 The licences granted in clauses 4.3 and 4.4 and Candora's rights under clause 5.2 shall survive …": what survives
 * is the vendor's rights, named with the clauses that gave them; no other clause's survival rests on it (audit218, 480).
 * So with "The licence in clause 3.3, the ownership provisions in clause 5.2, and the rights in clause 14.2" (459 § 14.3).
 */
export const keepsRightsAlive = (sentence: string): boolean => RIGHTS_AS_SUBJECT.test(sentence) && SURVIVAL_WORD.test(sentence);
const RIGHTS_AS_SUBJECT = /^\s*(?:[A-Z]?\d+(?:\.\d+)*\.?\s+)?(?:the\s+)?(?:licen[cs]es?|rights?|permissions?)\s+(?:granted|given|set\s+out|conferred|in|under)\b/i;
