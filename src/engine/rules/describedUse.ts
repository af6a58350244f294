// Sentences that grant nothing whatever their words: a document saying what it describes ("This AI Addendum describes
// how Occlusa uses Customer Data … in connection with the development, training …", "This Policy … explains how we use
// data to develop … the AI features") introduces the clauses that grant; and a signature block ("Occlusa AI, Inc. By:
// ____ Name: ____") signs. Found in the first runs of agreements 312 and 316 (2026-12-06). Pure: string operations on
// the clause frame only (rules carry no patterns).
import type { ClauseFrame, Predicate } from '../reading/frame';

/** Verbs by which a document says what it contains. */
const DESCRIBING: ReadonlySet<string> = new Set(['describes', 'explains', 'outlines', 'summarises', 'summarizes', 'details', 'sets']);
/** What opens the described use after the verb ("how we use", "the ways in which Acme uses"). */
const HOW: ReadonlySet<string> = new Set(['how', 'why']);
const MAX_NAME_WORDS = 3;

/**
 * Whether the predicate's first use is what a document says it describes of itself: "This … <describes|explains|sets
 * out> how <party of up to three words> <use>".
 */
export function describedUse(frame: ClauseFrame, predicate: Predicate): boolean {
  const first = predicate.actions.find((a) => !a.negated);
  if (first === undefined) return false;
  const before = frame.text.slice(Math.max(0, predicate.start - frame.start), first.start - frame.start).trim().split(' ').filter((w) => w !== '');
  const how = before.findIndex((word, k) => HOW.has(word.toLowerCase()) && before.length - k - 1 >= 1 && before.length - k - 1 <= MAX_NAME_WORDS);
  if (how < 1) return false;
  const verb = (before[how - 1] ?? '').toLowerCase();
  const verbOut = verb === 'out' && (before[how - 2] ?? '').toLowerCase() === 'sets';
  // Only the document speaking of itself ("This AI Addendum describes how …"): "The Meta Privacy Policy explains how
  // we use your interactions … to improve AI" tells the reader what another document lets the vendor do, and the
  // corpus reads it as the grant it discloses.
  const subject = before[0] ?? '';
  return (subject === 'This' || subject === 'These') && ((DESCRIBING.has(verb) && verb !== 'sets') || verbOut);
}

/** Whether the frame is a signature block: blanks to sign on beside "By:", "Name:" or "Title:". */
export function signatureBlock(frame: ClauseFrame): boolean {
  const text = frame.text;
  return text.includes('____') && (text.includes('By:') || text.includes('Name:') || text.includes('Title:'));
}
