// "In the event of conflict, the following order of precedence applies: the Order Form, Schedule 3, the clauses of this
// Agreement, …"; "this Addendum prevails over the body of the Agreement with respect to the AI Features": a part ranked
// above the body outranks every protection the review writes in the body, so vendor's counsel answers the markup with
// the schedule the review left standing (lawyer audits of 369 § 16.5, 373 § 16.1, 375 § 13.2 and 367 § C.1). The
// precedence clause keeps its order for everything else and gains one sentence: nothing ranked above the body permits a
// use of the customer's data that the clauses the review changed would not permit. Only a part that can hold such a
// use is named: one in the document where the analysis found two data-use risks, or one the review left; or a document
// the contract does not contain (an Order Form, the Policies), unless it is a data processing agreement or the like.
// partRank reads the same lists for keys; this reads them for the names the new sentence writes.
// Pure: engine types and the review's helpers.
import { isSurvivalList } from './survivalList';
import { applyOps } from '../engine/applyOps';
import type { Analysis, Paragraph } from '../engine/types';
import type { PlaybookIssue } from '../playbook/schema';
import { numberAtStart, opensOneParagraph } from './clauseNumbers';
import { provisionWord } from './conformDenial';
import { PART_HEADING } from './partRank';
import { NAMED_DATA } from './contentFreeUsage';
import { customerDataNames } from './namesTheData';
import { escapeRegExp } from './redline/surgical/context';
import { conformingEdit, type EditItem, type ReviewChoices, type ReviewItem } from './reviewItems';
import { commentWording, contractWording } from './wording';

/** "the following order of precedence applies:", "the order of precedence is", "the following order applies:". */
const ORDER_LIST = /\b(?:order\s+of\s+(?:precedence|priority)|following\s+order)\b[^:.;]{0,40}?(?::|\bis\b)\s*/i;
/** "these Terms", "the clauses of this Agreement", "the body of the Agreement": the body, where the review writes. */
const BODY = /^(?:(?:the\s+)?(?:clauses|body|terms\s+and\s+conditions|main\s+body)\s+of\s+)?(?:these|this|the)\s+(?:general\s+)?(?:terms|agreement|conditions)\b|^the\s+(?:clauses|body)\b/i;
/** "<part> prevails over the body of the Agreement", "… shall prevail over these Terms". */
// Case matters for the part's name: under a case-blind flag "[A-Z]" took "the event of conflict an Order Form" for
// one name (351 § 13.4 read "nothing in the event of conflict an Order Form permits …").
const OVER_BODY =
  /\b((?:[Tt]his|[Tt]he|[Aa]n?|[Aa]ny)\s+(?:[A-Z][\w-]*\s+){0,4}(?:Addendum|Schedule|Supplement|Exhibit|Annex|Appendix|Order(?:\s+Form)?|Terms)|(?:Schedule|Exhibit|Annex|Appendix|SCHEDULE|EXHIBIT|ANNEX|APPENDIX)\s+[A-Z0-9]{1,3})\s+(?:shall\s+|will\s+)?(?:prevails?|controls?|takes?\s+precedence)\s+over\s+(?:(?:any\s+)?(?:conflicting|inconsistent)\s+provisions?\s+of\s+)?((?:the\s+(?:clauses|body)\s+of\s+)?(?:these|this|the)\s+(?:general\s+)?(?:[Tt]erms|[Aa]greement|[Cc]onditions))\b/g;
/** "This AI Addendum forms part of the Agreement and prevails over the body …": the part speaking of itself. */
const OVER_BODY_ITSELF = /\b(?:prevails?|controls?|takes?\s+precedence)\s+over\s+(?:(?:any\s+)?(?:conflicting|inconsistent)\s+provisions?\s+of\s+)?(?:the\s+(?:clauses|body)\s+of\s+)?(?:these|this|the)\s+(?:general\s+)?(?:terms|agreement|conditions)\b/i;
const THIS_PART = /\b[Tt]his\s+(?:[A-Z][\w-]*\s+){0,4}(?:Addendum|Schedule|Supplement|Exhibit|Annex|Appendix|Attachment)(?:\s+[A-Z0-9]{1,3}\b)?/;
/** A part whose nature is to protect the data: it may rank first. */
const PROTECTIVE_PART = /\b(?:data\s+processing|processor|business\s+associate|BAA|DPA|privacy|security|service\s+levels?|SLA|standard\s+contractual)\b/i;
/** The longest line read as a part's title. */
const TITLE_LENGTH = 80;
/** The customer's own negotiated terms: "the applicable Order Form", "the Special Conditions", "any Statement of Work". */
// "the Enterprise Rider", "the Order Form Rider": the terms an enterprise customer signs to change the standard ones
// (audit227, 498 § 18.2 ranked the Rider below the body for the customer's own custom-model terms).
const NEGOTIATED_PART = /\b(?:order\s+(?:forms?|confirmations?)|special\s+conditions|statements?\s+of\s+work|SOW|(?:enterprise|order\s+form|customer)\s+riders?)\b/i;
/** The rank is already kept to protecting more ("to the extent it is more protective of Customer Data"). */
const ALREADY_KEPT = /\bmore\s+protective\b|\bnot\s+permit\s+any\s+use\b/i;

/** "(ii) the Data and Models Schedule, solely as to …": the name of a part as the list gives it. */
function partName(item: string): string {
  // Each pattern below starts a run of spaces only after a word, so a long run is not rescanned from every space.
  return item
    .replace(/^\s*(?:and|then|finally)\s+/i, '')
    .replace(/^\s*(?:\(?[a-z]{1,4}\)|\d+\.)\s*/i, '')
    .replace(/^(?:and|then|finally)\s+/i, '')
    .replace(/(?<!\s)\s*\([^)]*\)/g, '')
    .replace(/(?<!\s)\s+(?:solely|only|in\s+relation|as\s+to|with\s+respect|to\s+the\s+extent|in\s+respect)\b.*$/i, '')
    .replace(/(?:,|(?<![\s,]))\s*(?:and\s+)?then$/i, '')
    .replace(/(?:,|(?<![\s,]))\s+(?:and|or)$/i, '')
    .trim();
}

interface Ranked {
  readonly at: number;
  readonly names: readonly string[];
  /** Where the sentence giving the rank ends: its full stop. */
  readonly end: number;
}

/** The parts a sentence ranks above the body, named as the sentence names them. */
function rankedAboveBody(sentence: string): string[] {
  const list = ORDER_LIST.exec(sentence);
  if (list) {
    const items = sentence.slice(list.index + list[0].length).split(/;|,(?![^(]*\))/).flatMap((item) => item.split(/(?<!\s)\s+then\s+/));
    // ", in relation to the AI Features" qualifies the part before it; a part's name opens with its article or a capital.
    // A whole article, not its first letter: ", as regards the AI Features" names no part (397 § 1.3).
    const names = items.map(partName).filter((name) => /^(?:(?:the|this|these|an?|any|each)\b|[A-Z])/.test(name));
    const body = names.findIndex((name) => BODY.test(name));
    return body > 0 ? names.slice(0, body) : [];
  }
  // "This AI Addendum" opening the sentence is "this AI Addendum" in the middle of the new one.
  const inMidSentence = (name: string) => name.trim().replace(/^(?:This|The|An?|Any)\b/, (word) => word.toLowerCase());
  const subjects = [...sentence.matchAll(OVER_BODY)].map((m) => inMidSentence(m[1] ?? ''));
  if (subjects.length > 0) return subjects;
  const over = OVER_BODY_ITSELF.exec(sentence);
  const itself = over && THIS_PART.exec(sentence.slice(0, over.index));
  return itself ? [inMidSentence(itself[0])] : [];
}

/** Whether a part the precedence names can hold a use of the data the body's protections would not allow. */
function canHoldUse(name: string, owner: number, analysis: Analysis, paragraphs: readonly Paragraph[], edited: ReadonlySet<number>): boolean {
  const lower = name.toLowerCase().replace(/^(?:the|an?|any)\s+/, '');
  const itself = /^this\s/.test(lower);
  // "Schedule 1" names the heading "SCHEDULE 1 – SERVICES", not "SCHEDULE 10"; "the DPA" names "EXHIBIT A" where the
  // contract defines it as "the Data Processing Addendum attached as Exhibit A (the "DPA")".
  const names = [lower, ...attachedAs(lower, analysis, paragraphs)].map((n) => new RegExp(`\\b${escapeRegExp(n)}(?![\\w])`, 'i'));
  const starts: number[] = [];
  paragraphs.forEach((p, index) => {
    if (!PART_HEADING.test(p.text)) return;
    // The part's title may stand on the line after its label ("EXHIBIT A" / "DATA PROCESSING ADDENDUM").
    const title = `${p.text}\n${paragraphs[index + 1]?.text.slice(0, 80) ?? ''}`;
    if ((itself && index <= owner) || names.some((n) => n.test(title))) starts.push(index);
  });
  if (itself) starts.splice(0, starts.length - 1);
  const start = starts[0];
  // A document the contract does not contain (an Order Form, the Policies) may say anything, unless its nature is to
  // protect the data; one it contains is judged by what the analysis found in it.
  // Nor an order form, special conditions or statement of work: the customer's own negotiated terms, where its wins sit
  // (audits 196, 211, 213 and 218 marked riders over them wrong-target).
  if (start === undefined) return !itself && !PROTECTIVE_PART.test(name) && !NEGOTIATED_PART.test(name);
  // A negotiated part the contract contains is the customer's too, whatever the analysis reads in it.
  if (!itself && NEGOTIATED_PART.test(name)) return false;
  // A part whose title says it protects the data ("EXHIBIT B – STUDENT DATA PRIVACY", "ANNEX 1 – DATA PROCESSING
  // ADDENDUM") may rank first whatever its label (audit220 484 § 13.2, audit221 486 § 2.2).
  // The title may stand on the next line, which is a title only when short and unnumbered.
  const nextLine = paragraphs[start + 1]?.text ?? '';
  const titleLine = nextLine.length <= TITLE_LENGTH && numberAtStart(nextLine) === undefined ? nextLine : '';
  // (A part speaking of itself may sit under no heading the pattern knows, so the heading found is not its title.)
  if (!itself && PROTECTIVE_PART.test(`${paragraphs[start]?.text ?? ''} ${titleLine}`)) return false;
  const end = paragraphs.findIndex((p, index) => index > start && PART_HEADING.test(p.text));
  const stop = end < 0 ? paragraphs.length : end;
  // A customer's schedule of protections with one flagged clause, which the review changed, widens nothing.
  const risky = new Set(analysis.findings.filter((f) => f.stance === 'risk' && f.paragraph >= start && f.paragraph < stop).map((f) => f.paragraph));
  return risky.size >= 2 || [...risky].some((paragraph) => !edited.has(paragraph));
}

/**
 * What the parts ranked above may not widen is what a clause permits or forbids: "may use …", a licence, "shall not use
 * … to train". A survival list, a withdrawal ("shall cease using … within thirty days") or an audit right permits
 * nothing, and cited there the sentence would read as barring every use the higher part authorises (audit189, 428
 * §§ 5.4 and 10.6; audit186, 421 § 5.7; audit188, 425 §§ 5.10 and 6.2).
 */
const PERMITS_OR_FORBIDS =
  /\b(?:may|shall\s+not|will\s+not|must\s+not|may\s+not)\s+(?:\w+\s+){0,2}?(?:use|access|process|retain|keep|store|disclose|share|create|compile|analy[sz]e|copy|host|transmit|aggregate|de-?identify|anonymi[sz]e|train|fine-tune|improve|develop|commerciali[sz]e|sell|sublicen[cs]e)\b|\blicen[cs]es?\b|\bpermitted\s+to\b/i;
const setsTheUse = (text: string): boolean => PERMITS_OR_FORBIDS.test(text) && !isSurvivalList(text);
/** What an inserted clause answers that sets a use of the data: no training, anonymous statistics, providers bound. */
const USE_ANSWERS: ReadonlySet<string> = new Set(['ai-training', 'no-training', 'service-improvement', 'aggregated-data', 'broad-license', 'third-party-ai', 'model-provider-flow-down']);

/** "[Reserved.]", or nothing left. */
const EMPTIED = /^(?:\[?Reserved\.?\]?\.?)?\s*$/i;

/** "Exhibit A" for "dpa", where the contract defines "the Data Processing Addendum attached as Exhibit A (the "DPA")". */
function attachedAs(lower: string, analysis: Analysis, paragraphs: readonly Paragraph[]): string[] {
  return analysis.definitions.flatMap((d) => {
    if (d.term.toLowerCase() !== lower) return [];
    const before = (paragraphs[d.paragraph]?.text ?? '').slice(Math.max(0, d.start - ATTACHED_REACH), d.start);
    const label = [...before.matchAll(/\b(Schedule|Exhibit|Annex|Appendix|Attachment)\s+([A-Z0-9]{1,3})\b/g)].pop();
    return label ? [`${label[1]} ${label[2]}`.toLowerCase()] : [];
  });
}
/** Characters before a definition's name where the part it is attached as may be named. */
const ATTACHED_REACH = 60;

/** The numbers of the body clauses the review edits or adds, in the contract's order. */
function bodyClausesChanged(paragraphs: readonly Paragraph[], items: readonly ReviewItem[]): Changed[] {
  const firstPart = paragraphs.findIndex((p) => PART_HEADING.test(p.text));
  const inBody = (index: number) => firstPart < 0 || index < firstPart;
  const single = opensOneParagraph(paragraphs);
  // A clause, or an item of one ("(b) …" under "5.3"); not a definition, which protects nothing by itself.
  const clauseOf = (index: number) => {
    if (!/^\s*(?:\(?[a-z]{1,4}\)|(?:(?:Clause|Section)\s+)?\d)/i.test(paragraphs[index]?.text ?? '')) return undefined;
    for (let i = index; i >= 0; i--) {
      const number = numberAtStart(paragraphs[i]?.text ?? '');
      if (number !== undefined) return number;
    }
    return undefined;
  };
  const changed: (Changed & { at: number })[] = [];
  for (const item of items) {
    // A clause reserved or deleted protects nothing; one changed only for a policy or its outputs names no use of data.
    // Only one that sets how the data may be used at all: one that only keeps, deletes or aggregates, or only says who
    // owns outputs ("Insights … vest in Customer", audit221 485 § 11.3), cited as the clause that sets the data's use,
    // reads as barring every use the higher part makes (audit222: 487 § 8.3, 488 § 8.3; audit223: 490 § 5.6). Nor one
    // about feedback (audit220 484 § 4.6, audit221 486 § 6.4).
    const setsGeneralUse = item.kind === 'edit' && item.findings.some((f) => GENERAL_USE.has(f.category));
    const dataUse =
      item.kind === 'edit' && setsGeneralUse && !FEEDBACK.test(item.target) &&
      !EMPTIED.test(item.target.replace(/^\s*(?:(?:Section|Clause)\s+)?[\d.]+\s*/, '')) && setsTheUse(item.target);
    if (item.kind === 'edit' && dataUse && inBody(item.paragraph)) {
      const number = clauseOf(item.paragraph);
      if (number !== undefined && single(number)) changed.push({ at: item.paragraph, number, text: item.target });
    }
    if (item.kind === 'insert' && USE_ANSWERS.has(item.answers) && inBody(item.after) && /^\d+(?:\.\d+)*$/.test(item.number)) changed.push({ at: item.after + 0.5, number: item.number, text: item.text });
  }
  const sorted = changed.sort((a, b) => a.at - b.at);
  return sorted.filter((c, i) => sorted.findIndex((d) => d.number === c.number) === i).map(({ number, text }) => ({ number, text }));
}

/** A clause the review changed: its number and its text as changed. */
interface Changed {
  readonly number: string;
  readonly text: string;
}
/** The categories of a clause that sets how the customer's data may be used at all: changed for one, it limits that use. */
const GENERAL_USE: ReadonlySet<string> = new Set(['ai-training', 'service-improvement', 'broad-license', 'third-party-ai']);
/** A clause about feedback or suggestions. */
const FEEDBACK = /\b(?:feedback|suggestions)\b/i;
/** "… as otherwise permitted by this Agreement": a clause that lets the rest of the contract add uses. */
const OTHERWISE_PERMITTED = /\b(?:as\s+otherwise|or\s+otherwise\s+as)\s+(?:expressly\s+)?(?:permitted|authori[sz]ed|allowed)\s+(?:by|under|in)\s+th(?:is|ese)\b/i;

/**
 * Whether a changed clause itself lets a part ranked above it, or the rest of the contract, add uses ("… for the
 * purposes in the Data and Analytics Schedule", "… or as otherwise permitted by this Agreement"): cited against those
 * parts, the new sentence goes round in a circle (audit221: 485 § 7.5, 486 § 5.2). The part is named as the contract
 * writes it ("the Data and Analytics Schedule", "Exhibit C"); "this Schedule" names no part another clause could cite,
 * and "a data use schedule" is no citation of it (agreement 90 Sch B).
 */
const defersTo = (text: string, names: readonly string[]): boolean =>
  OTHERWISE_PERMITTED.test(text) || names.some((name) => !/^this\s/i.test(name) && text.includes(name.replace(/^(?:the|an?|any)\s+/i, '')));

function listed(words: readonly string[], join: string): string {
  return words.length === 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${join} ${words[words.length - 1]}`;
}

function findRanked(analysis: Analysis, paragraphs: readonly Paragraph[], busy: ReadonlySet<number>): Ranked[] {
  const found: Ranked[] = [];
  paragraphs.forEach((paragraph, index) => {
    const text = paragraph.text;
    if (busy.has(index) || ALREADY_KEPT.test(text)) return;
    const ends = /\.(?=\s|$)/g;
    let from = 0;
    for (let end = ends.exec(text); end; end = ends.exec(text)) {
      const sentence = text.slice(from, end.index);
      from = end.index + 1;
      const names = rankedAboveBody(sentence).filter((name) => canHoldUse(name, index, analysis, paragraphs, busy));
      if (names.length > 0) {
        found.push({ at: index, names: names.filter((n, i) => names.indexOf(n) === i), end: end.index });
        return;
      }
    }
  });
  return found;
}

/** The conforming edits of precedence clauses that rank a part able to widen the data's use above the body's changes. */
export function rankedAboveItems(
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  items: readonly ReviewItem[],
  choices: ReviewChoices,
  issue: PlaybookIssue | undefined,
  ownForm: string | undefined,
  usageTerms: readonly string[] = [],
): EditItem[] {
  if (issue === undefined || ownForm !== undefined) return [];
  const dataNames = [...new Set(customerDataNames(analysis).map((name) => name.toLowerCase()))];
  // An edit of usage data the contract leaves the customer's data out of (435 § 3.4) protects none of it.
  const usageOnly = (target: string) =>
    usageTerms.some((term) => target.includes(term)) &&
    !dataNames.some((name) => target.toLowerCase().includes(name)) &&
    (target.match(NAMED_DATA) ?? []).every((name) => usageTerms.includes(name));
  const clauses = bodyClausesChanged(paragraphs, items.filter((item) => item.kind !== 'edit' || !usageOnly(item.target)));
  if (clauses.length === 0) return [];
  const busy = new Set(items.flatMap((item) => (item.kind === 'edit' ? [item.paragraph] : [])));
  const word = provisionWord(analysis.terms);
  return findRanked(analysis, paragraphs, busy).flatMap(({ at, names, end }) => {
    const original = paragraphs[at]?.text;
    const standing = clauses.filter((clause) => !defersTo(clause.text, names)).map((clause) => clause.number);
    if (original === undefined || standing.length === 0) return [];
    const cited = `${standing.length === 1 ? word : `${word}s`} ${listed(standing, 'and')}`;
    const parts = listed(names, 'or');
    const sentence = contractWording(` However, nothing in ${parts} permits any use or disclosure of {{customerData}} that ${cited} would not permit.`, analysis.terms);
    const ops = [{ kind: 'insert' as const, at: end + 1, text: sentence }];
    if (applyOps(original, ops) === original) return [];
    const capital = `${cited.charAt(0).toUpperCase()}${cited.slice(1)}`;
    const them = standing.length === 1 ? 'it' : 'them';
    const rank = `${listed(names, 'and')} ${names.length === 1 ? 'ranks' : 'rank'} above ${them} under this ${word}`;
    const external = `${capital} protect${standing.length === 1 ? 's' : ''} {{customerData}} as we have marked ${them}; ${rank}, and nothing there may widen the use or disclosure of {{customerData}} that ${standing.length === 1 ? 'it allows' : 'they allow'}.`;
    return [
      conformingEdit(at, original, ops, [issue], choices.position, {
        internal: `[Internal] Order of precedence conformed: added “${sentence.trim()}”, so the parts ranked above the body no longer override the data-use changes.`,
        external: commentWording(external, analysis.terms),
      }),
    ];
  });
}
