// Clauses that lean on a clause the review changed: "including any improvements made in accordance with Clause 3.3",
// "Clauses 3.2 (to the extent it concerns development of the Supplier's models) … survive". The lawyer audits of
// agreements 45–56 named such knock-on references as the first structural fault: the change is made, and another
// clause keeps alive what it took away. Where the leaning words can go on their own they are struck; elsewhere the
// changed clause's internal note names the clauses to check. Pure: engine types only.
import { withReason } from './mergedReasons';
import { applyOps } from '../engine/applyOps';
import type { Analysis, Paragraph, RedlineOp } from '../engine/types';
import { clausePaths, opensOneParagraph } from './clauseNumbers';
import { continuingLimb, itemStrike, SURVIVES } from './survivalList';
import { joinOps, outsideOf } from './joinOps';
import { provisionWord } from './conformDenial';
import { conformingEdit, type EditItem, type ReviewChoices, type ReviewItem } from './reviewItems';
import { withoutCitedReservation, withoutExceptedClause, withoutExceptedClauses, withoutLeadingSubjectTo, withoutPermittingClause, withoutQualifyingClause } from './exceptionCitations';
import { escapeRegExp } from './redline/surgical/context';
import { namesTrainingNotDenied, TRAINING_WORD } from './trainingWords';
import { commentWording } from './wording';

const CITING_WORD = String.raw`(?:Sections?|Clauses?|clauses?|[Pp]aragraphs?|Articles?)`;

/** Any citation of a provision by number: a paragraph without one cites no changed clause. */
const CITES_ANY = new RegExp(String.raw`\b${CITING_WORD}\s+\S`);

/** "Clause 3.3", "Sections 2, 3.1 and 3.3": the number cited after the word for a provision. */
function citation(number: string): RegExp {
  return new RegExp(String.raw`\b${CITING_WORD}\s+(?:[\dA-Z][\d.]*${SUB}${QUALIFIED}(?:\s*,\s*|\s+and\s+|\s+to\s+|\s+through\s+)){0,20}${escapeRegExp(number)}(?![.]?\d)`);
}

/** "3 (as to accrued Fees)": an item's own qualifier inside a list of clause numbers (149 § 11.5). */
const QUALIFIED = String.raw`(?:\s\([^()]{1,80}\))?`;
/** "5(b)", "7(b)(ii)": a US-style item written onto its section's number (468 § 18(a)). */
const SUB = String.raw`(?:\([a-z0-9]{1,4}\))*`;

/** ", including any improvements to them made … in accordance with Clause 3.3": an aside that rests on the clause. */
function restingAside(number: string): RegExp {
  return new RegExp(
    String.raw`,\s+including\s[^,;.]{0,200}?\b(?:in\s+accordance\s+with|under|pursuant\s+to|as\s+permitted\s+(?:by|under))\s+${CITING_WORD}\s+${escapeRegExp(number)}(?![.]?\d)(?=\s*[,;.])`,
  );
}

/** ", are owned": the comma closing an aside right before its sentence's verb. */
const ASIDE_CLOSED_BEFORE_VERB = /^,\s(?:shall|will|may|must|is|are|remains?|belongs?|vests?)\s/;

/** "3.2 (to the extent it concerns development of …), ": a survival item limited to part of what the clause did. */
function qualifiedSurvival(number: string): RegExp {
  return new RegExp(String.raw`(?<=[\s,])${escapeRegExp(number)}\s+\((?:to\s+the\s+extent|only|solely|insofar|in\s+so\s+far)\b[^()]{1,240}\),\s+`);
}

const ENDLESS = /\b(?:perpetual|perpetually|irrevocable|irrevocably|in\s+perpetuity|indefinitely)\b/i;
const LICENCE = /\blicen[cs]e\b/i;
/** "… for the Term and afterwards only while the Supplier holds Customer Data": a licence that sets its own life after the end. */
const OWN_AFTERLIFE = /\bafterwards only (?:while|for as long as)\b|\bafter\b[^.;]{0,60}\bonly (?:while|for as long as)\b/i;

// "Nothing in this Agreement permits Occlusa to use Customer Data to … train …" restricts as surely as "shall not"
// (audit127, 316 § 7.4 dropped the rewritten § 3.3 from the survival list, so the ban ended with the contract).
const RESTRICTION = /\b(?:shall|will|must|may)\s+not\b|\bNothing\s+in\s+th(?:is|ese)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+permits\b/gi;
/** A permission still given: "may" not followed by "not". */
const PERMITS = /\bmay\b(?!\s+not\b)/i;
/** Whether an edit wrote a restriction the clause did not have: more "shall not"s after it than before. */
export const addsRestriction = (item: { readonly original: string; readonly target: string }): boolean =>
  (item.target.match(RESTRICTION)?.length ?? 0) > (item.original.match(RESTRICTION)?.length ?? 0);

/** "4, " inside "Sections 4, 4A, 6 and 7": the number as a whole item of the list, with the comma after it. */
export function listedItem(number: string): RegExp {
  // Another item follows: "in Section 4.5, shall survive" names one clause, and striking its number breaks the phrase.
  return new RegExp(String.raw`(?<=\b(?:[Ss]ections?|[Cc]lauses?)\s+(?:[\dA-Z.]{1,8}${SUB}${QUALIFIED},\s+){0,20})${escapeRegExp(number)}(?![\dA-Za-z(]|\.\d),\s+(?=[\dA-Z])`);
}

/** ", 3.2" inside "Clauses 3.1, 3.2 and 7": the number just before the list's "and", with the comma before it. */
export function itemBeforeAnd(number: string): RegExp {
  return new RegExp(String.raw`(?<=\b(?:[Ss]ections?|[Cc]lauses?)\s+(?:[\dA-Z.]{1,8}${SUB}${QUALIFIED},\s+){0,20}[\dA-Z.]{1,8}${SUB}${QUALIFIED}),\s+${escapeRegExp(number)}(?=\s+and\s+[\dA-Z])`);
}

/** ", and the licence granted in Section 4.5, " before "shall survive": a subject of its own that rests on the clause. */
function survivingSubject(number: string): RegExp {
  return new RegExp(String.raw`,\s+and\s+(?:any|the|each|all)\s[^,;.()]{0,120}?\b${CITING_WORD}\s+${escapeRegExp(number)}(?![.]?\d),(?=\s+(?:shall|will)\s+(?:survive|continue))`);
}

/** Words of five letters or more, stemmed to their first five: "development" and "develop" meet as "devel". */
const stems = (text: string) => new Set((text.toLowerCase().match(/[a-z]{5,}/g) ?? []).map((w) => w.slice(0, 5)));

interface Changed {
  readonly number: string;
  readonly item: EditItem;
  readonly struck: string;
}

/**
 * The conforming edits of clauses that lean on a changed clause, and the changed clauses' items with a note naming
 * the other clauses that cite them. Paragraphs the review already edits are left to their own edit.
 */
export function conformCitingClauses(
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  items: readonly ReviewItem[],
  choices: ReviewChoices,
): { readonly edits: EditItem[]; readonly noted: ReadonlyMap<string, EditItem>; readonly replaces: ReadonlySet<string> } {
  const edits = items.filter((item): item is EditItem => item.kind === 'edit');
  // A survival list the review already conformed (new clause numbers added) may still lose an item: the two edits join.
  const conformed = new Map(edits.filter((item) => item.findings.length === 0 && SURVIVES.test(item.original)).map((item) => [item.paragraph, item]));
  const busy = new Set(edits.filter((item) => !conformed.has(item.paragraph)).map((item) => item.paragraph));
  // A number that opens more than one paragraph (a schedule numbered afresh) names no one clause: "Clause 5" in the
  // survival list is not Schedule 4 paragraph 5 (audit75, 216 lost Clause 5 from its survival list that way).
  const opensOne = opensOneParagraph(paragraphs);
  // "(ii) Unless you have opted out …" is cited as "Section 7(b)(ii)": its path under its section (see clausePaths).
  const paths = clausePaths(paragraphs);
  const unique = (number: string) => opensOne(number) || paths.filter((path) => path === number).length === 1;
  const changed: Changed[] = edits.flatMap((item) => {
    const number = paths[item.paragraph];
    const struck = struckWords(item);
    return number === undefined || struck === '' || !unique(number) ? [] : [{ number, item, struck }];
  });
  const word = provisionWord(analysis.terms);
  const conforming: EditItem[] = [];
  const toCheck = new Map<string, string[]>();
  // One pattern per changed clause, built once: building them per paragraph grew with the document times the edits.
  const cites = new Map(changed.map((change) => [change, citation(change.number)]));
  const risky = new Set(analysis.findings.filter((f) => f.stance === 'risk').map((f) => f.paragraph));
  paragraphs.forEach((paragraph, index) => {
    if (busy.has(index) || !CITES_ANY.test(paragraph.text)) return;
    const own = paths[index];
    // "5.1 Company will not use Customer Content to train … , except as set out in Sections 5.3 and 5.4" once the review
    // took the training out of both: the numbers leave the exception together, and an exception left empty goes
    // (audit93, 246 § 5.1).
    const exceptedTogether = changed.filter((change) => change.number !== own && cites.get(change)?.test(paragraph.text) && excepts(paragraph.text, change));
    const together = exceptedTogether.length > 1 ? withoutExceptedClauses(paragraph.text, new Set(exceptedTogether.map((change) => change.number))) : undefined;
    if (together && exceptedTogether[0]) {
      const numbers = exceptedTogether.map((change) => change.number);
      const edit = citingEdit(index, paragraph.text, together, exceptedTogether[0], word, choices, analysis);
      conforming.push({ ...edit, comment: { internal: `[Internal] Conformed to the changes in ${word}s ${numbers.join(' and ')}: struck ${quoted(together)}.`, external: `We removed the exception for ${word}s ${numbers.join(' and ')}, which after our changes to them no longer permit that use.` } });
    }
    for (const change of changed) {
      if (change.number === own || !cites.get(change)?.test(paragraph.text)) continue;
      if (together && exceptedTogether.includes(change)) continue;
      const ops = leaningWords(paragraph.text, change, risky.has(index));
      // A paragraph conformed already (by the survival list's own edit, or for another changed clause) takes these ops too.
      const at = conforming.findIndex((edit) => edit.paragraph === index);
      const earlier = at >= 0 ? conforming[at] : conformed.get(index);
      if (ops && earlier) {
        const joined = joinOps(earlier.ops, ops);
        if (joined) {
          const external = withReason(earlier.comment.external, SURVIVES.test(paragraph.text) ? survivalReason(word, change.number, analysis, change.item) : `We also removed words that relied on ${word} ${change.number} as it stood before our change to it.`);
          const edit = { ...earlier, ops: joined, target: applyOps(paragraph.text, joined), comment: { internal: `${earlier.comment.internal} Also conformed to the change in ${word} ${change.number}: struck ${quoted(ops)}.`, external } };
          if (at >= 0) conforming[at] = edit;
          else conforming.push(edit);
        }
        continue;
      }
      if (ops) {
        conforming.push(citingEdit(index, paragraph.text, ops, change, word, choices, analysis));
        continue;
      }
      // A survival list that names the changed clause whole keeps what the clause now says: nothing to check.
      if (SURVIVES.test(paragraph.text) || own === undefined) continue;
      toCheck.set(change.item.key, [...(toCheck.get(change.item.key) ?? []), own]);
    }
  });
  // A paragraph the review edits for its own risk still loses "and the uses described in Section A.4" once A.4 is a
  // ban: the two edits join (audit73, 205 § A.13 kept its logs "to support … the uses described in Section A.4").
  const joinedIntoOwn: EditItem[] = [];
  for (const own of edits.filter((item) => busy.has(item.paragraph))) {
    for (const change of changed) {
      if (!(permitsNothing(change.item) || addsRestriction(change.item)) || !cites.get(change)?.test(own.original)) continue;
      const usesItem = bannedUsesItem(change.number).exec(own.original);
      const item = usesItem ?? (permitsNothing(change.item) ? productItem(change.number).exec(own.original) : null);
      const joined = item ? joinOps(own.ops, [...lastItemJoint(own.original, item), { kind: 'delete', start: item.index, end: item.index + item[0].length, text: item[0] }]) : undefined;
      if (!joined || !item) continue;
      const cited = /\b(Section|Clause|clause|[Pp]aragraph|Article)s?\s+\S+$/.exec(item[0])?.[1] ?? word;
      joinedIntoOwn.push({
        ...own,
        ops: joined,
        target: applyOps(own.original, joined),
        comment: {
          internal: `${own.comment.internal} Also struck ${usesItem ? 'the uses' : 'what was made under'} ${cited} ${change.number}, which the review turned into a prohibition.`,
          external: usesItem
            ? `${own.comment.external} We also removed the reference to the uses described in ${cited} ${change.number}, which now prohibits them.`
            : `${own.comment.external} We also removed "${item[0].replace(LEADING_JOINT, '')}", since ${cited} ${change.number} now prohibits that use.`,
        },
      });
      break;
    }
  }
  // The changed clause's own "subject to clauses 4.3 and 4.4" once 4.4 is deleted, or a clause edited for its own risk
  // that cites a ban among what it permits: the number leaves the list inside that edit.
  for (const own of edits.filter((item) => busy.has(item.paragraph))) {
    let current = joinedIntoOwn.find((edit) => edit.paragraph === own.paragraph) ?? own;
    for (const change of changed) {
      if (change.item === own || !cites.get(change)?.test(own.original)) continue;
      const permits = citedForWhatItPermits(own.original, change);
      // "8.4 Sections 3.2, 5.1 and 9 survive …[, and the license in Section 3.2 shall continue …]": a survival clause
      // struck for its own risk still lists the licence the review narrowed, which would outlast the contract.
      const ops = permits ?? (SURVIVES.test(own.original) ? outsideOf(current.ops, leaningWords(own.original, change, false)) : undefined);
      const joined = ops ? joinOps(current.ops, ops) : undefined;
      if (!joined || !ops) continue;
      const external = permits ? `We also removed the reference to ${word} ${change.number}, which ${isReserved(change.item.target) ? 'we have deleted' : 'now permits nothing'}.` : survivalReason(word, change.number, analysis, change.item);
      const edit = {
        ...current,
        ops: joined,
        target: applyOps(own.original, joined),
        comment: {
          internal: `${current.comment.internal} Also conformed to the change in ${word} ${change.number}: struck ${quoted(ops)}.`,
          external: withReason(current.comment.external, external),
        },
      };
      const at = joinedIntoOwn.findIndex((e) => e.paragraph === own.paragraph);
      if (at >= 0) joinedIntoOwn[at] = edit;
      else joinedIntoOwn.push(edit);
      // A survival list loses every narrowed licence it names; a citation of what a clause permits goes once.
      if (permits) break;
      current = edit;
    }
  }
  const noted = new Map<string, EditItem>();
  for (const change of changed) {
    const others = [...new Set(toCheck.get(change.item.key) ?? [])];
    if (others.length === 0) continue;
    const list = others.length === 1 ? `${word} ${others[0]}` : `${word}s ${others.slice(0, -1).join(', ')} and ${others[others.length - 1]}`;
    const note = `Also check ${list}, which ${others.length === 1 ? 'refers' : 'refer'} to ${word} ${change.number}.`;
    noted.set(change.item.key, { ...change.item, comment: { ...change.item.comment, internal: `${change.item.comment.internal} ${note}` }, notes: [...change.item.notes, note] });
  }
  return {
    edits: [...conforming, ...joinedIntoOwn],
    noted,
    replaces: new Set([...conforming.filter((edit) => conformed.has(edit.paragraph)), ...joinedIntoOwn].map((edit) => edit.key)),
  };
}

/** The struck words, quoted for the internal note: “, including … Clause 3.3”. */
const quoted = (ops: readonly RedlineOp[]) => ops.flatMap((op) => (op.kind === 'delete' ? [`“${op.text.trim().replace(/^,\s*/, '').replace(/,$/, '')}”`] : [])).join(' and ');

// "4.3 [Reserved.]", or a lettered item "(e) [Reserved]." that kept its sentence's full stop (474 § 14(g) kept 7(e)).
const isReserved = (text: string) => /\[Reserved\.?\]\.?\s*$/.test(text);
/** Why a changed clause left the survival list: deleted, its perpetual licence cut back, or a use it still allows. */
const survivalReason = (word: string, number: string, analysis: Analysis, item: EditItem) =>
  commentWording(
    isReserved(item.target)
      ? `We deleted ${word} ${number}, so it no longer survives.`
      : endlessStruck(item) || termLimited(item)
        ? `With our change to ${word} ${number}, the rights it gave no longer outlast this {{agreement}}, so it no longer survives.`
        : `${word} ${number} gives {{vendor}} a right to use {{customerData}} that should not outlast this {{agreement}}, so we removed it from the clauses that survive.`,
    analysis.terms,
  );

// The licence must still be there, cut back: a clause rewritten into a duty that runs after the end ("Within thirty
// days after this Agreement ends, the Licensee shall delete …") must keep surviving (audit58, 160 § 12.6).
const endlessStruck = (item: EditItem) =>
  ENDLESS.test(struckWords(item)) && LICENCE.test(item.original) && LICENCE.test(item.target) && !OWN_AFTERLIFE.test(item.target) && !addsRestriction(item);
/** "during and after the Term" cut to "during the Term": the edit ended the clause's rights with the contract. */
const AFTER_THE_TERM = /\bduring\s+and\s+(?:after|following)\b|^and\s+(?:after|following)\s+$/i;
/**
 * A clause the review limited to the Term (audit61, 169 § 4.3 and 170 § 4.5: "during and after the Term" became
 * "during the Term" while the survival list still named the clause, so the list gave back what the edit took).
 */
const termLimited = (item: EditItem) =>
  item.ops.some((op) => op.kind === 'delete' && AFTER_THE_TERM.test(op.text)) && STILL_PERMITS.test(item.target) && !OWN_AFTERLIFE.test(item.target) &&
  // A clause that now also restricts (an anonymity standard, "will not attempt to re-identify", no training) must
  // outlast the contract with the data made under it (audit85, 231 § 10.5 dropped 5.1 and its new protections).
  !addsRestriction(item);
const struckWords = (item: EditItem) => item.ops.flatMap((op) => (op.kind === 'delete' ? [op.text] : [])).join(' ');

/** Uses of the customer's data that should lapse with the contract, however the review narrowed them. */
const ENDS_WITH_THE_CONTRACT: ReadonlySet<string> = new Set(['ai-training', 'service-improvement', 'broad-license']);
/** Words by which a clause still lets the vendor do something: "may use", "a licence to", "the right to". */
const STILL_PERMITS = /\bmay\b|\blicen[cs]e\b|\bright\s+to\b/i;
/** A condition the review wrote into the grant, which must outlive the contract with the data the vendor keeps. */
const PROVISO = /\bprovided\s+that\b/i;
/**
 * A grant the review narrowed but kept ("… to maintain, improve and develop the Services and Provider's other products"
 * cut to "… to maintain the Services"): the lawyer audit of 149 § 11.5 read its number in the survival list as the
 * knock-on that keeps the use alive after termination. A clause that now forbids the use, or sets its own life after
 * the end, keeps its place; so does derived data the vendor keeps, whose conditions must outlive the contract.
 */
// A grant the review carved the customer's data out of ("…, except that this Section 3.5 does not apply to Customer
// Data") no longer reaches that data; its survival keeps only the vendor's own (audit82, 223 § 6.6 lost 3.5).
const CARVED_OUT = /\bdoes\s+not\s+apply\s+to\b/i;
// A keeping clause that lost a whole item of its list ("(c) [Reserved]", or the item struck and the rest
// re-lettered) keeps only its other items, which work after the end and which the list keeps alive: 228 § 10.6 lost
// the backups and legal-hold copies of § 10.4 when its item (c) went (audit83). A use that lost an item still uses the
// data, and leaves the list (16 § 6.3).
const ITEM_RESERVED = /^\s*\[Reserved\.?\]/;
const KEEPS = /\bmay\s+(?:retain|keep|store|hold)\b/i;
/** "; (b) Company Data incorporated into models": an item struck with its letter, the rest re-lettered (reletterList). */
const ITEM_STRUCK = /^(?:[,;] )?\((?:[a-z]|[ivx]{1,4})\) /;
const keepingLostItem = (item: EditItem) =>
  KEEPS.test(item.target) && item.ops.some((op) => (op.kind === 'insert' && ITEM_RESERVED.test(op.text)) || (op.kind === 'delete' && ITEM_STRUCK.test(op.text)));
const narrowedGrant = (item: EditItem) =>
  item.findings.some((f) => f.stance === 'risk' && ENDS_WITH_THE_CONTRACT.has(f.category)) &&
  !keepingLostItem(item) &&
  !item.ops.some((op) => op.kind === 'insert' && CARVED_OUT.test(op.text)) &&
  !item.findings.some((f) => f.category === 'aggregated-data') &&
  !item.ops.some((op) => op.kind === 'insert' && PROVISO.test(op.text)) &&
  STILL_PERMITS.test(item.target) &&
  !addsRestriction(item) &&
  !OWN_AFTERLIFE.test(item.target);
/**
 * A promise the vendor makes in the clause that protects people after the end ("… provided that Quillmark (a) does not
 * attempt to re-identify any student"):
 * it must outlast the agreement with the data, so the clause stays in the survival list (audit110: 282 § 5.3 and 281
 * § 6.5 left it, and their promises with it). A condition on the data ("provided that Aggregated Data does not identify
 * Customer") is no promise, and goes with the clause.
 */
// A proviso on the vendor's own conduct ("provided that Lumivise does not disclose Usage Data to third parties in a form
// that identifies Customer") and an assignment to the customer ("Vendor hereby assigns to Bank all right … in Outputs")
// are the customer's too (audit134, 329 § 4.2; audit135, 331 § 5.4).
export const KEEPS_PROMISES =
  /\bnot\s+(?:to\s+)?(?:attempt\s+to\s+)?re-?identif|\bprohibits?\s+(?:each|any|every|all|the)\s+recipients?\b|\bprovided\s+that\s+(?:the\s+)?[A-Z][\w-]*\s+(?:does|will|shall)\s+not\s+(?:disclose|share|sell|publish|make\s+available)\b|\bhereby\s+assigns?\s+to\b/i;

/** A clause that, after the review, permits nothing: deleted, or a ban with no "may" left. */
const permitsNothing = (item: EditItem) => isReserved(item.target) || (addsRestriction(item) && !PERMITS.test(item.target));

/** " and the uses described in Section A.4", ", the purposes set out in clause 5.2": a purpose that is another clause's uses. */
function bannedUsesItem(number: string): RegExp {
  return new RegExp(
    String.raw`(?:,\s+and|,\s+or|,|\s+and|\s+or)\s+(?:for\s+)?(?:the|any)\s+(?:other\s+)?(?:uses?|purposes?)\s+(?:described|set\s+out|set\s+forth|permitted|referred\s+to|specified)\s+(?:in|under|by)\s+${CITING_WORD}\s+${escapeRegExp(number)}(?![.]?\d)(?=\s*[,;.)])`,
  );
}

const LEADING_JOINT = /^(?:,\s+|\s+)(?:and|or)\s+/;
/** Words that make the span after a comma a clause of its own rather than an item of a list. */
const CLAUSE_WORD = /\b(?:that|which|who|save|except|provided|may|shall|will|must|can|is|are)\b/;

const BANS_TRAINING = /\b(?:will|shall|must|may)\s+not\b[^.;]{0,160}?\b(?:train|fine-tun)/i;
/**
 * Whether the clause's exception should no longer cite the change: the changed clause permits nothing now, or the
 * clause bans training and the review struck the training the changed clause permitted.
 */
const excepts = (text: string, change: Changed): boolean =>
  !SURVIVES.test(text) && (permitsNothing(change.item) || (BANS_TRAINING.test(text) && TRAINING_WORD.test(change.struck) && !namesTrainingNotDenied(change.item.target)));

/**
 * "as permitted by clauses 3.2, 4.2 and 5.1" once 4.2 is a ban, "subject to clauses 4.3 and 4.4" once 4.4 is deleted:
 * the number leaves a list that keeps others (audit92, 247 §§ 4.2, 7.2 and 8.2). A survival list has its own rules.
 */
function citedForWhatItPermits(text: string, change: Changed): RedlineOp[] | undefined {
  if (SURVIVES.test(text)) return undefined;
  const permitting = permitsNothing(change.item) ? withoutPermittingClause(text, change.number) : undefined;
  return (
    permitting ??
    (isReserved(change.item.target) ? withoutQualifyingClause(text, change.number) : undefined) ??
    (permitsNothing(change.item) ? withoutLeadingSubjectTo(text, change.number) : undefined)
  );
}

/** " and any models trained under Section 4.2": the last item of a list, made by the use another clause gave. */
function productItem(number: string): RegExp {
  return new RegExp(
    String.raw`(?:,\s+and|,\s+or|\s+and|\s+or)\s+(?:any|all|the)\s+[^,;.()]{1,80}?\s(?:trained|developed|created|made|derived|generated|produced|improved|built)\s+(?:under|pursuant\s+to|in\s+accordance\s+with|as\s+permitted\s+(?:by|under))\s+${CITING_WORD}\s+${escapeRegExp(number)}(?![.]?\d)(?=\s*[,;.])`,
  );
}

/**
 * "troubleshooting, abuse detection and the uses described in Section A.4" loses its last item: the "and" moves to
 * the comma before the item that is now last ("troubleshooting and abuse detection").
 */
function lastItemJoint(text: string, item: RegExpExecArray): RedlineOp[] {
  const joint = /^\s+(and|or)\b/.exec(item[0]);
  const before = text.slice(0, item.index);
  const comma = before.lastIndexOf(',');
  // ", save that Provider may retain Aggregated Data and …": the comma opens a clause, not a list, and keeps its place.
  if (!joint || comma < 0 || item.index - comma > 80 || /[;.]/.test(before.slice(comma)) || CLAUSE_WORD.test(before.slice(comma))) return [];
  return [{ kind: 'delete', start: comma, end: comma + 1, text: ',' }, { kind: 'insert', at: comma + 1, text: ` ${joint[1]}` }];
}

/** The ops striking the words that rest on the change, or undefined when none can go on their own. */
function leaningWords(text: string, change: Changed, risky: boolean): RedlineOp[] | undefined {
  const aside = restingAside(change.number).exec(text);
  if (aside) {
    // "The Clause Models and all improvements to them, including … under clause 7.1, are owned …": the comma that closed
    // the aside goes with it, or one is left between the subject and its verb (audit178, 405 § 7.2).
    const after = aside.index + aside[0].length;
    const end = after + (ASIDE_CLOSED_BEFORE_VERB.test(text.slice(after)) ? 1 : 0);
    return [{ kind: 'delete', start: aside.index, end, text: text.slice(aside.index, end) }];
  }
  // "Sections 4, 6 and 7 survive" after the review struck "perpetual, irrevocable" from licence 4: the licence no longer
  // outlasts the agreement, and the list would keep it alive.
  // A licence rewritten to last "afterwards only while" the data is held needs the list to keep that window open
  // (lawyer audit of 93: striking it contradicted the new clause).
  // A clause the review deleted ("4.3 [Reserved.]") has nothing left to survive: its number leaves the list.
  const deleted = SURVIVES.test(text) && isReserved(change.item.target) ? listedItem(change.number).exec(text) ?? itemBeforeAnd(change.number).exec(text) : null;
  if (deleted) return [...itemStrike(text, deleted), ...continuingLimb(text, change.number)];
  // A clause rewritten into a restriction ("… shall not use it to train any model") must outlast the agreement too
  // (audit41: striking it let the restriction lapse while the data was kept).
  // A grant narrowed but kept leaves the list too, unless the list carries a risk of its own that the review leaves:
  // editing it then would change a paragraph that still reads as a risk.
  const endless = SURVIVES.test(text) && !KEEPS_PROMISES.test(change.item.target) && (endlessStruck(change.item) || termLimited(change.item) || (!risky && narrowedGrant(change.item))) ? listedItem(change.number).exec(text) ?? itemBeforeAnd(change.number).exec(text) ?? survivingSubject(change.number).exec(text) : null;
  if (endless) return [...itemStrike(text, endless), ...continuingLimb(text, change.number)];
  // "Save as permitted by clauses 4.4 and 4.6, the Supplier shall not …" once 4.6 permits nothing (a ban, or deleted):
  // the exception no longer cites it (audit68, 198 § 4.2).
  const excepted = excepts(text, change) ? withoutExceptedClause(text, change.number) ?? withoutCitedReservation(text, change.number) : undefined;
  if (excepted) return excepted;
  const listed = citedForWhatItPermits(text, change);
  if (listed) return listed;
  // "…, save that Provider may retain Aggregated Data and any models trained under Section 4.2." once 4.2 is a ban:
  // the item keeps what the banned use would have made, so it goes with its joint.
  const product = permitsNothing(change.item) ? productItem(change.number).exec(text) : null;
  if (product) return [...lastItemJoint(text, product), { kind: 'delete', start: product.index, end: product.index + product[0].length, text: product[0] }];
  // "3.1 (solely for the retention periods described in Section 6.5)" beside a 3.1 rewritten to last "afterwards only
  // while" the data is held: that window is what the limb keeps open (audit80, 223 § 6.6).
  const survival = SURVIVES.test(text) && !OWN_AFTERLIFE.test(change.item.target) ? qualifiedSurvival(change.number).exec(text) : null;
  if (!survival) return undefined;
  // Only where the limb kept alive is what the change struck ("development of … models" beside struck "develop …
  // models"): a limb about something else still survives.
  const limb = stems(survival[0]);
  const shared = [...stems(change.struck)].filter((stem) => limb.has(stem));
  return shared.length >= 2 ? [{ kind: 'delete', start: survival.index, end: survival.index + survival[0].length, text: survival[0] }] : undefined;
}


function citingEdit(index: number, original: string, ops: RedlineOp[], change: Changed, word: string, choices: ReviewChoices, analysis: Analysis): EditItem {
  const survival = SURVIVES.test(original);
  // "3(g), " is the item whole: the bracket is its number's own (468 § 18(a)), not a qualifier kept alive.
  const wholeItem = survival && ops.every((op) => op.kind !== 'delete' || !op.text.replace(change.number, '').includes('('));
  return conformingEdit(index, original, ops, change.item.issues, choices.position, {
    internal: `[Internal] Conformed to the change in ${word} ${change.number}: struck ${quoted(ops)}.`,
    external: wholeItem
      ? survivalReason(word, change.number, analysis, change.item)
      : survival
        ? `With our change to ${word} ${change.number}, the part of it this list kept alive no longer exists, so we removed it from the clauses that survive.`
        : `We removed words that relied on ${word} ${change.number} as it stood before our change to it.`,
  });
}
