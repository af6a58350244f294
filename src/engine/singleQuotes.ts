// Single-quoted defined terms read as double-quoted ones. Pure and deterministic: imports nothing.

/**
 * UK drafting quotes its terms singly ("'Licensed Content' means …", "(the 'Supplier')"): read as double quotes, one
 * character for one, so offsets hold. An apostrophe inside a word ("Supplier's") is never an opening quote.
 */
const SINGLE_QUOTED = /(^|[\s(])['‘]([A-Z][^'’‘"”\n]{0,60}?)['’](?=\s+(?:shall\s+)?(?:means?|has the meaning|includes?|refers? to)\b|\s*[),;:])/g;
export const withDoubleQuotes = (text: string): string => text.replace(SINGLE_QUOTED, (_w, before: string, term: string) => `${before}"${term}"`);
