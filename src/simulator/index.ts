// An in-memory Word for tests, `npm run simulate` and the workbench: createSimulator() gives the `Word`/`Office`
// objects createWordHost needs, plus snapshots, accept/reject all, user edits and failure injection.
// Must not import the adapter (src/word/createWordHost) or the pane.
import type { OfficeApiSubset, WordApiSubset } from '../word/officeApi';
import { acceptAll, currentText, newParagraph, rejectAll, toChars, type SimState, type TrackingMode } from './model';
import { snapshotOf } from './snapshot';
import type { ApiLevel, SimSession } from './simContext';
import { simulatedOffice, simulatedWord } from './simDocument';

export type { ApiLevel } from './simContext';
export type { SimSegment, SimSnapshot } from './snapshotTypes';
import type { SimSnapshot } from './snapshotTypes';
export { SimOfficeError } from './simOfficeError';

export type SimParagraphInput = string | { readonly text: string; readonly style?: string; readonly isListItem?: boolean; readonly inTable?: boolean };

export interface SimulatorOptions {
  readonly paragraphs: readonly SimParagraphInput[];
  readonly apiLevel?: ApiLevel;
  readonly annotationsLicensed?: boolean;
  readonly readOnly?: boolean;
  readonly platform?: 'web' | 'windows' | 'mac';
  readonly user?: string;
  /** Clock for revision dates; fixed by default so snapshots repeat. */
  readonly now?: () => Date;
  readonly trackingMode?: TrackingMode;
}

export interface Simulator {
  readonly api: { readonly Word: WordApiSubset; readonly Office: OfficeApiSubset };
  load(paragraphs: readonly SimParagraphInput[]): void;
  snapshot(): SimSnapshot;
  /** The document's text as it now reads (tracked deletions left out), one string per paragraph. */
  currentText(): string[];
  acceptAll(): void;
  rejectAll(): void;
  /** The user retypes a paragraph by hand (untracked), as happens between analysis and apply. */
  editParagraph(index: number, text: string): void;
  /** The user sets Review › Track Changes. */
  setTrackingMode(mode: TrackingMode): void;
  failNextSync(message?: string): void;
  subscribe(listener: () => void): () => void;
  resetSyncCount(): void;
  /** The base64 .docx packages opened with Application.createDocument, oldest first. */
  createdDocuments(): readonly string[];
}

export function createSimulator(options: SimulatorOptions): Simulator {
  const listeners = new Set<() => void>();
  const state: SimState = { paragraphs: [], trackingMode: options.trackingMode ?? 'Off', comments: [], selection: undefined, nextAnnotationId: 0, formatRevisions: 0, createdDocuments: [] };
  const session: SimSession = {
    state,
    config: {
      apiLevel: options.apiLevel ?? '1.7',
      annotationsLicensed: options.annotationsLicensed ?? true,
      readOnly: options.readOnly ?? false,
      user: options.user ?? 'Simulated User',
      now: options.now ?? (() => new Date('2026-01-15T09:00:00Z')),
    },
    syncs: 0,
    failNext: undefined,
    changed: () => listeners.forEach((listener) => listener()),
  };
  const load = (paragraphs: readonly SimParagraphInput[]): void => {
    state.paragraphs = paragraphs.map((p) => (typeof p === 'string' ? newParagraph(p) : newParagraph(p.text, p.style, p.isListItem, p.inTable)));
    state.comments = [];
    state.selection = undefined;
    session.changed();
  };
  load(options.paragraphs);
  const mutate = (change: () => void): void => {
    change();
    session.changed();
  };
  return {
    api: { Word: simulatedWord(session), Office: simulatedOffice(session, options.platform ?? 'windows') },
    load,
    snapshot: () => snapshotOf(state, session.syncs),
    currentText: () => state.paragraphs.map((p) => currentText(p.chars)),
    acceptAll: () => mutate(() => acceptAll(state)),
    rejectAll: () => mutate(() => rejectAll(state)),
    editParagraph: (index, text) =>
      mutate(() => {
        const paragraph = state.paragraphs[index];
        if (!paragraph) throw new RangeError(`The simulated document has no paragraph ${index}.`);
        paragraph.chars = toChars(text);
        // Retyping replaces every character, so the annotations on the old text go with it.
        paragraph.annotations = [];
      }),
    setTrackingMode: (mode) => mutate(() => (state.trackingMode = mode)),
    failNextSync: (message = 'Simulated failure: the connection to Word was lost.') => {
      session.failNext = message;
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    resetSyncCount: () => {
      session.syncs = 0;
    },
    createdDocuments: () => [...state.createdDocuments],
  };
}
