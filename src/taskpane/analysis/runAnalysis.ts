// Runs the engine in a Web Worker where the browser allows it, so a 200-page contract does not freeze the pane,
// and on the main thread otherwise (tests, or a webview that refuses workers). Must not name Office or Word.
import type { Analysis, Paragraph, ReviewMode } from '../../engine/types';
import { InvariantError } from '../../engine/types';
import { issueResolver } from '../../playbook/issueFor';
import type { Playbook } from '../../playbook/schema';
import type { AnalysisRequest, AnalysisResponse } from './analysisMessages';

export async function runAnalysis(paragraphs: readonly Paragraph[], playbook: Playbook, mode: ReviewMode = 'customer'): Promise<Analysis> {
  if (typeof Worker === 'function') {
    const answer = await inWorker({ paragraphs, playbook, mode }).catch(() => null);
    if (answer?.ok) return answer.analysis;
    // The engine itself failed in the worker: the same input would fail here too, so say so rather than retry.
    if (answer && !answer.ok) throw new InvariantError(`the analysis failed: ${answer.message}`);
  }
  // No worker (or it could not start): run on this thread; the caller has already let the progress paint.
  const { analyzeDocument } = await import('../../engine/analyzeDocument');
  return analyzeDocument(paragraphs, { issueFor: issueResolver(playbook), mode });
}

function inWorker(request: AnalysisRequest): Promise<AnalysisResponse> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./analysisWorker.ts', import.meta.url));
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      finish();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the analysis worker could not start'));
    };
    worker.onmessageerror = () => {
      finish();
      reject(new Error('the analysis worker sent a message that could not be read'));
    };
    worker.postMessage(request);
  });
}
