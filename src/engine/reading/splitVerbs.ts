// Phrasal verbs split by their object: "opt their catalogue out of …" opts out as "opt out of" does.
// Pure: imports only the language layer's types.
import type { Unit } from '../language/matcher';
import type { ComposedObject } from './objects';

const OPT = /^(?:opt|opts|opted|opting)$/;
/** Words an object between "opt" and "out" never holds: a verb group or a clause of its own would end it. */
const NOT_IN_OBJECT = /^(?:to|in|into|not|out|may|can|will|shall|must|and|or|if|when|unless)$/;

/**
 * "Artists may opt their catalogue out of the training programme", "you can opt any project out of it": "opt", an
 * object of one to three plain words (no mark between), then "out of" is the customer's opt-out. Bounded to three words
 * after each "opt", so reading stays linear.
 */
export function composeSplitOptOut(units: readonly Unit[], text: string): ComposedObject[] {
  const composed: ComposedObject[] = [];
  for (let i = 0; i < units.length; i++) {
    if (!OPT.test((units[i] as Unit).norm)) continue;
    for (let k = i + 2; k <= Math.min(units.length - 2, i + 4); k++) {
      const step = units[k] as Unit;
      if (!/^\s+$/.test(text.slice((units[k - 1] as Unit).end, step.start))) break;
      if (step.norm === 'out' && (units[k + 1] as Unit).norm === 'of') {
        composed.push({ set: 'optOutVerb', start: (units[i] as Unit).start, end: step.end });
        break;
      }
      if (NOT_IN_OBJECT.test(step.norm)) break;
    }
  }
  return composed;
}
