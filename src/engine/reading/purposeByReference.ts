// Whether an open manner of use is kept to purposes another clause sets: "may … pre-process the Contributed Data in any
// manner it considers appropriate for the purposes permitted by clause 3". How the data is handled is open; what for is
// the other clause's, and that clause is where any use beyond the purpose is answered (audit204, 459 § 2.3 was rewritten
// as the purpose limitation while § 3.2, which widened the purposes, was left). Pure: string work only.

/** "for the purposes permitted by clause 3", "for the Permitted Purpose", "solely for the purposes set out in Section 2". */
const PURPOSES_ELSEWHERE =
  /^[^.;]{0,80}?\bfor\s+(?:the\s+)?(?:(?:purposes?\s+(?:permitted|set\s+out|described|specified|authori[sz]ed)\s+(?:by|in|under)\s+(?:[Cc]lause|[Ss]ection|[Pp]aragraph|[Aa]rticle)s?\s+[A-Z]?\d)|(?:Permitted|Authori[sz]ed|Approved)\s+Purposes?\b)/;

/** Whether the words after an open phrase (`after`) keep the use to purposes another clause sets. */
export function purposesSetElsewhere(after: string): boolean {
  return PURPOSES_ELSEWHERE.test(after);
}
