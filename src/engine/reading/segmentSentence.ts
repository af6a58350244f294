// Cuts one sentence into its segments at the boundaries segments.ts finds, and settles where a sentence that opens
// with a condition or exception returns to its main clause. Pure: imports only the language layer.
import type { Tag } from '../language/matcher';
import type { Token } from '../language/tokenize';
import { isModal, isParty, NO_TAGS, tagAhead, tagsAt, type SegmentRole } from './clauseSignals';
import { boundaries, SUBJECT_PRONOUN, type Segment } from './segments';

/** The sentence's segments, in order: each main clause, condition, exception or aside with its sentence-relative span. */
export function segmentSentence(text: string, tokens: readonly Token[], tags: readonly Tag[]): Segment[] {
  const all = boundaries(tokens, tags);
  const cuts = all.filter((b) => b.at > 0 && b.at < text.length);
  const segments: Segment[] = [];
  let start = 0;
  let role: SegmentRole = 'main';
  let resumes = false;
  // A clause number ("4.2 As between the parties, …") is not the sentence's first word, nor is a run-in heading's
  // ("10 Site Assistant: If the Customer enables …, prompts are sent …": 273 Sch 2 lost its main clause to the condition).
  const heading = all.find((c) => c.role === 'heading');
  const firstWord = tokens.find((t) => t.kind === 'word' && !/^\d/.test(t.text) && (heading === undefined || t.start >= heading.at));
  const opensWith = all.find((c) => c.at === firstWord?.start);
  let opening: SegmentRole = opensWith && opensWith.role !== 'main' ? opensWith.role : 'main';
  if (heading === undefined) role = opening;
  if (opening === 'condition' || opening === 'exception') {
    const byStart = tagsAt(tags);
    // "As AI technology, models and products evolve, we may …" lists before its verb: an "As" clause ends at the
    // comma before a subject ("As between the parties, Provider owns …").
    const subjectNext = (i: number) =>
      tagAhead(tokens, i, 1, byStart, isParty) || SUBJECT_PRONOUN.test(tokens[i + 1]?.norm ?? '');
    const needsSubject = firstWord?.norm === 'as';
    // The first comma outside parentheses: "If you opt in (for example, through feedback), we may …".
    let depth = 0;
    const comma = tokens.find((t, i) => {
      if (heading !== undefined && t.start < heading.at) return false;
      if (t.text === '(') depth++;
      else if (t.text === ')') depth = Math.max(0, depth - 1);
      // "In case you have contacted support: this data will be stored …": a colon ends the condition as a comma does.
      return (t.text === ',' || (t.text === ':' && !needsSubject)) && depth === 0 && (!needsSubject || subjectNext(i));
    });
    // "Once you delete your files we may retain them": without a comma, a subject and a modal start the main clause.
    const restart = tokens.findIndex((t, i) => i > 1 && (byStart.get(t.start) ?? NO_TAGS).some((g) => isParty(g.set) && !/^(?:your|our)$/i.test(g.text)) && tagAhead(tokens, i, 1, byStart, isModal));
    // "Upon deletion Provider will permanently delete your guest list, RSVP data and …": where the main clause already
    // started before the first comma (its party and modal, see resumesMain), that comma is the list's, not the end of
    // the condition (blind102-43).
    const resumedBefore = comma !== undefined && cuts.some((c) => c.role === 'main' && c.at > (firstWord?.start ?? 0) && c.at < comma.start);
    if (comma && !resumedBefore) cuts.push({ at: comma.end, role: 'main' });
    else if (!comma && restart > 0) cuts.push({ at: (tokens[restart] as Token).start, role: 'main' });
  }
  cuts.sort((a, b) => a.at - b.at);
  for (const cut of cuts) {
    if (cut.at <= start) {
      if (cut.at === start && segments.length === 0) role = cut.role === 'heading' ? role : cut.role;
      continue;
    }
    segments.push({ role: cut.role === 'heading' ? 'heading' : role, start, end: cut.at, ...(resumes ? { resumes } : {}) });
    role = cut.role === 'heading' ? opening : cut.role;
    if (cut.role === 'heading') opening = 'main';
    resumes = cut.resumes === true;
    start = cut.at;
  }
  segments.push({ role, start, end: text.length, ...(resumes ? { resumes } : {}) });
  // "(a) If Client enables …, Company will …": a marker alone before the condition is no main clause to attach it to.
  return segments.filter((s) => !MARKER_ONLY.test(text.slice(s.start, s.end)));
}
const MARKER_ONLY = /^\s*(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s*)?$/i;
