// One comment that gives the same reason for two clauses says it once. Pure: string work only.

/** A reason said of one clause, and how the same reason reads for several. */
interface ReasonShape {
  /** One clause: (1) what comes before, (2) the provision word, (3) its number, (4) the rest of the reason. */
  readonly single: RegExp;
  /** Several clauses: (1) what comes before, (2) the provision word, (3) the numbers, (4) the rest of the reason. */
  readonly several: RegExp;
  readonly write: (word: string, numbers: string, rest: string) => string;
}

const SHAPES: readonly ReasonShape[] = [
  {
    // "Section 5.11 gives Quillwave a right …, so we removed it from the clauses that survive."
    single: /(^|\.\s)([A-Z][a-z]+) ([\w.()]+) gives (.+?), so we removed it from the clauses that survive\./,
    several: /(^|\.\s)([A-Z][a-z]+)s ([\w.()]+(?:, [\w.()]+)* and [\w.()]+) give (.+?), so we removed them from the clauses that survive\./,
    write: (word, numbers, rest) => `${word}s ${numbers} give ${rest}, so we removed them from the clauses that survive.`,
  },
  {
    // "We deleted Section 7(e), so it no longer survives." (474 § 14(g) lost 7(e) and 14(f) together.)
    single: /(^|\.\s)We deleted ([A-Z][a-z]+) ([\w.()]+)(), so it no longer survives\./,
    several: /(^|\.\s)We deleted ([A-Z][a-z]+)s ([\w.()]+(?:, [\w.()]+)* and [\w.()]+)(), so they no longer survive\./,
    write: (word, numbers) => `We deleted ${word}s ${numbers}, so they no longer survive.`,
  },
];

/** "5.11" and "12.5" → "5.11 and 12.5"; "5.11 and 12.5" and "14" → "5.11, 12.5 and 14". */
const joinNumbers = (earlier: string, added: string) => `${earlier.replace(/ and /, ', ')} and ${added}`;

/**
 * A comment with one more reason. The same reason for a second clause is said once for both ("Sections 5.11 and 12.5
 * give …, so we removed them …"), not twice over (456 § 12.7).
 */
export function withReason(comment: string, reason: string): string {
  for (const shape of SHAPES) {
    const added = shape.single.exec(reason);
    if (!added) continue;
    const earlier = shape.single.exec(comment) ?? shape.several.exec(comment);
    if (!earlier || earlier[2] !== added[2] || earlier[4] !== added[4]) continue;
    const merged = shape.write(earlier[2] ?? '', joinNumbers(earlier[3] ?? '', added[3] ?? ''), earlier[4] ?? '');
    return comment.replace(earlier[0], `${earlier[1]}${merged}`);
  }
  return `${comment} ${reason}`;
}
