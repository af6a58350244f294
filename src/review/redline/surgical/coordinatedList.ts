// Strikes words out of the coordinated list they sit in ("worldwide, perpetual, irrevocable and royalty-free"),
// leaving the survivors correctly punctuated. Pure: must not import Office, React, the DOM or Node.
// Linear in the sentence: the list is walked once in each direction, character by character to the left (a pattern
// anchored at the end of the text before an item is tried from every position of that text, for every item).
import { escapeRegExp } from './context';
import type { Splice } from './splice';

interface Item {
  readonly start: number;
  readonly end: number;
  struck: boolean;
}

const ITEM_CHAR = /^[\p{L}\p{N}'\u2019-]$/u;
const WHITE_SPACE = /^\s$/;
const SEPARATOR_AFTER = /^(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)/;
const ITEM_AFTER = /^[\p{L}\p{N}'\u2019-]+/u;
/** Words that open a clause, never an item of a list of modifiers or verbs. */
// "… the Safety Dataset indefinitely, and may retain Subscriber Data …": a modal opens a predicate of its own, sharing the
// subject; taken for an item, striking "indefinitely" left "the Safety Dataset may retain …" (335 § 9.6).
const CLAUSE_OPENER = new Set(['nothing', 'no', 'none', 'neither', 'nor', 'the', 'this', 'that', 'these', 'those', 'it', 'we', 'you', 'they', 'each', 'such', 'either', 'may', 'shall', 'will', 'must', 'can', 'could', 'would', 'should', 'might']);
// Adjectives in a licence grant read naturally with commas alone; verbs and nouns need their "and" back.
const ADJECTIVAL = /(?:wide|free|able|ible|ive|al|ent|ary|ous|ic)$/i;

/** The character (a whole code point) that ends just before `end`. */
function charBefore(text: string, end: number): string {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? end - 2 : end - 1, end);
}

/** Where the run of `kind` characters that ends at `end` starts (`end` itself when there is none). */
function runStart(text: string, end: number, kind: RegExp): number {
  let at = end;
  while (at > 0) {
    const char = charBefore(text, at);
    if (!kind.test(char)) break;
    at -= char.length;
  }
  return at;
}

/**
 * Where the list separator ending at `end` starts (", ", ", and ", " or "), or -1: the leftmost start from which
 * `,\s+(?:(?:and|or)\s+)?` or `\s+(?:and|or)\s+` reaches `end`, found by looking back from `end` only.
 */
function separatorStart(text: string, end: number): number {
  const spaceStart = runStart(text, end, WHITE_SPACE);
  if (spaceStart === end) return -1;
  if (text[spaceStart - 1] === ',') return spaceStart - 1;
  const conjunction = ['and', 'or'].find((word) => text.slice(spaceStart - word.length, spaceStart) === word);
  if (!conjunction) return -1;
  const wordStart = spaceStart - conjunction.length;
  const before = runStart(text, wordStart, WHITE_SPACE);
  if (before === wordStart) return -1;
  return text[before - 1] === ',' ? before - 1 : before;
}

function listAround(sentence: string, start: number, end: number): Item[] {
  // "Records and perpetual archives" is not a list of modifiers: a capitalised neighbour is a name or defined term.
  const seedCapitalised = /^\p{Lu}/u.test(sentence.slice(start, end));
  // "… and De-identified Data indefinitely, and retain any Customer Content …": an adverb's list is of adverbs; the verb
  // after it opens a predicate of its own (fresh188a 486 § 15.3 lost ", and" with "indefinitely").
  const seedAdverb = /ly$/i.test(sentence.slice(start, end));
  const sameKind = (word: string): boolean => /^\p{Lu}/u.test(word) === seedCapitalised && (!seedAdverb || /ly$/i.test(word));
  const leftwards: Item[] = [];
  for (let left = start; ; ) {
    const separator = separatorStart(sentence, left);
    if (separator < 0) break;
    const itemStart = runStart(sentence, separator, ITEM_CHAR);
    if (itemStart === separator || !sameKind(sentence.slice(itemStart, separator))) break;
    leftwards.push({ start: itemStart, end: separator, struck: false });
    left = itemStart;
  }
  const items: Item[] = [...leftwards.reverse(), { start, end, struck: false }];
  for (let right = end; ; ) {
    const separator = SEPARATOR_AFTER.exec(sentence.slice(right));
    if (!separator) break;
    const item = ITEM_AFTER.exec(sentence.slice(right + separator[0].length));
    // "may retain Aggregated Data indefinitely, and nothing in this Agreement shall require …": a word that opens a
    // clause of its own ends the list; striking "indefinitely" must leave ", and nothing …" standing (audit60, 166).
    if (!item || !sameKind(item[0]) || CLAUSE_OPENER.has(item[0].toLowerCase())) break;
    const itemStart = right + separator[0].length;
    items.push({ start: itemStart, end: itemStart + item[0].length, struck: false });
    right = itemStart + item[0].length;
  }
  return items;
}

function rebuild(sentence: string, items: readonly Item[]): string {
  const kept = items.filter((item) => !item.struck).map((item) => sentence.slice(item.start, item.end));
  const separators = items.slice(1).map((item, index) => sentence.slice(items[index]!.end, item.start));
  const conjunction = /\b(and|or)\b/.exec(separators.join(' '))?.[1];
  // The list goes on to the left past words we could not read as items ("display (to show ...), modify, and
  // create"): its conjunction must stay in front of the last survivor.
  // A bare "and" before the first item joins another coordination ("create Aggregated Data and use, disclose and
  // commercialise it"): the list starts there (audit166, 381 § 6.5 read "use, and disclose").
  const before = separatorStart(sentence, items[0]!.start);
  if (conjunction && kept.length > 0 && before >= 0 && sentence[before] === ',') {
    return `${kept.slice(0, -1).map((word) => `${word}, `).join('')}${conjunction} ${kept[kept.length - 1]!}`;
  }
  if (kept.length < 2) return kept.join('');
  if (!conjunction || kept.every((word) => ADJECTIVAL.test(word))) return kept.join(', ');
  return `${kept.slice(0, -1).join(', ')} ${conjunction} ${kept[kept.length - 1]!}`;
}

/**
 * The lists found so far, keyed by their first item's start as before, with each sentence position mapped to the
 * first list (and item) covering it, so a match finds its list without searching every item of every list.
 */
class ListIndex {
  readonly lists = new Map<string, Item[]>();
  private readonly listAt: Int32Array;
  private readonly itemAt: Int32Array;
  private readonly byNumber: Item[][] = [];

  constructor(private readonly length: number) {
    this.listAt = new Int32Array(length);
    this.itemAt = new Int32Array(length);
  }

  /** The first list, in insertion order, with an item covering [start, end); and that item. */
  find(start: number, end: number): { items: Item[]; hit: Item } | undefined {
    const list = this.byNumber[(this.listAt[start] ?? 0) - 1];
    const hit = list?.[this.itemAt[start] ?? 0];
    if (list && hit && hit.start <= start && end <= hit.end) return { items: list, hit };
    if (!list) return undefined;
    // A longer match than the item under its start (rare): search the lists as the plain reading would.
    for (const items of this.lists.values()) {
      const covering = items.find((item) => item.start <= start && end <= item.end);
      if (covering) return { items, hit: covering };
    }
    return undefined;
  }

  add(items: Item[]): void {
    const key = `${items[0]!.start}`;
    const replaces = this.lists.has(key);
    this.lists.set(key, items);
    if (replaces) this.reindex();
    else this.mark(items);
  }

  private mark(items: readonly Item[]): void {
    this.byNumber.push(items as Item[]);
    const number = this.byNumber.length;
    items.forEach((item, index) => {
      for (let at = item.start; at < item.end && at < this.length; at += 1) {
        if (this.listAt[at] !== 0) continue;
        this.listAt[at] = number;
        this.itemAt[at] = index;
      }
    });
  }

  /** A list that replaced another under the same key: the replaced one no longer counts, as in the Map it was. */
  private reindex(): void {
    this.listAt.fill(0);
    this.byNumber.length = 0;
    for (const items of this.lists.values()) this.mark(items);
  }
}

/** Splices that remove every whole-word occurrence of `words`; a list left empty goes with one adjacent space. */
const TO_SUBPROCESSORS = /^\s*(?:only\s+)?to\s+(?:its\s+|our\s+|their\s+|the\s+|[\w’'-]+['’]s\s+)?(?:approved\s+)?(?:sub-?processors|sub-?contractors|service\s+providers|hosting\s+providers)\b/i;

/** A negation just before a word: "shall not ", "will never ", "may not directly or indirectly ". */
const NEGATED_BEFORE = /\b(?:not|never|nor)\s+(?:[a-z]+\s+){0,2}$/i;

export function strikeFromLists(sentence: string, words: readonly string[]): Splice[] {
  const index = new ListIndex(sentence.length);
  // Longest phrases first, so "create derivative works of" becomes one list item before "works" could split it.
  for (const word of [...words].sort((x, y) => y.length - x.length)) {
    // "sub-licensable" is the same word as "sublicensable" (audit194, 436 § 5.3 kept it beside a narrowed purpose).
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(word).replace(/^sub(?=[a-z])/i, 'sub-?')}(?![\\p{L}\\p{N}-])`, 'giu');
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // A capitalised match mid-sentence is part of a defined term ("Transferable Data"), which is not ours to edit.
      if (start > 0 && /^\p{Lu}/u.test(match[0]) && !/^\p{Lu}/u.test(word)) continue;
      // "shall not sell …" is a ban the customer keeps, not a right to strike.
      if (NEGATED_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) continue;
      // "sublicensable to Provider's sub-processors" is the sublicensing the position itself allows, and so is one to the
      // vendor's service or hosting providers (struck alone it left "a … licence to Quorvant's service providers", 189 § 4.1).
      if (/^sub-?licen[cs]able$/i.test(word) && TO_SUBPROCESSORS.test(sentence.slice(end, end + 60))) continue;
      const existing = index.find(start, end);
      const items = existing?.items ?? listAround(sentence, start, end);
      const hit = existing?.hit ?? items.find((item) => item.start <= start && end <= item.end);
      if (!hit) continue;
      // Only a whole list item is struck: "perpetual" inside "non-perpetual" is left alone by the lookarounds.
      if (hit.start === start && hit.end === end) hit.struck = true;
      if (!existing) index.add(items);
    }
  }
  const splices: Splice[] = [];
  for (const items of index.lists.values()) {
    if (!items.some((item) => item.struck)) continue;
    const start = items[0]!.start;
    // "royalty-free, sublicensable (through multiple tiers) licence": a bracket right after the last item qualifies
    // that item, and goes with it (257 § 2.2 was left "royalty-free (through multiple tiers) licence").
    // ", sublicensable through multiple tiers to Sub-processors, to host …": the tiers and their holders go too (audit105,
    // 269 § 4.2 was left "licence through multiple tiers to Sub-processors").
    const qualifier = items[items.length - 1]!.struck ? /^ \([^()]{1,80}\)(?= )|^ (?:through|in) multiple tiers(?: to [^,;()]{1,60})?(?=,)/.exec(sentence.slice(items[items.length - 1]!.end)) : null;
    const end = items[items.length - 1]!.end + (qualifier?.[0].length ?? 0);
    // A lone verb after "to" ("and to distribute them") cannot go without taking its object along: leave it.
    if (items.length === 1 && followsTo(sentence, start)) continue;
    const text = rebuild(sentence, items);
    // "licence, sublicensable through multiple tiers, to host …": the comma that closed the struck last item goes with it,
    // or "licence, to host" is left (audit169, 387 § 4.2).
    const closing = items[items.length - 1]!.struck && /^, (?:to|for) /.test(sentence.slice(end, end + 6)) ? 1 : 0;
    const joint = text ? seriesJoint(sentence, items, text) : undefined;
    if (joint) splices.push(joint);
    if (text) splices.push(withArticle(sentence, { start, end: end + closing, text }, text));
    else if (sentence[end] === ' ') splices.push(withArticle(sentence, { start, end: end + 1, text: '' }, sentence.slice(end + 1)));
    else if (sentence[start - 1] === ' ') splices.push({ start: start - 1, end, text: '' });
    else splices.push({ start, end, text: '' });
  }
  return splices;
}

/** The words of a series item before the noun read as its item: "combine with other " before "data". */
const ITEM_HEAD = /, ([a-z][a-z-]*(?: [a-z][a-z-]*){0,4} )$/;

/**
 * "may use, disclose, reproduce, combine with other data, and commercialise De-identified Data": the list read as
 * "data, and commercialise" loses its last item and keeps "data"; the series before it ("reproduce, combine with other
 * data") needs the conjunction in front of its new last item, or it reads "reproduce, combine with other data
 * De-identified Data" (audit217, 475 § 4.3). The comma before that item becomes "and" (or "or").
 */
function seriesJoint(sentence: string, items: readonly Item[], text: string): Splice | undefined {
  const last = items[items.length - 1]!;
  if (items.length !== 2 || !last.struck || items[0]!.struck || /\b(?:and|or)\b/.test(text)) return undefined;
  const conjunction = /\b(and|or)\b/.exec(sentence.slice(items[0]!.end, last.start))?.[1];
  const head = ITEM_HEAD.exec(sentence.slice(Math.max(0, items[0]!.start - 40), items[0]!.start));
  if (!conjunction || !head?.[1] || /\b(?:and|or)\b/.test(head[1])) return undefined;
  const comma = items[0]!.start - head[1].length - 2;
  // Only inside a series: a word, not the sentence's opening, comes before that comma.
  return /[a-z]$/.test(sentence.slice(Math.max(0, comma - 1), comma)) ? { start: comma, end: comma + 2, text: ` ${conjunction} ` } : undefined;
}

/** True when white space and the word "to" come right before `at` (as `/\bto\s+$/i` on the text before it). */
function followsTo(sentence: string, at: number): boolean {
  const wordEnd = runStart(sentence, at, WHITE_SPACE);
  return wordEnd < at && /(?:^|\W)to$/i.test(sentence.slice(Math.max(0, wordEnd - 3), wordEnd));
}

/** "an irrevocable licence" loses "irrevocable" and must become "a licence": the article follows the new first word. */
function withArticle(sentence: string, splice: Splice, next: string): Splice {
  // Only the last four characters can hold "an " and the character before it.
  const windowStart = Math.max(0, splice.start - 4);
  const article = /\b([Aa]n?) $/.exec(sentence.slice(windowStart, splice.start));
  if (!article?.[1]) return splice;
  const vowel = /^[aeiou]/i.test(next);
  const wanted = vowel ? 'an' : 'a';
  if (article[1].toLowerCase() === wanted) return splice;
  const cased = article[1][0] === 'A' ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted;
  return { start: windowStart + article.index, end: splice.end, text: `${cased} ${splice.text}` };
}

/** "; to the extent … before termination, that licence is worldwide, perpetual and irrevocable": a limb that only says what the licence is. */
const LICENCE_LIMB = /;\s+(?:[^;]*?,\s+)?(?:that|the|such|this)\s+licen[cs]e\s+(?:is|shall\s+be|will\s+be|becomes)\s+([^;]+?)\.?$/i;
/** What a licence may be that the customer does not mind: its place and price. */
const HARMLESS_TERMS = /^(?:\s|,|and|worldwide|royalty-free|non-exclusive|fully\s+paid(?:-up)?)*$/i;

/**
 * Strikes that leave such a limb saying only "that licence is worldwide" take the limb whole, from its semicolon: what
 * it said after the event it names (a licence outliving termination) is gone, and a limb stating a licence's place
 * reads as a slip (lawyer audit of agreement 69 6.3). Otherwise the strikes as they are.
 */
export function withoutHollowLimb(sentence: string, splices: readonly Splice[]): Splice[] {
  const limb = LICENCE_LIMB.exec(sentence);
  if (!limb?.[1]) return [...splices];
  const termsStart = limb.index + limb[0].indexOf(limb[1], limb[0].length - limb[1].length - 2);
  const termsEnd = termsStart + limb[1].length;
  const inside = splices.filter((s) => s.start >= termsStart && s.end <= termsEnd);
  if (inside.length === 0) return [...splices];
  let rest = '';
  let at = termsStart;
  for (const s of [...inside].sort((a, b) => a.start - b.start)) {
    rest += sentence.slice(at, s.start) + s.text;
    at = s.end;
  }
  rest += sentence.slice(at, termsEnd);
  if (!HARMLESS_TERMS.test(rest)) return [...splices];
  const outside = splices.filter((s) => s.end <= limb.index || s.start >= termsEnd);
  return [...outside, { start: limb.index, end: termsEnd, text: '' }];
}
