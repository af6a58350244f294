// Turns an exception the host or engine should never throw into an error the pane can show with a next step.
// Pure: must not import React or Office.
import type { HostError } from '../../host/documentHost';

export function unexpectedError(error: unknown, doing: string): HostError {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    kind: 'unknown',
    message: `Something went wrong while ${doing} (${detail}). Your document was not changed by this step.`,
    nextStep: 'Try again; if it keeps happening, close and reopen the pane.',
  };
}
