// Reviews one .docx end to end: checks the path, reads the package, plans and writes the tracked-change copy (beside
// a temporary name, then renamed), and returns the contract's summary row and notes. Runs in the main thread or in a
// review worker alike, so the results never depend on --jobs. Node CLI code (fs): must not import Office or Word.
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { readDocx } from '../../docx/readDocx';
import { recordReviewDecisions } from '../../docx/decisions/reviewDecisions';
import { stripInternalReview } from '../../docx/internalComments';
import { reviewDocx, type ReviewOptions, type ReviewResult } from '../../docx/reviewDocx';
import { roundTwoReview, type OtherReviewResult } from '../../docx/roundTwo/roundTwoReview';
import { summarizePosture } from '../../engine/posture';
import { InvariantError, type RedlinePlan } from '../../engine/types';
import { checkRegularFile } from '../fileChecks';
import { summaryCounts, type SummaryRow } from './summaryCsv';

/** A .docx larger than this is not a contract; refusing it keeps a batch from exhausting memory. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface FileReviewRequest {
  readonly file: string;
  readonly output: string;
  readonly force: boolean;
  /** What the copy does: our redlines (default), an answer to the other side's changes, or no internal comments. */
  readonly task?: 'redline' | 'round2' | 'strip-internal';
}

export interface FileReviewResult {
  readonly row: SummaryRow;
  readonly notes: readonly string[];
}

export async function reviewFile(request: FileReviewRequest, review: ReviewOptions): Promise<FileReviewResult> {
  const { file, output } = request;
  const failed = (error: string): FileReviewResult => ({ row: { kind: 'failed', file, error }, notes: [] });
  if (resolve(output) === resolve(file)) return failed('the output would overwrite the input; choose another --out file');
  if (!request.force && (await exists(output))) return failed(`${output} already exists; pass --force to overwrite it`);
  const checked = await checkRegularFile(file, { what: 'contract', maxBytes: MAX_FILE_BYTES, hint: 'pass .docx files or folders' });
  if (!checked.ok) return failed(checked.error);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return failed(checked.describe(error));
  }
  const read = await readDocx(bytes, basename(file));
  if (!read.ok) return failed(read.reason);
  let result: OtherReviewResult;
  try {
    // --round2 answers the other side's changes, --strip-internal removes internal comments, instead of redlining.
    if (request.task === 'round2') result = await roundTwoReview(read.document, review);
    else if (request.task === 'strip-internal') result = await stripInternalReview(read.document, review);
    else result = await reviewDocx(read.document, review);
  } catch (error) {
    // A bug must not stop a batch: this contract is reported (and nothing written for it); the rest go on.
    const what = error instanceof InvariantError ? 'internal error' : 'unexpected error';
    const message = error instanceof Error ? error.message : String(error);
    return failed(`${what} while reviewing (${message}); nothing was written, please report this file`);
  }
  if (!result.ok) return failed(result.error);
  // The decision record goes into the copy with it (src/docx/decisions/reviewDecisions.ts).
  const recorded = await recordReviewDecisions(read.document, result, review);
  if (!recorded.ok) return failed(recorded.error);
  try {
    await writeAtomically(output, recorded.data);
  } catch (error) {
    return failed(`could not write ${output} (${error instanceof Error ? error.message : String(error)})`);
  }
  const applied = result.verdicts.filter((verdict) => verdict.status === 'applied').length;
  const row: SummaryRow = {
    kind: 'reviewed',
    file,
    output,
    posture: summarizePosture(result.analysis),
    counts: summaryCounts(result.analysis),
    applied,
    skipped: result.verdicts.length - applied,
    changed: result.changed,
  };
  return { row, notes: [...planNotes(result), ...(result.notes ?? []), ...(recorded.note ? [recorded.note] : [])] };
}

/**
 * Why a redline was left out, or made coarser than usual, named by what it was for, so the lawyer knows which
 * clause to edit by hand.
 */
function planNotes(result: Extract<ReviewResult, { ok: true }>): string[] {
  const plans = new Map(result.plans.map((plan) => [plan.id, plan]));
  const categories = new Map(result.analysis.findings.map((finding) => [finding.id, finding.category]));
  const subjectOf = (plan: RedlinePlan | undefined): string => {
    const source = plan?.source;
    return source?.kind === 'finding'
      ? `${categories.get(source.findingId) ?? 'finding'} in paragraph ${(plan?.paragraph ?? 0) + 1}`
      : `missing ${source?.category ?? 'protection'}`;
  };
  return result.verdicts.flatMap((verdict) => {
    const plan = plans.get(verdict.planId);
    if (verdict.status === 'skipped') return [`not redlined (${subjectOf(plan)}): ${verdict.reason}`];
    return plan?.note ? [`note (${subjectOf(plan)}): ${plan.note}`] : [];
  });
}

/** contract.docx → contract.reviewed.docx, next to the input. */
export function reviewedName(file: string): string {
  return join(dirname(file), `${basename(file).replace(/\.docx$/i, '')}.reviewed.docx`);
}

/** Writes beside the target, then renames, so a failure never leaves a half-written file behind. */
export async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
