// The Analyse command: read the document, let the progress paint, run the engine (in a worker where possible), read
// the decision record (first analysis only: later ones keep this session's decisions), then mark the findings without
// changing the document. Reaches Word only through the injected host.
import { useCallback, type Dispatch } from 'react';
import type { ReviewMode } from '../../engine/types';
import type { DocumentHost, HostError } from '../../host/documentHost';
import type { Playbook } from '../../playbook/schema';
import { runAnalysis } from '../analysis/runAnalysis';
import { useHost } from '../hostContext';
import { readRecordText, type RecordRead } from '../decisions/paneDecisions';
import { capabilityNotices } from '../state/capabilityNotices';
import { hostErrorNotice } from '../state/hostErrorNotice';
import type { PaneAction } from '../state/paneState';
import { unexpectedError } from '../state/unexpectedError';

/** Resolves after the browser has had a chance to paint, so progress shows before the engine runs. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    // A hidden webview may never fire animation frames, so a short timer guarantees the analysis still goes on.
    const fallback = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame === 'function') {
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(fallback);
          resolve();
        }, 0),
      );
    }
  });
}

/** What to analyse with: the review mode and its playbook. A switch of mode passes the new ones before they render. */
export interface AnalyzeWith {
  readonly playbook: Playbook;
  readonly mode: ReviewMode;
}

/** `recordLoaded`: the decision record was read by an earlier analysis; later ones keep this session's decisions. */
export function useAnalyze(dispatch: Dispatch<PaneAction>, current: AnalyzeWith, recordLoaded: boolean): (override?: AnalyzeWith) => Promise<void> {
  const host = useHost();
  const { playbook, mode } = current;
  return useCallback(
    async (override?: AnalyzeWith) => {
      dispatch({ type: 'analysisStarted' });
      try {
        await analyze(host, dispatch, override ?? { playbook, mode }, recordLoaded);
      } catch (error) {
        // Host methods return errors as values; a throw here is a bug or a broken chunk load, shown rather than hung.
        fail(dispatch, unexpectedError(error, 'analysing the document'));
      }
    },
    [dispatch, host, playbook, mode, recordLoaded],
  );
}

async function analyze(host: DocumentHost, dispatch: Dispatch<PaneAction>, { playbook, mode }: AnalyzeWith, recordLoaded: boolean): Promise<void> {
  await nextPaint();
  const capabilities = await host.capabilities();
  const read = await host.readDocument();
  if (!read.ok) {
    fail(dispatch, read.error);
    return;
  }
  dispatch({ type: 'documentRead', paragraphCount: read.value.length });
  await nextPaint();
  const analysis = await runAnalysis(read.value, playbook, mode);
  const record = recordLoaded ? { decisions: [], writable: true } : await readRecord(host);
  dispatch({ type: 'analysisSucceeded', paragraphs: read.value, analysis, capabilities, record });
  if (record.problem) {
    dispatch({
      type: 'noticeShown',
      notice: { id: 'document:record', intent: 'warning', title: 'The decision record could not be used', message: record.problem, nextStep: 'Settings › Remove the decision record starts a new one.' },
    });
  }
  for (const notice of capabilityNotices(capabilities)) dispatch({ type: 'noticeShown', notice });
  if (capabilities.annotations && analysis.findings.length > 0) {
    const marked = await host.markFindings(analysis.findings);
    if (!marked.ok) {
      dispatch({ type: 'noticeShown', notice: hostErrorNotice(marked.error, 'The clauses could not be underlined in the document') });
    }
  }
}

async function readRecord(host: DocumentHost): Promise<RecordRead> {
  const read = await host.readDecisionRecord();
  if (read.ok) return readRecordText(read.value);
  // Unread is not the same as empty: never overwrite a record that could not be read.
  return { decisions: [], writable: false, problem: `The decision record could not be read (${read.error.message}), so this session's decisions are not saved in the document.` };
}

function fail(dispatch: Dispatch<PaneAction>, error: HostError): void {
  dispatch({ type: 'analysisFailed', error });
  dispatch({ type: 'noticeShown', notice: hostErrorNotice(error, 'The document could not be analysed') });
}
