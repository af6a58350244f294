// .docx review speed: builds a 200-page contract as a .docx, then times reading it, the review (engine analysis and
// redline planning) and writing the tracked-change copy. Target (issue 5): the whole review of 200 pages <= 2 s.
import { performance } from 'node:perf_hooks';
import { buildDocx } from '../src/docx/buildDocx';
import { readDocx } from '../src/docx/readDocx';
import { planReview, type ReviewOptions } from '../src/docx/reviewDocx';
import { writeReviewedDocx } from '../src/docx/writeReviewedDocx';
import { analyzeDocument } from '../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../src/playbook/defaultPlaybook';
import { issueResolver } from '../src/playbook/issueFor';
import { countWords, generateContract } from './generateContract';

const PAGES = 200;
const RUNS = 5;
const TARGET_MS = 2000;

const OPTIONS: ReviewOptions = {
  playbook: DEFAULT_PLAYBOOK,
  position: 'preferred',
  comments: 'internal',
  author: 'AI Data Terms',
  date: '2026-01-31T09:00:00Z',
  insertMissing: true,
};

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export default async function bench(): Promise<void> {
  const paragraphs = generateContract(PAGES);
  const data = await buildDocx(paragraphs);
  console.log(`${PAGES} pages: ${paragraphs.length} paragraphs, ${countWords(paragraphs)} words, ${(data.length / 1024).toFixed(0)} KB .docx`);
  const phases = { read: [] as number[], analyse: [] as number[], write: [] as number[], total: [] as number[] };
  let summary = '';
  for (let run = 0; run < RUNS; run += 1) {
    const t0 = performance.now();
    const read = await readDocx(data, 'bench.docx');
    if (!read.ok) throw new Error(read.error);
    const t1 = performance.now();
    const analysis = analyzeDocument(read.document.paragraphs, { issueFor: issueResolver(OPTIONS.playbook) });
    const plans = planReview(read.document, analysis, OPTIONS);
    const t2 = performance.now();
    const written = await writeReviewedDocx(read.document, plans, OPTIONS);
    if (!written.ok) throw new Error(written.error);
    const t3 = performance.now();
    phases.read.push(t1 - t0);
    phases.analyse.push(t2 - t1);
    phases.write.push(t3 - t2);
    phases.total.push(t3 - t0);
    const applied = written.verdicts.filter((verdict) => verdict.status === 'applied').length;
    summary = `${analysis.findings.length} findings, ${plans.length} plans, ${applied} applied as tracked changes, ${(written.data.length / 1024).toFixed(0)} KB out`;
  }
  console.log(summary);
  console.log(`median of ${RUNS}: read ${median(phases.read).toFixed(0)} ms, analyse+plan ${median(phases.analyse).toFixed(0)} ms, write ${median(phases.write).toFixed(0)} ms`);
  const total = median(phases.total);
  console.log(`review of a ${PAGES}-page .docx: ${total.toFixed(0)} ms (target <= ${TARGET_MS} ms) ${total <= TARGET_MS ? 'ok' : 'MISSED'}`);
}
