// The analysis runs in a Web Worker when there is one, falls back to this thread when the worker cannot start, and
// reports an engine failure inside the worker instead of silently retrying. Uses a scripted stand-in for Worker.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { InvariantError, type Analysis } from '../../src/engine/types';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import type { AnalysisResponse } from '../../src/taskpane/analysis/analysisMessages';
import { runAnalysis } from '../../src/taskpane/analysis/runAnalysis';
import { SAMPLE_PARAGRAPHS } from './fixtures/sampleParagraphs';

const PARAGRAPHS = SAMPLE_PARAGRAPHS.map((text) => ({ text }));
const onThisThread = analyzeDocument(PARAGRAPHS, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });

type Script = 'answer' | 'fail-in-engine' | 'error-event' | 'cannot-construct';

function installWorker(script: Script, answer?: Analysis): { terminated: number; requests: unknown[] } {
  const log = { terminated: 0, requests: [] as unknown[] };
  class ScriptedWorker {
    onmessage: ((event: { data: AnalysisResponse }) => void) | null = null;
    onerror: ((event: { message: string }) => void) | null = null;
    onmessageerror: (() => void) | null = null;
    constructor(url: URL) {
      if (script === 'cannot-construct') throw new Error(`blocked: ${url.href}`);
    }
    postMessage(request: unknown) {
      log.requests.push(request);
      setTimeout(() => {
        if (script === 'error-event') this.onerror?.({ message: 'script failed to load' });
        else if (script === 'fail-in-engine') this.onmessage?.({ data: { ok: false, message: 'paragraph 3 broke a rule' } });
        else this.onmessage?.({ data: { ok: true, analysis: answer ?? onThisThread } });
      }, 0);
    }
    terminate() {
      log.terminated += 1;
    }
  }
  Object.defineProperty(globalThis, 'Worker', { configurable: true, value: ScriptedWorker });
  return log;
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'Worker');
});

describe('runAnalysis', () => {
  it('uses the worker and returns its answer, then ends the worker', async () => {
    const marker: Analysis = { ...onThisThread, findings: [] };
    const log = installWorker('answer', marker);
    await expect(runAnalysis(PARAGRAPHS, DEFAULT_PLAYBOOK)).resolves.toBe(marker);
    expect(log.requests).toEqual([{ paragraphs: PARAGRAPHS, playbook: DEFAULT_PLAYBOOK, mode: 'customer' }]);
    expect(log.terminated).toBe(1);
  });

  it.each([
    ['cannot be constructed', 'cannot-construct'],
    ['fails to load its script', 'error-event'],
  ] as const)('falls back to this thread when the worker %s', async (_case, script) => {
    installWorker(script);
    await expect(runAnalysis(PARAGRAPHS, DEFAULT_PLAYBOOK)).resolves.toEqual(onThisThread);
  });

  it('reports an engine failure inside the worker as a broken invariant', async () => {
    installWorker('fail-in-engine');
    await expect(runAnalysis(PARAGRAPHS, DEFAULT_PLAYBOOK)).rejects.toThrow(InvariantError);
  });

  it('runs on this thread where there is no Worker at all', async () => {
    await expect(runAnalysis(PARAGRAPHS, DEFAULT_PLAYBOOK)).resolves.toEqual(onThisThread);
  });
});
