// The command line as users run it (`node scripts/cli.mjs`, what `npm run analyze|review` call): start-up of the
// bundled CLI against bare Node and against tsx compiling the sources, then batch review throughput in contracts per
// minute for 500 generated contracts at --jobs 1 and --jobs 2, with a check that both give the same summary.
// Targets (issue 13 §5): start-up < 300 ms; --jobs 2 faster than --jobs 1 on 2 cores.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildDocx } from '../src/docx/buildDocx';
import { generateContract } from './generateContract';

const ROOT = resolve(__dirname, '..');
const CLI = join(ROOT, 'scripts', 'cli.mjs');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const CONTRACTS = 500;
const START_UP_TARGET_MS = 300;

function timed(command: string, args: readonly string[]): number {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${command} ${args.join(' ')} exited with ${run.status}: ${run.stderr.slice(0, 300)}`);
  return ms;
}

function median(command: string, args: readonly string[], runs: number): number {
  const times = Array.from({ length: runs }, () => timed(command, args)).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export default async function bench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'adt-cli-bench-'));
  try {
    const clause = join(folder, 'clause.txt');
    writeFileSync(clause, 'Supplier may use Customer Materials to train its machine-learning models.\n');
    timed(process.execPath, [CLI, 'analyze', clause]); // builds the bundle if src/ changed, and warms the code cache
    const bare = median(process.execPath, ['-e', ''], 7);
    const bundled = median(process.execPath, [CLI, 'analyze', clause], 7);
    const viaTsx = median(TSX, [join(ROOT, 'src', 'cli', 'analyze.ts'), clause], 3);
    const verdict = bundled < START_UP_TARGET_MS ? 'ok' : `MISSED (bare node alone takes ${bare.toFixed(0)} ms on this machine)`;
    console.log(`analyze of one clause, wall time (median): bundled ${bundled.toFixed(0)} ms, tsx ${viaTsx.toFixed(0)} ms, bare node ${bare.toFixed(0)} ms`);
    console.log(`bundled CLI start-up: ${bundled.toFixed(0)} ms (target < ${START_UP_TARGET_MS} ms) ${verdict}; ${(bundled - bare).toFixed(0)} ms beyond node itself`);

    const inbox = join(folder, 'inbox');
    mkdirSync(inbox);
    const sizes = [2, 3, 4, 5, 6];
    const packages = await Promise.all(sizes.map((pages) => buildDocx(generateContract(pages))));
    for (let i = 0; i < CONTRACTS; i += 1) writeFileSync(join(inbox, `contract-${String(i).padStart(3, '0')}.docx`), packages[i % sizes.length] as Uint8Array);
    console.log(`batch: ${CONTRACTS} generated contracts of 2-6 pages, review --insert-missing --summary`);
    const summaries: string[] = [];
    for (const jobs of [1, 2]) {
      const summary = join(folder, `triage-${jobs}.csv`);
      const ms = timed(process.execPath, [CLI, 'review', inbox, '--insert-missing', '--force', '--date', '2026-11-30T12:00:00Z', '--jobs', String(jobs), '--summary', summary]);
      summaries.push(readFileSync(summary, 'utf8'));
      console.log(`--jobs ${jobs}: ${(CONTRACTS / (ms / 60_000)).toFixed(0)} contracts/minute (${(ms / 1000).toFixed(1)} s)`);
    }
    console.log(`summaries at --jobs 1 and 2 identical: ${summaries[0] === summaries[1] ? 'yes' : 'NO'}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
