// "1 finding", "3 findings": counts in plain words. Pure: must not import React or Office.
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : pluralNoun}`;
}
