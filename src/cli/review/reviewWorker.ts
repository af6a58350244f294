// A review worker thread (review --jobs N): reviews the files the main thread sends, one at a time, and sends back
// each summary row and notes. It writes the reviewed copy itself, so no package crosses threads.
// Node CLI code: must not import Office or Word.
import { parentPort, workerData } from 'node:worker_threads';
import { reviewFile } from './reviewFile';
import type { ReviewJob, ReviewJobDone, WorkerSetup } from './reviewJobs';

const { review } = workerData as WorkerSetup;

parentPort?.on('message', (job: ReviewJob) => {
  void reviewFile(job.request, review).then((result) => {
    const done: ReviewJobDone = { index: job.index, result };
    parentPort?.postMessage(done);
  });
});
