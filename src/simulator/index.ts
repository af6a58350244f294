// An in-memory Word for tests, `npm run simulate` and the workbench: createSimulator() gives the `Word`/`Office`
// objects createWordHost needs, plus snapshots, accept/reject all, user edits and failure injection.
// Must not import the adapter (src/word/createWordHost) or the pane.
import type { OfficeApiSubset, WordApiSubset } from '../word/officeApi';
import { acceptAll, currentText, newParagraph, rejectAll, spanOf, toChars, type SimChar, type SimParagraph, type SimState, type TrackingMode } from './model';
import type { ApiLevel, SimSession } from './simContext';
import { simulatedOffice, simulatedWord } from './simDocument';

export type { ApiLevel } from './simContext';
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

export interface SimSegment {
  readonly text: string;
  readonly kind: 'normal' | 'inserted' | 'deleted';
  readonly author?: string;
  readonly highlight?: string;
  /** Colour of a critique annotation over this text. */
  readonly mark?: string;
}

export interface SimSnapshot {
  readonly paragraphs: readonly { readonly text: string; readonly style: string; readonly isListItem: boolean; readonly inTable: boolean; readonly insertedMark: boolean; readonly segments: readonly SimSegment[] }[];
  readonly revisions: readonly { readonly type: 'insert' | 'delete'; readonly text: string; readonly author: string; readonly date: string; readonly paragraph: number }[];
  /** Formatting changes Word would have recorded as revisions (highlight set while tracking was on). */
  readonly formatRevisions: number;
  readonly comments: readonly { readonly text: string; readonly author: string; readonly paragraph: number; readonly quote: string }[];
  /** Offsets count the paragraph's text as it now reads (tracked deletions left out). */
  readonly marks: readonly { readonly kind: 'annotation' | 'highlight'; readonly paragraph: number; readonly start: number; readonly end: number; readonly color: string }[];
  readonly syncs: number;
  readonly trackingMode: TrackingMode;
  readonly selection: { readonly paragraph: number; readonly start: number; readonly end: number } | undefined;
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

function snapshotOf(state: SimState, syncs: number): SimSnapshot {
  const indexOf = (paragraph: SimParagraph): number => state.paragraphs.indexOf(paragraph);
  const revisions: SimSnapshot['revisions'][number][] = [];
  const marks: SimSnapshot['marks'][number][] = [];
  const paragraphs = state.paragraphs.map((paragraph, index) => {
    for (const group of groupBy(paragraph.chars, (c) => c.rev)) {
      const rev = group.key;
      if (rev) revisions.push({ type: rev.type, text: group.text, author: rev.author, date: rev.date, paragraph: index });
    }
    // Marks and the selection count only the text as it now reads, like the critique offsets Word takes.
    let offset = 0;
    for (const group of groupBy(paragraph.chars.filter((c) => c.rev?.type !== 'delete'), (c) => c.highlight)) {
      if (group.key !== null) marks.push({ kind: 'highlight', paragraph: index, start: offset, end: offset + group.text.length, color: group.key });
      offset += group.text.length;
    }
    for (const a of paragraph.annotations) marks.push({ kind: 'annotation', paragraph: index, start: a.start, end: a.start + a.length, color: a.color });
    return {
      text: currentText(paragraph.chars),
      style: paragraph.style,
      isListItem: paragraph.isListItem,
      inTable: paragraph.inTable,
      insertedMark: paragraph.markRev?.type === 'insert',
      segments: segmentsOf(paragraph),
    };
  });
  const comments = state.comments.map((c) => ({ text: c.text, author: c.author, paragraph: indexOf(c.paragraph), quote: c.chars.map((ch) => ch.ch).join('') }));
  const selected = state.selection ? visibleSpan(state.selection.paragraph, state.selection.chars) : undefined;
  const selection = state.selection && selected ? { paragraph: indexOf(state.selection.paragraph), ...selected } : undefined;
  return { paragraphs, revisions, formatRevisions: state.formatRevisions, comments, marks, syncs, trackingMode: state.trackingMode, selection };
}

function visibleSpan(paragraph: SimParagraph, chars: readonly SimChar[]): { start: number; end: number } | undefined {
  const span = spanOf(paragraph, chars);
  if (!span) return undefined;
  const visibleBefore = (index: number): number => paragraph.chars.slice(0, index).filter((c) => c.rev?.type !== 'delete').length;
  return { start: visibleBefore(span.start), end: visibleBefore(span.end) };
}

function segmentsOf(paragraph: SimParagraph): SimSegment[] {
  const annotationAt = (i: number): string | undefined => paragraph.annotations.find((a) => i >= a.start && i < a.start + a.length)?.color;
  // Annotation offsets count the text as it now reads, so deleted characters take the index of the next visible one.
  let visible = 0;
  const marksOf = paragraph.chars.map((c) => (c.rev?.type === 'delete' ? undefined : annotationAt(visible++)));
  const groups = groupBy(paragraph.chars, (c, i) => `${c.rev?.type ?? ''}|${c.rev?.author ?? ''}|${c.highlight ?? ''}|${marksOf[i] ?? ''}`);
  return groups.map((group) => {
    const first = group.chars[0]!;
    const mark = marksOf[group.start];
    return {
      text: group.text,
      kind: first.rev?.type === 'insert' ? 'inserted' : first.rev?.type === 'delete' ? 'deleted' : 'normal',
      ...(first.rev ? { author: first.rev.author } : {}),
      ...(first.highlight !== null ? { highlight: first.highlight } : {}),
      ...(mark ? { mark } : {}),
    };
  });
}

/** Consecutive characters sharing a key, with their text. */
function groupBy<K>(chars: readonly SimChar[], keyOf: (char: SimChar, index: number) => K): { key: K; chars: SimChar[]; start: number; text: string }[] {
  const groups: { key: K; chars: SimChar[]; start: number; text: string }[] = [];
  chars.forEach((char, index) => {
    const key = keyOf(char, index);
    const last = groups[groups.length - 1];
    if (last && last.key === key) {
      last.chars.push(char);
      last.text += char.ch;
    } else groups.push({ key, chars: [char], start: index, text: char.ch });
  });
  return groups;
}
