// An in-memory Word for tests, `npm run simulate` and the workbench: createSimulator() gives the `Word`/`Office`
// objects createWordHost needs, plus snapshots, accept/reject all, user edits, other authors' revisions, the markup
// view and failure injection. Must not import the adapter (src/word/createWordHost) or the pane.
import type { OfficeApiSubset, WordApiSubset } from '../word/officeApi';
import { currentText, newParagraph, toChars, type MarkupView, type SimParagraph, type SimPart, type SimState, type TrackingMode } from './model';
import { importOoxmlParagraph } from './importOoxml';
import { acceptAll, rejectAll, settle } from './revisions';
import { snapshotOf } from './snapshot';
import type { ApiLevel, SimFailure, SimSession } from './simContext';
import { simulatedOffice, simulatedWord } from './simDocument';
import { documentStore } from './simDocumentStore';
import type { SimSnapshot } from './snapshotTypes';

export type { ApiLevel, SimFailure } from './simContext';
export type { MarkupView, TrackingMode } from './model';
export type { SimSegment, SimSnapshot, SimSnapshotParagraph, SimSnapshotRevision } from './snapshotTypes';
export { SimOfficeError, SIM_ERROR_CODES, type SimErrorCode } from './simOfficeError';

/**
 * A stretch of text, optionally a pending revision by someone (an insertion later deleted has both), a footnote or
 * endnote reference (its text is the \x02 mark), a field result with its code, or hidden text.
 */
export interface SimRunInput {
  readonly text: string;
  readonly ins?: { readonly author: string; readonly date?: string };
  readonly del?: { readonly author: string; readonly date?: string };
  readonly note?: 'footnote' | 'endnote';
  readonly field?: string;
  readonly hidden?: boolean;
}

interface ParagraphLayout {
  readonly style?: string;
  readonly isListItem?: boolean;
  readonly inTable?: boolean;
}

export type SimParagraphInput =
  | string
  | (ParagraphLayout & { readonly text: string })
  | (ParagraphLayout & { readonly runs: readonly SimRunInput[] })
  /**
   * A w:p as Word writes it (or a flat-OPC package holding one), with its revisions, fields and properties; several
   * w:p (joined by a deleted paragraph mark) make one paragraph.
   */
  | (ParagraphLayout & { readonly ooxml: string });

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
  readonly markupView?: MarkupView;
  /** Methods that throw NotImplemented although isSetSupported claims their set, e.g. "Paragraph.getText". */
  readonly brokenApis?: readonly string[];
}

export interface Simulator {
  readonly api: { readonly Word: WordApiSubset; readonly Office: OfficeApiSubset };
  load(paragraphs: readonly SimParagraphInput[]): void;
  snapshot(): SimSnapshot;
  /** The document's text as it now reads (tracked deletions left out), one string per paragraph. */
  currentText(): string[];
  acceptAll(): void;
  rejectAll(): void;
  /** Rejects only the revisions with these ids (as Review › Reject does for a selection). */
  rejectRevisions(ids: ReadonlySet<number>): void;
  /** The user retypes a paragraph by hand (untracked), as happens between analysis and apply. */
  editParagraph(index: number, text: string): void;
  /** The user sets Review › Track Changes. */
  setTrackingMode(mode: TrackingMode): void;
  /** The user switches Review › Display for Review (and inline or balloons). */
  setMarkupView(view: MarkupView): void;
  failNextSync(message?: string): void;
  /** Fails a chosen call when a later batch runs; see SimFailure. */
  failAt(failure: SimFailure): void;
  subscribe(listener: () => void): () => void;
  resetSyncCount(): void;
  /** The base64 .docx packages opened with Application.createDocument, oldest first. */
  createdDocuments(): readonly string[];
  /** The document's custom XML parts and saved settings, as stored in the file. */
  storedParts(): { readonly customXml: readonly string[]; readonly settings: Readonly<Record<string, unknown>> };
  /** Closes and reopens the file: text, revisions, comments, custom XML and settings stay; on-screen marks and the selection go. */
  reopen(): void;
}

export function createSimulator(options: SimulatorOptions): Simulator {
  const listeners = new Set<() => void>();
  const state: SimState = {
    paragraphs: [],
    trackingMode: options.trackingMode ?? 'Off',
    comments: [],
    selection: undefined,
    nextAnnotationId: 0,
    nextRevisionId: 0,
    formatRevisions: 0,
    createdDocuments: [],
  };
  let markupView: MarkupView = options.markupView ?? 'simple';
  const session: SimSession = {
    state,
    config: {
      apiLevel: options.apiLevel ?? '1.7',
      annotationsLicensed: options.annotationsLicensed ?? true,
      readOnly: options.readOnly ?? false,
      user: options.user ?? 'Simulated User',
      now: options.now ?? (() => new Date('2026-01-15T09:00:00Z')),
      get markupView() {
        return markupView;
      },
      brokenApis: new Set(options.brokenApis ?? []),
    },
    syncs: 0,
    failNext: undefined,
    failures: [],
    changed: () => listeners.forEach((listener) => listener()),
  };
  const load = (paragraphs: readonly SimParagraphInput[]): void => {
    state.paragraphs = paragraphs.map((input) => toParagraph(input, state));
    state.comments = [];
    state.selection = undefined;
    // Another file: none of the last one's custom XML or settings.
    Object.assign(documentStore(state), { parts: [], settings: new Map() });
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
    rejectRevisions: (ids) => mutate(() => settle(state, (revision) => ids.has(revision.id), 'reject')),
    editParagraph: (index, text) =>
      mutate(() => {
        const paragraph = state.paragraphs[index];
        if (!paragraph) throw new RangeError(`The simulated document has no paragraph ${index}.`);
        paragraph.chars = toChars(text);
        // Retyping replaces every character, so the annotations on the old text go with it.
        paragraph.annotations = [];
      }),
    setTrackingMode: (mode) => mutate(() => (state.trackingMode = mode)),
    setMarkupView: (view) => mutate(() => (markupView = view)),
    failNextSync: (message = 'Simulated failure: the connection to Word was lost.') => {
      session.failNext = message;
    },
    failAt: (failure) => {
      session.failures.push({ rule: failure, seen: 0 });
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    resetSyncCount: () => {
      session.syncs = 0;
    },
    createdDocuments: () => [...state.createdDocuments],
    storedParts: () => {
      const store = documentStore(state);
      return { customXml: store.parts.map((part) => part.xml), settings: Object.fromEntries(store.settings) };
    },
    reopen: () =>
      mutate(() => {
        for (const paragraph of state.paragraphs) paragraph.annotations = [];
        state.selection = undefined;
      }),
  };
}

const DEFAULT_DATE = '2026-01-10T12:00:00Z';

function toParagraph(input: SimParagraphInput, state: SimState): SimParagraph {
  if (typeof input === 'string') return newParagraph(input);
  const base = newParagraph('', input.style, input.isListItem, input.inTable);
  const issue = { next: () => (state.nextRevisionId += 1) };
  if ('text' in input) return newParagraph(input.text, input.style, input.isListItem, input.inTable);
  if ('ooxml' in input) {
    const wrapped = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${input.ooxml}</w:body></w:document>`;
    const xml = input.ooxml.includes('<w:body') ? input.ooxml : wrapped;
    // Several w:p read as one paragraph when a deleted paragraph mark joins them.
    const paragraph = importOoxmlParagraph(xml, base, issue);
    if (!paragraph) throw new RangeError('The OOXML given for a simulated paragraph holds no w:p.');
    return { ...paragraph, ...layoutOf(input) };
  }
  let fields = 0;
  // Consecutive runs with the same author (and date) share one revision, as Word merges adjacent ones.
  let last: { key: string; revision: SimParagraph['markIns'] }[] = [];
  for (const run of input.runs) {
    const revisionFor = (type: 'insert' | 'delete', by: SimRunInput['ins']) => {
      if (!by) return undefined;
      const key = `${type}:${by.author}:${by.date ?? DEFAULT_DATE}`;
      const known = last.find((entry) => entry.key === key);
      if (known) return known.revision;
      const revision = { id: issue.next(), type, author: by.author, date: by.date ?? DEFAULT_DATE };
      last.push({ key, revision });
      return revision;
    };
    const ins = revisionFor('insert', run.ins);
    const del = revisionFor('delete', run.del);
    last = last.filter((entry) => entry.revision === ins || entry.revision === del);
    const part = partOf(run, () => (fields += 1));
    const text = run.note ? '\u0002' : run.text;
    base.chars.push(...toChars(text, ins).map((char) => ({ ...char, ...(del ? { del } : {}), ...(part ? { part } : {}), ...(run.hidden ? { hidden: true } : {}) })));
  }
  return base;
}

function partOf(run: SimRunInput, nextField: () => number): SimPart | undefined {
  if (run.note) return { kind: 'note-reference', note: run.note };
  if (run.field !== undefined) return { kind: 'field-result', field: nextField(), code: run.field };
  return undefined;
}

function layoutOf(input: ParagraphLayout): Partial<SimParagraph> {
  return {
    ...(input.style !== undefined ? { style: input.style } : {}),
    ...(input.isListItem !== undefined ? { isListItem: input.isListItem } : {}),
    ...(input.inTable !== undefined ? { inTable: input.inTable } : {}),
  };
}
