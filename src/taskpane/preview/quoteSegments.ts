// Splits a finding's quote into plain and emphasised runs from its evidence offsets, so trigger words can be
// shown in bold with React elements (never HTML strings). Pure: must not import React or Office.
import type { Finding } from '../../engine/types';

export interface QuoteSegment {
  readonly text: string;
  readonly emphasised: boolean;
}

export function quoteSegments(finding: Pick<Finding, 'quote' | 'start' | 'end' | 'evidence'>): QuoteSegment[] {
  const length = finding.quote.length;
  const marked = new Array<boolean>(length).fill(false);
  for (const signal of finding.evidence) {
    // Evidence is paragraph-relative; clip it to the quote so a signal just outside it cannot misplace emphasis.
    const from = Math.max(0, signal.start - finding.start);
    const to = Math.min(length, signal.end - finding.start);
    for (let i = from; i < to; i += 1) marked[i] = true;
  }
  const segments: QuoteSegment[] = [];
  let runStart = 0;
  for (let i = 1; i <= length; i += 1) {
    if (i === length || marked[i] !== marked[runStart]) {
      segments.push({ text: finding.quote.slice(runStart, i), emphasised: marked[runStart] === true });
      runStart = i;
    }
  }
  return segments;
}
