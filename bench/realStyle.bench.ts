// Speed on real-style text (issue 13 §5): analysis of a 200-page contract in the style of real vendor paper
// (bench/realStyleContract.ts: one definitions section, long nested sentences, varied data-use clauses) beside the
// generated 200-page contract, and the whole .docx review of the real-style one. The ratio says what real language
// costs over the repeated sample.
import { performance } from 'node:perf_hooks';
import { buildDocx } from '../src/docx/buildDocx';
import { readDocx } from '../src/docx/readDocx';
import { reviewDocx, type ReviewOptions } from '../src/docx/reviewDocx';
import { analyzeDocument } from '../src/engine/analyzeDocument';
import type { Paragraph } from '../src/engine/types';
import { DEFAULT_PLAYBOOK } from '../src/playbook/defaultPlaybook';
import { issueResolver } from '../src/playbook/issueFor';
import { countWords, generateContract } from './generateContract';
import { realStyleContract } from './realStyleContract';

const PAGES = 200;
const RUNS = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function analysisMs(paragraphs: readonly Paragraph[]): { ms: number; findings: number } {
  const issueFor = issueResolver(DEFAULT_PLAYBOOK);
  const findings = analyzeDocument(paragraphs, { issueFor }).findings.length;
  const times = Array.from({ length: RUNS }, () => {
    const started = performance.now();
    analyzeDocument(paragraphs, { issueFor });
    return performance.now() - started;
  });
  return { ms: median(times), findings };
}

export default async function bench(): Promise<void> {
  const real = realStyleContract(PAGES);
  const generated = generateContract(PAGES);
  const realRun = analysisMs(real);
  const generatedRun = analysisMs(generated);
  const longest = Math.max(0, ...real.map((p) => p.text.split(/\s+/).length));
  console.log(`real-style ${PAGES} pages: ${real.length} paragraphs, ${countWords(real)} words, longest sentence ${longest} words`);
  console.log(`analysis, median of ${RUNS}: real-style ${realRun.ms.toFixed(0)} ms (${realRun.findings} findings), generated ${generatedRun.ms.toFixed(0)} ms (${generatedRun.findings} findings), ratio ${(realRun.ms / generatedRun.ms).toFixed(2)}`);
  const options: ReviewOptions = {
    playbook: DEFAULT_PLAYBOOK,
    position: 'preferred',
    comments: 'internal',
    author: 'AI Data Terms',
    date: '2026-11-30T12:00:00Z',
    insertMissing: true,
    mode: 'customer',
  };
  const data = await buildDocx(real);
  const started = performance.now();
  const read = await readDocx(data, 'real-style.docx');
  if (!read.ok) throw new Error(read.reason);
  const result = await reviewDocx(read.document, options);
  if (!result.ok) throw new Error(result.error);
  const applied = result.verdicts.filter((verdict) => verdict.status === 'applied').length;
  console.log(`.docx review of the real-style ${PAGES} pages (read, analyse, plan, write): ${(performance.now() - started).toFixed(0)} ms, ${applied} redlines`);
}
