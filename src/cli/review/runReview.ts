// The `review` command as a function: reviews one .docx or a batch, writes reviewed copies and the CSV summary,
// and returns the exit code, so tests run it in-process. Node CLI code (fs): must not import Office or Word.
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { summarizePosture } from '../../engine/posture';
import { InvariantError, type RedlinePlan } from '../../engine/types';
import type { ReviewMode } from '../../engine/types';
import { defaultPlaybookFor } from '../../playbook/modePlaybooks';
import type { Playbook } from '../../playbook/schema';
import { checkRegularFile } from '../fileChecks';
import { loadPlaybookFile } from '../loadPlaybook';
import { progressBar, type ProgressSink } from './progressBar';
import { readDocx } from '../../docx/readDocx';
import { reviewDocx, type ReviewOptions, type ReviewResult } from '../../docx/reviewDocx';
import { parseReviewArgs, REVIEW_USAGE, type ReviewCliOptions } from './reviewOptions';
import { summaryCsv, type SummaryRow } from './summaryCsv';

export interface ReviewIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly progress: ProgressSink;
  /** The clock, injected so tests can pin the revision date. */
  readonly now: () => Date;
}

/** A .docx larger than this is not a contract; refusing it keeps a batch from exhausting memory. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** 0: every contract reviewed; 1: some contract failed (the others were still reviewed); 2: bad usage. */
export async function runReview(argv: readonly string[], io: ReviewIo): Promise<number> {
  const parsed = parseReviewArgs(argv);
  if (!parsed.ok) {
    io.err(`review: ${parsed.error}`);
    io.err(REVIEW_USAGE);
    return 2;
  }
  const options = parsed.options;
  if (options.help) {
    io.out(REVIEW_USAGE);
    return 0;
  }
  const playbook = await loadPlaybook(options.playbook, options.mode);
  if (!playbook.ok) {
    io.err(`review: ${playbook.error}`);
    return 2;
  }
  if (options.summary && !options.force && (await exists(options.summary))) {
    io.err(`review: ${options.summary} already exists; pass --force to overwrite it or choose another --summary file`);
    return 2;
  }
  const files = await expandInputs(options.inputs);
  const batch = options.summary !== undefined || files.length > 1 || files.length !== options.inputs.length;
  const review: ReviewOptions = {
    playbook: playbook.playbook,
    position: options.position,
    comments: options.comments,
    author: options.author,
    date: options.date ?? io.now().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    insertMissing: options.insertMissing,
    mode: options.mode,
  };
  const progress = batch ? progressBar(files.length, io.progress) : undefined;
  const rows: SummaryRow[] = [];
  for (const [index, file] of files.entries()) {
    progress?.step(index, basename(file));
    const { row, notes } = await reviewFile(file, options, review);
    rows.push(row);
    if (row.kind === 'failed') io.err(`${file}: ${row.error}`);
    else io.out(`${file} -> ${row.output}: ${reviewedLine(row)}; ${row.posture}`);
    for (const note of notes) io.out(`  ${note}`);
  }
  progress?.step(files.length, 'done');
  progress?.finish();
  if (files.length === 0) io.err('review: no .docx files found in the folders given');
  if (options.summary) {
    await writeAtomically(options.summary, summaryCsv(rows, options.mode));
    io.out(`summary of ${rows.length} contract(s) written to ${options.summary}`);
  }
  return rows.some((row) => row.kind === 'failed') || files.length === 0 ? 1 : 0;
}

async function reviewFile(file: string, options: ReviewCliOptions, review: ReviewOptions): Promise<{ row: SummaryRow; notes: string[] }> {
  const failed = (error: string) => ({ row: { kind: 'failed', file, error } as const, notes: [] });
  const output = options.out ?? reviewedName(file);
  if (resolve(output) === resolve(file)) return failed('the output would overwrite the input; choose another --out file');
  if (!options.force && (await exists(output))) return failed(`${output} already exists; pass --force to overwrite it`);
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
  let result: ReviewResult;
  try {
    result = await reviewDocx(read.document, review);
  } catch (error) {
    // A bug must not stop a batch: this contract is reported (and nothing written for it); the rest go on.
    const what = error instanceof InvariantError ? 'internal error' : 'unexpected error';
    return failed(`${what} while reviewing (${error instanceof Error ? error.message : String(error)}); nothing was written, please report this file`);
  }
  if (!result.ok) return failed(result.error);
  try {
    await writeAtomically(output, result.data);
  } catch (error) {
    return failed(`could not write ${output} (${error instanceof Error ? error.message : String(error)})`);
  }
  const applied = result.verdicts.filter((verdict) => verdict.status === 'applied').length;
  const row: SummaryRow = {
    kind: 'reviewed',
    file,
    output,
    posture: summarizePosture(result.analysis),
    analysis: result.analysis,
    applied,
    skipped: result.verdicts.length - applied,
    changed: result.changed,
  };
  return { row, notes: planNotes(result) };
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

/** "3 redline(s), 1 skipped", or "no changes" when the copy is the original byte for byte. */
function reviewedLine(row: Extract<SummaryRow, { kind: 'reviewed' }>): string {
  const skipped = row.skipped ? `, ${row.skipped} skipped` : '';
  return row.changed ? `${row.applied} redline(s)${skipped}` : `no changes (the copy is the original, byte for byte)${skipped}`;
}

/** contract.docx → contract.reviewed.docx, next to the input. */
export function reviewedName(file: string): string {
  return join(dirname(file), `${basename(file).replace(/\.docx$/i, '')}.reviewed.docx`);
}

/** Folders contribute their .docx files (not our own reviewed copies, not Word's ~$ lock files); files pass as given. */
async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const isFolder = await stat(input).then((info) => info.isDirectory(), () => false);
    if (!isFolder) {
      files.push(input);
      continue;
    }
    const names = (await readdir(input, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.docx$/i.test(entry.name) && !/\.reviewed\.docx$/i.test(entry.name) && !entry.name.startsWith('~$'))
      .map((entry) => join(input, entry.name))
      .sort();
    for (const name of names) files.push(name);
  }
  return files;
}

/** Writes beside the target, then renames, so a failure never leaves a half-written file behind. */
async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

async function loadPlaybook(path: string | undefined, mode: ReviewMode): Promise<{ ok: true; playbook: Playbook } | { ok: false; error: string }> {
  if (!path) return { ok: true, playbook: defaultPlaybookFor(mode) };
  const loaded = await loadPlaybookFile(path, mode);
  return loaded.ok ? loaded : { ok: false, error: `${path}: ${loaded.error}` };
}
