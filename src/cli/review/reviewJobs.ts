// The messages between the review command and its worker threads. Node CLI code: must not import Office or Word.
import type { FileReviewRequest, FileReviewResult } from './reviewFile';
import type { ReviewOptions } from '../../docx/reviewDocx';

/** Given to each worker once, when it starts. */
export interface WorkerSetup {
  readonly review: ReviewOptions;
}

/** Main thread → worker: review this file. */
export interface ReviewJob {
  readonly index: number;
  readonly request: FileReviewRequest;
}

/** Worker → main thread: the file's result. */
export interface ReviewJobDone {
  readonly index: number;
  readonly result: FileReviewResult;
}
