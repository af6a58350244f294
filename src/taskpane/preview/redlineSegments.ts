// Turns a redline plan into the runs the preview shows (unchanged, inserted, deleted), trimmed to the changed part
// of the paragraph with a little context. Pure: must not import React or Office.
import type { RedlinePlan } from '../../engine/types';

export type RedlineSegment =
  | { readonly kind: 'same'; readonly text: string }
  | { readonly kind: 'insert'; readonly text: string }
  | { readonly kind: 'delete'; readonly text: string }
  | { readonly kind: 'elided' };

/** Characters of unchanged text kept on each side of the changes. */
export const CONTEXT_CHARS = 60;

export function redlineSegments(plan: RedlinePlan, context = CONTEXT_CHARS): RedlineSegment[] {
  const text = plan.originalText;
  const segments: RedlineSegment[] = [];
  let cursor = 0;
  const pushSame = (from: number, to: number) => {
    if (to > from) segments.push({ kind: 'same', text: text.slice(from, to) });
  };
  for (const op of plan.ops) {
    const at = op.kind === 'delete' ? op.start : op.at;
    pushSame(cursor, at);
    if (op.kind === 'delete') {
      segments.push({ kind: 'delete', text: op.text });
      cursor = op.end;
    } else {
      segments.push({ kind: 'insert', text: op.text });
      cursor = at;
    }
  }
  pushSame(cursor, text.length);
  return plan.ops.length > 0 ? trimContext(segments, context) : segments;
}

function trimContext(segments: RedlineSegment[], context: number): RedlineSegment[] {
  const result = [...segments];
  const first = result[0];
  if (first?.kind === 'same' && first.text.length > context) {
    result.splice(0, 1, { kind: 'elided' }, { kind: 'same', text: first.text.slice(wordStartFrom(first.text, first.text.length - context)) });
  }
  const last = result[result.length - 1];
  if (last?.kind === 'same' && last.text.length > context) {
    result.splice(result.length - 1, 1, { kind: 'same', text: last.text.slice(0, wordEndBefore(last.text, context)) }, { kind: 'elided' });
  }
  return result;
}

/** Moves a cut forward to the next word boundary, so the preview never starts with half a word. */
function wordStartFrom(text: string, cut: number): number {
  if (/\s/.test(text[cut - 1] ?? ' ')) return cut;
  const space = text.slice(cut).search(/\s/);
  return space < 0 ? cut : cut + space;
}

/** Moves a cut back to the previous word boundary, so the preview never ends with half a word. */
function wordEndBefore(text: string, cut: number): number {
  if (/\s/.test(text[cut] ?? ' ')) return cut;
  const space = text.slice(0, cut).search(/\s\S*$/);
  return space < 0 ? cut : space + 1;
}
