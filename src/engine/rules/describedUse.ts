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
// "Provider may use": a modal may stand between the party and its use.
const MAX_NAME_WORDS = 4;
/** "the terms on which", "the only circumstances in which", "the conditions under which": a described use's opening. */
const TERMS: ReadonlySet<string> = new Set(['terms', 'conditions', 'circumstances', 'basis', 'ways', 'purposes']);
const ON_WHICH: ReadonlySet<string> = new Set(['on', 'in', 'under', 'for']);
const ONLY: ReadonlySet<string> = new Set(['only', 'limited']);
/** Where the "the" of "the (only) terms on which" stands when `before[k]` is its "which", else -1. */
function termsOnWhich(before: readonly string[], k: number): number {
  if ((before[k] ?? '').toLowerCase() !== 'which' || !ON_WHICH.has((before[k - 1] ?? '').toLowerCase()) || !TERMS.has((before[k - 2] ?? '').toLowerCase())) return -1;
  const the = ONLY.has((before[k - 3] ?? '').toLowerCase()) ? k - 4 : k - 3;
  return (before[the] ?? '').toLowerCase() === 'the' ? the : -1;
}

/**
 * Whether the predicate's first use is what a document says it describes of itself: "This … <describes|explains|sets
 * out> how <party of up to three words> <use>".
 */
export function describedUse(frame: ClauseFrame, predicate: Predicate): boolean {
  if (governedScope(frame, predicate)) return true;
  const first = predicate.actions.find((a) => !a.negated);
  if (first === undefined) return false;
  const before = frame.text.slice(Math.max(0, predicate.start - frame.start), first.start - frame.start).trim().split(' ').filter((w) => w !== '');
  const opens = (word: string, k: number) => before.length - k - 1 >= 1 && before.length - k - 1 <= MAX_NAME_WORDS && (HOW.has(word.toLowerCase()) || termsOnWhich(before, k) >= 0);
  const found = before.findIndex(opens);
  if (found < 1) return false;
  // "sets out the (only) terms on which Provider may use …": the verb stands before the noun phrase that opens the use.
  const how = HOW.has((before[found] ?? '').toLowerCase()) ? found : termsOnWhich(before, found);
  if (how < 1) return false;
  const verb = (before[how - 1] ?? '').toLowerCase();
  const verbOut = verb === 'out' && (before[how - 2] ?? '').toLowerCase() === 'sets';
  // Only the document speaking of itself ("This AI Addendum describes how …"): "The Meta Privacy Policy explains how
  // we use your interactions … to improve AI" tells the reader what another document lets the vendor do, and the
  // corpus reads it as the grant it discloses.
  // "1. This Schedule sets out …": a clause number may stand before it.
  const subject = (isClauseNumber(before[0] ?? '') ? before[1] : before[0]) ?? '';
  return (subject === 'This' || subject === 'These') && ((DESCRIBING.has(verb) && verb !== 'sets') || verbOut);
}

/** Verbs by which a document says what it covers: "This Data Sharing Addendum governs the sharing of …". */
const GOVERNING: ReadonlySet<string> = new Set(['governs', 'covers', 'regulates']);
const MAX_TITLE_WORDS = 5;

/**
 * "This Data Sharing Addendum governs the sharing of City Data by the City with Contractor and Contractor's use of
 * De-identified Data": the document names its subject matter; its clauses grant (audit189, 428 DSA § 1 took the
 * clause on anonymous statistics in place of its scope). Only the predicate that opens the sentence, with no modal.
 */
function governedScope(frame: ClauseFrame, predicate: Predicate): boolean {
  if (predicate.modal !== undefined || predicate.start - frame.start > 8) return false;
  const words = frame.text.trim().split(' ').filter((w) => w !== '');
  const from = isClauseNumber(words[0] ?? '') ? 1 : 0;
  if (words[from] !== 'This' && words[from] !== 'These') return false;
  for (let k = from + 2; k <= from + MAX_TITLE_WORDS && k < words.length; k++) {
    const word = words[k] ?? '';
    if (GOVERNING.has(word)) return true;
    // The document's name runs in capitals up to the verb.
    if (word[0] === undefined || word[0] < 'A' || word[0] > 'Z') return false;
  }
  return false;
}

/** Whether the frame is a signature block: blanks to sign on beside "By:", "Name:" or "Title:". */
export function signatureBlock(frame: ClauseFrame): boolean {
  const text = frame.text;
  return text.includes('____') && (text.includes('By:') || text.includes('Name:') || text.includes('Title:'));
}

/** "1.", "B.4", "(c)", "12": a clause number, read character by character (rules carry no patterns). */
function isClauseNumber(word: string): boolean {
  const bare = word.replace('(', '').replace(')', '');
  return bare.length > 0 && bare.length <= 6 && [...bare].every((ch) => (ch >= '0' && ch <= '9') || ch === '.' || (ch >= 'A' && ch <= 'Z')) && [...bare].some((ch) => ch >= '0' && ch <= '9');
}
