// Hands out revision ids that are unique within a document, starting above every id already in use.
// Pure: must not import Office, the DOM globals, fs or Node.
import { InvariantError } from '../engine/types';

export class RevisionIds {
  private nextId: number;

  /** `firstFree` is one more than the highest id already used by any revision, comment or bookmark. */
  constructor(firstFree = 1) {
    if (!Number.isSafeInteger(firstFree) || firstFree < 0) throw new InvariantError(`revision ids must start at a whole number, not ${firstFree}`);
    this.nextId = firstFree;
  }

  next(): string {
    const id = this.nextId;
    this.nextId += 1;
    return String(id);
  }
}

/** The who and when written on every revision. `date` must be an xsd:dateTime such as 2026-01-31T09:00:00Z. */
export interface RevisionStamp {
  readonly author: string;
  readonly date: string;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

export function checkStamp(stamp: RevisionStamp): RevisionStamp {
  if (stamp.author.trim().length === 0) throw new InvariantError('a revision needs an author (Word refuses revisions without one)');
  if (!DATE_TIME.test(stamp.date)) throw new InvariantError(`revision date "${stamp.date}" is not an xsd:dateTime like 2026-01-31T09:00:00Z`);
  return stamp;
}
