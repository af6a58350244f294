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

/** The smallest run of whole sentences containing [start, end), without surrounding whitespace. */
export function sentenceSpan(text: string, span: Span): Span {
  let start = 0;
  let end = text.length;
  for (const boundary of sentenceEnds(text)) {
    if (boundary <= span.start) start = boundary;
    else if (boundary >= span.end) {
      end = boundary;
      break;
    }
  }
  while (start < span.start && /\s/.test(text[start] ?? '')) start += 1;
  while (end > span.end && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/** A leading clause number or list marker ("4.2 ", "(b) ", "iii. ") that a rewrite of the first sentence must keep. */
export function numberingPrefixLength(sentence: string): number {
  const match = /^(?:\(?(?:\d+(?:\.\d+)*|[a-z]{1,4}|[A-Z])[.)]|\d+(?:\.\d+)+)\s+/.exec(sentence);
  return match ? match[0].length : 0;
}
