// The error the simulator rejects a sync with, shaped like OfficeExtension.Error: a code, a message and debugInfo
// naming where it happened (errorLocation, e.g. "Paragraph.insertAnnotations"). Must not import the adapter.

/** Word.ErrorCodes, the common OfficeExtension codes and the ones Office.js raises itself (PropertyNotLoaded). */
export const SIM_ERROR_CODES = [
  'AccessDenied',
  'ApiNotFound',
  'GeneralException',
  'InvalidArgument',
  'ItemNotFound',
  'NotAllowed',
  'NotImplemented',
  'SearchDialogIsOpen',
  'SearchStringInvalidOrTooLong',
  'InvalidOrTimedOutSession',
  'Timeout',
  'ConnectionFailure',
  'PropertyNotLoaded',
] as const;

export type SimErrorCode = (typeof SIM_ERROR_CODES)[number];

export class SimOfficeError extends Error {
  readonly debugInfo: { readonly code: SimErrorCode; readonly message: string; readonly errorLocation?: string };

  constructor(
    readonly code: SimErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = 'OfficeExtension.Error';
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}
