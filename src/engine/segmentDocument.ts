// Splits paragraphs into sentences with paragraph-relative, half-open offsets, so findings quote whole sentences.
// Pure: imports only the engine's own types.
import type { Paragraph } from './types';

export interface Sentence {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|etc|inc|ltd|co|no|nos|vs|cf|para|sec|art|u\.s|u\.k|corp|llc|plc|pte|pty|bhd|sdn|approx|incl)|\b[A-Za-z])\.$/i;
const BOUNDARY = /[.!?]["”’)]?\s+(?=["“(]?[A-Z0-9])/g;
/**
 * "In this Agreement: "AI Output" means …; "Documentation" means … from time to time; "Order Form" means …": each
 * definition of a run-on list is a sentence of its own, so what one says (a document that changes) is not read with
 * what another says (the AI features), and a finding quotes the definition, not the whole list (audit87, 235 § 1.1).
 * Starts only at a semicolon, and the quoted term is bounded, so the search stays linear.
 */
const DEFINITION_BOUNDARY = /;\s+(?:and\s+)?(?=["“][^"”;]{1,80}["”]\s+(?:means|shall\s+mean|has\s+the\s+meaning|refers\s+to)\b)/g;

/**
 * "A16. Section 6.2 of the Terms is deleted and replaced with the following: "6.2 …"": an amendment quoting the new
 * wording of a clause; the quoted clause is read as a sentence of its own, as it will read once it is in force.
 * Starts only at the amending words, and the words before the colon are bounded, so the search stays linear.
 */
const QUOTED_WORDING = /\b(?:(?:replaced|substituted)\s+(?:with|by)|inserting|adding)\s+the\s+following\b[^:;"“]{0,60}:\s+(?=["“])|\bfollowing\s+is\s+added\s+to\b[^:;"“]{0,60}:\s+(?=["“])/g;

function trimmed(paragraph: number, text: string, start: number, end: number): Sentence | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return s < e ? { paragraph, start: s, end: e, text: text.slice(s, e) } : undefined;
}

function splitParagraph(index: number, text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  // A definition list is cut after its semicolon; a quoted new wording right before its opening quote.
  const cuts = [...[...text.matchAll(DEFINITION_BOUNDARY)].map((d) => d.index + 1), ...[...text.matchAll(QUOTED_WORDING)].map((d) => d.index + d[0].length)].sort((a, b) => a - b);
  for (const cut of cuts) {
    const definition = trimmed(index, text, start, cut);
    if (definition) sentences.push(...splitSentences(index, definition.text, definition.start));
    start = cut;
  }
  sentences.push(...splitSentences(index, text.slice(start), start));
  return sentences;
}

/** The sentences of `text`, which starts `offset` characters into the paragraph. */
function splitSentences(index: number, part: string, offset: number): Sentence[] {
  const sentences: Sentence[] = [];
  const text = part;
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const stopAt = m.index + 1;
    const before = text.slice(Math.max(start, m.index - 12), stopAt);
    // A section number such as "3.1 " or a lone "1." heading is not a sentence of its own.
    // "No. 5" abbreviates "number"; "No. The key never leaves …" and "Yes. We …" answer a question: a sentence each.
    const answer = /\b(?:no|yes)\.$/i.test(before) && /^\s*(?:no|yes)\.$/i.test(text.slice(start, stopAt)) && /[A-Za-z]/.test(text[m.index + m[0].length] ?? '');
    if (!answer && (ABBREVIATION.test(before) || /^\s*[\d.()a-z]{0,6}\.$/i.test(text.slice(start, stopAt)))) continue;
    const end = m.index + m[0].trimEnd().length;
    const sentence = trimmed(index, text, start, end);
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const last = trimmed(index, text, start, text.length);
  if (last) sentences.push(last);
  return sentences.map((sentence) => ({ ...sentence, start: sentence.start + offset, end: sentence.end + offset }));
}

/** Every sentence of the document in reading order. Linear in the text length. */
export function segmentDocument(paragraphs: readonly Paragraph[]): Sentence[] {
  return paragraphs.flatMap((p, i) => splitParagraph(i, p.text));
}
