// The production DocumentHost: the Word adapter over the real Office.js globals. Called by the task pane's
// composition root only, after Office.onReady.
import type { DocumentHost } from '../host/documentHost';
import { createWordHost } from './createWordHost';

export function createOfficeHost(): DocumentHost {
  return createWordHost({ Word, Office });
}
