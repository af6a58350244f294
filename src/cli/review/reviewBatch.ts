// Reviews a list of files with up to N worker threads and reports each result in input order, so the output is the
// same whatever N is. Memory stays bounded: each worker holds one package at a time, has a heap limit, and results
// wait for their turn only within a small window. A worker that dies (out of memory, a crash) fails its file and is
// replaced; the rest go on. Without a worker script (run from source) the files are reviewed in this thread.
// Node CLI code: must not import Office or Word.
import { Worker } from 'node:worker_threads';
import type { ReviewOptions } from '../../docx/reviewDocx';
import { reviewFile, type FileReviewRequest, type FileReviewResult } from './reviewFile';
import type { ReviewJob, ReviewJobDone, WorkerSetup } from './reviewJobs';

export interface BatchOptions {
  readonly jobs: number;
  /** The bundled reviewWorker.cjs; absent when running from source, which reviews in this thread. */
  readonly workerScript?: string;
  /** Heap limit of each worker, in MB. */
  readonly workerMemoryMb: number;
}

/** How far ahead of the next result to print the workers may run (in files per worker). */
const WINDOW_PER_WORKER = 4;

function crashed(request: FileReviewRequest, error: Error | undefined, memoryMb: number): FileReviewResult {
  const outOfMemory = (error as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
  const reason = outOfMemory
    ? `the review ran out of memory (its limit is ${memoryMb} MB) on this file; nothing was written ` +
      '(review it on its own with a higher --max-memory)'
    : `the review stopped unexpectedly on this file (${error?.message ?? 'its worker exited'}); ` +
      'nothing was written, please report this file';
  return { row: { kind: 'failed', file: request.file, error: reason }, notes: [] };
}

export async function reviewBatch(
  requests: readonly FileReviewRequest[],
  review: ReviewOptions,
  options: BatchOptions,
  report: (result: FileReviewResult) => void,
): Promise<void> {
  if (!options.workerScript) {
    for (const request of requests) {
      try {
        report(await reviewFile(request, review));
      } catch (error) {
        report(crashed(request, error instanceof Error ? error : new Error(String(error)), options.workerMemoryMb));
      }
    }
    return;
  }
  await new WorkerPool(requests, review, { ...options, workerScript: options.workerScript }, report).run();
}

class WorkerPool {
  private next = 0;
  private reported = 0;
  private readonly waiting = new Map<number, FileReviewResult>();
  private readonly window: number;
  private idle: Worker[] = [];
  /** The file each busy worker is reviewing. */
  private readonly busy = new Map<Worker, number>();
  private readonly retired = new Set<Worker>();
  private finish: () => void = () => undefined;

  constructor(
    private readonly requests: readonly FileReviewRequest[],
    private readonly review: ReviewOptions,
    private readonly options: BatchOptions & { workerScript: string },
    private readonly report: (result: FileReviewResult) => void,
  ) {
    this.window = Math.max(1, options.jobs) * WINDOW_PER_WORKER;
  }

  run(): Promise<void> {
    return new Promise((resolve) => {
      this.finish = resolve;
      const workers = Math.min(Math.max(1, this.options.jobs), this.requests.length);
      if (workers === 0) resolve();
      for (let i = 0; i < workers; i += 1) this.dispatch(this.start());
    });
  }

  private start(): Worker {
    const setup: WorkerSetup = { review: this.review };
    const resourceLimits = { maxOldGenerationSizeMb: this.options.workerMemoryMb };
    const worker = new Worker(this.options.workerScript, { workerData: setup, resourceLimits });
    worker.on('message', (message: ReviewJobDone) => this.finished(worker, message.result));
    worker.on('error', (error) => this.died(worker, error));
    worker.on('exit', (code) => this.died(worker, code === 0 ? undefined : new Error(`its worker exited with code ${code}`)));
    return worker;
  }

  /** Gives the worker the next file, or parks it while the results it would run ahead of are still coming. */
  private dispatch(worker: Worker): void {
    if (this.next >= this.requests.length) {
      this.retire(worker);
      return;
    }
    if (this.next >= this.reported + this.window) {
      this.idle.push(worker);
      return;
    }
    const index = this.next;
    this.next += 1;
    this.busy.set(worker, index);
    const job: ReviewJob = { index, request: this.requests[index] as FileReviewRequest };
    worker.postMessage(job);
  }

  private finished(worker: Worker, result: FileReviewResult): void {
    const index = this.busy.get(worker);
    if (index === undefined) return;
    this.busy.delete(worker);
    this.completed(index, result);
    this.dispatch(worker);
  }

  /** A worker that dies takes only its own file with it: a fresh worker carries on with the rest. */
  private died(worker: Worker, error: Error | undefined): void {
    if (this.retired.has(worker)) return;
    this.retire(worker);
    this.idle = this.idle.filter((other) => other !== worker);
    const index = this.busy.get(worker);
    this.busy.delete(worker);
    if (index !== undefined) this.completed(index, crashed(this.requests[index] as FileReviewRequest, error, this.options.workerMemoryMb));
    if (this.next < this.requests.length) this.dispatch(this.start());
  }

  private completed(index: number, result: FileReviewResult): void {
    this.waiting.set(index, result);
    while (this.waiting.has(this.reported)) {
      this.report(this.waiting.get(this.reported) as FileReviewResult);
      this.waiting.delete(this.reported);
      this.reported += 1;
    }
    for (const worker of this.idle.splice(0)) this.dispatch(worker);
    if (this.reported === this.requests.length) this.finish();
  }

  /** Its listeners stay: a late error or exit of a retired worker is ignored rather than left uncaught. */
  private retire(worker: Worker): void {
    this.retired.add(worker);
    void worker.terminate();
  }
}
