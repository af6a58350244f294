// The text of a simulator snapshot as if revisions were accepted or rejected, without touching the simulator (so one
// run can report both). With `only`, just those revisions are settled and the rest read as they now do (deletions
// out, insertions in). Must agree with acceptAll/rejectAll; a test checks that it does.
import type { SimSegment, SimSnapshot } from './snapshotTypes';

export function reviewedText(snapshot: SimSnapshot, view: 'accepted' | 'rejected', only?: ReadonlySet<number>): string[] {
  const chosen = (id: number | undefined): boolean => id !== undefined && (only === undefined || only.has(id));
  const kept = (segment: SimSegment): boolean => {
    // Accepting leaves out deleted text whichever revisions are chosen: unchosen deletions still read as deleted.
    if (view === 'accepted') return segment.deletion === undefined;
    if (chosen(segment.insertion)) return false;
    return segment.deletion === undefined || chosen(segment.deletion);
  };
  const out: string[] = [];
  for (const paragraph of snapshot.paragraphs) {
    const text = paragraph.segments.filter(kept).map((s) => s.text).join('');
    // Rejecting an inserted paragraph mark joins what is left of the paragraph onto the one before.
    if (view === 'rejected' && chosen(paragraph.markInsertion) && out.length > 0) out[out.length - 1] += text;
    else out.push(text);
  }
  return out;
}
