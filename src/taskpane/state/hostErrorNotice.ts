// A host error as a notice the lawyer can act on; a document changed since the analysis offers to analyse again.
// Pure: must not import React or Office.
import type { HostError } from '../../host/documentHost';
import type { Notice } from './paneState';

export function hostErrorNotice(error: HostError, title: string): Notice {
  return {
    id: `document:${error.kind}`,
    intent: error.kind === 'annotations-unlicensed' ? 'info' : 'error',
    title,
    message: error.message,
    nextStep: error.nextStep,
    ...(error.kind === 'document-changed' ? { action: 'reanalyze' as const } : {}),
  };
}
