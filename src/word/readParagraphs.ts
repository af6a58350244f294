// Reads every paragraph's text as it now reads (tracked deletions left out where the API allows), its style and
// list/table flags, in two syncs whatever the length. The `text` property, read alongside, shows where Word's markers
// (note references, field marks) stand, which getText leaves out, and any deleted text the markup view shows. The
// engine gets the text with markers stripped and line breaks as spaces, with an offset map kept for the way back.
// Written only against the officeApi subset.
import type { Paragraph } from '../engine/types';
import type { ClientResultSubset, RequestContextSubset } from './officeApi';
import { stripMarkers, withMarkers } from './paragraphText';

export { stripMarkers } from './paragraphText';

/** A paragraph as Word returned it and as the engine sees it (markers removed). */
export interface ReadParagraph {
  /** What the text source itself returned, to tell later whether the paragraph still reads the same. */
  readonly reported: string;
  /** The text as it now reads with Word's markers in place: what locating and critique offsets count. */
  readonly raw: string;
  /** The `text` property, where it differs from `raw` (deleted text shown by the view, or markers). */
  readonly shown?: string;
  readonly paragraph: Paragraph;
  /** rawIndex[i] is where the engine's offset i lies in `raw` (one extra entry for the end). */
  readonly rawIndex: readonly number[];
}

export type TextSource = 'getText' | 'reviewed' | 'text';

export function textSourceFor(apiLevel: number): TextSource {
  if (apiLevel >= 1.7) return 'getText';
  if (apiLevel >= 1.4) return 'reviewed';
  // Below WordApi 1.4 there is no way to leave tracked deletions out: their text is read as if still present.
  return 'text';
}

/** The text as it now reads, as `source` gives it (queued; read `.value` after the sync). */
export function queueCurrentText(
  paragraph: { getText(): ClientResultSubset<string>; getReviewedText(version: 'Current'): ClientResultSubset<string> },
  source: Exclude<TextSource, 'text'>,
): ClientResultSubset<string> {
  return source === 'getText' ? paragraph.getText() : paragraph.getReviewedText('Current');
}

export async function readParagraphs(context: RequestContextSubset, source: TextSource): Promise<ReadParagraph[]> {
  const paragraphs = context.document.body.paragraphs.load('items/style,items/isListItem,items/tableNestingLevel,items/text');
  await context.sync();
  let texts: (() => string)[];
  if (source === 'text') {
    texts = paragraphs.items.map((p) => () => p.text);
  } else {
    const results = paragraphs.items.map((p) => queueCurrentText(p, source));
    await context.sync();
    texts = results.map((r) => () => r.value);
  }
  return paragraphs.items.map((p, i) => {
    const reported = texts[i]!();
    const shown = p.text;
    return toReadParagraph(reported, source === 'text' ? undefined : shown, { style: p.style, isListItem: p.isListItem, inTable: p.tableNestingLevel > 0 });
  });
}

export function toReadParagraph(
  reported: string,
  shown: string | undefined,
  layout: { style: string; isListItem: boolean; inTable: boolean },
): ReadParagraph {
  const raw = shown === undefined ? reported : (withMarkers(reported, shown) ?? reported);
  const { text, rawIndex } = stripMarkers(raw);
  const paragraph: Paragraph = { text, style: layout.style, isListItem: layout.isListItem, inTable: layout.inTable, isHeading: /^(heading|title)/i.test(layout.style) };
  return { reported, raw, ...(shown !== undefined && shown !== raw ? { shown } : {}), paragraph, rawIndex };
}
