// Keeps the decision record in the document: saves it after every decision the lawyer makes (never over a record
// this version cannot read), and removes it on request before the file goes out. Reaches Word only through the host.
import { useCallback, useEffect, useRef, type Dispatch } from 'react';
import { serializeDecisionRecord } from '../../negotiation/decisionRecord';
import { useHost } from '../hostContext';
import { hostErrorNotice } from '../state/hostErrorNotice';
import type { PaneAction, RecordState } from '../state/paneState';

export function useDecisionRecord(record: RecordState, dispatch: Dispatch<PaneAction>): { readonly remove: () => Promise<void> } {
  const host = useHost();
  const savedRevision = useRef(record.revision);
  useEffect(() => {
    if (record.revision === savedRevision.current) return;
    savedRevision.current = record.revision;
    if (!record.writable) return;
    void host.writeDecisionRecord(serializeDecisionRecord(record.decisions)).then((result) => {
      if (!result.ok) dispatch({ type: 'noticeShown', notice: hostErrorNotice(result.error, 'The decision was not saved in the document') });
    });
  }, [dispatch, host, record]);

  const remove = useCallback(async () => {
    const result = await host.removeDecisionRecord();
    if (!result.ok) {
      dispatch({ type: 'noticeShown', notice: hostErrorNotice(result.error, 'The decision record was not removed') });
      return;
    }
    dispatch({ type: 'recordRemoved' });
    dispatch({
      type: 'noticeShown',
      notice: {
        id: 'record:removed',
        intent: 'success',
        title: result.value ? 'Decision record removed' : 'There was no decision record in this document',
        message: 'The document no longer holds the statuses and reasons of this review. The pane still shows them until you close it.',
        nextStep: 'Any decision you make from now on is recorded again; remove the record once more just before sending.',
      },
    });
  }, [dispatch, host]);
  return { remove };
}
