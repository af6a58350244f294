// Edits that keep the rest of the contract in step with the review's own: the refusal of audits made subject to the
// inserted audit clause, the survival list given the inserted clauses that must outlive the contract, and clauses
// that only qualified a clause the review deleted. Pure: engine and playbook only.
import { applyOps } from '../engine/applyOps';
import type { Analysis, Paragraph, RedlineOp } from '../engine/types';
import { addsRestriction } from './citingClauses';
import { auditDenial, exceptForClause, provisionWord, referenceTo } from './conformDenial';
import { conformingEdit, editKey, type EditItem, type InsertItem, type ReviewChoices, type ReviewItem } from './reviewItems';
import { clausePaths, numberAtStart, opensOneParagraph } from './clauseNumbers';
import { isCustomerRight } from './customerOption';
import { numberingPrefixLength as numberPrefix } from './redline/sentenceSpan';
import { escapeRegExp } from './redline/surgical/context';
import { RESERVED, RESERVED_ITEM } from './reviewComments';
import { reserveClause } from './strikes';
import { survivalEdit } from './survivalList';
import { namesTrainingNotDenied, TRAINING_WORD } from './trainingWords';
import { commentWording } from './wording';

/** The contract's refusal of audits, made subject to the audit clause this review inserts (see conformDenial.ts). */
export function denialItem(analysis: Analysis, paragraphs: readonly Paragraph[], items: readonly ReviewItem[], choices: ReviewChoices): EditItem | undefined {
  const audit = items.find((item): item is InsertItem => item.kind === 'insert' && item.answers === 'audit');
  const denial = audit && audit.number !== '' ? auditDenial(paragraphs) : undefined;
  const original = denial && paragraphs[denial.paragraph]?.text;
  if (!audit || !denial || original === undefined || items.some((item) => item.kind === 'edit' && item.paragraph === denial.paragraph)) return undefined;
  const reference = referenceTo(paragraphs, audit.after, audit.number);
  const ops = exceptForClause(original, denial, reference, analysis.terms);
  const where = `${provisionWord(analysis.terms)} ${reference}`;
  return conformingEdit(denial.paragraph, original, ops, [audit.issue], choices.position, {
    internal: `[Internal] The refusal of audits conformed to the new ${where}.`,
    external: `We made this sentence subject to the new ${where}, so that the audit right we ask for and the refusal of audits do not contradict each other.`,
  });
}

/**
 * The survival clause, conformed to the inserted clauses that must outlive the contract (see survivalList.ts), and to
 * the clauses this review turned into bans: a ban that lapses when the contract ends leaves data the vendor keeps free
 * to use (audit54, 144 § 12.3: the new prohibitions in 3.5 and 4.5 were left out while 8.1 kept the data seven years).
 */
export function survivalItem(analysis: Analysis, paragraphs: readonly Paragraph[], items: readonly ReviewItem[], choices: ReviewChoices): EditItem | undefined {
  const inserts = items.filter((item): item is InsertItem => item.kind === 'insert');
  // A number that opens more than one paragraph (a schedule numbered afresh: "5.2" in Schedule 1 and in the body) is
  // not the banned clause's name: in the survival list it would save the other one (audit74, 211 cl. 10.5 gained the
  // late-payment clause 5.2 for Schedule 1 paragraph 5.2).
  const unique = opensOneParagraph(paragraphs);
  const bans = items.flatMap((item) => {
    const number = item.kind === 'edit' && addsRestriction(item) ? numberAtStart(item.original) : undefined;
    return number === undefined || !unique(number) ? [] : [{ number, answers: 'no-training' }];
  });
  const busy = new Set(items.flatMap((item) => (item.kind === 'edit' ? [item.paragraph] : [])));
  // A data-use agreement's own limit on the data ("shall not use the Licensed Data … to train any other model") must
  // outlive it too: the developer keeps the model, and often an archive, after the end (audit210, 467 § 17.1 left 2.3
  // out, so the ban on training other products lapsed with the term).
  const limits = analysis.mode === 'dua' ? analysis.findings.flatMap((f) => {
    const number = f.stance === 'protective' && f.rules.includes('dua-use-denied-beyond-purpose') ? numberAtStart(paragraphs[f.paragraph]?.text ?? '') : undefined;
    return number === undefined || !unique(number) || busy.has(f.paragraph) ? [] : [{ number, answers: 'no-training' }];
  }) : [];
  // The same for a new clause: "3.3" inserted in a schedule numbered afresh would read, in the body's survival list, as
  // the body's own clause 3.3 (272 gained "3.3, 3.3").
  const named = inserts.filter((item) => !paragraphs.some((paragraph) => numberAtStart(paragraph.text) === item.number));
  const found = survivalEdit(paragraphs, analysis, [...named, ...bans, ...limits], busy);
  const original = found && paragraphs[found.paragraph]?.text;
  if (!found || original === undefined) return undefined;
  const word = provisionWord(analysis.terms);
  const list = (numbers: readonly string[]) => (numbers.length === 1 ? `${word} ${numbers[0]}` : `${word}s ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`);
  const added = found.added.filter((n) => named.some((item) => item.number === n));
  const standing = found.added.filter((n) => !added.includes(n) && !bans.some((b) => b.number === n));
  const banned = found.added.filter((n) => !added.includes(n) && !standing.includes(n));
  const issues = [...named.filter((item) => added.includes(item.number)).map((item) => item.issue), ...items.flatMap((item) => (item.kind === 'edit' && banned.includes(numberAtStart(item.original) ?? '') ? item.issues : []))];
  const fill = (t: string) => commentWording(t, analysis.terms);
  // "(as we have revised it)": "(which now prohibits that use)" named no use before it (audit157, 353 § 10.5).
  const what = [added.length > 0 ? `the new ${list(added)}` : '', banned.length > 0 ? `${list(banned)} (as we have revised ${banned.length === 1 ? 'it' : 'them'})` : '', standing.length > 0 ? `${list(standing)} (which limit${standing.length === 1 ? 's' : ''} the use of {{customerData}})` : '']
    .filter((t) => t !== '')
    .join(' and ');
  return conformingEdit(found.paragraph, original, found.ops, issues, choices.position, {
    internal: `[Internal] Survival conformed to ${what}.`,
    external: fill(`We added ${what} to the clauses that survive, so that ${found.added.length === 1 ? 'it continues' : 'they continue'} to protect {{customerData}} still held after this {{agreement}} ends.`),
  });
}


/** A customer's lever over a use: "may ask that Candidate Data not be used for …", "opt out of", "switch off". */
// "may … disable the inclusion of its Video Data in the training datasets described in Section 5.2" too (411 § 5.6).
// "may … elect that Customer Data shall no longer be used under clause 5.2" is the same lever (audit53, 138 § 5.4).
// "may elect to exclude its Inputs … from the uses described in Section A.4" is one too (audit73, 205 § A.5).
// "exclude Customer's Call Recordings from the model development described in Section 4.3" (audit86 first run, 233 § 4.6).
// "may disable the "Model Improvement" setting …, in which case we will stop using …" is one too (474 § 8(e)).
const LEVER =
  /\b(?:opts?\s+out|opting\s+out|withdraw|switch(?:es|ing)?\s+off|turn(?:s|ing)?\s+off|stop\s+(?:us|[A-Z][\w-]*)\s+from\s+using|object\s+to|(?:ask|elect)s?\s+that\b[^.;]{0,80}?\b(?:not|no\s+longer)\s+be\s+used|exclude[ds]?\s[^.;]{0,80}?\bfrom\s+(?:the\s+|any\s+)?(?:[\w-]+\s+)?(?:uses?|training|processing|development|improvement)\b|require\s+(?:the\s+)?[A-Z][\w-]*\s+to\s+(?:cease|stop)\s+using\b|disabl(?:e|es|ing)\s+(?:the\s+)?(?:inclusion|use)\s+of\b|(?:disabl(?:e|es|ing)|turn(?:s|ing)?\s+off)\s+(?:the\s+)?(?:[“”"][^“”"]{1,40}[“”"]\s+|[A-Z][\w-]*\s+){1,3}(?:setting|toggle|option|control)\b)\b/i;
/**
 * "Where the Subscriber has selected the "Ring-Fenced Tenancy" option …, Veridane will cease using Claims Materials for
 * Model Enhancement under Clause 3.3": the customer's election, and the vendor's stopping that follows from it, is the
 * same lever (audit78, 217 § 3.6; "elect that Call Data … is excluded from the training", 219 § 6.4).
 */
const ELECTED_STOP =
  /^(?:where|if|once|from\s+the\s+date)\b[^.;]{0,60}?\b(?:has\s+)?(?:selected|elected|chosen|opted|purchased|subscribed)\b[^.;]{0,160}?,\s+(?:the\s+)?[A-Z][\w-]*\s+(?:will|shall)\s+(?:cease|stop|no\s+longer)\b/i;
const BANNED = /\b(?:shall|will)\s+not\b/;
/** A permission struck with its verb: ", and Chartwell may use, disclose and retain De-identified Data …". */
const STRUCK_PERMISSION = /\b(?:may|is\s+entitled\s+to|shall\s+be\s+entitled\s+to)\s+(?:\w+\s+){0,2}?(?:use|process|exploit|retain|train|disclose)\b/i;
/** An edit that struck the training a clause permitted and left it permitting none (other uses may remain). */
const trainingStruck = (item: EditItem): boolean =>
  item.ops.some((op) => op.kind === 'delete' && TRAINING_WORD.test(op.text)) && PERMITS_TRAINING.test(item.original) && !LEVER.test(item.original) &&
  !namesTrainingNotDenied(item.target);
/** "Company may collect, use … including to train": a permission that reaches training. */
const PERMITS_TRAINING = /\bmay\b(?!\s+not\b)[^.;]{0,200}?\b(?:train|fine-tun)/i;
/** A grant the customer could still withdraw: "authorises", "grants", "consents to", "permits". */
const STILL_AUTHORISES = /\b(?:authori[sz]es|grants|consents\s+to|permits)\b/i;
/** "[Reserved.]", or "[Reserved]" for a lettered item: what a deleted clause leaves. */
const reserves = (op: RedlineOp): boolean => op.kind === 'insert' && (op.text === RESERVED || op.text === RESERVED_ITEM);
/** "An opt-out takes effect within 30 days …", "Opting out does not affect …": a clause about how the opt-out works. */
const OPT_OUT_MECHANICS = /^(?:(?:an?|any|the|such)\s+)?(?:opting\s+out|opt-?outs?)\b/i;
/** A clause whose subject is the lever itself: "Opting out under Section 3.6 takes effect within thirty days …". */
const LEVER_AS_SUBJECT = /^(?:(?:any|an?|the|such)\s+)?(?:opting\s+out|opt-?outs?|withdrawals?|objections?)\s+(?:under|pursuant\s+to|of|from)\b/i;
/**
 * A clause whose subject is what the use made, with the clause that allowed it: "Models trained under Section 4.2 …
 * remain the property of Provider", "Any Improvements developed pursuant to clause 3.3 …". The citation comes as the
 * first number of the sentence; the group captures it.
 */
const FRUIT_AS_SUBJECT =
  /^(?:(?:any|all|the|such|each)\s+)?(?:[\w-]+\s+){0,4}?(?:trained|retrained|fine-tuned|developed|built|created|made|generated|derived|improved|produced|compiled)\s+(?:by\s+[\w-]+\s+)?(?:under|pursuant\s+to|in\s+accordance\s+with|as\s+permitted\s+(?:by|under)|as\s+described\s+in)\s+(?:Section|Clause|clause|[Pp]aragraph)\s+([\dA-Z][\d.]*\d|\d)(?![.\d])/i;
/**
 * "Before using Your Content for training under Section 7(b)(ii), we apply …", "Before using Candidate Data for the
 * purposes in paragraph 5.1, …": a clause that only sets how a use the review took away is carried out (audit212, 468
 * § 7(b)(iii) was trimmed and left describing a deleted use; audit214, 469 Sch 2 ¶5.2).
 */
const PRECONDITION =
  /^(?:before|prior\s+to)\s+(?:using|we\s+use|[A-Z][\w-]*\s+uses)\b[^,;]{0,120}?\b(?:under|pursuant\s+to|in\s+accordance\s+with|for\s+the\s+purposes\s+(?:(?:set\s+out|described)\s+)?in)\s+(?:Section|Clause|clause|[Pp]aragraph)\s+([\dA-Z][\d.]*(?:\([a-z0-9]{1,4}\))*)(?=,)/i;
/** "Opt-Out. ", "Leaving the Program. ": a run-in heading, its small words in lower case, ending on a capital word. */
const HEADING_ONLY_START = /^[A-Z][\w-]*(?: (?:(?:of|the|and|for|from|to|in|on)\s)?[A-Z][\w-]*){0,5}\.\s+(?=[A-Z])/;
/** "A.5 Model Improvement Program. Unless …": a clause's run-in heading of two to six title-case words. */
const RUN_IN_HEADING = /^\s*(?:(?:[A-Z]\.)?\d[\d.]*\s+)?([A-Z][\w-]*(?: [A-Z][\w-]*){1,5})\.\s/;
/**
 * "Customer may opt out of the Model Improvement Program …": a lever naming the banned clause by its heading rather
 * than its number (audit53, 137 § A.6 kept an opt-out from a programme the review had abolished).
 */
function namesHeading(text: string, banned: string): boolean {
  const heading = RUN_IN_HEADING.exec(banned)?.[1];
  return heading !== undefined && text.slice(RUN_IN_HEADING.exec(text)?.[0].length ?? 0).includes(heading);
}

/**
 * "3.3 … participates in the Vetrellis Clinical Insights Program (the "Program") …" struck, and "3.4 … may opt out of
 * the Program": the switch names the programme by the short name the struck words defined (audit89, 238 Supplement).
 */
function namesDefinedTerm(text: string, item: EditItem): boolean {
  const struck = item.ops.flatMap((op) => (op.kind === 'delete' ? [op.text] : [])).join(' ');
  const defined = /\(\s*(?:the\s+)?["“]([^"”]{2,60})["”]\s*\)/.exec(struck)?.[1];
  return defined !== undefined && new RegExp(`\\bthe\\s+${escapeRegExp(defined)}\\b`).test(text);
}

const SURVIVAL = /\bsurviv(?:e|es|al)\b/i;
/** "clause 4.2", "Sections 4.2": where a paragraph cites the clause numbered `number` (a trailing full stop ignored). */
const citationOf = (number: string) =>
  new RegExp(`\\b(?:Sections?|Clauses?|clauses?|[Pp]aragraphs?)\\s+${escapeRegExp(number.replace(/\.$/, ''))}(?![.]?\\d)`);
/**
 * "paragraph 3.2", "Section A.4": the word the clause itself cites the number with, singular, for the comment; a
 * schedule numbered in paragraphs is cited as one (audit74, 211 Sch 1 ¶3.3 was told about "clause 3.2").
 */
const citedAs = (text: string, number: string): string | undefined => {
  const word = new RegExp(`\\b(Section|Clause|clause|[Pp]aragraph)s?\\s+${number.replace(/\.$/, '').replace(/\./g, '\\.')}(?![.]?\\d)`).exec(text)?.[1];
  return word === 'Paragraph' ? 'paragraph' : word;
};

/** A paragraph of more than one sentence does more than deal with the fruit: it stays, with the changed clause's note. */
const SECOND_SENTENCE = /[.;]\s+[A-Z(]/;

/**
 * "G7. … administrator may disable any or all AI Features …, and may opt out of the use … described in Section G5 by
 * turning off the … setting. An opt-out applies only to …": the customer's other right stays; only the opt-out limb
 * and the sentences about the opt-out go (audit75, 215 G7 reserved whole took the right to disable the features).
 */
function leverLimb(text: string): RedlineOp[] | undefined {
  // The body starts after the number and a run-in heading ("G7. Administrator Controls. ").
  const numbered = numberPrefix(text);
  const begin = numbered + (HEADING_ONLY_START.exec(text.slice(numbered))?.[0].length ?? 0);
  const end = text.slice(begin).search(/\.(?=\s|$)/);
  if (end < 0) return undefined;
  const stop = begin + end;
  const at = text.slice(0, stop).lastIndexOf(', and may ');
  if (at < begin || !LEVER.test(text.slice(at, stop)) || !/\bmay\b/.test(text.slice(begin, at))) return undefined;
  const ops: RedlineOp[] = [{ kind: 'delete', start: at, end: stop, text: text.slice(at, stop) }];
  // The sentences after it that only say how the opt-out works go with it.
  let from = stop + 1;
  while (from < text.length) {
    const next = text.slice(from).search(/\.(?=\s|$)/);
    if (next < 0) break;
    const sentence = text.slice(from, from + next + 1);
    if (!LEVER_AS_SUBJECT.test(sentence.trim()) && !/^(?:an?|any|such)\s+opt-?out\b/i.test(sentence.trim())) break;
    ops.push({ kind: 'delete', start: from, end: from + next + 1, text: sentence });
    from += next + 1;
  }
  return ops;
}

/**
 * "3.6 Client may ask that Candidate Data not be used for the purpose described in Section 3.5 …; however, model
 * parameters already derived will not be withdrawn": once the review has turned Section 3.5 into a ban (or deleted
 * it), a clause that only lets the customer opt out of it is moot and reads as a contradiction (the lawyer audits of
 * agreements 33–36 and 41–44). It is deleted, its number kept as "[Reserved.]".
 */
/** A clause number after "Section", "Clause" or "paragraph": "Section A.4", "clause 6.5". */
const CITED_NUMBER = /\b(?:Sections?|Clauses?|clauses?|[Pp]aragraphs?)\s+([A-Z]?\.?\d+(?:\.\d+)*)/g;

export function mootOptOutItems(
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  items: readonly ReviewItem[],
  choices: ReviewChoices,
): { readonly reserved: EditItem[]; readonly fallbacks: readonly { readonly paragraph: number; readonly reason: string }[] } {
  const fallbacks: { paragraph: number; reason: string }[] = [];
  const edits = items.filter((item): item is EditItem => item.kind === 'edit');
  // Answered: turned into a ban, reserved, or struck of its permission (", and Chartwell may use … for any purpose").
  const answered = edits.filter((item) =>
    item.ops.some((op) => reserves(op) || (op.kind === 'insert' && BANNED.test(op.text)) || (op.kind === 'delete' && STRUCK_PERMISSION.test(op.text))),
  );
  // "5.5 Customer may opt out of Company's use of Service Data to train models under Section 5.3" once the review struck
  // the training from 5.3 and left its other uses: a switch about training has nothing left to switch (audit93, 246).
  const trainingOnly = edits.filter((item) => !answered.includes(item) && trainingStruck(item));
  answered.push(...trainingOnly);
  // A clause the review only trimmed ("…, and does not require us to remove information from models") is still moot:
  // its deletion takes the trim's place. A clause the review itself turned into a ban stays as the review left it.
  const busy = new Set(answered.map((item) => item.paragraph));
  // "(ii) Unless you have opted out …" is cited as "Section 7(b)(ii)" (see clausePaths).
  const paths = clausePaths(paragraphs);
  const numberOf = (index: number) => paths[index];
  const numbers = answered.flatMap((item) => {
    const number = numberOf(item.paragraph);
    return number === undefined ? [] : [{ number, item }];
  });
  // "…, and, unless Customer opts out under Section 5.4, to improve the general models …" struck whole: the words that
  // pointed to the opt-out went with the use it opted out of (audit54, 141 § 5.4).
  const optOutStruck = (number: string) =>
    edits.find((item) => item.ops.some((op) => op.kind === 'delete' && new RegExp(`${LEVER.source}[^.;]{0,40}?\\b(?:Section|Clause|clause)\\s+${number.replace(/\./g, '\\.')}(?![.]?\\d)`, 'i').test(op.text)));
  if (numbers.length === 0 && !edits.some((item) => item.ops.some((op) => op.kind === 'delete' && LEVER.test(op.text)))) return { reserved: [], fallbacks };
  const word = provisionWord(analysis.terms);
  const edited = new Set(edits.map((item) => item.paragraph));
  // Only a clause still read as a risk keeps the use alive; a protection's own "except as set out in Section A.5" does
  // not, and there the switch is moot (audit53, 137 § A.6).
  const risky = new Set(analysis.findings.filter((f) => f.stance === 'risk').map((f) => f.paragraph));
  // "…, whether or not you have turned off model training under Section A5.1": a use said to go on regardless of the
  // switch does not rely on it (225 § A4.3 kept a moot opt-out alive).
  const stillCited = (number: string, own: number, target: number) => {
    const cites = citationOf(number);
    const regardless = new RegExp(`\\b(?:whether\\s+or\\s+not|regardless\\s+of|irrespective\\s+of)\\b[^.;]{0,80}?${cites.source}`);
    return paragraphs.some((p, i) => i !== own && i !== target && !edited.has(i) && risky.has(i) && !SURVIVAL.test(p.text) && cites.test(p.text) && !regardless.test(p.text));
  };
  // Another clause the lever names that still permits a use: a risk the review did not turn into a ban or delete.
  const otherSwitched = (text: string, number: string, own: number) =>
    [...text.matchAll(CITED_NUMBER)].map((m) => m[1] ?? '').find((cited) => {
      if (cited === number || numbers.some((n) => n.number.replace(/\.$/, '') === cited)) return false;
      const at = paragraphs.findIndex((p, i) => i !== own && numberAtStart(p.text)?.replace(/\.$/, '') === cited);
      return at >= 0 && risky.has(at);
    });
  const limbTarget = (own: string | undefined) => {
    const item = own === undefined ? undefined : optOutStruck(own);
    const number = item && numberAtStart(item.original);
    return item && number !== undefined ? { number, item, limb: true } : undefined;
  };
  // The last clause deleted here as moot, whose number and target a clause on how its opt-out works follows.
  let moot: { readonly index: number; readonly target: NonNullable<ReturnType<typeof limbTarget>> | (typeof numbers)[number] } | undefined;
  const reserved = paragraphs.flatMap((paragraph, index): EditItem[] => {
    // A clause that also promises something else (a deletion, confidentiality) is not only a lever: it stays.
    // Only a clause whose subject is the customer pulling the lever ("Client may ask that …"): "Even if you opt out
    // under Section 3.3, we may review …" names the opt-out but is the vendor's own right.
    // "A.6 Opt-Out. Customer may opt out …": the run-in heading is not the clause's subject.
    const body = paragraph.text.slice(numberPrefix(paragraph.text)).replace(HEADING_ONLY_START, '');
    // The stop a paid election buys reads as a promise not to train; it is the lever itself, not a promise beside it.
    const elected = ELECTED_STOP.test(body);
    const promises = analysis.findings.some((f) => f.paragraph === index && f.stance === 'protective' && f.category !== 'opt-out' && !(elected && f.category === 'no-training'));
    // "(ii) An opt-out takes effect within 30 days …" right after the moot opt-out: how the deleted switch worked goes with it.
    const follows = moot !== undefined && moot.index === index - 1 && OPT_OUT_MECHANICS.test(body) ? moot.target : undefined;
    const lever = (isCustomerRight(body, [analysis.terms.customer, ...analysis.parties.customerAliases]) && LEVER.test(body)) || LEVER_AS_SUBJECT.test(body) || elected || follows !== undefined;
    const fruit = lever || SECOND_SENTENCE.test(body.trimEnd().replace(/[.]$/, '')) ? undefined : FRUIT_AS_SUBJECT.exec(body)?.[1] ?? PRECONDITION.exec(body)?.[1];
    if (busy.has(index) || promises || (!lever && fruit === undefined)) return [];
    // A switch whose use the review only took the training out of is moot only where training is what it switches.
    const switches = ({ item }: { item: EditItem }) => !trainingOnly.includes(item) || (TRAINING_WORD.test(body) && fruit === undefined);
    const target = follows ?? (fruit !== undefined
      ? numbers.filter(switches).find(({ number }) => number.replace(/\.$/, '') === fruit)
      : numbers.filter(switches).find(({ number, item }) => citationOf(number).test(paragraph.text) || namesHeading(paragraph.text, item.original) || namesDefinedTerm(paragraph.text, item)) ??
        limbTarget(numberOf(index)));
    // "Customer authorises Chartwell to de-identify …, and Chartwell shall not use …": the clause still authorises
    // something, so withdrawing that authorisation still means something; a customer's fallback is not given up.
    const stillAuthorises = target !== undefined && STILL_AUTHORISES.test(target.item.target);
    // "A.5 Customer may … opt out of the uses described in Section A.4 and of … under Section 6.5" once only 6.5 is a
    // ban: the switch still works on A.4, so it stays as the customer's fallback (audit118, 297 § A.5).
    // "Opting out does not affect our use … under Section 7(b)(i)" names other uses only to keep them out of the switch.
    const other = target === undefined || follows !== undefined ? undefined : otherSwitched(paragraph.text, target.number, index);
    if (other !== undefined) {
      fallbacks.push({ paragraph: index, reason: `it also lets the customer opt out of ${word} ${other}, which the review leaves permitted, so the customer's switch is kept` });
      return [];
    }
    if (target && stillAuthorises) {
      // Its own trims go too: the ban in the clause it refers to already answers what the withdrawal left behind.
      fallbacks.push({ paragraph: index, reason: `it lets the customer withdraw what ${word} ${target.number} still authorises, a fallback kept beside the ban the review wrote there` });
      return [];
    }
    // "9.4 … need not retrain any model trained under clause 4.2": a risk the review leaves still relies on the use, so
    // the use may outlive the edit, and the customer's switch stays as its fallback (audit62b, 174 § 4.6 read its
    // deletion as wrong-target).
    // A switch named by the short name the deleted clause defined has nothing left to name: it goes whatever else cites
    // the clause.
    const nameless = target !== undefined && fruit === undefined && !citationOf(target.number).test(paragraph.text) && namesDefinedTerm(paragraph.text, target.item);
    const reliedOn = target === undefined || nameless ? undefined : [target.number, numberOf(index)].find((n) => n !== undefined && stillCited(n, index, target.item.paragraph));
    if (target && reliedOn !== undefined) {
      // A paid election the vendor honours is no switch the customer keeps as its fallback: its trims stand (217 § 3.6).
      const electedOnly = elected && !LEVER.test(body);
      if (!electedOnly) fallbacks.push({ paragraph: index, reason: `other clauses the review leaves still rely on ${word} ${reliedOn}, so the customer's switch is kept as its fallback` });
      return [];
    }
    const limbOnly = target ? leverLimb(paragraph.text) : undefined;
    const ops = limbOnly ?? (target && numberOf(index) !== undefined ? reserveClause(paragraph.text) : undefined);
    if (!target || !ops) return [];
    moot = { index, target };
    const cited = citedAs(paragraph.text, target.number) ?? word;
    return [
      {
        kind: 'edit',
        key: editKey(index),
        paragraph: index,
        findings: analysis.findings.filter((f) => f.paragraph === index),
        issues: target.item.issues,
        positionId: choices.position,
        original: paragraph.text,
        target: applyOps(paragraph.text, ops),
        ops,
        wordLevel: true,
        comment: {
          internal: limbOnly
            ? `[Internal] Struck as moot: the opt-out from ${cited} ${target.number}, which the review turned into a prohibition; the clause's other rights stay.`
            : fruit !== undefined
            ? `[Internal] Deleted as moot: it dealt with what was made under ${cited} ${target.number}, which the review turned into a prohibition.`
            : `[Internal] Deleted as moot: it let the customer opt out of ${cited} ${target.number}, which the review turned into a prohibition.`,
          external: limbOnly
            ? commentWording(`We have struck the opt-out from ${cited} ${target.number}, which now prohibits that use, so there is no use left to opt out of. {{customer}}'s other rights in this clause stay.`, analysis.terms)
            : 'limb' in target
            ? // Through the contract's voice: in a we/you contract the customer writing back is "us" (audit227, 498 § 7.4).
              commentWording(`We have deleted this clause. We struck from ${cited} ${target.number} the use it let {{customer}} opt out of, so there is no use left to opt out of, and keeping the clause would suggest otherwise.`, analysis.terms)
            : `We have deleted this clause. With ${target.item.ops.some(reserves) ? `${cited} ${target.number} deleted` : target.item.ops.some((op) => op.kind === 'insert' && BANNED.test(op.text)) ? `${cited} ${target.number} now a prohibition` : `the ${trainingOnly.includes(target.item) ? 'training' : 'use'} ${cited} ${target.number} allowed struck from it`}, ${PRECONDITION.test(body) ? 'there is nothing left for this clause to govern' : fruit !== undefined ? 'nothing can be made under it' : 'there is no use left to opt out of'}, and keeping the clause would suggest otherwise.`,
        },
        notes: [],
      },
    ];
  });
  return { reserved, fallbacks };
}
