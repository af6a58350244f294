// Finds the sentence(s) of a paragraph that cover a span, so a redline rewrites whole grammatical units.
// Pure: must not import Office, React, the DOM or Node.

export interface Span {
  readonly start: number;
  readonly end: number;
}

// Abbreviations common in contracts whose full stop does not end a sentence.
const ABBREVIATIONS = /(?:^|[\s(])(?:e\.g|i\.e|etc|viz|cf|vs|no|nos|art|arts|sec|secs|cl|para|paras|inc|ltd|co|corp|llc|plc|mr|mrs|ms|dr|st|u\.s|u\.k|[a-z])\.$/i;

/** Offsets just after each sentence end: ".", "!" or "?" (plus closing quotes or brackets) followed by a space. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const terminator = /[.!?]["'\u201d\u2019)\]]*(?=\s+\S)/g;
  for (let match = terminator.exec(text); match; match = terminator.exec(text)) {
    const end = match.index + match[0].length;
    const before = text.slice(Math.max(0, match.index - 12), match.index + 1);
    // Known abbreviations, and a clause number such as "4.2." opening the paragraph, do not end a sentence.
    if (ABBREVIATIONS.test(before) || /^\s*[\d.]+\.$/.test(text.slice(0, match.index + 1))) continue;
    ends.push(end);
  }
  return ends;
}

// Planning every finding of one long paragraph asks for its sentence ends once per plan: they are kept for the
// last few paragraphs, so each plan costs a binary search instead of a scan of the whole paragraph.
const REMEMBERED_PARAGRAPHS = 16;
const knownEnds = new Map<string, readonly number[]>();

function sentenceEndsOf(text: string): readonly number[] {
  const known = knownEnds.get(text);
  if (known) return known;
  const ends = sentenceEnds(text);
  if (knownEnds.size >= REMEMBERED_PARAGRAPHS) knownEnds.delete(knownEnds.keys().next().value as string);
  knownEnds.set(text, ends);
  return ends;
}

/** How many of the sorted `values` are at most `limit`. */
function countAtMost(values: readonly number[], limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The smallest run of whole sentences containing [start, end), without surrounding whitespace. */
export function sentenceSpan(text: string, span: Span): Span {
  const ends = sentenceEndsOf(text);
  const before = countAtMost(ends, span.start);
  let start = before > 0 ? (ends[before - 1] as number) : 0;
  // The first end at or after span.end that is not at or before span.start closes the span.
  const after = Math.max(before, countAtMost(ends, span.end - 1));
  let end = ends[after] ?? text.length;
  while (start < span.start && /\s/.test(text[start] ?? '')) start += 1;
  while (end > span.end && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/**
 * A leading clause number or list marker that a rewrite of the first sentence must keep: "4.2 ", "(b) ", "iii. ",
 * "B.7 ", "B3.2 ", "A-4. " (a schedule numbered with a hyphen, 356's DPA), "SC4. ", "2(b) ", "12.3(a)(ii) ", and "Section 2(b) "
 * or "Article 7 " when a capitalised sentence follows (in "Section 5 shall survive" the words are the sentence's subject,
 * not its number).
 */
const NUMBERING = /^(?:\(?(?:\d+(?:\.\d+)*|[a-z]{1,4}|[A-Z])[.)]|\d+(?:\.\d+)+|[A-Z][.-]\d+(?:\.\d+)*[.)]?|[A-Z]{1,2}\d+(?:\.\d+)*[.)]?|\d+(?:\.\d+)*(?:\([a-z\d]{1,4}\))+[.)]?)\s+/;
const KEYWORD_NUMBERING = /^(?:Section|Clause|Article|Paragraph|§)\s*\d+(?:\.\d+)*(?:\([a-z\d]{1,4}\))*[.:]?\s+(?=[A-Z])/;
/** "3 Model development: " opening a schedule's item: a bare number with its run-in heading, which cross-references cite. */
const ITEM_WITH_HEADING = /^\d{1,3}\s+[A-Z][\w'’&/-]*(?:\s[\w'’&/()-]+){0,5}:\s+/;

export function numberingPrefixLength(sentence: string): number {
  const match = NUMBERING.exec(sentence) ?? KEYWORD_NUMBERING.exec(sentence) ?? ITEM_WITH_HEADING.exec(sentence);
  return match ? match[0].length : 0;
}
