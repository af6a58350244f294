// How Word's tracked changes behave in the simulator: deleting text while tracking (an author's own pending insertion
// vanishes, anyone else's becomes inserted-then-deleted, existing deletions stay as they are), accepting and rejecting
// one revision or all of them, and the revisions of a paragraph as runs. Must not import the adapter or the pane.
import { pruneAnnotations, type SimChar, type SimParagraph, type SimRevision, type SimState } from './model';

/**
 * Deletes characters. Untracked (`revision` undefined), they go, whatever revisions they carry. Tracked, each becomes
 * a deletion by the revision's author, except that the author's own pending insertion simply vanishes (as in Word)
 * and text someone already deleted keeps its deletion.
 */
export function deleteChars(paragraph: SimParagraph, chars: readonly SimChar[], revision: SimRevision | undefined): void {
  const doomed = new Set<SimChar>();
  for (const char of chars) {
    if (!revision || (char.ins?.author === revision.author && !char.del)) doomed.add(char);
    else if (!char.del) char.del = revision;
  }
  if (doomed.size > 0) paragraph.chars = paragraph.chars.filter((c) => !doomed.has(c));
  pruneAnnotations(paragraph);
}

export function acceptAll(state: SimState): void {
  settle(state, () => true, 'accept');
  // Formatting revisions are counted, not modelled as runs, so only settling every revision clears them.
  state.formatRevisions = 0;
}

export function rejectAll(state: SimState): void {
  settle(state, () => true, 'reject');
  state.formatRevisions = 0;
}

/** Accepts or rejects the revisions `chosen` picks, leaving every other revision as it is. */
export function settle(state: SimState, chosen: (revision: SimRevision) => boolean, how: 'accept' | 'reject'): void {
  const kept: SimParagraph[] = [];
  for (const paragraph of state.paragraphs) {
    paragraph.chars = paragraph.chars.filter((char) => {
      // Accepting a deletion or rejecting an insertion removes the text; the other two just drop the revision.
      const goes = how === 'accept' ? char.del && chosen(char.del) : char.ins && chosen(char.ins);
      if (goes) return false;
      if (how === 'accept' && char.ins && chosen(char.ins)) delete char.ins;
      if (how === 'reject' && char.del && chosen(char.del)) delete char.del;
      return true;
    });
    const markGoes = how === 'reject' && paragraph.markIns && chosen(paragraph.markIns);
    if (how === 'accept' && paragraph.markIns && chosen(paragraph.markIns)) delete paragraph.markIns;
    const previous = kept[kept.length - 1];
    if (markGoes && previous) {
      // Rejecting an inserted paragraph mark joins what is left of the paragraph onto the one before.
      previous.chars.push(...paragraph.chars);
      previous.annotations.push(...paragraph.annotations);
      continue;
    }
    if (markGoes) delete paragraph.markIns;
    kept.push(paragraph);
  }
  for (const paragraph of kept) pruneAnnotations(paragraph);
  state.paragraphs = kept;
}

/** One tracked change as Word lists it: a run of characters of one paragraph sharing one revision. */
export interface RevisionRun {
  readonly revision: SimRevision;
  readonly paragraph: SimParagraph;
  readonly chars: readonly SimChar[];
  /** The run covers the paragraph's inserted mark (an inserted paragraph). */
  readonly mark: boolean;
}

/** The paragraph's revisions in document order; inserted-then-deleted text is in one insertion and one deletion. */
export function revisionRuns(paragraph: SimParagraph): RevisionRun[] {
  const runs: RevisionRun[] = [];
  const open = new Map<'ins' | 'del', { revision: SimRevision; chars: SimChar[] }>();
  const close = (kind: 'ins' | 'del'): void => {
    const run = open.get(kind);
    if (run) runs.push({ revision: run.revision, paragraph, chars: run.chars, mark: false });
    open.delete(kind);
  };
  for (const char of paragraph.chars) {
    for (const kind of ['ins', 'del'] as const) {
      const revision = char[kind];
      const run = open.get(kind);
      if (run && run.revision === revision) {
        run.chars.push(char);
        continue;
      }
      close(kind);
      if (revision) open.set(kind, { revision, chars: [char] });
    }
  }
  const mark = paragraph.markIns;
  const tail = open.get('ins');
  if (mark && tail?.revision === mark) {
    open.delete('ins');
    close('del');
    runs.push({ revision: mark, paragraph, chars: tail.chars, mark: true });
  } else {
    close('ins');
    close('del');
    if (mark) runs.push({ revision: mark, paragraph, chars: [], mark: true });
  }
  return runs.sort((a, b) => firstIndex(paragraph, a) - firstIndex(paragraph, b));
}

function firstIndex(paragraph: SimParagraph, run: RevisionRun): number {
  const first = run.chars[0];
  return first ? paragraph.chars.indexOf(first) : paragraph.chars.length;
}
