// The text of a simulator snapshot as if every revision were accepted or rejected, without touching the simulator
// (so one run can report both). Must agree with acceptAll/rejectAll; a test checks that it does.
import type { SimSnapshot } from './index';

export function reviewedText(snapshot: SimSnapshot, view: 'accepted' | 'rejected'): string[] {
  const dropped = view === 'accepted' ? 'deleted' : 'inserted';
  const out: string[] = [];
  for (const paragraph of snapshot.paragraphs) {
    const text = paragraph.segments.filter((s) => s.kind !== dropped).map((s) => s.text).join('');
    // Rejecting an inserted paragraph mark joins what is left of the paragraph onto the one before.
    if (view === 'rejected' && paragraph.insertedMark && out.length > 0) out[out.length - 1] += text;
    else out.push(text);
  }
  return out;
}
