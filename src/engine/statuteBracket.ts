// Brackets that belong to a statute's title or to a name that goes on after them, rather than naming a party. Pure:
// string operations only.

/** The words that end a statute's title: "the Business Corporations Act (Ontario)", "the Companies Act 2006". */
const STATUTE_WORDS: ReadonlySet<string> = new Set(['Act', 'Code', 'Law', 'Ordinance', 'Regulations', 'Statute']);
/**
 * "… a corporation incorporated under the Business Corporations Act (Ontario) …": a bracket right after a statute's
 * title (and its year) says whose statute it is; it names no party (audit193: 438's customer became "Ontario").
 */
export function afterStatute(text: string, at: number): boolean {
  const words = text.slice(Math.max(0, at - 40), at).trim().split(' ');
  const last = words[words.length - 1] ?? '';
  const title = last.length === 4 && [...last].every((c) => c >= '0' && c <= '9') ? words[words.length - 2] ?? '' : last;
  return STATUTE_WORDS.has(title);
}

/**
 * "… registered in the commercial register of the Local Court (Amtsgericht) Stuttgart under HRB 771204": a name that
 * goes on after the bracket had the bracket inside it, a gloss, not a party's short name (audit195: 440's customer
 * became "Amtsgericht").
 */
export function nameGoesOn(text: string, end: number): boolean {
  const next = text.slice(end, end + 2);
  return next.length === 2 && next[0] === ' ' && next[1]! >= 'A' && next[1]! <= 'Z';
}
