// Engine speed: median analysis time for generated 10/50/200/800-page contracts, words per second, and the 800/200
// ratio that shows growth is linear. Targets (issue 2): 200 pages <= 150 ms, ratio <= 4.4 on a 2-core machine.
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../src/engine/analyzeDocument';
import { planRedline } from '../src/review/redline';
import type { Paragraph } from '../src/engine/types';
import { DEFAULT_PLAYBOOK } from '../src/playbook/defaultPlaybook';
import { issueById, issueResolver } from '../src/playbook/issueFor';
import { countWords, generateContract } from './generateContract';

const PAGES = [10, 50, 200, 800] as const;
const TARGET_MS_200 = 150;
const TARGET_RATIO = 4.4;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Enough runs for a stable median without making the bench slow on a shared machine. */
function runsFor(pages: number): number {
  return pages >= 800 ? 7 : pages >= 200 ? 11 : 21;
}

export default async function bench(): Promise<void> {
  const issueFor = issueResolver(DEFAULT_PLAYBOOK);
  const medians = new Map<number, number>();
  console.log('pages  paragraphs    words  findings  median ms   words/s');
  for (const pages of PAGES) {
    const paragraphs = generateContract(pages);
    const words = countWords(paragraphs);
    const findings = analyzeDocument(paragraphs, { issueFor }).findings.length;
    const ms = timeOf(paragraphs, issueFor, runsFor(pages));
    medians.set(pages, ms);
    const rate = Math.round(words / (ms / 1000));
    console.log(
      `${String(pages).padStart(5)}  ${String(paragraphs.length).padStart(10)}  ${String(words).padStart(7)}  ${String(findings).padStart(8)}  ` +
        `${ms.toFixed(1).padStart(9)}  ${rate.toLocaleString('en-US').padStart(9)}`,
    );
  }
  const ms200 = medians.get(200) ?? Number.NaN;
  const ratio = (medians.get(800) ?? Number.NaN) / ms200;
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  console.log(`200 pages: ${ms200.toFixed(1)} ms (target <= ${TARGET_MS_200} ms) ${verdict(ms200 <= TARGET_MS_200)}`);
  console.log(`800/200 ratio: ${ratio.toFixed(2)} (target <= ${TARGET_RATIO}, linear is 4.0) ${verdict(ratio <= TARGET_RATIO)}`);
  console.log(`redline plans for every finding of the 200-page contract (preferred positions): ${planAll(issueFor)}`);
  const stress = [200, 800].map((pages) => timeOf(generateContract(pages, { repeatDefinitions: true }), issueFor, 5));
  console.log(
    `stress, definitions repeated in every copy (not a target): 200 pages ${stress[0]?.toFixed(1)} ms, ` +
      `800/200 ratio ${((stress[1] ?? Number.NaN) / (stress[0] ?? Number.NaN)).toFixed(2)}`,
  );
}

function planAll(issueFor: ReturnType<typeof issueResolver>): string {
  const paragraphs = generateContract(200);
  const analysis = analyzeDocument(paragraphs, { issueFor });
  const plan = () => {
    for (const finding of analysis.findings) {
      const position = issueById(DEFAULT_PLAYBOOK, finding.playbookIssue)?.positions[0];
      if (position) planRedline(finding, position, analysis, paragraphs);
    }
  };
  plan();
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const started = performance.now();
    plan();
    times.push(performance.now() - started);
  }
  return `${analysis.findings.length} plans in ${median(times).toFixed(1)} ms (median of 5)`;
}

function timeOf(paragraphs: readonly Paragraph[], issueFor: ReturnType<typeof issueResolver>, runs: number): number {
  analyzeDocument(paragraphs, { issueFor });
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    analyzeDocument(paragraphs, { issueFor });
    times.push(performance.now() - started);
  }
  return median(times);
}
