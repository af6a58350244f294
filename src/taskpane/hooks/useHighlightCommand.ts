// The highlight switch's command: adds highlight colour to the findings only on the lawyer's request, and takes it
// off again (restoring their own colours) through clearMarks. Reaches Word only through the injected host.
import { useCallback, type Dispatch } from 'react';
import type { Finding } from '../../engine/types';
import type { DocumentHost, HostCapabilities, HostError } from '../../host/documentHost';
import { useHost } from '../hostContext';
import { hostErrorNotice } from '../state/hostErrorNotice';
import type { PaneAction } from '../state/paneState';
import { unexpectedError } from '../state/unexpectedError';

export function useHighlightCommand(
  dispatch: Dispatch<PaneAction>,
  findings: readonly Finding[],
  capabilities: HostCapabilities,
): (on: boolean) => Promise<void> {
  const host = useHost();
  return useCallback(
    async (on: boolean) => {
      dispatch({ type: 'highlightRequested', on });
      try {
        const failure = on ? await highlight(host, findings, dispatch) : await unhighlight(host, findings, capabilities, dispatch);
        if (failure) {
          dispatch({ type: 'highlightFailed', on });
          dispatch({ type: 'noticeShown', notice: hostErrorNotice(failure, on ? 'The clauses could not be highlighted' : 'The highlights could not be removed') });
          return;
        }
        dispatch({ type: 'highlightSucceeded', on });
      } catch (error) {
        // Host methods return errors as values; a throw is a bug, shown rather than leaving the switch stuck.
        dispatch({ type: 'highlightFailed', on });
        dispatch({ type: 'noticeShown', notice: hostErrorNotice(unexpectedError(error, 'changing the highlights'), 'The highlights could not be changed') });
      }
    },
    [capabilities, dispatch, findings, host],
  );
}

async function highlight(host: DocumentHost, findings: readonly Finding[], dispatch: Dispatch<PaneAction>): Promise<HostError | undefined> {
  const marked = await host.markFindings(findings, { highlight: true });
  if (!marked.ok) return marked.error;
  const note = marked.value.note;
  if (note) {
    dispatch({ type: 'noticeShown', notice: { id: 'document:highlight-note', intent: 'info', title: 'Some clauses were not highlighted', message: note, nextStep: 'Use Go to clause in the list to find them.' } });
  }
  return undefined;
}

async function unhighlight(host: DocumentHost, findings: readonly Finding[], capabilities: HostCapabilities, dispatch: Dispatch<PaneAction>): Promise<HostError | undefined> {
  const cleared = await host.clearMarks();
  if (!cleared.ok) return cleared.error;
  // clearMarks also removes the non-destructive underlines; put them back so only the highlight goes away.
  if (capabilities.annotations && findings.length > 0) {
    const marked = await host.markFindings(findings);
    if (!marked.ok) dispatch({ type: 'noticeShown', notice: hostErrorNotice(marked.error, 'The clauses could not be underlined in the document') });
  }
  return undefined;
}
