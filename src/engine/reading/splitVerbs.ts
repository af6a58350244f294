// Phrasal verbs split by their object: "opt their catalogue out of …" opts out as "opt out of" does, and so do "ask
// that your Content be excluded from …" and "block our partners from using …".
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
  const composed: ComposedObject[] = [...askedExclusions(units, text), ...blockedUses(units, text), ...electedExclusions(units)];
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

const ASK = /^(?:request|requests|ask|asks)$/;
const LEFT_OUT = /^(?:excluded|removed|withheld|omitted)$/;
const BLOCK = /^(?:block|blocks|prevent|prevents|stop|stops)$/;
const USING = /^(?:using|training|accessing|processing|sharing|analysing|analyzing)$/;

/** The index of the first unit within four plain words after `from` that passes `wanted`, else undefined. */
function plainWordsUntil(units: readonly Unit[], text: string, from: number, wanted: (u: Unit, k: number) => boolean): number | undefined {
  for (let k = from; k <= Math.min(units.length - 1, from + 5); k++) {
    const step = units[k] as Unit;
    if (/[,;:.()]/.test(text.slice((units[k - 1] as Unit).end, step.start))) return undefined;
    if (wanted(step, k)) return k;
    if (NOT_IN_OBJECT.test(step.norm) && step.norm !== 'to') return undefined;
  }
  return undefined;
}

/**
 * "To request that your Content be excluded from model training, email …": asking that the data be left out is the
 * customer's opt-out, though the clause names no "opt out".
 */
function askedExclusions(units: readonly Unit[], text: string): ComposedObject[] {
  const composed: ComposedObject[] = [];
  for (let i = 0; i + 2 < units.length; i++) {
    if (!ASK.test((units[i] as Unit).norm)) continue;
    const left = plainWordsUntil(units, text, i + 1, (u, k) => LEFT_OUT.test(u.norm) && /^(?:be|is|are)$/.test((units[k - 1] as Unit).norm) && units[k + 1]?.norm === 'from');
    if (left !== undefined) composed.push({ set: 'optOutVerb', start: (units[i] as Unit).start, end: (units[left] as Unit).end });
  }
  return composed;
}

/** "Sites can block our partners from using published content for AI training": the power to stop a use is an opt-out. */
function blockedUses(units: readonly Unit[], text: string): ComposedObject[] {
  const composed: ComposedObject[] = [];
  for (let i = 0; i + 2 < units.length; i++) {
    // Only as a power ("can block", "the option to prevent"): "Nothing prevents us from using …" grants the use.
    if (!BLOCK.test((units[i] as Unit).norm) || !/^(?:can|may|could|to)$/.test(units[i - 1]?.norm ?? '')) continue;
    const from = plainWordsUntil(units, text, i + 1, (u, k) => u.norm === 'from' && k > i + 1 && USING.test(units[k + 1]?.norm ?? ''));
    if (from !== undefined) composed.push({ set: 'optOutVerb', start: (units[i] as Unit).start, end: (units[from] as Unit).end });
  }
  return composed;
}

const ELECT = /^(?:elect|elects|notify|notifies|instruct|instructs|direct|directs)$/;
const LEFT_UNUSED = /^(?:used|included|processed|shared)$/;

/**
 * "The Library may elect, by notice to Waypost, that patron circulation records shall not be used for the improvement
 * of …" (blind94-148), "The Institution may at any time notify Curatorium that its Collection Records … are not to be
 * used for the improvement of …" (blind94-078): a party's power to say its data is not to be used is its opt-out.
 */
function electedExclusions(units: readonly Unit[]): ComposedObject[] {
  const composed: ComposedObject[] = [];
  for (let i = 1; i + 4 < units.length; i++) {
    if (!ELECT.test((units[i] as Unit).norm) || !units.slice(Math.max(0, i - 4), i).some((u) => /^(?:may|can)$/.test(u.norm))) continue;
    const that = units.findIndex((u, k) => k > i && k <= i + 10 && u.norm === 'that');
    if (that < 0) continue;
    const not = units.findIndex((u, k) => k > that && k <= that + 14 && u.norm === 'not');
    const unused = not < 0 ? -1 : units.findIndex((u, k) => k > not && k <= not + 3 && LEFT_UNUSED.test(u.norm));
    if (unused > 0 && units.slice(not + 1, unused).every((u) => /^(?:to|be)$/.test(u.norm))) composed.push({ set: 'optOutVerb', start: (units[i] as Unit).start, end: (units[that] as Unit).end });
  }
  return composed;
}
