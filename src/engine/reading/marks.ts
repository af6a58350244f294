// Marks that shape a sentence's clauses: spaced dashes and the markers of an inline list ("(a)", "(ii)").
// Pure: imports only the token type.
import type { Token } from '../language/tokenize';

/** A dash with a space on each side ("features – so"), or a hyphen typed for one, never a hyphen inside a word. */
export function spacedDash(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  // A hyphen with a space each side stands for a dash in typed text ("what you read - including reading time - to …").
  if (token.text !== '–' && token.text !== '—' && token.text !== '-') return false;
  return (tokens[i - 1]?.end ?? token.start) < token.start && (tokens[i + 1]?.start ?? token.end) > token.end;
}

/** "(a)", "(ii)", "(3)": an opening bracket at token `i` that numbers a list item. */
export function enumerates(tokens: readonly Token[], i: number): boolean {
  const marker = tokens[i + 1];
  return marker !== undefined && marker.kind === 'word' && /^(?:[a-h]|i{1,3}|iv|vi{0,3}|\d{1,2})$/.test(marker.norm) && tokens[i + 2]?.text === ')';
}

const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii'];
/** Whether marker `next` comes right after `last` in a list: "b" then "c", "ii" then "iii", "2" then "3". */
export function followsInList(last: string, next: string): boolean {
  const roman = ROMAN.indexOf(last);
  if (roman >= 0 && ROMAN[roman + 1] === next) return true;
  if (/^\d+$/.test(last)) return String(Number(last) + 1) === next;
  return last.length === 1 && next.length === 1 && next.charCodeAt(0) === last.charCodeAt(0) + 1;
}
