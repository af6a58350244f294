// Finds the fields in a paragraph (complex fields between w:fldChar begin and end, and w:fldSimple) and the text
// offsets their displayed results cover, so edits never cut into a result Word would recompute.
// Pure: must not import Office, the DOM globals, fs or Node.
import type { TextPiece } from './paragraphText';
import { childElements, getW, isW, type XmlElement, type XmlNode } from './xmlDom';

export interface FieldSpan {
  /** Every run of the field in document order: begin, code, separator, result and end for a complex field. */
  readonly runs: readonly XmlElement[];
  /** Offsets of the displayed result; `start === end` when the result shows no text. */
  readonly start: number;
  readonly end: number;
}

/** Runs that still show in the document, in order (runs inside deletions and text boxes are not the paragraph's). */
export function visibleRuns(paragraphs: readonly XmlElement[]): XmlElement[] {
  const runs: XmlElement[] = [];
  const visit = (node: XmlNode): void => {
    for (const child of childElements(node)) {
      if (isW(child, 'r')) runs.push(child);
      else if (!['del', 'moveFrom', 'pPr', 'txbxContent', 'sdtPr'].some((name) => isW(child, name))) visit(child);
    }
  };
  paragraphs.forEach(visit);
  return runs;
}

export function fieldSpans(paragraphs: readonly XmlElement[], pieces: readonly TextPiece[]): FieldSpan[] {
  const offsets = new Map<XmlElement, { start: number; end: number }>();
  for (const piece of pieces) {
    const known = offsets.get(piece.run);
    offsets.set(piece.run, { start: known?.start ?? piece.start, end: piece.end });
  }
  const spanOf = (runs: readonly XmlElement[], resultRuns: readonly XmlElement[]): FieldSpan => {
    // A loop, not Math.min(...list): a field result of 100,000 runs would overflow the call stack as arguments.
    let start = Infinity;
    let end = -Infinity;
    for (const run of resultRuns) {
      const offset = offsets.get(run);
      if (!offset) continue;
      start = Math.min(start, offset.start);
      end = Math.max(end, offset.end);
    }
    return start <= end ? { runs, start, end } : { runs, start: 0, end: 0 };
  };
  const spans: FieldSpan[] = [];
  const open: { runs: XmlElement[]; result: XmlElement[]; inResult: boolean }[] = [];
  const simple = new Map<XmlElement, XmlElement[]>();
  for (const run of visibleRuns(paragraphs)) {
    const mark = childElements(run).find((child) => isW(child, 'fldChar'));
    const type = mark ? getW(mark, 'fldCharType') : undefined;
    if (type === 'begin') open.push({ runs: [], result: [], inResult: false });
    for (const field of open) {
      field.runs.push(run);
      if (field.inResult && !type) field.result.push(run);
    }
    const innermost = open[open.length - 1];
    if (type === 'separate' && innermost) innermost.inResult = true;
    if (type === 'end' && innermost) {
      open.pop();
      spans.push(spanOf(innermost.runs, innermost.result));
    }
    const container = simpleFieldOf(run);
    if (!container) continue;
    // Appended in place: copying the list for every run made a long simple field quadratic.
    const known = simple.get(container);
    if (known) known.push(run);
    else simple.set(container, [run]);
  }
  for (const runs of simple.values()) spans.push(spanOf(runs, runs));
  return spans;
}

function simpleFieldOf(run: XmlElement): XmlElement | undefined {
  for (let node = run.parentNode; node && !isW(node, 'p'); node = node.parentNode) if (isW(node, 'fldSimple')) return node;
  return undefined;
}
