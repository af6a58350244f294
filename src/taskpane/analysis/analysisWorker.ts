// Runs the engine off the main thread so the pane stays responsive on long contracts. Receives plain paragraphs
// and the playbook, answers with the analysis or an error message. Must not import React, the host or Office.
import { analyzeDocument } from '../../engine/analyzeDocument';
import { issueResolver } from '../../playbook/issueFor';
import type { AnalysisRequest, AnalysisResponse } from './analysisMessages';

// The project compiles against the DOM library, not WebWorker, so the worker scope is typed by hand here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(message: AnalysisResponse): void;
};

scope.onmessage = (event) => {
  try {
    const { paragraphs, playbook, mode } = event.data;
    scope.postMessage({ ok: true, analysis: analyzeDocument(paragraphs, { issueFor: issueResolver(playbook), mode }) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
