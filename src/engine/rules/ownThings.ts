// What the vendor improves when the clause names no product word: "to improve the accuracy and relevance of its search
// rankings, property alerts and market reports", "to improve our lessons and to develop new content" (blind86). Its
// own things, by the vendor's possessive or as something new it makes, are what it sells. Pure: string operations on
// the clause frame only (rules carry no patterns).
import type { Action, ClauseFrame, Predicate } from '../reading/frame';

/** Words between the verb and the possessive: "the accuracy and relevance of its …", at most this many. */
const MAX_LEAD_WORDS = 6;
const VENDOR_POSSESSIVES: ReadonlySet<string> = new Set(['its', 'our']);
const MODEL_WORDS: ReadonlySet<string> = new Set(['algorithms', 'algorithms.', 'algorithm', 'models', 'models.', 'model', 'ai', 'machine', 'machine-learning', 'neural', 'classifiers', 'classifier']);
const QUALITY_LEAD: ReadonlySet<string> = new Set(['the', 'accuracy', 'relevance', 'quality', 'performance', 'and', 'of', 'reliability', 'speed', 'precision', 'effectiveness']);

/** Whether the improvement the action names is of the vendor's own things ("its …", "our …", "new …"). */
export function improvesOwnThings(frame: ClauseFrame, p: Predicate, a: Action): boolean {
  if (p.actor.side !== 'vendor') return false;
  const words = frame.text.slice(a.end - frame.start, a.end - frame.start + 120).trim().split(' ').filter((w) => w !== '').map((w) => w.toLowerCase());
  if (words[0] === 'new') return (words[1] ?? '').length > 2;
  for (let k = 0; k < Math.min(words.length, MAX_LEAD_WORDS + 1); k++) {
    const word = words[k] ?? '';
    // "to build its algorithms": a model built is training, which the training rules read.
    if (VENDOR_POSSESSIVES.has(word)) return (words[k + 1] ?? '').length > 2 && !MODEL_WORDS.has(words[k + 1] ?? '') && !forTheCustomer(words.slice(k + 1, k + 9));
    if (!QUALITY_LEAD.has(word)) return false;
  }
  return false;
}

const CUSTOMER_WORDS: ReadonlySet<string> = new Set(['customer', 'customer.', 'customer,', 'you', 'you.', 'you,', 'client', 'client.', 'client,']);
/** "… its forecasts for Customer": what is improved is made for the customer, not the vendor's product. */
function forTheCustomer(words: readonly string[]): boolean {
  return words.some((word, k) => word === 'for' && (CUSTOMER_WORDS.has(words[k + 1] ?? '') || (words[k + 1] === 'the' && CUSTOMER_WORDS.has(words[k + 2] ?? ''))));
}
