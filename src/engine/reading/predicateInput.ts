// The input to reading one clause, and the offset helpers the reader's modules share.
// Pure: imports only the frame types and the language layer.
import type { Unit } from '../language/matcher';
import type { Cue, DataObject, Predicate } from './frame';
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
  /** The data named by the latest earlier clause that named any: what a pronoun ("use it") stands for. */
  readonly antecedents: readonly DataObject[];
  /** Whether the contract names its parties; if not, a company named as the subject is taken to be the vendor. */
  readonly namesParties: boolean;
  readonly question: boolean;
  /** The sentence's own text (segment and unit offsets are relative to it). */
  readonly sentenceText: string;
}

export const within = (c: { start: number }, s: Segment, offset: number) => c.start >= s.start + offset && c.start < s.end + offset;

/** Index of the first unit starting at or after `at` (paragraph offset); binary search, so readers stay linear. */
export function wordIndexAt(units: readonly Unit[], at: number, offset: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((units[mid] as Unit).start + offset < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The cues (sorted by start) that start within [start, end): two binary searches instead of a scan. */
export function cuesBetween(cues: readonly Cue[], start: number, end: number): Cue[] {
  const first = lowerBound(cues, start);
  const last = lowerBound(cues, end);
  return cues.slice(first, last);
}

function lowerBound(cues: readonly Cue[], at: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cues[mid] as Cue).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

