// Turns Office.js failures into the typed HostErrors the pane shows, each with a next step: every Word.ErrorCodes
// value, the common OfficeExtension codes (sessions, time-outs, connections) and ApiNotFound. GeneralException says
// where it happened when Office does, and on Word on the web points at Viewing mode. Must not import the pane.
import type { HostError, HostErrorKind, HostResult } from '../host/documentHost';
import { officeErrorCode, officeErrorLocation } from './officeApi';

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

const TRY_AGAIN = 'Try again; if it keeps happening, close and reopen the pane.';

/** `platform` is the host's ("web", "windows"...): some failures mean something else on Word on the web. */
export function fromOfficeError(error: unknown, platform = 'unknown'): HostError {
  const code = officeErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const web = platform === 'web';
  switch (code) {
    case 'AccessDenied':
      return hostError(
        'read-only',
        'Word did not allow the change: the document is read-only or protected.',
        'Choose Enable Editing, or remove the protection under Review › Restrict Editing, then try again.',
      );
    case 'ApiNotFound':
      return hostError(
        'api-unsupported',
        `This version of Word lacks a feature the add-in needs (${detail}).`,
        'Update Word (Microsoft 365, or Office 2024 and later), or use the task-pane list and copy the clause by hand.',
      );
    case 'NotImplemented':
      return hostError(
        'api-unsupported',
        `This build of Word does not implement a feature it reports (${detail}).`,
        'Update Word to its latest build; meanwhile copy the clause from the card and paste it with Track Changes on.',
      );
    case 'NotAllowed':
      return hostError(
        'api-unsupported',
        `Word${web ? ' on the web' : ''} does not allow this here (${detail}).`,
        web
          ? 'Open the document in the Word desktop app (Editing › Open in Desktop App) and try again there.'
          : 'Check that the clause is not inside a locked content control or a protected region, then try again.',
      );
    case 'ItemNotFound':
      return hostError('not-found', 'The text could not be found in the document any more.', 'Press Analyse again.');
    case 'SearchDialogIsOpen':
      return hostError(
        'sync-failed',
        'Word cannot search the document while its Find and Replace dialog is open.',
        "Close Word's Find and Replace dialog, then try again.",
      );
    case 'SearchStringInvalidOrTooLong':
      return hostError(
        'not-found',
        'Word could not search for this clause (its wording is too long or has characters Word cannot search for).',
        'Select the clause by hand, or copy the position from the card.',
      );
    case 'InvalidArgument':
      return hostError(
        'sync-failed',
        `Word refused the request (${detail}).`,
        'Press Analyse again and retry; if it keeps happening, copy the clause from the card instead.',
      );
    case 'InvalidOrTimedOutSession':
    case 'Timeout':
    case 'ConnectionFailure':
      return hostError(
        'sync-failed',
        `The connection to Word was lost (${code}).`,
        web
          ? 'Reload the pane (close it and open it again from the Home tab); if Word was idle for a while, reload the document first.'
          : 'Close the pane and open it again from the Home tab.',
      );
    case 'GeneralException': {
      const where = officeErrorLocation(error);
      const at = where ? ` at ${where}` : '';
      return hostError(
        'sync-failed',
        `Word reported an error${at}: ${detail}`,
        web ? 'If the document is open for Viewing, switch to Editing (top right) and try again; otherwise reload the pane.' : TRY_AGAIN,
      );
    }
    case 'PropertyNotLoaded':
      return hostError(
        'unknown',
        `The add-in asked Word for something in the wrong order (${detail}); this is a fault in the add-in.`,
        'Close the pane and open it again; if it happens again, report it with the steps that led to it.',
      );
    case undefined:
      return hostError('unknown', `Something unexpected went wrong: ${detail}`, TRY_AGAIN);
    default:
      return hostError(
        'sync-failed',
        `Word reported an error (${code}): ${detail}`,
        'Try again. If Word is busy (saving, co-authoring), wait a moment first.',
      );
  }
}
