// A vendor's standard terms with a negotiated amendment after them ("This Public Sector Addendum is made between
// Chambernote and the Municipality and supplements the Terms of Service … this Addendum prevails"): the customer's
// lawyer does not mark up the vendor's click-through terms, which the vendor can change and which every other customer
// shares, and which the amendment overrides anyway. Each change to those terms goes into the amendment as a clause of
// its own, numbered on from the amendment's last clause: "A16. Section 6.2 of the Terms is deleted and replaced with
// the following: "…"" (lawyer audits of 304 and 306: every edit of the Terms "belongs in the Addendum"). Pure: engine
// types and the review's helpers only.
import type { Analysis, Finding, Paragraph } from '../engine/types';
import { numberAtStart } from './clauseNumbers';
import { provisionWord } from './conformDenial';
import { PART_HEADING } from './partRank';
import type { EditItem, InsertItem, ReviewItem } from './reviewItems';

/** "PUBLIC SECTOR ADDENDUM", "Professional Firm Amendment", "Rider No. 1": a heading line naming the amendment. */
// "SIDE LETTER" at the end of the standard terms it amends, which "will control" (416).
const AMENDMENT_HEADING = /^[^.;:]{0,60}?\b(ADDENDUM|AMENDMENT|RIDER|SIDE LETTER|Addendum|Amendment|Rider|Side Letter)\b[^.;:]{0,30}$/;
/** "is made on 19 May 2025 between Kōwhai … and the Firm": a document the two parties signed, not a vendor's annex. */
const MADE_BETWEEN = /\b(?:made|entered\s+into|agreed)\b[^.;]{0,200}?\bbetween\b/i;
/** "amends the Terms of Use", "supplements the Terms of Service": what the amendment changes. */
// "This letter … sets out the amendments … to the Master Subscription Agreement" (a side letter, 416).
const AMENDS = /\b(?:amends?|supplements?|modif(?:y|ies)|var(?:y|ies)|sets\s+out\s+the\s+amendments[^.;]{0,60}?\bto)\s+(the\s+[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})/;
const PREVAILS = /\b(?:prevails?|shall\s+prevail|will\s+prevail|takes?\s+precedence|shall\s+control|will\s+control)\b/i;
/** "Sections 3.3 and 3.5 of the Terms", "clauses 3.1, 3.2 and 7 of the Terms of Use": how the amendment cites them. */
const CITES_BASE = /\b(Section|Clause|Paragraph|Article)s?\s+\d[\d.]*[^.;]{0,40}?\bof\s+(the\s+[A-Z][\w’'-]*(?:\s+of\s+[A-Z][\w’'-]*|\s+[A-Z][\w’'-]*){0,3})/gi;
const SIGNATURE = /^\s*(?:Signed|SIGNED|Executed|EXECUTED|IN WITNESS|[A-Z][A-Z .,&'’-]{3,}\s+—\s+Per\b)/;
/** "6.2 [Reserved.]": a clause the review deleted whole. */
const DELETED_WHOLE = /^\s*(?:[A-Z]?\d+(?:\.\d+)*\.?\s+)?\[Reserved\.?\]\s*$/;

export interface Amendment {
  /** The heading's paragraph, where the amendment starts. */
  readonly heading: number;
  /** The last clause of the amendment, after which its new clauses go. */
  readonly last: number;
  /** How the amendment names itself ("Addendum") and the terms it amends ("the Terms"). */
  readonly self: string;
  readonly base: string;
  /** "Section": the word the amendment cites the base's clauses with. */
  readonly word: string;
  /** The numbers its new clauses take, in order: "A16", "A17", … with the amendment's own trailing stop. */
  readonly numbers: (count: number) => string[];
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/**
 * The negotiated amendment at the end of the document that prevails over the terms before it, if there is one. The
 * last heading that names one is tried first: a vendor's "DATA PROCESSING ADDENDUM" earlier on is no such amendment.
 */
export function findAmendment(paragraphs: readonly Paragraph[], analysis: Analysis): Amendment | undefined {
  for (let heading = paragraphs.length - 1; heading > 0; heading--) {
    if (!AMENDMENT_HEADING.test(paragraphs[heading]?.text.trim() ?? '')) continue;
    const found = amendmentAt(paragraphs, heading, analysis);
    if (found) return found;
  }
  return undefined;
}

function amendmentAt(paragraphs: readonly Paragraph[], heading: number, analysis: Analysis): Amendment | undefined {
  // Nothing else (a DPA, an order form) after the amendment: what it amends is everything before it.
  if (paragraphs.some((p, i) => i > heading && PART_HEADING.test(p.text) && !AMENDMENT_HEADING.test(p.text.trim()))) return undefined;
  const own = paragraphs.slice(heading + 1).map((p) => p.text);
  // The parties and what is amended are said at the start, perhaps after recitals ("(B) … the parties have agreed to
  // amend the Subscription Terms …", "1.2 This Addendum amends the Subscription Terms …").
  const opening = own.slice(0, 2).join(' ');
  const preamble = own.slice(0, 8).join(' ');
  const self = (AMENDMENT_HEADING.exec(paragraphs[heading]?.text.trim() ?? '')?.[1] ?? 'Amendment').split(' ').map(capitalised).join(' ');
  const signed = MADE_BETWEEN.test(opening) || self !== 'Addendum';
  const amends = AMENDS.exec(opening) ?? AMENDS.exec(preamble);
  // The amendment says it prevails, or the terms before it say so of it ("In the event of any conflict, the Side Letter
  // will control").
  const prevails = [...own, ...paragraphs.slice(0, heading).map((p) => p.text)].some((text) => PREVAILS.test(text) && text.includes(self));
  if (!signed || !amends || !prevails) return undefined;
  let last = -1;
  own.forEach((text, at) => {
    if (numberAtStart(text) !== undefined && !SIGNATURE.test(text)) last = heading + 1 + at;
  });
  const lastNumber = numberAtStart(paragraphs[last]?.text ?? '');
  if (lastNumber === undefined) return undefined;
  const citation = citedBase(own, amends[1] ?? 'the Terms');
  // "A15" -> "A16", "11" -> "12", "6.3" -> "6.4": the last level of the last clause's number counts on.
  const parts = /^(.*?)(\d+)$/.exec(lastNumber);
  if (!parts) return undefined;
  const stop = (paragraphs[last]?.text ?? '').trim().startsWith(`${lastNumber}.`) ? '.' : '';
  const numbers = (count: number) => Array.from({ length: count }, (_, k) => `${parts[1] ?? ''}${Number(parts[2]) + 1 + k}${stop}`);
  return { heading, last, self, base: citation.base, word: citation.word ?? capitalised(provisionWord(analysis.terms)), numbers };
}

/** The name the amendment gives the base where it cites it most ("of the Terms"), and the word it cites clauses with. */
function citedBase(texts: readonly string[], opened: string): { base: string; word?: string } {
  // "the Terms" cites "the Corvane Terms of Service": a name made of the opening name's own words.
  const words = new Set(opened.split(/\s+/).slice(1));
  const counts = new Map<string, number>();
  let word: string | undefined;
  for (const text of texts) {
    for (const cite of text.matchAll(CITES_BASE)) {
      const name = cite[2] ?? '';
      if (!name.split(/\s+/).slice(1).every((word) => words.has(word))) continue;
      word ??= capitalised(cite[1] ?? '');
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { base: best ?? opened, ...(word ? { word } : {}) };
}

function quoted(text: string, curly: boolean): string {
  return curly ? `“${text}”` : `"${text}"`;
}

/**
 * Wording the review wrote into the base that names the amendment as the agreement ("to perform our obligations under
 * this Addendum", audit126, 313 § 3.1): inside the base it names the base ("these Subscription Terms").
 */
function inBaseWords(text: string, amendment: Amendment): string {
  const own = amendment.base.replace(/^the\s+/, '');
  const these = /s$/.test(own.split(/\s+/).pop() ?? '') ? 'these' : 'this';
  return text.replace(new RegExp(String.raw`\b([Tt])his ${amendment.self}\b`, 'g'), (_, t: string) => `${t === 'T' ? these.charAt(0).toUpperCase() + these.slice(1) : these} ${own}`);
}

/** The amendment clause that makes an edit of the base: its deletion, or its replacement with the edited text. */
function amendingText(item: EditItem, number: string, amendment: Amendment, curly: boolean): string {
  const cited = `${amendment.word} ${numberAtStart(item.original)} of ${amendment.base}`;
  if (DELETED_WHOLE.test(item.target)) return `${number} ${cited} is deleted.`;
  return `${number} ${cited} is deleted and replaced with the following: ${quoted(inBaseWords(item.target.trim(), amendment), curly)}`;
}

/** The amendment clause that adds an inserted clause to the base. */
function addingText(item: InsertItem, number: string, amendment: Amendment, paragraphs: readonly Paragraph[], curly: boolean): string {
  if (item.after >= amendment.heading) {
    const own = item.number !== '' && item.text.startsWith(item.number) ? item.text.slice(item.number.length).replace(/^\.?\s+/, '') : item.text;
    return `${number} The following is added to ${amendment.base}: ${quoted(inBaseWords(own.trim(), amendment), curly)}`;
  }
  const body = quoted(inBaseWords(item.text.trim(), amendment), curly);
  // "The Terms are amended", "The Master Subscription Agreement is amended".
  const verb = /s$/.test(amendment.base) ? 'are' : 'is';
  if (item.number !== '') return `${number} ${amendment.base.replace(/^the/, 'The')} ${verb} amended by inserting the following as ${amendment.word} ${item.number.replace(/^\(/, `${previousNumber(paragraphs, item.after) ?? ''}(`)}: ${body}`;
  const before = previousNumber(paragraphs, item.after);
  if (before !== undefined) return `${number} ${amendment.base.replace(/^the/, 'The')} ${verb} amended by inserting the following after ${amendment.word} ${before}: ${body}`;
  return `${number} The following is added to ${amendment.base}: ${body}`;
}

function previousNumber(paragraphs: readonly Paragraph[], at: number): string | undefined {
  for (let i = at; i >= 0; i--) {
    const number = numberAtStart(paragraphs[i]?.text ?? '');
    if (number !== undefined) return number;
  }
  return undefined;
}

/** The findings an item answers, for the plan's sources and the pane's list. */
function findingsOf(item: ReviewItem): readonly Finding[] {
  if (item.kind === 'edit') return item.findings;
  return 'id' in item.target ? [item.target] : [];
}

/** "Section 3.3 of the Terms is amended so that …", "Sections 4.1 and 4.2 of the Terms are deleted": already changed. */
const AMENDED = /\b(?:Sections?|Clauses?|Paragraphs?|Articles?)\s+(\d+(?:\.\d+)*(?:(?:,\s*|,?\s+and\s+)\d+(?:\.\d+)*){0,10})\s+of\s+the\s+[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3}\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:amended|deleted|replaced)\b/gi;

/** The base's clause numbers the amendment already amends, each with the amendment clause that does it. */
function amendedAlready(paragraphs: readonly Paragraph[], amendment: Amendment): Map<string, string> {
  const amended = new Map<string, string>();
  paragraphs.forEach((paragraph, index) => {
    if (index <= amendment.heading) return;
    const own = numberAtStart(paragraph.text) ?? '';
    for (const match of paragraph.text.matchAll(AMENDED)) {
      for (const number of (match[1] ?? '').match(/\d+(?:\.\d+)*/g) ?? []) if (!amended.has(number)) amended.set(number, own);
    }
  });
  return amended;
}

export interface RoutedReview {
  readonly items: ReviewItem[];
  /** Findings in clauses the amendment already changes: the change, if any, belongs in that amendment clause. */
  readonly skipped: { readonly target: Finding; readonly reason: string }[];
}

/**
 * Every edit and inserted clause in the terms the amendment prevails over, made instead as a new clause of the
 * amendment. An edit answering no finding of its own (a survival list kept in step) stays where it is. An edit of a
 * clause the amendment already amends is not made a second time beside it: the amendment's own clause is where the
 * lawyer answers it (its own risks are reviewed where they stand).
 */
export function routeToAmendment(items: readonly ReviewItem[], paragraphs: readonly Paragraph[], analysis: Analysis): RoutedReview {
  if ((analysis.mode ?? 'customer') === 'vendor') return { items: [...items], skipped: [] };
  const amendment = findAmendment(paragraphs, analysis);
  if (!amendment) return { items: [...items], skipped: [] };
  const amended = amendedAlready(paragraphs, amendment);
  const changedBy = (item: ReviewItem) => (item.kind === 'edit' && item.paragraph < amendment.heading ? amended.get(numberAtStart(item.original) ?? '') : undefined);
  const skipped = items.flatMap((item) => {
    const by = changedBy(item);
    if (by === undefined || item.kind !== 'edit') return [];
    const reason = `${amendment.word} ${numberAtStart(item.original)} of ${amendment.base} is already amended by ${by ? `clause ${by} of ` : ''}the ${amendment.self}, which prevails; a change to it belongs there`;
    return item.findings.map((target) => ({ target, reason }));
  });
  // A survival list kept in step with edits that are no longer made ("[-4.4, -]{+4.3, +}" after the edits of 4.3 and
  // 4.4 went to the clauses of the Side Letter that amend them) follows them out (416 § 8.5).
  const notMade = new Set(items.flatMap((item) => (changedBy(item) !== undefined ? [numberAtStart((item as EditItem).original) ?? ''] : [])));
  const inStep = (item: ReviewItem) =>
    item.kind === 'edit' && item.findings.length === 0 && item.ops.some((op) => (op.text.match(/\d+(?:\.\d+)*/g) ?? []).some((n) => notMade.has(n)));
  const kept = items.filter((item) => changedBy(item) === undefined && !inStep(item));
  const routed = routeItems(kept, paragraphs, analysis, amendment);
  return { items: routed, skipped };
}

function routeItems(items: readonly ReviewItem[], paragraphs: readonly Paragraph[], analysis: Analysis, amendment: Amendment): ReviewItem[] {
  // A clause the review wrote in the terms' "we"/"you" would speak in the wrong voice inside an amendment between named
  // parties: it is added to the terms by the amendment like any other change.
  const weYou = analysis.terms.voice === 'we-you';
  const inBase = (item: ReviewItem) =>
    item.kind === 'edit'
      ? item.paragraph < amendment.heading && item.findings.length > 0 && item.issues.length > 0 && numberAtStart(item.original) !== undefined
      : item.amends === undefined && (item.after < amendment.heading || weYou);
  const moving = items.filter(inBase).sort((a, b) => (a.kind === 'edit' ? a.paragraph : a.after + 0.5) - (b.kind === 'edit' ? b.paragraph : b.after + 0.5));
  if (moving.length === 0) return [...items];
  const numbers = amendment.numbers(moving.length);
  const curly = paragraphs.some((p) => p.text.includes('“'));
  const routed = moving.map((item, k): InsertItem => {
    const number = numbers[k] ?? '';
    const target = item.kind === 'insert' ? item.target : item.findings[0];
    const issue = item.kind === 'edit' ? item.issues[0] : item.issue;
    if (target === undefined || issue === undefined) throw new Error('a routed item answers no finding');
    const text = item.kind === 'edit' ? amendingText(item, number, amendment, curly) : addingText(item, number, amendment, paragraphs, curly);
    const where = item.kind === 'edit' ? `${amendment.word} ${numberAtStart(item.original)} of ${amendment.base}` : amendment.base;
    const fromInside = item.kind === 'insert' && item.after >= amendment.heading;
    const why = `We have made this change to ${where} here, in the ${amendment.self}, which prevails over ${amendment.base}.`;
    return {
      kind: 'insert',
      key: item.key,
      answers: item.kind === 'insert' ? item.answers : target.category,
      target,
      issue,
      positionId: item.positionId,
      after: amendment.last,
      number,
      text,
      // A clause placed inside the amendment took a number there that it no longer has.
      comment: { internal: `${item.comment.internal} Made as ${number.replace(/\.$/, '')} of the ${amendment.self}.`, external: `${why} ${fromInside ? item.comment.external.replace(/^We inserted a new clause as \S+ \S+?\.(?=\s|$)/, 'We inserted a new clause.') : item.comment.external}` },
      amends: { paragraph: item.kind === 'edit' ? item.paragraph : item.after, findings: findingsOf(item) },
    };
  });
  const moved = new Set(moving);
  return [...items.filter((item) => !moved.has(item)), ...routed];
}
