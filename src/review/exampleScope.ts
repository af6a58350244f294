// What an example struck from a clause reaches: "for any lawful purpose, including …" before it is an open purpose the
// examples only illustrate, and "including improvements derived from …" after "all improvements" names again a class
// the clause already takes in whole. Pure: no imports.

/** Whether an example's first noun ("improvements derived from …") is a class the words before it take in whole ("all improvements"). */
export function restatesWholeClass(before: string, example: string): boolean {
  const noun = /^,\s+(?:including|such as|for example,?)\s+(?:any\s+|all\s+)?([a-z]{4,})\b/i.exec(example)?.[1]?.toLowerCase();
  if (noun === undefined || noun === 'to') return false;
  return new RegExp(`\\b(?:all|any)\\s+(?:[a-z-]+\\s+){0,2}?${noun}\\b`, 'i').test(before);
}
/** "for any lawful purpose" just before a list of examples: an open purpose they only illustrate. */
export const OPEN_PURPOSE_BEFORE = /\bfor\s+any\s+(?:other\s+)?(?:lawful\s+)?(?:(?:business|commercial)\s+)?purposes?$/i;
