// Sentences whose risk another clause answers: one that only points at the clause governing a use ("the instruction
// to create Anonymised Data in accordance with Clause 9.4"), and one that only makes derived data while the clause on
// its use is elsewhere. A rival rule written into either contradicts the clause that governs. Pure: engine types only.
import type { Finding, Paragraph } from '../engine/types';
import { numberAtStart } from './clauseNumbers';
import type { EditTrack } from './editTrack';
import type { ParagraphContext } from './paragraphTypes';
import { DATA_USE, DISCLOSURE_RULES } from './paragraphPolicy';
import { answeredByPurposeEdit, type PurposeLimbEdit } from './purposeDefinition';

/**
 * "in accordance with Clause 9.4", "for the purposes of Section 3.5", "as permitted by clause 6.3", "in accordance with
 * clauses 4.5, 5.4 and 6.4" (427 § 7.3: a list, each clause governing one of the uses named).
 */
// "paragraph A4.1": a schedule's own numbering, its letter run on.
const CLAUSE_NUMBER = String.raw`(?:[0-9]+(?:\.[0-9]+)*|[A-Z]\.?[0-9]+(?:\.[0-9]+)*)`;
const POINTER = new RegExp(
  String.raw`\b(?:in accordance with|pursuant to|for the purposes? (?:of|in|under)|as (?:permitted|described|set out|provided|contemplated) (?:by|in|under))\s+(?:Clauses?|Sections?|[Pp]aragraphs?|clauses?|sections?)\s+(${CLAUSE_NUMBER}(?:(?:,\s*(?:and\s+)?|\s+and\s+)${CLAUSE_NUMBER})*)\b`,
  'g',
);
const NUMBER_IN_LIST = new RegExp(CLAUSE_NUMBER, 'g');

/** The uses a cited clause governs whatever kind of use it grants: training, improvement, derived data. */
const USES_GOVERNED_THERE: ReadonlySet<string> = new Set(['ai-training', 'service-improvement', 'aggregated-data']);

/** "Nothing in this clause 7 shall restrict … use of …": a carve-out from the clause's duties for a use. */
const FREES_ONLY_THE_USE = /^\s*(?:[\d.]+\s+)?Nothing\s+in\s+this\s+(?:clause|section|article)\s+[\d.]+\s+(?:shall|will)\s+(?:restrict|prevent|limit)\b[^.;]{0,80}\buse\s+of\b/i;

/** "… of the Privacy Schedule", "of Exhibit B", "of the DPA": the number cited belongs to another part. */
const OF_ANOTHER_PART = /^\s+(?:of|in|to)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Schedule|Exhibit|Annex|Appendix|Addendum|Attachment|DPA|Policy|Order\s+Form)\b/;

/** The customer's way out, just before the pointer: "opt out as described in …", "unless you turn off model training as described in …". */
const OPT_OUT_BEFORE = /\b(?:opts?[- ]out|opted[- ]out|object|objects|turns?\s+off|switch(?:es)?\s+off|withdraws?)\b[^,;.]{0,40}$/i;

/**
 * The number of the clause the finding's words point to, where that clause carries a risk of the same kind or another
 * use of the data (its own review answers it there); undefined when the sentence governs the use itself.
 */
export function governedElsewhere(finding: Finding, paragraphs: readonly Paragraph[], findings: readonly Finding[]): string | undefined {
  for (const pointer of finding.quote.matchAll(POINTER)) {
    // "Unless you opt out as described in Section 4.4, Glyphora may use Inputs … to train": the pointer names how to
    // opt out; the use is granted here (the lawyer audit of 92 found its default training left untouched).
    if (OPT_OUT_BEFORE.test(finding.quote.slice(Math.max(0, (pointer.index ?? 0) - 40), pointer.index))) continue;
    // "in accordance with paragraph 4 of the Privacy Schedule": a clause of another part, not the body's clause 4
    // (agreement-16 § 6.3 was read as pointing to the body's clause 4).
    if (OF_ANOTHER_PART.test(finding.quote.slice((pointer.index ?? 0) + pointer[0].length))) continue;
    const list = pointer[1] as string;
    for (const [number] of list.matchAll(NUMBER_IN_LIST)) {
      const target = paragraphs.findIndex((p, i) => i !== finding.paragraph && numberAtStart(p.text) === number);
      // Clause 5.4 opening a list ("… does not extend to the following, which Lexorin may use …") carries the risk in
      // the items under it.
      const clause = target < 0 ? [] : [target, ...listUnder(paragraphs, target)];
      // A use the cited clause grants of another kind (training there, derived data here) is still governed there; how
      // long the use goes on after the end ("may continue to use it after termination in accordance with Section 4.3")
      // is this sentence's own (audit62).
      // A licence's breadth is its own too ("worldwide, sublicensable … (c) as described in Sections 5.3 and 5.4", 419 § 5.2).
      const sameUse = (f: Finding) => f.category === finding.category || (USES_GOVERNED_THERE.has(finding.category) && DATA_USE.has(f.category));
      if (findings.some((f) => clause.includes(f.paragraph) && sameUse(f) && f.stance === 'risk')) return number;
    }
  }
  return undefined;
}

/** The paragraphs of items ("(a) …", "(ii) …") right under a clause that opens a list with a colon. */
function listUnder(paragraphs: readonly Paragraph[], at: number): number[] {
  if (!/:\s*$/.test(paragraphs[at]?.text ?? '')) return [];
  const items: number[] = [];
  for (let i = at + 1; i < paragraphs.length && /^\s*\(?(?:[a-z]|[ivx]{1,4})\)\s/.test(paragraphs[i]?.text ?? ''); i++) items.push(i);
  return items;
}

/** Making derived data ("anonymise", "aggregate", "compile") without any right to use, share or own what is made. */
const MAKES = /\b(?:anonymi[sz]e|de-?identify|aggregate|compile|create|derive|generate|pseudonymi[sz]e)\b/i;
const USES = /\b(?:use|uses|using|exploit|disclose|share|publish|commerciali[sz]e|sell|own|owns|retain|license|licence|distribute)\b/i;
export const makesOnly = (quote: string): boolean => MAKES.test(quote) && !USES.test(quote);

/**
 * Whether another paragraph grants the use of derived data (not only its making) and the finding's own paragraph has
 * no other derived-data sentence: then the sentence that only makes the data is left, and that grant is answered.
 */
export function derivedUseGrantedElsewhere(findings: readonly Finding[], ownParagraph: readonly Finding[], finding: Finding): boolean {
  return (
    findings.some((f) => f.category === 'aggregated-data' && f.stance === 'risk' && f.paragraph !== finding.paragraph && !makesOnly(f.quote)) &&
    !ownParagraph.some((f) => f.category === 'aggregated-data' && f.start !== finding.start)
  );
}

/**
 * "except as otherwise expressly set forth in Clauses 3.3 and 3.4", "Except as set out in Section A.5", "Save as permitted
 * by clauses 4.4 and 4.6" (audit68, 198 § 4.2): the clauses a
 * protection leaves out. "only on the Customer's documented instructions, which the parties agree include the
 * processing described in clauses 5.2 and 5.3": the clauses a protection takes in as allowed (audit53, 138 Sch. 2).
 */
const EXCEPTED_CLAUSES =
  /\b(?:(?:except|save|other\s+than)\s+as\s+(?:otherwise\s+)?(?:expressly\s+)?(?:set\s+(?:forth|out)|provided|permitted|described)|(?:which\s+(?:the\s+parties\s+(?:agree|acknowledge)\s+)?includes?|including)\s+(?:the\s+)?(?:processing|uses?|activities)\s+(?:described|set\s+out|referred\s+to))\s+(?:in|by|under)\s+(?:Clauses?|Sections?|[Pp]aragraphs?|clauses?|sections?)\s+((?:(?:[A-Z]\.)?[0-9]+(?:\.[0-9]+)*(?:\s*,\s*|\s+and\s+|\s+or\s+)?){1,6})/i;

/**
 * "Vendor shall process Verification Data solely on Customer's documented instructions, except as otherwise expressly
 * set forth in Clauses 3.3 and 3.4": a protection that leaves out the very clauses carrying the risk does not give it
 * (the lawyer audit of 90 found the training authorisation in 3.3 left untouched because 3.1 seemed to answer it).
 */
export function exceptsRiskyClause(protection: Finding, paragraphs: readonly Paragraph[], findings: readonly Finding[]): boolean {
  const listed = EXCEPTED_CLAUSES.exec(protection.quote)?.[1];
  if (!listed) return false;
  const numbers = new Set(listed.match(/(?:[A-Z]\.)?[0-9]+(?:\.[0-9]+)*/g) ?? []);
  return paragraphs.some((p, i) => numbers.has(numberAtStart(p.text) ?? '') && findings.some((f) => f.paragraph === i && f.stance === 'risk'));
}

/**
 * "will not use Clinical Inputs to train any general-purpose large language model", "… that provider's general-purpose
 * models": a promise that reaches only one class of models leaves the vendor's own models open, so it answers no grant
 * to train them (audit128, 317 § B3.1; audit129, 319 § 3.2 and 320 § 4.3 were each read as "already given elsewhere").
 * "any model, including large language models" names an example, not a limit.
 */
const SOME_MODELS = /\b(?:general[- ]purpose|generally[- ]available|publicly[- ]available|foundation|large\s+language|generative|third[- ]party)\s+(?:(?:AI|artificial\s+intelligence|language|machine[- ]learning)\s+)?models?\b|\bLLMs?\b/i;
const ANY_MODEL = /\b(?:any|all)\s+(?:other\s+)?(?:(?:artificial\s+intelligence|AI|machine[- ]learning|ML)\s+(?:or\s+(?:machine[- ]learning|ML)\s+)?)?models?\b(?!\s+(?:that|which)\s+(?:is|are)\b)|\bincluding\s+(?:any\s+)?(?:general|generally|large|foundation|generative|third)/i;
export function someModelsOnly(protection: Finding): boolean {
  return protection.category === 'no-training' && SOME_MODELS.test(protection.quote) && !ANY_MODEL.test(protection.quote.replace(SOME_MODELS_AFTER_ANY, ''));
}
/** "any general-purpose large language model": "any" before the class limits nothing more than the class does. */
const SOME_MODELS_AFTER_ANY = /\b(?:any|all)\s+(?=(?:general|generally|publicly|foundation|large|generative|third))/gi;

/** "Special Terms S1, S4 and S5 survive", "Sections 5.2 and 7 shall survive": the clauses a survival sentence names. */
const SURVIVING_LIST = /\b(?:Special\s+Terms?|Sections?|Clauses?|Paragraphs?|Articles?|Terms?)\s+((?:[A-Z]{0,2}\d+(?:\.\d+)*(?:\s*,\s*(?:and\s+)?|\s+and\s+)?){1,12})/g;
const LABEL = /[A-Z]{0,2}\d+(?:\.\d+)*/g;
/** The label a paragraph opens with ("S4.", "5.3 ", "Section 7."), for labels with a letter prefix too. */
const OPENING_LABEL = /^\s*(?:(?:Clause|Section|Paragraph|Article)\s+)?([A-Z]{0,2}\d+(?:\.\d+)*)\b/;

/**
 * "Special Terms S1, S4 and S5 survive … for so long as Forelane retains any Customer Data": every clause the survival
 * sentence keeps alive is one of the customer's protections or a neutral term (a no-training promise, a duty on the
 * customer), none a grant alone. Striking it would let those protections lapse while the vendor still holds the data
 * (audit46, 115 S8). Returns the labels, or undefined when any clause named is a risk only, or cannot be found.
 */
export function survivesOnlyProtections(finding: Finding, paragraphs: readonly Paragraph[], findings: readonly Finding[]): string[] | undefined {
  // "The rights granted to Licensor under Article 3 … shall survive": the vendor's rights survive, not protections.
  if (finding.category !== 'survival-retention' || !/\bsurviv/i.test(finding.quote) || /\b(?:rights?|licen[cs]es?|licensed|granted)\b/i.test(finding.quote)) return undefined;
  const labels = [...finding.quote.matchAll(SURVIVING_LIST)].flatMap((m) => (m[1] ?? '').match(LABEL) ?? []);
  if (labels.length === 0) return undefined;
  let protective = false;
  for (const label of labels) {
    // "5" names the whole of section 5: its heading and every sub-clause ("5.1", "5.2").
    const clause = paragraphs
      .map((p, i) => ({ i, number: OPENING_LABEL.exec(p.text)?.[1] }))
      .filter(({ i, number }) => i !== finding.paragraph && number !== undefined && (number === label || number.startsWith(`${label}.`)));
    if (clause.length === 0) return undefined;
    const read = findings.filter((f) => clause.some(({ i }) => f.paragraph === i));
    const risky = read.some((f) => f.stance === 'risk');
    const protects = read.some((f) => f.stance === 'protective');
    if (risky && !protects) return undefined;
    protective ||= protects;
  }
  return protective ? labels : undefined;
}

/**
 * Why another clause answers the sentence: it only points to the clause that governs the use ("… in accordance with
 * Clause 9.4"), or it keeps the customer's protections alive past the end. Undefined when neither holds.
 */
export function answeredByOtherClause(finding: Finding, paragraphs: readonly Paragraph[], findings: readonly Finding[], purposeEdits: readonly PurposeLimbEdit[] = []): string | undefined {
  const purpose = answeredByPurposeEdit(finding, purposeEdits);
  if (purpose !== undefined) return purpose;
  // "…, but Usage Data … used in accordance with Section 5.3 are not Customer's Confidential Information": freeing the
  // data from the duty is a risk of its own, which the clause that governs the use does not answer (264 § 9.2).
  // "Nothing in this clause 7 shall restrict Lexorin's use of Platform Data … in accordance with clauses 4.5, 5.4 and 6.4"
  // frees only the use those clauses allow, and is answered where they are edited (audit189, 427 § 7.3).
  const freed = finding.rules.includes('derived-data-freed') && !FREES_ONLY_THE_USE.test(finding.quote);
  const governing = DATA_USE.has(finding.category) && !freed ? governedElsewhere(finding, paragraphs, findings) : undefined;
  if (governing !== undefined) return `the sentence only points to clause ${governing}, which governs that use`;
  const kept = survivesOnlyProtections(finding, paragraphs, findings);
  return kept && `the clauses it keeps alive (${kept.join(', ')}) protect the customer, and must outlast the contract while the vendor holds the data`;
}

/**
 * Why a risk needs no edit of its own, where something already answers it: the playbook's own wording written by an
 * earlier review, this review's own clause put in a round ago, a sentence that only says data reaches model providers
 * where the contract binds them elsewhere ("Certain providers process Personal Data in the United States under the
 * SCCs": the lawyer audits found transfer mechanisms and hosting disclosures deleted), or the clause a pointer names.
 */
export function answeredAlready(next: Finding, context: ParagraphContext, track: EditTrack, current: readonly Finding[]): string | undefined {
  const own = context.ownPosition(next.quote);
  if (own !== undefined) return `the playbook's own wording (${own}), written by an earlier review`;
  if (track.writtenByUs(next.start, next.end)) return 'the wording is the playbook clause this review inserted';
  if (onlyDiscloses(next, current) && context.providersBound) return 'the sentence only says that data reaches model providers, and the contract binds them by its own terms';
  return answeredByOtherClause(next, context.paragraphs, context.analysis.findings, context.purposeEdits);
}

/** A sentence that only says data reaches model providers, read for nothing else. */
export function onlyDiscloses(next: Finding, current: readonly Finding[]): boolean {
  return next.category === 'third-party-ai' && next.rules.every((r) => DISCLOSURE_RULES.has(r)) && !current.some((f) => f.start === next.start && f.category !== 'third-party-ai');
}
