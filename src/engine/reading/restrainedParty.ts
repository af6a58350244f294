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
    const nothingBefore = units.slice(Math.max(0, verbAt - NOTHING_REACH), verbAt).some((u) => u.norm === 'nothing');
    return nothingBefore && RESTRAINING.test(units[verbAt]?.norm ?? '') && units[last]?.norm === 'from';
  });
}
