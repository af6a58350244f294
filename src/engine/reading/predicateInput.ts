// The input to reading one clause, and the offset helpers the reader's modules share.
// Pure: imports only the frame types and the language layer.
import type { Unit } from '../language/matcher';
import type { Cue, Predicate } from './frame';
import type { Segment } from './segments';

export interface PredicateInput {
  readonly segment: Segment;
  readonly attached: readonly Segment[];
  /** Cues of the whole sentence, paragraph-relative. */
  readonly cues: readonly Cue[];
  readonly units: readonly Unit[];
  /** Sentence start within the paragraph, to turn segment offsets into paragraph offsets. */
  readonly offset: number;
  /** The main clause before this one in the sentence: a clause with no subject of its own continues it. */
  readonly previous: Predicate | undefined;
  /** Whether the contract names its parties; if not, a company named as the subject is taken to be the vendor. */
  readonly namesParties: boolean;
  readonly question: boolean;
  /** The sentence's own text (segment and unit offsets are relative to it). */
  readonly sentenceText: string;
}

export const within = (c: { start: number }, s: Segment, offset: number) => c.start >= s.start + offset && c.start < s.end + offset;

export function wordIndexAt(units: readonly Unit[], at: number, offset: number): number {
  const i = units.findIndex((u) => u.start + offset >= at);
  return i < 0 ? units.length : i;
}

