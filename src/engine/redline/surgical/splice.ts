// A splice is one replacement inside a sentence (sentence-relative, half-open); surgical edits are lists of them.
// Pure: must not import Office, React, the DOM or Node.

export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Applies splices to a sentence, or returns undefined when two of them touch the same words: two edits that disagree
 * about one phrase cannot both be what the lawyer meant, so the caller falls back to the playbook clause.
 */
export function applySplices(sentence: string, splices: readonly Splice[]): string | undefined {
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let cursor = 0;
  for (const splice of sorted) {
    if (splice.start < cursor || splice.end < splice.start || splice.end > sentence.length) return undefined;
    result += sentence.slice(cursor, splice.start) + splice.text;
    cursor = splice.end;
  }
  return result + sentence.slice(cursor);
}
