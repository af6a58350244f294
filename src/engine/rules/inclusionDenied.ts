// "Deleting Your Data doesn't include Aggregated Data, Service Data or any improvements … made using Your Data": the
// "not" denies what the deletion covers, so the sentence keeps what it lists; it neither promises deletion nor bans
// the improvements it names (332 § 9.4 was read as both). Pure: reads the frame.
import type { Veto } from './ruleTypes';
import { wordsAfter } from './queries';

/** Verbs of coverage that a "not" before them denies: "doesn't include", "does not cover", "will not extend to". */
const COVERAGE = new Set(['include', 'includes', 'cover', 'covers', 'extend', 'extends', 'encompass', 'encompasses']);

export const INCLUSION_DENIED: Veto = {
  reason: 'the "not" denies what the clause covers; what it lists is carved out and kept, not protected',
  when: ({ frame, predicate: p }) => p.cues.some((c) => c.set === 'negator' && COVERAGE.has((wordsAfter(frame, c.end, 1)[0] ?? '').toLowerCase())),
};
