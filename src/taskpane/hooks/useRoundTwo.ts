// Round two's commands: read the tracked changes already in the document (on its own after an analysis, from WordApi
// 1.4; on request below), accept, reject or counter one change, and go to it. After an answer the list is read again
// and the lawyer is told the findings need a new analysis. Reaches Word only through the injected host.
import { useCallback, useEffect, useState, type Dispatch } from 'react';
import type { HostError, RevisionCounter } from '../../host/documentHost';
import type { RevisedParagraph } from '../../negotiation/revisions';
import { useHost } from '../hostContext';
import type { RoundTwoItem } from '../roundTwo/roundTwoItems';
import { hostErrorNotice } from '../state/hostErrorNotice';
import type { PaneAction } from '../state/paneState';

export type RoundTwoPhase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading' }
  | { readonly kind: 'ready'; readonly revised: readonly RevisedParagraph[] }
  | { readonly kind: 'failed'; readonly error: HostError };

export type RoundTwoAnswer = 'accept' | 'reject' | 'counter';

export interface RoundTwoCommands {
  readonly phase: RoundTwoPhase;
  /** The item being answered, if any. */
  readonly busy: string | null;
  /** What was answered in this session, newest last ("Rejected: 2.1 …"). */
  readonly log: readonly string[];
  readonly read: () => Promise<void>;
  readonly answer: (item: RoundTwoItem, answer: RoundTwoAnswer, counter?: RevisionCounter) => Promise<void>;
  readonly goTo: (item: RoundTwoItem) => Promise<void>;
}

const DONE: Readonly<Record<RoundTwoAnswer, string>> = { accept: 'Accepted', reject: 'Rejected', counter: 'Countered' };

export function useRoundTwo(readOnOpen: boolean, dispatch: Dispatch<PaneAction>): RoundTwoCommands {
  const host = useHost();
  // Reading on its own starts as 'reading', so the pane never shows (and a fast click never hits) the on-request
  // button that would start a second read instead of opening the list.
  const [phase, setPhase] = useState<RoundTwoPhase>(readOnOpen ? { kind: 'reading' } : { kind: 'idle' });
  const [busy, setBusy] = useState<string | null>(null);
  const [log, setLog] = useState<readonly string[]>([]);
  const read = useCallback(async () => {
    setPhase({ kind: 'reading' });
    const result = await host.readRevisions();
    setPhase(result.ok ? { kind: 'ready', revised: result.value } : { kind: 'failed', error: result.error });
  }, [host]);
  useEffect(() => {
    if (readOnOpen) void read();
  }, [read, readOnOpen]);
  const answer = useCallback(
    async (item: RoundTwoItem, how: RoundTwoAnswer, counter?: RevisionCounter) => {
      setBusy(item.id);
      const result = await host.resolveRevisions(item.refs, how === 'accept' ? 'accept' : 'reject', counter);
      setBusy(null);
      if (!result.ok) {
        dispatch({ type: 'noticeShown', notice: hostErrorNotice(result.error, 'Their change was not answered') });
        return;
      }
      const what = item.pieces.map((piece) => `${piece.kind === 'delete' ? 'deleted' : 'inserted'} “${piece.text.trim()}”`).join(' and ');
      setLog((done) => [...done, `${DONE[how]}: ${item.clause}, ${item.author} ${what}.`]);
      dispatch({
        type: 'noticeShown',
        notice: {
          id: 'document:round-two',
          intent: 'info',
          title: 'The document changed',
          message: 'Answering their changes changed the text, so the findings above may be out of date.',
          nextStep: 'Analyse again when you have answered the changes; your decisions are kept.',
          action: 'reanalyze',
        },
      });
      await read();
    },
    [dispatch, host, read],
  );
  const goTo = useCallback(
    async (item: RoundTwoItem) => {
      const ref = item.refs[0];
      if (!ref) return;
      const result = await host.selectRevision(ref);
      if (!result.ok) dispatch({ type: 'noticeShown', notice: hostErrorNotice(result.error, 'The change could not be selected') });
    },
    [dispatch, host],
  );
  return { phase, busy, log, read, answer, goTo };
}
