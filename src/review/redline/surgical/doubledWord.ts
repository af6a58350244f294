// A strike that would leave the same word twice. Pure: string operations only.
import type { Splice } from './splice';

const isWordChar = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_';
/** The word that ends `text`, and whether white space follows it there. */
function lastWord(text: string): { readonly word: string; readonly spaced: boolean } | undefined {
  const trimmed = text.trimEnd();
  let i = trimmed.length;
  while (i > 0 && isWordChar(trimmed[i - 1]!)) i--;
  const word = trimmed.slice(i);
  return word === '' ? undefined : { word, spaced: trimmed.length < text.length };
}
/** The word that opens `text` after any white space, and how many characters it and that space take. */
function firstWord(text: string): { readonly word: string; readonly lead: number } | undefined {
  const lead = text.length - text.trimStart().length;
  let i = lead;
  while (i < text.length && isWordChar(text[i]!)) i++;
  return i === lead ? undefined : { word: text.slice(lead, i), lead };
}

/**
 * "… are [irrevocable and ]are reflected in the fees": a strike that would leave the same word twice ("are are") takes
 * the second with it (audit195, 440 Annex 3 § 5.1). The splice may strike outright or rebuild its list.
 */
export function withoutDoubledWord(sentence: string, splice: Splice): Splice {
  const previous = lastWord(sentence.slice(Math.max(0, splice.start - 20), splice.start));
  // "… are [irrevocable and are→are] reflected": the rebuilt list opens with the word just before it.
  const opening = firstWord(splice.text);
  if (previous?.spaced && opening?.lead === 0 && previous.word.toLowerCase() === opening.word.toLowerCase()) {
    return { ...splice, start: splice.start - previous.word.length - 1 };
  }
  const left = lastWord(sentence.slice(Math.max(0, splice.start - 20), splice.start) + splice.text);
  const next = firstWord(sentence.slice(splice.end, splice.end + 24));
  if (left === undefined || next === undefined || left.word.toLowerCase() !== next.word.toLowerCase()) return splice;
  const after = sentence.charAt(splice.end + next.lead + next.word.length);
  if (after !== ' ') return splice;
  return { ...splice, end: splice.end + (left.spaced ? next.lead + next.word.length + 1 : next.lead + next.word.length) };
}
