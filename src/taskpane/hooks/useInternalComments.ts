// "Remove internal comments": deletes every comment that starts with "[Internal]" and nothing else, before the file
// goes out, and says how many went. Reaches Word only through the injected host.
import { useCallback, type Dispatch } from 'react';
import { useHost } from '../hostContext';
import { hostErrorNotice } from '../state/hostErrorNotice';
import type { PaneAction } from '../state/paneState';

export function useInternalComments(dispatch: Dispatch<PaneAction>): () => Promise<void> {
  const host = useHost();
  return useCallback(async () => {
    const result = await host.removeInternalComments();
    if (!result.ok) {
      dispatch({ type: 'noticeShown', notice: hostErrorNotice(result.error, 'The internal comments were not removed') });
      return;
    }
    const count = result.value;
    dispatch({
      type: 'noticeShown',
      notice: {
        id: 'comments:internal',
        intent: 'success',
        title: count === 0 ? 'There were no internal comments' : `${count} internal comment${count === 1 ? '' : 's'} removed`,
        message: 'Only comments that start with [Internal] were deleted; the tracked changes, external comments and other people\'s comments are as they were.',
      },
    });
  }, [dispatch, host]);
}
