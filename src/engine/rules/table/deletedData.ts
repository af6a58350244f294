// What a deletion deletes when it names no data word of its own: the data an earlier clause or sentence named, a
// term of the contract's own or a pronoun deleted "from its systems"; and whether a period or end times the deletion.
// Pure: reads the frame only.
import type { ClauseFrame, Predicate } from '../../reading/frame';
import type { Veto } from '../ruleTypes';
import { affirmed, has, object, reads, wordsAfter } from '../queries';

/**
 * "…request deletion of all Customer Content …, and we will complete deletion within 30 days": the vendor's deletion
 * names no object of its own, so it deletes the customer's data an earlier clause of the sentence named.
 */
export const deletesEarlierData = (frame: ClauseFrame, p: Predicate): boolean =>
  p.objects.length === 0 && p.actor.side === 'vendor' && affirmed(p, 'delete') !== undefined &&
  // A promise ("will complete deletion") or a deadline: "…, which returns a query" states no deletion at all.
  (reads(p, p.modal, 'promiseModal') || has(p, 'periodUnit')) &&
  frame.predicates.some((q) => q.end <= p.start && object(q, 'customer-data', 'output', 'usage-data') !== undefined);

/** Where data is kept: "from its production systems", "from our live systems", "from its servers and backups". */
// "… will delete it from the Services", "… delete the requested items from the Platform" (fresh188a 486-32, 485-43):
// the service the data sits in is a place it is deleted from too.
const DATA_PLACES = new Set(['systems', 'servers', 'databases', 'backups', 'storage', 'environment', 'infrastructure', 'platform', 'services', 'service', 'application', 'workspace', 'account']);
const OBJECT_PRONOUNS = new Set(['it', 'them']);
/** "the requested items", "such records", "the selected files": words that point back to data named before. */
const POINTING_BACK = new Set(['requested', 'selected', 'relevant', 'specified', 'identified', 'designated', 'affected', 'such', 'those', 'these']);
const DETERMINERS = new Set(['the', 'such', 'those', 'these', 'all']);
/** A short noun phrase that points back: "the requested items", "such records", "all such copies". */
const pointsBack = (words: readonly string[]): boolean =>
  words.length >= 2 && words.length <= 4 && DETERMINERS.has(bare(words[0] ?? '')) && words.some((w) => POINTING_BACK.has(bare(w)));
const bare = (word: string) => word.split(',').join('').split('.').join('').split(';').join('').toLowerCase();
const titleCased = (word: string) => word[0] !== undefined && word[0] !== word[0].toLowerCase();

/**
 * "will delete Client Books from its systems", "will thereafter delete them from its production systems": what is
 * deleted from where data is kept is data, named by a term of the contract's own or by a pronoun (blind37: "Guest
 * Profiles", "Client Books" were no data word, so the deletion went unread).
 */
export const deletesFromItsSystems = (frame: ClauseFrame, p: Predicate): boolean => {
  const deletes = affirmed(p, 'delete');
  if (deletes === undefined || p.actor.side === 'customer') return false;
  const words = wordsAfter(frame, deletes.end, 9);
  const from = words.indexOf('from');
  const deleted = words.slice(0, Math.max(0, from));
  const named = deleted.length > 0 && (deleted.every(titleCased) || (deleted.length === 1 && OBJECT_PRONOUNS.has(bare(deleted[0] ?? ''))) || pointsBack(deleted));
  // The vendor's own material deleted from a place ("remove the Software from the Platform") is no data deleted.
  const vendorsOwn = p.objects.some((o) => o.kind === 'vendor-material' && o.start > deletes.end && o.start - deletes.end <= deleted.join(' ').length + 1);
  return from >= 1 && from <= 4 && named && !vendorsOwn && words.slice(from + 1, from + 5).some((w) => DATA_PLACES.has(bare(w)));
};

/** "After that, we delete them.": the vendor deleting "it" or "them", with nothing else named. */
export const deletesPronoun = (frame: ClauseFrame, p: Predicate): boolean => {
  const deletes = affirmed(p, 'delete');
  return deletes !== undefined && p.objects.length === 0 && p.actor.side === 'vendor' && OBJECT_PRONOUNS.has(bare(wordsAfter(frame, deletes.end, 1)[0] ?? ''));
};

/** "close your account", "suspend the workspace": an end the vendor itself brings about. */
const ENDING_ACTS: ReadonlySet<string> = new Set(['close', 'closes', 'suspend', 'suspends', 'deactivate', 'deactivates', 'cancel', 'cancels', 'terminate', 'terminates']);
/** A period or end that times the deletion; at the vendor's discretion, not one that only sets notice or a condition. */
export function deadlineSet(p: Predicate, frame: ClauseFrame): boolean {
  const discretion = p.actor.side === 'vendor' && reads(p, p.modal, 'permissionModal');
  if (discretion && has(frame, 'noticeGiven')) return false;
  const inCondition = (c: { readonly start: number; readonly end: number }) => p.conditions.some((k) => k.start <= c.start && c.end <= k.end);
  // At its discretion the vendor's own act of ending ("we may close your account and delete …") sets no deadline either;
  // an end the clause opens with ("On termination, Vendor may delete …") still times the deletion.
  const ownAct = (c: { readonly start: number; readonly text: string }) =>
    discretion && p.modal !== undefined && c.start > p.modal.end && ENDING_ACTS.has(c.text.split(' ')[0]?.toLowerCase() ?? '');
  return p.cues.some((c) => (c.set === 'periodUnit' || (c.set === 'endEvent' && !ownAct(c))) && !(discretion && c.set === 'periodUnit' && inCondition(c)));
}

const DUTY_MODALS: ReadonlySet<string> = new Set(['shall', 'must', 'will']);

/**
 * "shall then securely destroy all copies of Court Data held by it …, including the Tuning Set and all Derived Data": a
 * duty whose first act is the destruction names the derived data among what it destroys, not as a right to keep it
 * (audit103, 268 § 11.1 had a proviso on derived data added to an absolute destruction duty).
 */
export function destroysDerivedData(p: Predicate): boolean {
  const destroy = p.actions.find((a) => a.kind === 'delete' && !a.negated);
  const data = object(p, 'derived');
  const duty = p.modal !== undefined && DUTY_MODALS.has(p.modal.text.toLowerCase());
  return destroy !== undefined && data !== undefined && duty && p.polarity === 'positive' && destroy.start < data.start && !p.actions.some((a) => a.start < destroy.start && a.kind !== 'delete');
}

export const DESTROYED_WITH_THE_DATA: Veto = {
  reason: 'the derived data is named among what the vendor must destroy',
  when: ({ predicate: p }) => destroysDerivedData(p),
};

const STORING: ReadonlySet<string> = new Set(['stored', 'held', 'hosted', 'kept', 'uploaded', 'saved', 'residing', 'maintained', 'recorded', 'entered', 'logged', 'posted']);
/** "stored in the Service", "hosted on the Platform": the words before the vendor's material name where data is kept. */
export const storedIn = (frame: ClauseFrame, at: number): boolean => {
  const words = frame.text.slice(Math.max(0, at - frame.start - 30), at - frame.start).trim().toLowerCase().split(' ');
  const [verb, preposition] = words.slice(-2);
  return (preposition === 'in' || preposition === 'on' || preposition === 'within') && STORING.has(verb ?? '');
};
