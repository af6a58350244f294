// Word adapter cost on a generated 200-page contract in the simulator: syncs and time for reading, marking every
// finding and applying every preferred redline and missing clause in one action, with comments. Budgets (issue 3):
// 2 / 2 / 3 syncs, and one more for the comments, which go in their own sync (issue 10).
import { performance } from 'node:perf_hooks';
import { analyzeDocument } from '../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../src/playbook/defaultPlaybook';
import { issueResolver } from '../src/playbook/issueFor';
import { plansFor } from '../src/cli/simulate';
import { createSimulator } from '../src/simulator';
import { createWordHost } from '../src/word/createWordHost';
import { countWords, generateContract } from './generateContract';

const PAGES = 200;
const BUDGET = { read: 2, mark: 2, apply: 4 } as const;

export default async function bench(): Promise<void> {
  const paragraphs = generateContract(PAGES);
  const simulator = createSimulator({ paragraphs: paragraphs.map((p) => ({ text: p.text, style: p.isHeading ? 'Heading 1' : 'Normal' })) });
  const host = createWordHost(simulator.api);
  const step = async <T>(name: keyof typeof BUDGET, action: () => Promise<T>): Promise<{ value: T; line: string }> => {
    simulator.resetSyncCount();
    const started = performance.now();
    const value = await action();
    const ms = performance.now() - started;
    const syncs = simulator.snapshot().syncs;
    const verdict = syncs <= BUDGET[name] ? 'ok' : 'OVER BUDGET';
    return { value, line: `${name.padEnd(6)} ${String(syncs).padStart(5)} ${String(BUDGET[name]).padStart(6)} ${ms.toFixed(1).padStart(9)}  ${verdict}` };
  };
  console.log(`${PAGES} pages, ${paragraphs.length} paragraphs, ${countWords(paragraphs)} words (simulator, WordApi 1.7)`);
  console.log('step   syncs budget        ms');
  const read = await step('read', () => host.readDocument());
  console.log(read.line);
  if (!read.value.ok) throw new Error(`read failed: ${read.value.error.message}`);
  const analysis = analyzeDocument(read.value.value, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
  const mark = await step('mark', () => host.markFindings(analysis.findings));
  console.log(`${mark.line}  (${analysis.findings.length} findings)`);
  const { plans } = plansFor(analysis, read.value.value, 'preferred');
  const apply = await step('apply', () => host.applyPlans(plans, { comment: 'internal' }));
  const applied = apply.value.ok ? `${apply.value.value.filter((o) => o.verified).length}/${plans.length} plans verified` : `failed: ${apply.value.error.message}`;
  console.log(`${apply.line}  (${applied})`);
}
