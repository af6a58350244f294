// Times a piece of work at one size and at four times that size, for the linear-time bench and tests (issue 13 §1:
// 4x the input must cost at most 6x the time). Runs alternate small, large, small, large..., and the ratio is the
// median of each pair's ratio: two runs taken back to back see the same load on a shared machine.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const GROWTH_FACTOR = 4;

export interface Growth {
  /** The fastest run at the smaller size. */
  readonly smallMs: number;
  /** The fastest run at four times the size. */
  readonly largeMs: number;
  /** The median over back-to-back pairs of large / small: 4 is linear, 16 quadratic. */
  readonly ratio: number;
}

/** The garbage collector, so each timed run starts with a clean heap rather than paying for the previous one's. */
function collector(): (() => void) | undefined {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}
const collectGarbage = collector();

export function timeOnce(work: () => void): number {
  collectGarbage?.();
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** The shortest of `runs` timings; stops early once a run is clearly fast. */
export function bestTime(work: () => void, runs: number, fastMs = 2): number {
  let best = Infinity;
  for (let run = 0; run < runs && best > fastMs; run += 1) best = Math.min(best, timeOnce(work));
  return best;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** `prepare(size)` builds the input and returns the work to time (preparation is not timed). */
export function measureGrowth(prepare: (size: number) => () => void, size: number, pairs = 5): Growth {
  const small = prepare(size);
  const large = prepare(size * GROWTH_FACTOR);
  // One untimed run of each first: the first runs also compile the code they call.
  small();
  large();
  const smalls: number[] = [];
  const larges: number[] = [];
  for (let pair = 0; pair < pairs; pair += 1) {
    smalls.push(timeOnce(small));
    larges.push(timeOnce(large));
  }
  const ratios = smalls.map((ms, index) => (larges[index] as number) / Math.max(ms, 0.01));
  return { smallMs: Math.min(...smalls), largeMs: Math.min(...larges), ratio: median(ratios) };
}

/**
 * As measureGrowth, but doubles the size (up to `maxScale` times the given one) until the smaller input takes at
 * least `meaningfulMs`: a ratio of two sub-millisecond times says more about the timer than about the code.
 */
export function measureGrowthAtScale(prepare: (size: number) => () => void, size: number, meaningfulMs = 10, maxScale = 8): Growth & { size: number } {
  let scaled = size;
  for (;;) {
    const growth = measureGrowth(prepare, scaled);
    if (growth.smallMs >= meaningfulMs || scaled >= size * maxScale) return { ...growth, size: scaled };
    scaled *= 2;
  }
}
