// What a deletion deletes when it names no data word of its own: the data an earlier clause or sentence named, a
// term of the contract's own or a pronoun deleted "from its systems". Pure: reads the frame only.
import type { ClauseFrame, Predicate } from '../../reading/frame';
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
const DATA_PLACES = new Set(['systems', 'servers', 'databases', 'backups', 'storage', 'environment', 'infrastructure']);
const OBJECT_PRONOUNS = new Set(['it', 'them']);
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
  const named = deleted.length > 0 && (deleted.every(titleCased) || (deleted.length === 1 && OBJECT_PRONOUNS.has(bare(deleted[0] ?? ''))));
  return from >= 1 && from <= 3 && named && words.slice(from + 1, from + 5).some((w) => DATA_PLACES.has(bare(w)));
};

/** "After that, we delete them.": the vendor deleting "it" or "them", with nothing else named. */
export const deletesPronoun = (frame: ClauseFrame, p: Predicate): boolean => {
  const deletes = affirmed(p, 'delete');
  return deletes !== undefined && p.objects.length === 0 && p.actor.side === 'vendor' && OBJECT_PRONOUNS.has(bare(wordsAfter(frame, deletes.end, 1)[0] ?? ''));
};
