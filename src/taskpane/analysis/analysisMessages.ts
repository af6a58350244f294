// The messages between the pane and its analysis worker: plain, structured-cloneable data only. Types only.
import type { Analysis, Paragraph, ReviewMode } from '../../engine/types';
import type { Playbook } from '../../playbook/schema';

export interface AnalysisRequest {
  readonly paragraphs: readonly Paragraph[];
  readonly playbook: Playbook;
  readonly mode: ReviewMode;
}

export type AnalysisResponse = { readonly ok: true; readonly analysis: Analysis } | { readonly ok: false; readonly message: string };
