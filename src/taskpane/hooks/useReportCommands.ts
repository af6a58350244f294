// Report commands: copy the issues table, export CSV, open a summary memo as a new document where Word allows.
// Everything stays on this machine. Reaches Word only through the injected host.
import { useCallback, type Dispatch } from 'react';
import type { Analysis } from '../../engine/types';
import { copyToClipboard } from '../browser/clipboard';
import { downloadText } from '../browser/download';
import { useHost } from '../hostContext';
import { issueRows, type RowContext } from '../report/issueRows';
import { issuesCsv } from '../report/issuesCsv';
import { issuesTableHtml, issuesTableText } from '../report/issuesTable';
import { summaryMemo } from '../report/summaryMemo';
import { hostErrorNotice } from '../state/hostErrorNotice';
import type { ItemStatus, PaneAction } from '../state/paneState';

export interface ReportCommands {
  readonly copy: () => Promise<void>;
  readonly exportCsv: () => void;
  readonly openMemo: () => Promise<void>;
}

export function useReportCommands(
  dispatch: Dispatch<PaneAction>,
  analysis: Analysis,
  items: Readonly<Record<string, ItemStatus>>,
  context: RowContext,
): ReportCommands {
  const host = useHost();
  const copy = useCallback(async () => {
    const rows = issueRows(analysis, items, context);
    const copied = await copyToClipboard(issuesTableText(rows), issuesTableHtml(rows));
    dispatch({
      type: 'noticeShown',
      notice: copied
        ? { id: 'report:copy', intent: 'success', title: 'Issues copied', message: `${rows.length} rows are on the clipboard as a table.`, nextStep: 'Paste into an email, Word or Excel.' }
        : { id: 'report:copy', intent: 'warning', title: 'The clipboard is blocked here', message: 'This Office window did not allow copying.', nextStep: 'Use Export CSV instead and open the file in Excel.' },
    });
  }, [analysis, context, dispatch, items]);
  const exportCsv = useCallback(() => {
    downloadText('ai-data-terms-issues.csv', 'text/csv;charset=utf-8', issuesCsv(issueRows(analysis, items, context)));
  }, [analysis, context, items]);
  const openMemo = useCallback(async () => {
    const result = await host.createDocument(summaryMemo(analysis, items, context));
    if (!result.ok) dispatch({ type: 'noticeShown', notice: hostErrorNotice(result.error, 'The summary memo could not be opened') });
  }, [analysis, context, dispatch, host, items]);
  return { copy, exportCsv, openMemo };
}
