// Reads every paragraph's text as it now reads (tracked deletions left out where the API allows), its style and
// list/table flags, in at most two syncs whatever the length. Word's marker characters are stripped with an offset
// map kept for the way back. Written only against the officeApi subset.
import type { Paragraph } from '../engine/types';
import type { ClientResultSubset, RequestContextSubset } from './officeApi';

/** A paragraph as Word returned it and as the engine sees it (markers removed). */
export interface ReadParagraph {
  readonly raw: string;
  readonly paragraph: Paragraph;
  /** rawIndex[i] is where the engine's offset i lies in `raw` (one extra entry for the end). */
  readonly rawIndex: readonly number[];
}

export type TextSource = 'getText' | 'reviewed' | 'text';

/** Footnote/endnote references (\x02), field and content-control marks and other C0 controls but the tab. */
function isMarker(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
}

export function stripMarkers(raw: string): { text: string; rawIndex: number[] } {
  let text = '';
  const rawIndex: number[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    if (isMarker(raw.charCodeAt(i))) continue;
    rawIndex.push(i);
    text += raw[i];
  }
  rawIndex.push(raw.length);
  return { text, rawIndex };
}

export function textSourceFor(apiLevel: number): TextSource {
  if (apiLevel >= 1.7) return 'getText';
  if (apiLevel >= 1.4) return 'reviewed';
  // Below WordApi 1.4 there is no way to leave tracked deletions out: their text is read as if still present.
  return 'text';
}

export async function readParagraphs(context: RequestContextSubset, source: TextSource): Promise<ReadParagraph[]> {
  const paragraphs = context.document.body.paragraphs.load(`items/style,items/isListItem,items/tableNestingLevel${source === 'text' ? ',items/text' : ''}`);
  await context.sync();
  let texts: (() => string)[];
  if (source === 'text') {
    texts = paragraphs.items.map((p) => () => p.text);
  } else {
    const results: ClientResultSubset<string>[] = paragraphs.items.map((p) => (source === 'getText' ? p.getText() : p.getReviewedText('Current')));
    await context.sync();
    texts = results.map((r) => () => r.value);
  }
  return paragraphs.items.map((p, i) => {
    const raw = texts[i]!();
    const { text, rawIndex } = stripMarkers(raw);
    const style = p.style;
    const paragraph: Paragraph = {
      text,
      style,
      isListItem: p.isListItem,
      inTable: p.tableNestingLevel > 0,
      isHeading: /^(heading|title)/i.test(style),
    };
    return { raw, paragraph, rawIndex };
  });
}
