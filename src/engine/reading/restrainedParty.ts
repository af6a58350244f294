// "Nothing in this Agreement restricts the Client from developing its own models": under a "Nothing", the party a verb
// of restraint names is left free to act, so it is the one acting. Pure: reading layer only.
import type { Unit } from '../language/matcher';
import type { Cue } from './frame';
import { wordIndexAt } from './predicateInput';

/** "restricts the Client from", "prevents Customer from": the party between a verb of restraint and "from". */
const RESTRAINING = /^(?:restricts?|prevents?|prohibits?|limits?|precludes?|stops?|bars?)$/;
/** Words from "Nothing" to its verb: "Nothing in this Agreement or any Order Form restricts". */
const NOTHING_REACH = 8;
export function keptFree(units: readonly Unit[], segCues: readonly Cue[], offset: number, isParty: (c: Cue) => boolean): Cue | undefined {
  return segCues.find((c) => {
    if (!isParty(c)) return false;
    const at = wordIndexAt(units, c.start, offset);
    const last = wordIndexAt(units, c.end, offset);
    const verbAt = units[at - 1]?.norm === 'the' ? at - 2 : at - 1;
    // Only under "Nothing …": "you can stop us from using …" restrains the vendor, who does not act.
    const reach = NOTHING_REACH + hedgeBefore(units, verbAt);
    const nothingBefore = units.slice(Math.max(0, verbAt - reach), verbAt).some((u) => u.norm === 'nothing');
    return nothingBefore && RESTRAINING.test(units[verbAt]?.norm ?? '') && units[last]?.norm === 'from';
  });
}

const HEDGED = new Set(['construed', 'deemed', 'interpreted', 'read']);

/**
 * "shall restrict or be construed to restrict Quaymark from": the verb said twice, the second time hedged; the hedge's
 * words ("or be construed to", and the first verb) do not put "Nothing" out of reach (blind78-021). Its length, or 0.
 */
export function hedgeBefore(units: readonly Unit[], verbAt: number): number {
  const [or, be, hedged, to, first] = [units[verbAt - 4], units[verbAt - 3], units[verbAt - 2], units[verbAt - 1], units[verbAt - 5]];
  const hedge = or?.norm === 'or' && be?.norm === 'be' && HEDGED.has(hedged?.norm ?? '') && (to?.norm === 'to' || to?.norm === 'as');
  return hedge && first && RESTRAINING.test(first.norm) ? 5 : 0;
}
