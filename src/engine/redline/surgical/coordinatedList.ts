// Strikes words out of the coordinated list they sit in ("worldwide, perpetual, irrevocable and royalty-free"),
// leaving the survivors correctly punctuated. Pure: must not import Office, React, the DOM or Node.
import { escapeRegExp } from './context';
import type { Splice } from './splice';

interface Item {
  readonly start: number;
  readonly end: number;
  struck: boolean;
}

const ITEM = /[\p{L}\p{N}'\u2019-]+$/u;
const SEPARATOR_BEFORE = /(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/;
const SEPARATOR_AFTER = /^(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)/;
const ITEM_AFTER = /^[\p{L}\p{N}'\u2019-]+/u;
// Adjectives in a licence grant read naturally with commas alone; verbs and nouns need their "and" back.
const ADJECTIVAL = /(?:wide|free|able|ible|ive|al|ent|ary|ous|ic)$/i;

function listAround(sentence: string, start: number, end: number): Item[] {
  const items: Item[] = [{ start, end, struck: false }];
  // "Records and perpetual archives" is not a list of modifiers: a capitalised neighbour is a name or defined term.
  const seedCapitalised = /^\p{Lu}/u.test(sentence.slice(start, end));
  const sameKind = (word: string): boolean => /^\p{Lu}/u.test(word) === seedCapitalised;
  for (let left = start; ; ) {
    const before = sentence.slice(0, left);
    const separator = SEPARATOR_BEFORE.exec(before);
    if (!separator) break;
    const item = ITEM.exec(before.slice(0, separator.index));
    if (!item || !sameKind(item[0])) break;
    items.unshift({ start: item.index, end: separator.index, struck: false });
    left = item.index;
  }
  for (let right = end; ; ) {
    const separator = SEPARATOR_AFTER.exec(sentence.slice(right));
    if (!separator) break;
    const item = ITEM_AFTER.exec(sentence.slice(right + separator[0].length));
    if (!item || !sameKind(item[0])) break;
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
  if (conjunction && kept.length > 0 && SEPARATOR_BEFORE.test(sentence.slice(0, items[0]!.start))) {
    return `${kept.slice(0, -1).map((word) => `${word}, `).join('')}${conjunction} ${kept[kept.length - 1]!}`;
  }
  if (kept.length < 2) return kept.join('');
  if (!conjunction || kept.every((word) => ADJECTIVAL.test(word))) return kept.join(', ');
  return `${kept.slice(0, -1).join(', ')} ${conjunction} ${kept[kept.length - 1]!}`;
}

/** Splices that remove every whole-word occurrence of `words`; a list left empty goes with one adjacent space. */
export function strikeFromLists(sentence: string, words: readonly string[]): Splice[] {
  const lists = new Map<string, Item[]>();
  // Longest phrases first, so "create derivative works of" becomes one list item before "works" could split it.
  for (const word of [...words].sort((x, y) => y.length - x.length)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(word)}(?![\\p{L}\\p{N}-])`, 'giu');
    for (const match of sentence.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // A capitalised match mid-sentence is part of a defined term ("Transferable Data"), which is not ours to edit.
      if (start > 0 && /^\p{Lu}/u.test(match[0]) && !/^\p{Lu}/u.test(word)) continue;
      const existing = [...lists.values()].find((items) => items.some((item) => item.start <= start && end <= item.end));
      const items = existing ?? listAround(sentence, start, end);
      const hit = items.find((item) => item.start <= start && end <= item.end);
      if (!hit) continue;
      // Only a whole list item is struck: "perpetual" inside "non-perpetual" is left alone by the lookarounds.
      if (hit.start === start && hit.end === end) hit.struck = true;
      if (!existing) lists.set(`${items[0]!.start}`, items);
    }
  }
  const splices: Splice[] = [];
  for (const items of lists.values()) {
    if (!items.some((item) => item.struck)) continue;
    const start = items[0]!.start;
    const end = items[items.length - 1]!.end;
    // A lone verb after "to" ("and to distribute them") cannot go without taking its object along: leave it.
    if (items.length === 1 && /\bto\s+$/i.test(sentence.slice(0, start))) continue;
    const text = rebuild(sentence, items);
    if (text) splices.push(withArticle(sentence, { start, end, text }, text));
    else if (sentence[end] === ' ') splices.push(withArticle(sentence, { start, end: end + 1, text: '' }, sentence.slice(end + 1)));
    else if (sentence[start - 1] === ' ') splices.push({ start: start - 1, end, text: '' });
    else splices.push({ start, end, text: '' });
  }
  return splices;
}

/** "an irrevocable licence" loses "irrevocable" and must become "a licence": the article follows the new first word. */
function withArticle(sentence: string, splice: Splice, next: string): Splice {
  const article = /\b([Aa]n?) $/.exec(sentence.slice(0, splice.start));
  if (!article?.[1]) return splice;
  const vowel = /^[aeiou]/i.test(next);
  const wanted = vowel ? 'an' : 'a';
  if (article[1].toLowerCase() === wanted) return splice;
  const cased = article[1][0] === 'A' ? wanted[0]!.toUpperCase() + wanted.slice(1) : wanted;
  return { start: article.index, end: splice.end, text: `${cased} ${splice.text}` };
}
