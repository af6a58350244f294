// Strikes that take out only the words carrying a risk: a sentence, the half after ", but", an "including …"
// example, and the run-in heading a struck clause leaves behind. Pure: engine types and helpers only.
import { applyOps } from '../engine/applyOps';
import type { Finding, RedlineOp } from '../engine/types';
import { numberingPrefixLength } from './redline/sentenceSpan';
import { RESERVED } from './reviewComments';

/**
 * Deletes the finding's sentence and the space after it; undefined when that would empty the clause. A clause struck
 * whole takes everything in it with it (the service licence, the customer's own rights), which a lawyer rarely sends.
 */
export function strikeSentence(text: string, finding: Finding): RedlineOp[] | undefined {
  // "3.4 ", "B.7 ", "Section 2(b) " at the start: kept when the clause is struck, so the numbering does not move.
  const lead = text.length - text.trimStart().length;
  const number = text.slice(0, lead + numberingPrefixLength(text.slice(lead)));
  const from = Math.max(finding.start, finding.start === 0 ? number.length : 0);
  let end = finding.end;
  while (end < text.length && /\s/.test(text[end] ?? '')) end++;
  if (from <= number.length && text.slice(end).trim() === '') return undefined;
  const start = end === text.length ? trimBack(text, from) : from;
  return [{ kind: 'delete', start, end, text: text.slice(start, end) }];
}

/**
 * ", but …" / "; however, …": the turn after which a sentence takes back what its first half gave; also "; and all
 * rights in such data belong to Supplier", a second clause joined on after a semicolon.
 */
const CONTRAST = /(?:,|;)\s+(?:but|however,?|provided,?\s+however,?\s+that|except\s+that)\s+|;\s+(?:and|or)\s+/gi;

/**
 * "Customer may withdraw at any time, but withdrawal will not require Vendor to remove …": only the words after the
 * last turn are struck when that alone takes the risk away; the customer keeps what the first half gives.
 */
export function strikeContrast(text: string, finding: Finding, stillRisky: (text: string) => boolean): RedlineOp[] | undefined {
  const sentence = text.slice(finding.start, finding.end);
  const turns = [...sentence.matchAll(CONTRAST)];
  const turn = turns[turns.length - 1];
  if (turn?.index === undefined || turn.index < 12) return undefined;
  const stop = /[.;:]\s*$/.exec(sentence)?.index ?? sentence.length;
  const start = finding.start + turn.index;
  const end = finding.start + stop;
  if (end <= start + turn[0].length) return undefined;
  const ops: RedlineOp[] = [{ kind: 'delete', start, end, text: text.slice(start, end) }];
  return stillRisky(applyOps(text, ops)) ? undefined : ops;
}

/** At the end of a paragraph, the space before the struck sentence goes with it. */
function trimBack(text: string, start: number): number {
  let at = start;
  while (at > 0 && /\s/.test(text[at - 1] ?? '')) at--;
  return at;
}

/** ", including to train and improve our models": an example of a use, set off by a comma. */
const EXAMPLE = /,\s+(?:including|such as|for example,?)\s+[^,;.]+(?=[,;.]|$)/gi;

/**
 * "we may use it for any purpose, including to train and improve our models, without obligation": only the example
 * that names the risky use is struck when that alone takes the risk away.
 */
export function strikeExample(text: string, finding: Finding, stillRisky: (text: string) => boolean): RedlineOp[] | undefined {
  const sentence = text.slice(finding.start, finding.end);
  for (const example of sentence.matchAll(EXAMPLE)) {
    if (example.index === undefined) continue;
    const start = finding.start + example.index;
    const ops: RedlineOp[] = [{ kind: 'delete', start, end: start + example[0].length, text: example[0] }];
    if (!stillRisky(applyOps(text, ops))) return ops;
  }
  return undefined;
}

/** A clause's run-in heading: a few capitalised words and a full stop ("Aggregated information."). */
const RUN_IN_HEADING = /^[A-Z][\w ,'’&/()-]{0,60}\.$/;

/**
 * "(g) Aggregated information." left after the clause's only sentences were struck says nothing: the heading goes
 * too, and "[Reserved.]" keeps the number that the contract's cross-references rely on. A clause without a number
 * keeps its heading (there is no number to hold).
 */
export function orphanedHeading(original: string, current: string): RedlineOp[] | undefined {
  const prefix = numberingPrefixLength(current);
  const rest = current.slice(prefix).trimEnd();
  if (prefix === 0 || current.length >= original.length || !RUN_IN_HEADING.test(rest) || rest.split(/\s+/).length > 8) return undefined;
  const end = prefix + rest.length;
  return [
    { kind: 'delete', start: prefix, end, text: rest },
    { kind: 'insert', at: end, text: RESERVED },
  ];
}
