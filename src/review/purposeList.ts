// "may use it for Product Learning, security monitoring, capacity planning, billing and any other lawful business
// purpose": the purposes that carry the risk are struck from the list and the others stay, rather than turning the
// whole permission into a prohibition that forbids billing too. Pure: engine types and applyOps only.
import { applyOps } from '../engine/applyOps';
import type { Finding, RedlineOp } from '../engine/types';
import { RESERVED_ITEM } from './reviewComments';

/** Where a list of purposes starts: "for …", "to …". */
const LIST_OPENER = /\b(?:for|to)\s+/g;
/** Where it stops: a clause joined on after a comma, a time limit, or the end of the sentence. */
// Each alternative starts at a word or a punctuation mark, never inside a run of spaces, so matching stays linear.
// ", and the Supplier may retain …": a clause with a subject and modal of its own ends the list before it.
// ", regardless of any earlier deletion …" qualifies the whole keeping, not one more purpose (audit172, 393 A.8).
const LIST_END = /\b(?:during|after|until|provided|unless|except|without|in accordance)\b|,\s*(?=(?:both|whether|in each case|subject|including|regardless|irrespective|notwithstanding|consistent\s+with|in\s+(?:accordance|line)\s+with)\b)|,\s+(?:and|but)\s+(?=(?:the\s+)?[A-Z][\w-]*\s+(?:may|shall|will|must|can)\b)|[;:(]|\.(?!\d)/;
const SEPARATOR = /,\s+(?:and\s+|or\s+)?|(?<=\S)\s+(?:and|or)\s+/g;
/** "any other lawful business purpose", "any purpose": a catch-all that reopens whatever the list left out. */
const CATCH_ALL = /\bany\s+(?:other\s+)?(?:lawful\s+)?(?:(?:business|commercial)\s+)?purposes?\b/i;

/** Verbs whose objects are what is deleted or handed back. */
const DELETING = /^(?:delete|remove|destroy|erase|purge|return)\b/i;
/** An article or possessive after an item's first word: "improve the quality", "fix its bugs". */
const DETERMINER_INSIDE = /(?<=\S)\s(?:the|a|an|its|our|their|your|his|her)\s(?=\S)/i;
/** A verb, or a "for"/"to" that opens a purpose of its own: an item with one is a clause, not a purpose in a list. */
const CLAUSE_VERB = /\b(?:may|shall|will|must|can|is|are|for|to)\b/;
const MODAL_OR_COPULA = /\b(?:may|shall|will|must|can|is|are)\b/;

/** A gerund or a bare verb that may share the last item's object ("operating, providing and improving the Platform"). */
const SHARED_VERB = /^(?:[a-z-]+ing|provide|operate|deliver|host|run|support|maintain|secure|improve|develop|enhance|train|test|analy[sz]e|monitor|use|process|store)$/i;

interface Item {
  readonly start: number;
  readonly end: number;
}

/** The ops that strike the risky items of the first purpose list, in the finding's sentence, that takes the risk away. */
export function strikePurposes(text: string, finding: Finding, stillRisky: (text: string) => boolean): RedlineOp[] | undefined {
  const sentence = text.slice(finding.start, finding.end);
  for (const opener of sentence.matchAll(LIST_OPENER)) {
    const from = finding.start + (opener.index ?? 0) + opener[0].length;
    const rest = text.slice(from, finding.end);
    const region = rest.slice(0, LIST_END.exec(rest)?.index ?? rest.length).trimEnd().replace(/,$/, '');
    const items: Item[] = [];
    let last = 0;
    let serialClosed = false;
    for (const sep of region.matchAll(SEPARATOR)) {
      // "maintenance, correction of defects, and improvement of the quality and functions of the Service": after the
      // serial comma's "and" the last item runs to the end, whatever "and" it holds.
      // "…, and improve the security, reliability and functionality of the Services": commas after it list the last
      // purpose's own objects, which its verb carries (audit228, 500 § 5.5 was left with "and reliability and …").
      if (serialClosed) continue;
      // "to investigate abuse, fix bugs and improve the quality and safety of the Service": a bare "and" after a noun
      // that an article opened inside the same item joins two nouns of one object, not two purposes (audit60, 167).
      if (!sep[0].startsWith(',') && DETERMINER_INSIDE.test(region.slice(last, sep.index ?? 0))) continue;
      // "prevent fraud and abuse, and improve …": a list has one closing conjunction, so a bare "and" with a serial
      // ", and" still to come joins two words inside one item.
      if (!sep[0].startsWith(',') && /,\s(?:and|or)\s/.test(region.slice((sep.index ?? 0) + sep[0].length))) continue;
      if (/^,\s+(?:and|or)\s/.test(sep[0])) serialClosed = true;
      items.push({ start: from + last, end: from + (sep.index ?? 0) });
      last = (sep.index ?? 0) + sep[0].length;
    }
    items.push({ start: from + last, end: from + region.length });
    // "requires Vendor to delete Derived Data, Usage Data or any model parameters, weights or improvements …": after a
    // verb of deleting or returning, the list is of what is deleted, not of purposes (audit71, 207 § 6.4).
    if (/^to\s/i.test(opener[0]) && DELETING.test(text.slice(from, from + 12))) continue;
    // Purposes are short phrases without a verb of their own: "to the contrary in this Agreement, Provider may …" is no list.
    // The last item may carry a purpose of its own: "to monitor quality, investigate misuse, and label data for Model
    // Improvement" (audit144: 345 B.7 lost its whole Human Review clause to the playbook's ban instead of that item).
    const clauseLike = (item: Item, i: number) => (i === items.length - 1 ? MODAL_OR_COPULA : CLAUSE_VERB).test(text.slice(item.start, item.end));
    if (items.length < 3 || items.some((item, i) => item.end - item.start > 80 || clauseLike(item, i))) continue;
    // "operating, providing and improving the Platform": verbs sharing one object, which the licence edits narrow.
    // After "for", one-word nouns ("security, abuse monitoring and model evaluation") are purposes of their own; after
    // "to" a word alone is a verb sharing the last item's object ("to tag, route or invoice in the Service").
    const verbs = /^to\s/i.test(opener[0]);
    const single = items.slice(0, -1).filter((item) => !/\s/.test(text.slice(item.start, item.end)) && (verbs || SHARED_VERB.test(text.slice(item.start, item.end)))).length;
    if (single * 2 >= items.length - 1) continue;
    const triggers = finding.evidence.filter((s) => s.role === 'purpose' && s.start >= from && s.end <= from + region.length);
    const risky = (item: Item) => CATCH_ALL.test(text.slice(item.start, item.end)) || triggers.some((s) => s.start >= item.start && s.end <= item.end);
    const kept = items.filter((item) => !risky(item));
    if (kept.length === items.length || kept.length < 2) continue;
    // "to improve its prompts, retrieval settings and playbook logic": after "to" the first item carries the verb the
    // others share; striking it alone would leave them with none.
    if (/^to\s/i.test(opener[0]) && risky(items[0] as Item)) continue;
    // "licence to use, for any purpose, the know-how, hyperparameters and …": a catch-all first, set off by a comma
    // before its "for", is an aside, and the items after it are the licence's objects, not purposes.
    const openerAt = finding.start + (opener.index ?? 0);
    if (CATCH_ALL.test(text.slice((items[0] as Item).start, (items[0] as Item).end)) && /,\s*$/.test(text.slice(Math.max(0, openerAt - 2), openerAt))) continue;
    // "from using for any purpose any standard clause wording, drafting pattern or fallback position …": the words after
    // the catch-all are what is used, so the list is of objects, not purposes (audit178, 405 § 5.7 was garbled).
    if (items.some((item) => OBJECT_AFTER_CATCH_ALL.test(text.slice(item.start, item.end)))) continue;
    const ops = strikeItems(text, items, risky);
    if (!stillRisky(applyOps(text, ops))) return ops;
  }
  return undefined;
}
/** "any purpose any standard clause wording": a catch-all purpose with an object run on after it. */
const OBJECT_AFTER_CATCH_ALL = /\bany\s+(?:other\s+)?(?:lawful\s+)?(?:(?:business|commercial)\s+)?purposes?\s+(?:any|all|the|such|its|their|each|every)\s/i;


/** ", and to develop and refine its algorithms, models and methods": a purpose of its own joined on at the end. */
// "and, unless Customer opts out under Section 5.4, to improve the general models": the purpose may follow an aside
// of its own, which goes with it.
// "to" before a determiner is the preposition: "all right, title and interest in and to the Services, … the Models"
// is what the vendor owns, and struck as a purpose it left "interest in." (audit151, 357 § 6.1; audit152, 356 § 4.4).
const SECOND_PURPOSE =
  /(?:,\s?|(?<=\S)\s)(?:and|or)(?:,\s+(?:unless|if|where|except|save)\b(?:[^,;.]|\.(?=\d)){1,120},)?\s+to\s+(?=[a-z])(?!(?:the|a|an|any|all|its|their|such|each|every|this|that|these|those|our|your|it|them|his|her)\b)/g;

/**
 * "in order to provide the Platform, to generate reports and to develop and refine its models": the risky purpose
 * joined on last goes whole, from its "and", so the purposes before it keep their verb; "A, B and to C" becomes "A and
 * B". Undefined when no such purpose carries a trigger of the finding, or striking it leaves the sentence risky.
 */
export function strikeSecondPurpose(text: string, finding: Finding, stillRisky: (text: string) => boolean): RedlineOp[] | undefined {
  const sentence = text.slice(finding.start, finding.end);
  const triggers = finding.evidence.filter((s) => s.role === 'purpose');
  for (const join of sentence.matchAll(SECOND_PURPOSE)) {
    const start = finding.start + (join.index ?? 0);
    const from = start + join[0].length;
    const rest = text.slice(from, finding.end);
    const end = from + rest.slice(0, LIST_END.exec(rest)?.index ?? rest.length).trimEnd().replace(/,$/, '').length;
    if (!triggers.some((s) => s.start >= from && s.end <= end)) continue;
    const ops: RedlineOp[] = [{ kind: 'delete', start, end, text: text.slice(start, end) }];
    // "…, to generate reports" left last in a series of purposes takes the "and" the struck one had.
    const series = text.lastIndexOf(', to ', start);
    // Only when a purpose stands before that comma too: in "logs, which exclude recordings, to diagnose faults and to
    // improve …" the comma closes an aside, and "to diagnose faults" is the first purpose, not a series item.
    const before = series > finding.start ? text.slice(text.lastIndexOf(',', series - 1) + 1, series) : '';
    // Or when the comma before it opens a purpose as well ("…, to prevent or address service, support and security
    // problems, to comply with law": audit51, 129 § 3.02 was left without its "and").
    const earlierItem = before !== '' && (/\bto\s+[a-z]/.test(before) || text.lastIndexOf(', to ', series - 1) > finding.start);
    if (series > finding.start && earlierItem && /\band\b/.test(join[0]) && !/\b(?:and|or)\s+to\b/.test(text.slice(series, start))) {
      ops.unshift({ kind: 'delete', start: series, end: series + 1, text: ',' }, { kind: 'insert', at: series + 1, text: ' and' });
    }
    if (!stillRisky(applyOps(text, ops))) return ops;
  }
  return undefined;
}

/** Each risky item goes with the separator after it; a risky last item goes with the one before, and the new last item takes its "and". */
function strikeItems(text: string, items: readonly Item[], risky: (item: Item) => boolean): RedlineOp[] {
  const ops: RedlineOp[] = [];
  const lastKept = [...items].reverse().find((item) => !risky(item)) as Item;
  const lastIndex = items.indexOf(lastKept);
  const tailStruck = lastIndex < items.length - 1;
  items.forEach((item, i) => {
    const next = items[i + 1];
    const previous = items[i - 1];
    // "to analyze trends, improve the Service and inform product direction" loses its middle item with the comma
    // before it, so the last item keeps the list's "and".
    const beforeLast = risky(item) && next === lastKept && !tailStruck && previous && !risky(previous) && /\b(?:and|or)\b/.test(text.slice(item.end, next.start));
    if (beforeLast) ops.push({ kind: 'delete', start: previous.end, end: item.end, text: text.slice(previous.end, item.end) });
    else if (risky(item) && i < lastIndex && next) ops.push({ kind: 'delete', start: item.start, end: next.start, text: text.slice(item.start, next.start) });
    // The separator before the new last item becomes the list's own closing conjunction.
    if (tailStruck && i === lastIndex - 1 && !risky(item)) {
      const sep = text.slice(item.end, lastKept.start);
      const closing = text.slice((items[items.length - 2] as Item).end, (items[items.length - 1] as Item).start);
      // The list keeps its own style: a serial comma before the struck last item stays before the new one.
      // Only where three or more items stay: "to monitor quality and investigate misuse" takes no comma.
      const conjunction = `${/^,/.test(closing) && lastIndex >= 2 ? ',' : ''}${/\bor\b/.test(closing) ? ' or ' : ' and '}`;
      if (sep !== conjunction && conjunction.startsWith(sep)) ops.push({ kind: 'insert', at: lastKept.start, text: conjunction.slice(sep.length) });
      else if (sep !== conjunction) {
        ops.push({ kind: 'delete', start: item.end, end: lastKept.start, text: sep });
        ops.push({ kind: 'insert', at: lastKept.start, text: conjunction });
      }
    }
  });
  if (tailStruck) {
    const end = (items[items.length - 1] as Item).end;
    ops.push({ kind: 'delete', start: lastKept.end, end, text: text.slice(lastKept.end, end) });
  }
  return ops.sort((a, b) => (a.kind === 'delete' ? a.start : a.at) - (b.kind === 'delete' ? b.start : b.at) || (a.kind === 'delete' ? -1 : 1));
}

/** "for any lawful purpose, including": an open list whose examples the vendor only illustrates. */
const ANY_PURPOSE_INCLUDING =
  /\bfor\s+any\s+(?:other\s+)?(?:lawful\s+)?(?:(?:business|commercial)\s+)?purposes?,?\s+including(?:,?\s+(?:but\s+not\s+limited\s+to|without\s+limitation),?)?:?\s+/i;
/** Where the examples stop: the sentence's end, or a clause joined on after them ("…, without obligation to you"). */
// Each alternative starts at a word or a punctuation mark, never inside a run of spaces, so matching stays linear.
const OPEN_LIST_END =
  /;|\.(?!\d)|,\s*(?=(?:without|and\s+(?:may|will|shall|can)|provided|subject|in\s+each\s+case|whether|both)\b)|(?<=\S)\s+(?=(?:without|during|after|until|provided|unless|except|in\s+accordance)\b)/i;
const LETTER = /(?<!\w)\((?:[a-z]|[ivx]{1,4})\)\s+/g;
/** Separators before an item that starts "to …" (infinitive purposes share no verbs, so "operate and improve" stays). */
const BEFORE_INFINITIVE = /(?:,\s+(?:and\s+|or\s+)?|(?<=\S)\s+(?:and|or)\s+)(?=to\s)/g;

function itemsOf(text: string, from: number, region: string): { items: Item[]; lettered: boolean } {
  const letters = [...region.matchAll(LETTER)];
  if (letters.length >= 2 && letters[0]?.index === 0) {
    const items = letters.map((m, i) => {
      const next = letters[i + 1];
      const raw = region.slice(m.index ?? 0, next ? next.index : region.length);
      const body = raw.replace(/(?:[,;]\s*(?:and|or)?|(?<=\S)\s+(?:and|or))\s*$/, '');
      return { start: from + (m.index ?? 0), end: from + (m.index ?? 0) + body.length };
    });
    return { items, lettered: true };
  }
  // "including to develop new products and features": with no comma, the "and" after a "to" joins its verbs or its
  // objects, inside one purpose (audit193, 437 § 6.5 was left "may use Usage Data features.").
  if (/^to\s/.test(region) && !region.includes(',')) return { items: [{ start: from, end: from + region.length }], lettered: false };
  // "to analyze trends, improve the Service and inform product direction": one "to" shared by bare verbs, which
  // are the items, as nouns are.
  const infinitives = /^to\s/.test(region) && [...region.matchAll(BEFORE_INFINITIVE)].length > 0;
  const separator = infinitives ? BEFORE_INFINITIVE : SEPARATOR;
  const items: Item[] = [];
  let last = 0;
  // "capacity planning, billing, service analytics and the development of new features and products": a list has one
  // closing conjunction; a bare "and" after it, with no comma to follow, joins words inside the last item (audit71,
  // 207 § 3.5 was left "security monitoring, products").
  let closed = false;
  for (const sep of region.matchAll(separator)) {
    const bare = !sep[0].startsWith(',');
    if (closed && bare) continue;
    // "research, developing and training new products and Models, and demonstrating …": a bare "and" with commas still
    // to come joins words inside one item (audit104, 271 § 6.1 was left "developing and Models").
    if (bare && !infinitives && region.includes(',', (sep.index ?? 0) + sep[0].length)) continue;
    const after = (sep.index ?? 0) + sep[0].length;
    if ((bare || /\b(?:and|or)\b/.test(sep[0])) && !region.includes(',', after)) closed = true;
    items.push({ start: from + last, end: from + (sep.index ?? 0) });
    last = after;
  }
  items.push({ start: from + last, end: from + region.length });
  return { items, lettered: false };
}

/**
 * "may use it for any purpose, including (a) publishing benchmarks, (b) calibrating its models and (c) training new
 * features" becomes a closed list: "any purpose, including" goes and so do the risky examples, so the vendor keeps
 * the uses that carry no risk instead of the whole permission being turned into a ban (the audits' "for any purpose,
 * including" pattern). Undefined when every example is risky, or the closed list still reads as a risk.
 */
export function closeOpenPurposes(text: string, finding: Finding, anyRisk: (text: string) => boolean): RedlineOp[] | undefined {
  const list = openList(text, finding.start, finding.end);
  if (!list) return undefined;
  const { items, withOpener } = list;
  // An example is risky when the sentence with only that example left still reads as a risk.
  const risky = new Set(items.filter((item) => items.length === 1 || anyRisk(applyOps(text, withOpener(strikeItems(text, items, (other) => other !== item))))));
  const ops = closedList(text, list, risky);
  return ops === undefined || anyRisk(applyOps(text, ops)) ? undefined : ops;
}

/** "the training and validation of the Models", "improving its algorithms": an example that develops a model. */
const MODEL_ITEM =
  /\b(?:training|retraining|fine-?tuning|train|retrain)\b|\b(?:develop|improv|enhanc|validat|test|tun|calibrat|benchmark|refin|build)\w*\b[^;]{0,60}?\b(?:models?|algorithms?|machine[- ]learning|artificial\s+intelligence|AI)\b/i;

/**
 * The sentence's "for any purpose, including A, B and the training of the Models" closed on the examples that do not
 * develop a model: "for A and B". Ops on the sentence itself; undefined when there is no such list, or every example
 * (or none) develops a model. For a position's `strike-model-purposes` edit, whose proviso answers the rest.
 */
export function closeOpenModelPurposes(sentence: string): RedlineOp[] | undefined {
  const list = openList(sentence, 0, sentence.length);
  if (!list) return undefined;
  const risky = new Set(list.items.filter((item) => MODEL_ITEM.test(sentence.slice(item.start, item.end))));
  return risky.size === 0 ? undefined : closedList(sentence, list, risky);
}

/** The " and" right before "for any purpose": the open list joined on to what came before it. */
export const JOINED_BY_AND = /(?<=\S) and $/;

interface OpenList {
  readonly items: Item[];
  readonly lettered: boolean;
  readonly withOpener: (ops: RedlineOp[]) => RedlineOp[];
}

/** The examples of "for any purpose, including …" between `start` and `end`, and the deletion of the opener. */
function openList(text: string, start: number, end: number): OpenList | undefined {
  const open = ANY_PURPOSE_INCLUDING.exec(text.slice(start, end));
  if (!open) return undefined;
  const from = start + open.index + open[0].length;
  const rest = text.slice(from, end);
  const region = rest.slice(0, OPEN_LIST_END.exec(rest)?.index ?? rest.length).trimEnd().replace(/,$/, '');
  if (region === '') return undefined;
  const { items, lettered } = itemsOf(text, from, region);
  // "for any purpose, including to operate, maintain, analyse and improve the Platform, the Devices and …": after one
  // "to", commas that run on into things named ("the Devices") separate the verbs' objects, not purposes; closed on
  // them, the list read "analyse and the Devices" (257 § 2.6).
  const infinitives = /^to\s/.test(region);
  if (infinitives && !lettered && items.slice(1).some((item) => /^(?:the|its|their|our|any|all|each|[A-Z])\b/.test(text.slice(item.start, item.end)))) return undefined;
  // "for any purpose, including in benchmark reports": an example that opens with its own preposition takes "for" with
  // the opener, or the list read "disclose Aggregated Statistics for in benchmark reports" (audit204, 459 § 5.4).
  const ownPreposition = /^(?:in|on|at|through|via|within|into)\s/.test(region);
  const openerStart = start + open.index + (infinitives || ownPreposition ? 0 : 4);
  // "during and after the Term and for any purpose, including to compile benchmarks": the "and" joined the purposes to
  // the time limit, and would join the time limit to "to compile"; the closed list is the only purpose, "solely"
  // (audit71, 207 § 4.3 read "during and after the Subscription Term and to compile").
  const joined = infinitives ? JOINED_BY_AND.exec(text.slice(start, openerStart)) : null;
  if (joined) {
    const cut = start + joined.index;
    const opener: RedlineOp[] = [{ kind: 'delete', start: cut, end: from, text: text.slice(cut, from) }, { kind: 'insert', at: from, text: ', solely ' }];
    return { items, lettered, withOpener: (ops) => inOrder([...opener, ...ops]) };
  }
  const opener: RedlineOp = { kind: 'delete', start: openerStart, end: from, text: text.slice(openerStart, from) };
  return { items, lettered, withOpener: (ops) => inOrder([opener, ...ops]) };
}

/** The list closed without its risky examples ("any purpose, including" goes), or undefined when all of them are risky. */
function closedList(text: string, { items, lettered, withOpener }: OpenList, risky: ReadonlySet<Item>): RedlineOp[] | undefined {
  if (risky.size === items.length) return undefined;
  const struck = lettered
    ? [...risky].flatMap((item): RedlineOp[] => {
        const start = item.start + (/^\((?:[a-z]|[ivx]{1,4})\)\s+/.exec(text.slice(item.start))?.[0].length ?? 0);
        return [{ kind: 'delete', start, end: item.end, text: text.slice(start, item.end) }, { kind: 'insert', at: item.end, text: RESERVED_ITEM }];
      })
    : sharedObjectKept(text, items, risky, strikeItems(text, items, (item) => risky.has(item)));
  return withOpener(struck);
}

/**
 * "to operate, analyse, develop and improve the Services and Lexivane's other products": the verbs kept are bare, and
 * the object they shared stood in the last item, which goes; its first conjunct stays after them ("to operate and
 * analyse the Services"), or they would have no object (audit143, 343 § 4.3). Only the words around it are struck.
 */
function sharedObjectKept(text: string, items: readonly Item[], risky: ReadonlySet<Item>, ops: RedlineOp[]): RedlineOp[] {
  const last = items[items.length - 1] as Item;
  const kept = items.filter((item) => !risky.has(item));
  const lastKept = kept[kept.length - 1];
  if (!risky.has(last) || lastKept === undefined || kept.some((item) => /\s/.test(text.slice(item.start, item.end).replace(/^to\s+/, '')))) return ops;
  const found = /^(\S+\s+)((?:the|its|our|their)\s+[^,;]+?)(?=\s+(?:and|or)\s|,|$)/.exec(text.slice(last.start, last.end));
  const tail = ops.find((op) => op.kind === 'delete' && op.start === lastKept.end && op.end === last.end);
  if (!found?.[1] || !found[2] || !tail) return ops;
  const objectStart = last.start + found[1].length;
  const objectEnd = objectStart + found[2].length;
  const around: RedlineOp[] = [{ kind: 'delete', start: lastKept.end, end: objectStart - 1, text: text.slice(lastKept.end, objectStart - 1) }];
  if (objectEnd < last.end) around.push({ kind: 'delete', start: objectEnd, end: last.end, text: text.slice(objectEnd, last.end) });
  return ops.flatMap((op) => (op === tail ? around : [op]));
}

const at = (op: RedlineOp) => (op.kind === 'delete' ? op.start : op.at);
/** Ops by position, a delete before an insert at the same place, as applyOps needs them. */
export const inOrder = (ops: readonly RedlineOp[]): RedlineOp[] => [...ops].sort((a, b) => at(a) - at(b) || (a.kind === 'delete' ? -1 : 1) - (b.kind === 'delete' ? -1 : 1));
