// Finds a stretch of one paragraph in Word: a paragraph-scoped, escaped search of at most 255 characters, the k-th
// match when the words repeat, and for long stretches a search for its start and its end joined with expandTo.
// Queue now, resolve after the next sync. Written only against the officeApi subset.
import type { ParagraphSubset, RangeCollectionSubset, RangeSubset } from './officeApi';
import { escapeSearchText, fittingSlice, fitsSearch, occurrenceAt } from './searchText';

/** Resolves after the sync to the range, or undefined when it cannot be found with certainty. */
export type PendingRange = () => RangeSubset | undefined;

/** As PendingRange; `exact` says the paragraph has no tracked deletions, so a match's text can be compared. */
export type PendingMatchRange = (exact: boolean) => RangeSubset | undefined;

interface PendingMatch {
  readonly results: RangeCollectionSubset;
  readonly needle: string;
  readonly index: number;
  readonly total: number;
}

/** `text` is the paragraph as it now reads; a match's own text on the web also holds deleted text. */
export function queueLocate(paragraph: ParagraphSubset, text: string, start: number, end: number, properties = 'items/text'): PendingMatchRange {
  const wanted = text.slice(start, end);
  if (wanted.length === 0) return () => undefined;
  if (fitsSearch(wanted)) {
    const match = queueMatch(paragraph, text, wanted, start, properties);
    return (exact) => (match ? pick(match, exact) : undefined);
  }
  const head = fittingSlice(wanted, 'head');
  const tail = fittingSlice(wanted, 'tail');
  const first = queueMatch(paragraph, text, head, start, properties);
  const last = queueMatch(paragraph, text, tail, end - tail.length, properties);
  return (exact) => {
    const from = first ? pick(first, exact) : undefined;
    const to = last ? pick(last, exact) : undefined;
    return from && to ? from.expandTo(to) : undefined;
  };
}

function queueMatch(paragraph: ParagraphSubset, text: string, needle: string, at: number, properties: string): PendingMatch | undefined {
  const occurrence = occurrenceAt(text, needle, at);
  if (!occurrence) return undefined;
  const results = paragraph.search(escapeSearchText(needle), { matchCase: true }).load(properties);
  return { results, needle, index: occurrence.index, total: occurrence.total };
}

function pick(match: PendingMatch, exact: boolean): RangeSubset | undefined {
  // Word must see exactly the matches we counted; otherwise the k-th one may be a different place.
  if (match.results.items.length !== match.total) return undefined;
  const range = match.results.items[match.index];
  if (!range) return undefined;
  if (exact && range.text !== match.needle) return undefined;
  return range;
}
