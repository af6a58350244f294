// The `review` command as a function: reviews one .docx or a batch (with --jobs worker threads), writes reviewed
// copies and the CSV summary, and returns the exit code, so tests run it in-process. Node CLI code (fs): must not
// import Office or Word.
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { ReviewOptions } from '../../docx/reviewDocx';
import type { ReviewMode } from '../../engine/types';
import { defaultPlaybookFor } from '../../playbook/modePlaybooks';
import type { Playbook } from '../../playbook/schema';
import { loadPlaybookFile } from '../loadPlaybook';
import { progressBar, type ProgressSink } from './progressBar';
import { reviewBatch } from './reviewBatch';
import { exists, reviewedName } from './reviewFile';
import { parseReviewArgs, REVIEW_USAGE } from './reviewOptions';
import { rowCells, summaryHeader, summaryLine, type SummaryRow } from './summaryCsv';

export interface ReviewIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly progress: ProgressSink;
  /** The clock, injected so tests can pin the revision date. */
  readonly now: () => Date;
  /** The bundled review worker (reviewWorker.cjs); without it the files are reviewed one by one in this thread. */
  readonly workerScript?: string;
}

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
  let summary: SummaryFile | undefined;
  try {
    summary = options.summary ? await SummaryFile.open(options.summary, options.mode) : undefined;
  } catch (error) {
    io.err(`review: cannot write the summary ${options.summary ?? ''} (${messageOf(error)}); check the folder exists and is writable`);
    return 2;
  }
  let done = 0;
  let failed = false;
  const task = options.round2 ? 'round2' : options.stripInternal ? 'strip-internal' : 'redline';
  const requests = files.map((file) => ({ file, output: options.out ?? reviewedName(file), force: options.force, task }) as const);
  progress?.step(0, basename(files[0] ?? ''));
  const worker = io.workerScript ? { workerScript: io.workerScript } : {};
  const pool = { jobs: options.jobs ?? availableParallelism(), workerMemoryMb: options.maxMemory, ...worker };
  await reviewBatch(requests, review, pool, ({ row, notes }) => {
    done += 1;
    failed ||= row.kind === 'failed';
    if (row.kind === 'failed') io.err(`${row.file}: ${row.error}`);
    else io.out(`${row.file} -> ${row.output}: ${reviewedLine(row)}; ${row.posture}`);
    for (const note of notes) io.out(`  ${note}`);
    summary?.add(row);
    progress?.step(done, basename(files[done] ?? 'done'));
  });
  progress?.finish();
  if (files.length === 0) io.err('review: no .docx files found in the folders given');
  if (summary && options.summary) {
    try {
      await summary.close();
      io.out(`summary of ${done} contract(s) written to ${options.summary}`);
    } catch (error) {
      io.err(`review: could not finish the summary ${options.summary} (${messageOf(error)}); the reviewed copies are written`);
      return 1;
    }
  }
  return failed || files.length === 0 ? 1 : 0;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "3 redline(s), 1 skipped", or "no changes" when the copy is the original byte for byte. */
function reviewedLine(row: Extract<SummaryRow, { kind: 'reviewed' }>): string {
  const skipped = row.skipped ? `, ${row.skipped} skipped` : '';
  return row.changed ? `${row.applied} redline(s)${skipped}` : `no changes (the copy is the original, byte for byte)${skipped}`;
}

/** The CSV summary, written row by row beside its final name and renamed at the end, so a batch holds no rows. */
class SummaryFile {
  /** The first write error (a full disk); kept to report at the end instead of crashing the batch. */
  private failure: Error | undefined;

  private constructor(
    private readonly path: string,
    private readonly temporary: string,
    private readonly stream: WriteStream,
    private readonly mode: ReviewMode,
  ) {
    stream.on('error', (error) => {
      this.failure ??= error;
    });
  }

  static async open(path: string, mode: ReviewMode): Promise<SummaryFile> {
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
    const stream = createWriteStream(temporary);
    await once(stream, 'open');
    const file = new SummaryFile(path, temporary, stream, mode);
    stream.write(summaryLine(summaryHeader(mode)));
    return file;
  }

  add(row: SummaryRow): void {
    if (!this.failure) this.stream.write(summaryLine(rowCells(row, this.mode)));
  }

  async close(): Promise<void> {
    if (!this.failure) {
      this.stream.end();
      await once(this.stream, 'finish').catch((error: Error) => {
        this.failure ??= error;
      });
    }
    if (this.failure) {
      this.stream.destroy();
      await rm(this.temporary, { force: true });
      throw this.failure;
    }
    await rename(this.temporary, this.path);
  }
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

async function loadPlaybook(path: string | undefined, mode: ReviewMode): Promise<{ ok: true; playbook: Playbook } | { ok: false; error: string }> {
  if (!path) return { ok: true, playbook: defaultPlaybookFor(mode) };
  const loaded = await loadPlaybookFile(path, mode);
  return loaded.ok ? loaded : { ok: false, error: `${path}: ${loaded.error}` };
}
