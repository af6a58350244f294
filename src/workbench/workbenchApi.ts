// window.workbench: the small, stable API the e2e tests and benches drive the page through.
// load() accepts text (one paragraph a line), strings, or engine/simulator paragraphs.
import type { SimRunInput } from '../simulator';
import { fromEngineParagraphs, splitParagraphs, type WorkbenchParagraph } from './splitParagraphs';

/** Text, strings, or paragraphs; a paragraph with `runs` opens with those tracked changes (their redline). */
export type LoadInput = string | readonly (string | { text: string; isHeading?: boolean; isListItem?: boolean; inTable?: boolean; style?: string; runs?: readonly SimRunInput[] })[];

export interface WorkbenchApi {
  load(input: LoadInput): void;
  snapshot(): unknown;
  acceptAll(): void;
  rejectAll(): void;
  /** Closes and reopens the document: a fresh pane over the same file. */
  reopen(): void;
  /** The custom XML parts and settings saved in the document (where the decision record lives). */
  storedParts(): unknown;
}

export function toParagraphs(input: LoadInput): WorkbenchParagraph[] {
  if (typeof input === 'string') return splitParagraphs(input);
  return fromEngineParagraphs(input.map((item) => (typeof item === 'string' ? { text: item } : item)));
}

declare global {
  interface Window {
    workbench?: WorkbenchApi;
  }
}
