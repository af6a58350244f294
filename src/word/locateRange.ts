// Finds a stretch of one paragraph in Word, whatever the markup view: paragraph-scoped, escaped searches of at most
// 255 characters, never across a marker (the stretch is cut into its plain-text pieces), the k-th match when words
// repeat. Word's search either skips tracked deletions or sees them, depending on a view no API reveals (office-js
// #6246, #5874), so where a stretch has deleted text inside, a needle for each reading is queued; the reading whose
// match counts Word confirms picks the match, and the match's own text is checked. Queue now, resolve after the next
// sync. Written only against the officeApi subset.
import { embedding, isMarker } from './paragraphText';
import type { ParagraphSubset, RangeCollectionSubset, RangeSubset } from './officeApi';
import { escapeSearchText, fittingSlice, fitsSearch, occurrenceAt } from './searchText';

/** A stretch as Word ranges: one per plain-text piece, in order. Undefined when it cannot be found for certain. */
export type PendingPieces = () => readonly RangeSubset[] | undefined;

/** The paragraph as the adapter knows it. */
export interface LocateText {
  readonly paragraph: ParagraphSubset;
  /** The text as it now reads, Word's markers in place. */
  readonly raw: string;
  /** The text with deleted text in place too (as `text` showed it, or getText with deletions), when it differs. */
  readonly shown?: string;
}

interface Reading {
  readonly count: number;
  /** Which match is the wanted one; undefined when the wanted place does not exist in this reading. */
  readonly index: number | undefined;
}

/** One search, with what Word should return if search skips deleted text and if it sees it (when the shown text is known). */
interface Candidate {
  readonly needle: string;
  readonly results: RangeCollectionSubset;
  readonly skipping: Reading;
  readonly seeing: Reading | undefined;
  /** The needle's place with the deleted text inside, as a match's `text` shows it where the view shows deletions. */
  readonly shownText: string | undefined;
}

/** A stretch of at most 255 characters of one piece, searched one way or both ways. */
type Slice = readonly Candidate[];

type ReadingName = 'skipping' | 'seeing';

/** Queues the searches for raw[start, end) and returns how to read the answer after the sync. */
export function queueLocate(target: LocateText, start: number, end: number, properties = 'items/text'): PendingPieces {
  const pieces = plainPieces(target.raw, start, end);
  if (pieces.length === 0) return () => undefined;
  const layout = target.shown !== undefined && target.shown !== target.raw ? embedding(target.raw, target.shown) : undefined;
  const queued: Slice[][] = [];
  for (const piece of pieces) {
    const text = target.raw.slice(piece.start, piece.end);
    const head = fittingSlice(text, 'head');
    const tail = fittingSlice(text, 'tail');
    const places = fitsSearch(text) ? [{ at: piece.start, needle: text }] : [{ at: piece.start, needle: head }, { at: piece.end - tail.length, needle: tail }];
    const slices = places.map(({ at, needle }) => queueSlice(target, layout, at, needle, properties));
    if (slices.some((slice) => slice.length === 0)) return () => undefined;
    queued.push(slices);
  }
  return () => {
    const ranges: RangeSubset[] = [];
    for (const slices of queued) {
      const found = resolvePiece(slices);
      if (!found) return undefined;
      const first = found[0]!;
      const last = found[found.length - 1]!;
      ranges.push(first === last ? first : first.expandTo(last));
    }
    return ranges;
  };
}

/** The stretch cut at Word's markers, which no search can match across. */
function plainPieces(raw: string, start: number, end: number): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i <= end; i += 1) {
    if (i < end && !isMarker(raw.charCodeAt(i))) continue;
    if (i > from) pieces.push({ start: from, end: i });
    from = i + 1;
  }
  return pieces;
}

type Layout = NonNullable<ReturnType<typeof embedding>>;

/** The place of raw[start, end) in the shown text, if every way of lining the two up agrees on it. */
function certainSpan(layout: Layout, start: number, end: number): { start: number; end: number } | undefined {
  const first = layout.left[start];
  const last = layout.left[end - 1];
  if (first === undefined || last === undefined || first !== layout.right[start] || last !== layout.right[end - 1]) return undefined;
  return { start: first, end: last + 1 };
}

/** One or two searches for the needle raw[at, at + needle.length): as the text now reads, and as shown with deletions. */
function queueSlice(target: LocateText, layout: Layout | undefined, at: number, needle: string, properties: string): Slice {
  const { raw, shown, paragraph } = target;
  const inRaw = occurrenceAt(raw, needle, at);
  if (!inRaw) return [];
  const search = (text: string): RangeCollectionSubset => paragraph.search(escapeSearchText(text), { matchCase: true }).load(properties);
  const skipping: Reading = { count: inRaw.total, index: inRaw.index };
  if (!layout || shown === undefined) return [{ needle, results: search(needle), skipping, seeing: undefined, shownText: undefined }];
  const span = certainSpan(layout, at, at + needle.length);
  const shownNeedle = span ? shown.slice(span.start, span.end) : undefined;
  const inShown = (text: string, from: number | undefined): Reading => ({
    count: countOf(shown, text),
    index: from === undefined ? undefined : occurrenceAt(shown, text, from)?.index,
  });
  if (shownNeedle === undefined || shownNeedle === needle) {
    // No deleted text inside (or its place is unsure): one needle, its place read both ways.
    return [{ needle, results: search(needle), skipping, seeing: inShown(needle, shownNeedle === needle ? span!.start : undefined), shownText: shownNeedle }];
  }
  // Deleted text inside: the needle as it now reads matches there only where search skips deletions, the shown one
  // only where search sees them; each is predicted both ways so Word's counts tell which reading holds.
  return [
    { needle, results: search(needle), skipping, seeing: inShown(needle, undefined), shownText: shownNeedle },
    {
      needle: shownNeedle,
      results: search(shownNeedle),
      skipping: { count: countOf(raw, shownNeedle), index: undefined },
      seeing: inShown(shownNeedle, span!.start),
      shownText: shownNeedle,
    },
  ];
}

function countOf(text: string, needle: string): number {
  let total = 0;
  for (let from = text.indexOf(needle); from >= 0; from = text.indexOf(needle, from + needle.length)) total += 1;
  return total;
}

/** Each slice's match, if the readings of the text that agree with every count Word returned agree on the matches. */
function resolvePiece(slices: readonly Slice[]): RangeSubset[] | undefined {
  const all = slices.flat();
  const fits = (reading: ReadingName): boolean => all.every((c) => c[reading] !== undefined && c[reading]!.count === c.results.items.length);
  const choose = (reading: ReadingName): { candidate: Candidate; index: number }[] | undefined => {
    const picks = slices.map((slice) => slice.filter((c) => c[reading]?.index !== undefined));
    if (picks.some((placed) => placed.length !== 1)) return undefined;
    return picks.map((placed) => ({ candidate: placed[0]!, index: placed[0]![reading]!.index! }));
  };
  const choices = (['skipping', 'seeing'] as const).filter(fits).map(choose);
  if (choices.length === 0 || choices.some((choice) => choice === undefined)) return undefined;
  const [first, second] = choices as { candidate: Candidate; index: number }[][];
  if (second && second.some((pick, i) => pick.candidate !== first![i]!.candidate || pick.index !== first![i]!.index)) return undefined;
  const ranges: RangeSubset[] = [];
  for (const { candidate, index } of first!) {
    const range = candidate.results.items[index];
    // A match shows its own text, with the deleted text inside where the view shows deletions.
    if (!range || (range.text !== candidate.needle && range.text !== candidate.shownText)) return undefined;
    ranges.push(range);
  }
  return ranges;
}
