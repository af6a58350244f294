// Makes document text safe to show: bidirectional control characters (U+202A–U+202E, U+2066–U+2069) would reorder
// what the lawyer reads ("gnp.exe" shown as "exe.png"), so each is shown as a visible tag instead. The document
// itself keeps them. Pure: must not import React or Office.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

const NAMES: Readonly<Record<string, string>> = {
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
};

export function displayText(text: string): string {
  return text.replace(BIDI_CONTROLS, (control) => `[${NAMES[control] ?? 'BIDI'}]`);
}

export function hasBidiControls(text: string): boolean {
  return /[\u202A-\u202E\u2066-\u2069]/.test(text);
}
