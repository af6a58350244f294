// review --jobs: the worker pool reports every file in input order whatever the number of workers, a worker that
// crashes, throws or runs out of memory fails only its own file, and workers never run more than a small window ahead
// of the results printed so far. A stand-in worker script makes each case happen on demand.
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReviewOptions } from '../../../src/docx/reviewDocx';
import { reviewBatch } from '../../../src/cli/review/reviewBatch';
import type { FileReviewRequest, FileReviewResult } from '../../../src/cli/review/reviewFile';

/**
 * Behaves by file name: crash-* exits, throw-* rejects, oom-* allocates until its heap limit, slow-* waits until no
 * other job has started for 300 ms and reports how many had started; others answer after a delay set by the name.
 */
const STAND_IN_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { appendFileSync, readFileSync, statSync } = require('node:fs');
const { basename } = require('node:path');
const log = workerData.review.log;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
parentPort.on('message', async ({ index, request }) => {
  appendFileSync(log, index + '\\n');
  const name = basename(request.file);
  if (name.startsWith('crash-')) process.exit(3);
  if (name.startsWith('throw-')) throw new Error('stand-in failure');
  if (name.startsWith('oom-')) { const hoard = []; for (;;) hoard.push(new Array(100000).fill(hoard.length)); }
  let posture = name;
  if (name.startsWith('slow-')) {
    let size = -1;
    while (statSync(log).size !== size) { size = statSync(log).size; await sleep(300); }
    posture = String(readFileSync(log, 'utf8').trim().split('\\n').length);
  } else {
    await sleep((Number(name.match(/\\d+/)?.[0] ?? 0) * 37) % 50);
  }
  const row = { kind: 'reviewed', file: request.file, output: request.output, posture, counts: { categories: {}, risks: { high: 0, medium: 0, low: 0 }, missing: [] }, applied: 0, skipped: 0, changed: false };
  parentPort.postMessage({ index, result: { row, notes: ['note for ' + name] } });
});
`;

describe('reviewBatch with worker threads', () => {
  let folder = '';
  let workerScript = '';
  let log = '';
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'adt-batch-'));
    workerScript = join(folder, 'standInWorker.cjs');
    writeFileSync(workerScript, STAND_IN_WORKER);
  });
  beforeEach(() => {
    log = join(folder, `log-${Date.now()}-${Math.random()}.txt`);
    appendFileSync(log, '');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const requestsFor = (names: readonly string[]): FileReviewRequest[] =>
    names.map((name) => ({ file: join('inbox', name), output: join('out', name), force: false }));

  async function run(names: readonly string[], jobs: number, workerMemoryMb = 256): Promise<FileReviewResult[]> {
    const results: FileReviewResult[] = [];
    const review = { log } as unknown as ReviewOptions;
    await reviewBatch(requestsFor(names), review, { jobs, workerScript, workerMemoryMb }, (result) => results.push(result));
    return results;
  }

  it('reports every file in input order, with the same results for 1, 2 and 4 workers', async () => {
    const names = Array.from({ length: 16 }, (_, i) => `contract-${i}.docx`);
    const byJobs = [await run(names, 1), await run(names, 2), await run(names, 4)];
    expect(byJobs[0]?.map((result) => result.row.file)).toEqual(names.map((name) => join('inbox', name)));
    expect(byJobs[0]?.map((result) => result.notes[0])).toEqual(names.map((name) => `note for ${name}`));
    expect(byJobs[1]).toEqual(byJobs[0]);
    expect(byJobs[2]).toEqual(byJobs[0]);
  });

  it('fails only the file whose worker crashed, threw or ran out of memory, and reviews the rest', async () => {
    const names = ['a-1.docx', 'crash-2.docx', 'b-3.docx', 'throw-4.docx', 'c-5.docx', 'oom-6.docx', 'd-7.docx'];
    const results = await run(names, 2, 64);
    expect(results.map((result) => [result.row.file, result.row.kind])).toEqual(
      names.map((name) => [join('inbox', name), /^(crash|throw|oom)-/.test(name) ? 'failed' : 'reviewed']),
    );
    const errors = results.flatMap((result) => (result.row.kind === 'failed' ? [result.row.error] : []));
    expect(errors[0]).toMatch(/stopped unexpectedly on this file \(its worker exited with code 3\); nothing was written, please report/);
    expect(errors[1]).toMatch(/stopped unexpectedly on this file \(stand-in failure\)/);
    expect(errors[2]).toMatch(/ran out of memory \(its limit is 64 MB\) on this file; nothing was written \(review it on its own with a higher --max-memory\)/);
  }, 60_000);

  it('keeps the workers within a small window of the results printed so far, so memory stays bounded', async () => {
    const names = ['slow-0.docx', ...Array.from({ length: 40 }, (_, i) => `contract-${i + 1}.docx`)];
    const results = await run(names, 2);
    expect(results).toHaveLength(names.length);
    // While the first file is held up, two workers may start at most 2 x 4 files (it included), not all 41.
    const startedMeanwhile = Number(results[0]?.row.kind === 'reviewed' ? results[0].row.posture : Number.NaN);
    expect(startedMeanwhile).toBeGreaterThanOrEqual(2);
    expect(startedMeanwhile).toBeLessThanOrEqual(8);
  }, 30_000);
});
