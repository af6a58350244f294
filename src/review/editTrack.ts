// Keeps successive edits of one paragraph as regions of the original text, so several findings in one paragraph
// become one coherent redline whose marks sit only where the words changed. Pure: engine types and the word diff only.
import { applyOps } from '../engine/applyOps';
import { InvariantError, type RedlineOp } from '../engine/types';
import { similarityUpperBound, wordDiff } from './redline/wordDiff';

/** One changed region: original [start, end) now reads `text`. */
export interface Region {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The edit's own ops, in original offsets, when the region is one edit's alone (no later edit merged into it). */
  readonly ops?: readonly RedlineOp[];
}

/** Below this share of shared words a region is shown as a clean replacement rather than a patchwork of marks. */
const WORD_LEVEL_MIN_SIMILARITY = 0.5;
const SHORT_REGION_MIN_SIMILARITY = 0.2;

export class EditTrack {
  private regions: Region[] = [];

  constructor(readonly original: string) {}

  get current(): string {
    let out = '';
    let at = 0;
    for (const r of this.regions) {
      out += this.original.slice(at, r.start) + r.text;
      at = r.end;
    }
    return out + this.original.slice(at);
  }

  get changed(): readonly Region[] {
    return this.regions;
  }

  /** Whether [start, end) of the current text lies wholly inside text this review wrote (a replaced sentence). */
  writtenByUs(start: number, end: number): boolean {
    let shift = 0;
    for (const r of this.regions) {
      const curStart = r.start + shift;
      const curEnd = curStart + r.text.length;
      if (curStart <= start && end <= curEnd && r.text.length > 0) return true;
      shift += r.text.length - (r.end - r.start);
    }
    return false;
  }

  /**
   * Applies ops made against the current text. Each run of touching ops is its own region, applied from the end of
   * the text backwards so earlier offsets hold; a region that overlaps or touches an earlier one merges with it.
   */
  apply(ops: readonly RedlineOp[]): void {
    const at = (op: RedlineOp) => (op.kind === 'delete' ? op.start : op.at);
    const end = (op: RedlineOp) => (op.kind === 'delete' ? op.end : op.at);
    const clusters: RedlineOp[][] = [];
    for (const op of [...ops].sort((a, b) => at(a) - at(b))) {
      const last = clusters[clusters.length - 1];
      if (last && at(op) <= Math.max(...last.map(end))) last.push(op);
      else clusters.push([op]);
    }
    for (const cluster of clusters.reverse()) this.applyRun(cluster);
  }

  private applyRun(ops: readonly RedlineOp[]): void {
    if (ops.length === 0) return;
    const before = this.current;
    const after = applyOps(before, ops);
    let cs = Math.min(...ops.map((op) => (op.kind === 'delete' ? op.start : op.at)));
    let ce = Math.max(...ops.map((op) => (op.kind === 'delete' ? op.end : op.at)));
    const delta = after.length - before.length;
    // Walk the regions in current coordinates; any that touch the step's span join it.
    let shift = 0;
    let os: number | undefined;
    let oe: number | undefined;
    let merged = false;
    const kept: Region[] = [];
    for (const r of this.regions) {
      const curStart = r.start + shift;
      const curEnd = curStart + r.text.length;
      if (curEnd >= cs && curStart <= ce) {
        cs = Math.min(cs, curStart);
        ce = Math.max(ce, curEnd);
        os = Math.min(os ?? r.start, r.start);
        oe = Math.max(oe ?? r.end, r.end);
        merged = true;
      } else kept.push(r);
      shift += r.text.length - (r.end - r.start);
    }
    // Points of the span outside any region map back by the shift of the regions before them.
    const toOriginal = (at: number): number => {
      let s = 0;
      for (const r of this.regions) {
        const curStart = r.start + s;
        if (curStart >= at) break;
        s += r.text.length - (r.end - r.start);
      }
      return at - s;
    };
    const start = Math.min(os ?? Number.POSITIVE_INFINITY, toOriginal(cs));
    const end = Math.max(oe ?? Number.NEGATIVE_INFINITY, toOriginal(ce));
    // A region made by one edit keeps that edit's own marks: "metadata, {+and +}telemetry[-, and the content…-]".
    const shiftOps = (op: RedlineOp): RedlineOp => (op.kind === 'delete' ? { ...op, start: op.start - cs + start, end: op.end - cs + start } : { ...op, at: op.at - cs + start });
    const region: Region = { start, end, text: after.slice(cs, ce + delta), ...(merged ? {} : { ops: ops.map(shiftOps) }) };
    this.regions = [...kept, region].sort((a, b) => a.start - b.start);
    if (this.current !== after) throw new InvariantError('edit track out of step with the applied ops');
  }

  /** The redline of all edits against the original: word-level inside each region when most words survive. */
  ops(): RedlineOp[] {
    return this.regions.flatMap((r) => {
      const old = this.original.slice(r.start, r.end);
      if (old === r.text) return [];
      if (r.ops) return [...r.ops];
      // A short region (a list item struck, a word swapped) reads well as word marks even when little of it survives.
      const threshold = old.length + r.text.length < 300 ? SHORT_REGION_MIN_SIMILARITY : WORD_LEVEL_MIN_SIMILARITY;
      if (similarityUpperBound(old, r.text) >= threshold) {
        const diff = wordDiff(old, r.text, r.start);
        if (diff.similarity >= threshold) return [...diff.ops];
      }
      const ops: RedlineOp[] = [];
      if (old) ops.push({ kind: 'delete', start: r.start, end: r.end, text: old });
      if (r.text) ops.push({ kind: 'insert', at: r.end, text: r.text });
      return ops;
    });
  }
}
