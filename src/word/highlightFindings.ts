// Highlighting, only when the user asks: remembers each clause's own highlight colour and puts it back exactly on
// clearing, with change tracking off meanwhile so no formatting revision is recorded. Clauses that already carry
// several colours are left alone (their colours could not be restored); long clauses are highlighted on their first
// 255 characters. Three syncs each way. Subset API only.
import type { Finding } from '../engine/types';
import type { HostResult, MarkOutcome } from '../host/documentHost';
import { failed, fromOfficeError, succeeded } from './hostErrors';
import { queueLocate, type PendingPieces } from './locateRange';
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

export async function highlightFindings(
  context: RequestContextSubset,
  findings: readonly Finding[],
  read: readonly ReadParagraph[],
  tracking: boolean,
  platform: string,
): Promise<HostResult<{ outcome: MarkOutcome; records: HighlightRecord[] }>> {
  const stretches = findings.flatMap((f): Stretch[] => {
    const text = read[f.paragraph]?.paragraph.text;
    if (text === undefined || f.end <= f.start) return [];
    return [{ paragraph: f.paragraph, text, start: f.start, end: f.start + fittingSlice(text.slice(f.start, f.end), 'head').length }];
  });
  const result = await paint(context, stretches, read, () => HIGHLIGHT_COLOUR, tracking, platform);
  if (!result.ok) return result;
  const records = result.value.flatMap((previous, i) => (previous === undefined ? [] : [{ ...stretches[i]!, previous }]));
  const skipped = stretches.length - records.length;
  const note = skipped > 0 ? `${skipped} clause(s) were not highlighted: they already carry several highlight colours or could not be found.` : undefined;
  return succeeded({ outcome: { method: 'highlight', marked: records.length, ...(note ? { note } : {}) }, records });
}

export async function restoreHighlights(
  context: RequestContextSubset,
  records: readonly HighlightRecord[],
  read: readonly ReadParagraph[],
  tracking: boolean,
  platform: string,
): Promise<HostResult<void>> {
  const result = await paint(context, records, read, (i) => records[i]!.previous, tracking, platform);
  return result.ok ? succeeded(undefined) : result;
}

/** Finds each stretch, reads its colour, then sets `colour(i)` with tracking off; returns each previous colour. */
async function paint(
  context: RequestContextSubset,
  stretches: readonly Stretch[],
  read: readonly ReadParagraph[],
  colour: (i: number) => string | null,
  tracking: boolean,
  platform: string,
): Promise<HostResult<(string | null | undefined)[]>> {
  const document = tracking ? context.document.load('changeTrackingMode') : undefined;
  const paragraphs = context.document.body.paragraphs.load('items/style');
  await context.sync();
  const userMode: TrackingModeValue | undefined = document?.changeTrackingMode;
  const pending: (PendingPieces | undefined)[] = stretches.map((s) => {
    const paragraph = paragraphs.items[s.paragraph];
    const known = read[s.paragraph];
    // Offsets are the engine's; the paragraph must still read as the stretch's text for them to map onto Word's.
    if (!paragraph || !known || known.paragraph.text !== s.text) return undefined;
    const start = known.rawIndex[s.start] ?? s.start;
    const end = (known.rawIndex[s.end - 1] ?? s.end - 1) + 1;
    return queueLocate({ paragraph, raw: known.raw, ...(known.shown !== undefined ? { shown: known.shown } : {}) }, start, end, 'items/text,items/font/highlightColor');
  });
  await context.sync();
  const previous: (string | null | undefined)[] = [];
  try {
    if (document) document.changeTrackingMode = 'Off';
    pending.forEach((locate, i) => {
      const pieces = locate?.() ?? [];
      const colours = new Set(pieces.map((piece) => piece.font.highlightColor));
      const before = colours.size === 1 ? [...colours][0] : '';
      // "" means several colours: one value could not put them back, so the stretch is left untouched.
      if (pieces.length === 0 || before === undefined || before === '') {
        previous.push(undefined);
        return;
      }
      previous.push(before);
      for (const piece of pieces) piece.font.highlightColor = colour(i);
    });
    if (document && userMode) document.changeTrackingMode = userMode;
    await context.sync();
  } catch (error) {
    if (document && userMode) {
      document.changeTrackingMode = userMode;
      await context.sync().catch(() => undefined);
    }
    return failed(fromOfficeError(error, platform));
  }
  return succeeded(previous);
}
