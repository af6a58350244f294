// Issue 13 §1: no regular expression in src/ may take time growing faster than its input. Each pattern is pumped
// with its own words, spaces and punctuation at 8k and 32k characters (the red team used 4k and 16k; at twice that a
// quadratic pattern such as the old staff-training one stands clear of timer noise); 4x the input may cost at most
// 8x the time, and anything under 20 ms counts as fast whatever the ratio.
// A pattern that does not return within 30 s (catastrophic backtracking) fails the test too.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { exportedPatterns, regexCases, type RegexCase } from './regexSources';

const ROOT = resolve(__dirname, '..', '..');
const SMALL = 8000;
const FACTOR = 4;
const FLOOR_MS = 20;
const MAX_RATIO = 8;
const HANG_MS = 30_000;
/** The lead's compiled vocabulary, when it exists: every RegExp it exports is pumped as well. */
const VOCABULARY = join(ROOT, 'src', 'engine', 'language', 'patterns.ts');

interface Offender {
  readonly family: string;
  readonly smallMs: number;
  readonly largeMs: number;
}

type WorkerMessage =
  | { kind: 'start'; index: number }
  | { kind: 'done'; index: number; offenders?: Offender[]; invalid?: string }
  | { kind: 'finished' };

/** Runs the pumps in a worker; a pattern that hangs is reported and the worker restarted after it. */
async function pump(cases: readonly RegexCase[]): Promise<string[]> {
  const problems: string[] = [];
  let next = 0;
  while (next < cases.length) {
    const batch = cases.slice(next);
    const offset = next;
    next = await new Promise<number>((done) => {
      const worker = new Worker(join(__dirname, 'pumpWorker.js'), {
        workerData: { cases: batch, small: SMALL, factor: FACTOR, floorMs: FLOOR_MS, maxRatio: MAX_RATIO },
      });
      let current = 0;
      let watchdog: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => {
          problems.push(`${batch[current]?.where}: no answer within ${HANG_MS / 1000} s (catastrophic backtracking?)`);
          void worker.terminate();
          done(offset + current + 1);
        }, HANG_MS);
      };
      arm();
      worker.on('message', (message: WorkerMessage) => {
        if (message.kind === 'start') {
          current = message.index;
          arm();
        } else if (message.kind === 'done') {
          const item = batch[message.index];
          if (message.invalid) problems.push(`${item?.where}: does not compile (${message.invalid})`);
          for (const o of message.offenders ?? []) {
            problems.push(`${item?.where} /${item?.source.slice(0, 80)}/ on ${o.family}: ${o.smallMs.toFixed(0)} ms -> ${o.largeMs.toFixed(0)} ms`);
          }
        } else {
          clearTimeout(watchdog);
          void worker.terminate();
          done(cases.length);
        }
      });
      worker.on('error', (error) => {
        clearTimeout(watchdog);
        problems.push(`${batch[current]?.where}: the pump failed (${error.message})`);
        done(offset + current + 1);
      });
    });
  }
  return problems;
}

describe('regular expressions in src/ run in linear time', () => {
  const cases = regexCases(join(ROOT, 'src'), ROOT);

  test('the compiler API finds the patterns, including those built with new RegExp from constants', () => {
    expect(cases.length).toBeGreaterThan(200);
    expect(cases.some((c) => c.where.startsWith('src/review/redline/surgical/ownerSwap.ts') && c.source.includes('(?:vests?|shall vest|remains?|shall remain)'))).toBe(true);
  });

  test('4x the input costs at most 8x the time for every pattern', async () => {
    const vocabulary = existsSync(VOCABULARY) ? exportedPatterns((await import(VOCABULARY)) as Record<string, unknown>, 'src/engine/language/patterns.ts') : [];
    const problems = await pump([...cases, ...vocabulary]);
    expect(problems).toEqual([]);
  }, 600_000);
});
