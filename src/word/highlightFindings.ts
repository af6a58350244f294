// Highlighting, only when the user asks: remembers each clause's own highlight colour and puts it back exactly on
// clearing, with change tracking off meanwhile so no formatting revision is recorded. Clauses that already carry
// several colours are left alone (their colours could not be restored); long clauses are highlighted on their first
// 255 characters. Three syncs each way. Subset API only.
import type { Finding } from '../engine/types';
import type { HostResult, MarkOutcome } from '../host/documentHost';
import { failed, fromOfficeError, succeeded } from './hostErrors';
import { queueLocate, type PendingMatchRange } from './locateRange';
import type { RequestContextSubset, TrackingModeValue } from './officeApi';
import type { ReadParagraph } from './readParagraphs';
import { fittingSlice } from './searchText';

export const HIGHLIGHT_COLOUR = 'Yellow';

/** A highlighted stretch and the colour it had before (null: none). */
export interface HighlightRecord {
  readonly paragraph: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly previous: string | null;
}

type Stretch = { readonly paragraph: number; readonly text: string; readonly start: number; readonly end: number };

export async function highlightFindings(context: RequestContextSubset, findings: readonly Finding[], read: readonly ReadParagraph[], tracking: boolean): Promise<HostResult<{ outcome: MarkOutcome; records: HighlightRecord[] }>> {
  const stretches = findings.flatMap((f): Stretch[] => {
    const text = read[f.paragraph]?.paragraph.text;
    if (text === undefined || f.end <= f.start) return [];
    return [{ paragraph: f.paragraph, text, start: f.start, end: f.start + fittingSlice(text.slice(f.start, f.end), 'head').length }];
  });
  const result = await paint(context, stretches, () => HIGHLIGHT_COLOUR, tracking);
  if (!result.ok) return result;
  const records = result.value.flatMap((previous, i) => (previous === undefined ? [] : [{ ...stretches[i]!, previous }]));
  const skipped = stretches.length - records.length;
  const note = skipped > 0 ? `${skipped} clause(s) were not highlighted: they already carry several highlight colours or could not be found.` : undefined;
  return succeeded({ outcome: { method: 'highlight', marked: records.length, ...(note ? { note } : {}) }, records });
}

export async function restoreHighlights(context: RequestContextSubset, records: readonly HighlightRecord[], tracking: boolean): Promise<HostResult<void>> {
  const result = await paint(context, records, (i) => records[i]!.previous, tracking);
  return result.ok ? succeeded(undefined) : result;
}

/** Finds each stretch, reads its colour, then sets `colour(i)` with tracking off; returns each previous colour. */
async function paint(context: RequestContextSubset, stretches: readonly Stretch[], colour: (i: number) => string | null, tracking: boolean): Promise<HostResult<(string | null | undefined)[]>> {
  const document = tracking ? context.document.load('changeTrackingMode') : undefined;
  const paragraphs = context.document.body.paragraphs.load('items/style');
  await context.sync();
  const userMode: TrackingModeValue | undefined = document?.changeTrackingMode;
  const pending: (PendingMatchRange | undefined)[] = stretches.map((s) => {
    const paragraph = paragraphs.items[s.paragraph];
    return paragraph ? queueLocate(paragraph, s.text, s.start, s.end, 'items/text,items/font/highlightColor') : undefined;
  });
  await context.sync();
  const previous: (string | null | undefined)[] = [];
  try {
    if (document) document.changeTrackingMode = 'Off';
    pending.forEach((locate, i) => {
      const range = locate?.(false);
      const before = range?.font.highlightColor;
      // "" means several colours: one value could not put them back, so the stretch is left untouched.
      if (!range || before === undefined || before === '') {
        previous.push(undefined);
        return;
      }
      previous.push(before);
      range.font.highlightColor = colour(i);
    });
    if (document && userMode) document.changeTrackingMode = userMode;
    await context.sync();
  } catch (error) {
    if (document && userMode) {
      document.changeTrackingMode = userMode;
      await context.sync().catch(() => undefined);
    }
    return failed(fromOfficeError(error));
  }
  return succeeded(previous);
}
