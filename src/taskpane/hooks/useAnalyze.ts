// The Analyse command: read the document, let the progress paint, run the engine, then mark the findings without
// changing the document. Reaches Word only through the injected host.
import { useCallback, type Dispatch } from 'react';
import { analyzeDocument } from '../../engine/analyzeDocument';
import { issueResolver } from '../../playbook/issueFor';
import type { Playbook } from '../../playbook/schema';
import { useHost } from '../hostContext';
import { capabilityNotices, hostErrorNotice } from '../state/capabilityNotices';
import type { PaneAction } from '../state/paneState';

/** Resolves after the browser has had a chance to paint, so progress shows before the engine runs. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

export function useAnalyze(dispatch: Dispatch<PaneAction>, playbook: Playbook): () => Promise<void> {
  const host = useHost();
  return useCallback(async () => {
    dispatch({ type: 'analysisStarted' });
    await nextPaint();
    const capabilities = await host.capabilities();
    const read = await host.readDocument();
    if (!read.ok) {
      dispatch({ type: 'analysisFailed', error: read.error });
      return;
    }
    dispatch({ type: 'documentRead', paragraphCount: read.value.length });
    await nextPaint();
    const analysis = analyzeDocument(read.value, { issueFor: issueResolver(playbook) });
    dispatch({ type: 'analysisSucceeded', paragraphs: read.value, analysis, capabilities });
    for (const notice of capabilityNotices(capabilities)) dispatch({ type: 'noticeShown', notice });
    if (capabilities.annotations && analysis.findings.length > 0) {
      const marked = await host.markFindings(analysis.findings);
      if (!marked.ok) {
        dispatch({ type: 'noticeShown', notice: hostErrorNotice(marked.error, 'The clauses could not be underlined in the document') });
      }
    }
  }, [dispatch, host, playbook]);
}
