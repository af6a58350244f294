// Turns Office.js failures into the typed HostErrors the pane shows, each with a next step. Must not import the pane.
import type { HostError, HostErrorKind, HostResult } from '../host/documentHost';
import { officeErrorCode } from './officeApi';

export function hostError(kind: HostErrorKind, message: string, nextStep: string): HostError {
  return { kind, message, nextStep };
}

export function failed<T>(error: HostError): HostResult<T> {
  return { ok: false, error };
}

export function succeeded<T>(value: T): HostResult<T> {
  return { ok: true, value };
}

export const DOCUMENT_CHANGED = hostError(
  'document-changed',
  'The document has changed since it was analysed, so the redline no longer fits the text. Nothing was changed.',
  'Press Analyse again, then insert the redline.',
);

export function fromOfficeError(error: unknown): HostError {
  const code = officeErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'AccessDenied':
      return hostError('read-only', 'Word did not allow the change: the document is read-only or protected.', 'Choose Enable Editing (or remove the protection), then try again.');
    case 'ApiNotFound':
      return hostError('api-unsupported', `This version of Word lacks a feature the add-in needs (${detail}).`, 'Update Word (Microsoft 365, or Office 2024 and later), or use the task-pane list and copy the clause by hand.');
    case 'ItemNotFound':
      return hostError('not-found', 'The text could not be found in the document any more.', 'Press Analyse again.');
    case undefined:
      return hostError('unknown', `Something unexpected went wrong: ${detail}`, 'Try again; if it keeps happening, close and reopen the pane.');
    default:
      return hostError('sync-failed', `Word reported an error (${code}): ${detail}`, 'Try again. If Word is busy (saving, co-authoring), wait a moment first.');
  }
}
