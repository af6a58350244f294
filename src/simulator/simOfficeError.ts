// The error the simulator rejects a sync with, shaped like OfficeExtension.Error (a code and a message).
// Must not import the adapter.
export type SimErrorCode = 'PropertyNotLoaded' | 'InvalidArgument' | 'ApiNotFound' | 'GeneralException' | 'AccessDenied' | 'ItemNotFound';

export class SimOfficeError extends Error {
  constructor(
    readonly code: SimErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'OfficeExtension.Error';
  }
}
