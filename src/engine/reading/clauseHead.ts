// Where a clause's verb group starts: its first modal of its own, or its first finite "be" after a subject. Modals in
// asides, purpose clauses and relatives after a comma belong to those. Pure: imports only the frame types.
import type { Unit } from '../language/matcher';
import type { Cue } from './frame';
import { wordIndexAt, type PredicateInput } from './predicateInput';

export const BE = /^(?:is|are|was|were|be|been|being|has|have|had|isn't|aren't|wasn't|weren't)$/;
/** "does not remove", "did not", "doesn't": "do" with a negator is the finite verb of its clause. */
const DO_SUPPORT = /^(?:do|does|did|doesn't|don't|didn't)$/;
const NEGATOR_AFTER_DO = /^(?:not|never)$/;

/**
 * "retains Prompts for the term so that Users can view their history": a modal within three words after "so that" or
 * "in order that" is the purpose clause's, never the head of the clause it explains.
 */
function inPurposeClause(units: readonly Unit[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
    if ((units[k] as Unit).norm === 'that' && PURPOSE_OPENER.test((units[k - 1] as Unit).norm)) return true;
  }
  return false;
}
const PURPOSE_OPENER = /^(?:so|order)$/;

/**
 * The modals that can be the clause's own: "(to show your content to other users as you may specify)", "your messages
 * (which may be scanned automatically)": a modal inside parentheses is the aside's, and one in a purpose clause is
 * the purpose's. One pass over the segment's text.
 */
export function clauseModals(input: PredicateInput, segCues: readonly Cue[]): Cue[] {
  const { units, offset, segment } = input;
  let depth = 0;
  let scanned = segment.start;
  return segCues.filter((c) => {
    if (c.set !== 'modal') return false;
    for (; scanned < c.start - offset; scanned++) {
      const ch = input.sentenceText[scanned];
      if (ch === '(') depth++;
      else if (ch === ')') depth = Math.max(0, depth - 1);
    }
    // "… to train Acme's models, which may be used to serve any customer": the modal of a relative clause set off by a
    // comma is the relative's own, never the clause's ("Publisher grants Acme the right …" has none).
    const before = units[wordIndexAt(units, c.start, offset) - 1];
    const relative = before !== undefined && /^(?:which|who)$/.test(before.norm) && /,\s*$/.test(input.sentenceText.slice(segment.start, before.start));
    return depth === 0 && !relative && !inPurposeClause(units, wordIndexAt(units, c.start, offset));
  });
}

/**
 * "improving our products, including by analysing how Customer Content is structured and used": a "be" up to four
 * words after "how" or "whether" inside the clause (no mark between) is the embedded question's, never the head of the
 * clause around it. An opening "How is my data used?" is the sentence's own question.
 */
function inEmbeddedQuestion(input: PredicateInput, first: number, at: number): boolean {
  const { units } = input;
  for (let k = at - 1; k > first && k >= at - 4; k--) {
    const unit = units[k] as Unit;
    if (/[,;:()]/.test(input.sentenceText.slice(unit.end, (units[k + 1] as Unit).start))) return false;
    if (EMBEDDED_QUESTION.test(unit.norm)) return true;
  }
  return false;
}
// "information about what is played at your premises": a free relative is embedded as a question is (blind53).
const EMBEDDED_QUESTION = /^(?:how|whether|what)$/;
const MODAL_WORD = /^(?:may|might|can|could|will|would|shall|should|must)$/;
/** Words after which "that" opens a clause of its own, not a relative: "agrees that", "save that", "provided that". */
const THAT_CONJUNCTION: ReadonlySet<string> = new Set([
  'save', 'provided', 'except', 'so', 'such', 'now', 'given', 'and', 'but', 'or', 'only', 'extent', 'fact', 'condition', 'basis', 'notwithstanding',
  'agree', 'agrees', 'acknowledge', 'acknowledges', 'confirm', 'confirms', 'understand', 'understands', 'ensure', 'ensures', 'warrant', 'warrants',
  'represent', 'represents', 'accept', 'accepts', 'mean', 'means', 'require', 'requires', 'expect', 'expects', 'note', 'notes', 'recognise',
  'recognises', 'recognize', 'recognizes', 'consent', 'consents', 'state', 'states', 'say', 'says', 'direct', 'directs', 'instruct', 'instructs',
  'request', 'requests', 'demonstrate', 'demonstrates', 'certify', 'certifies', 'declare', 'declares', 'notify', 'notifies', 'inform', 'informs',
  'specify', 'specifies', 'provide', 'provides', 'ask', 'asks', 'stipulate', 'stipulates', 'is', 'are', 'was', 'were', 'be', 'been',
]);

/**
 * Where a comma aside that ends right before the word at `at` may open: the word after each comma within ASIDE_REACH
 * words back, up to any other mark (an aside may hold a list: "together with all weights, parameters and …,").
 * None when no comma ends right before the word.
 */
function asideOpenings(input: PredicateInput, at: number): number[] {
  const { units, sentenceText } = input;
  const gap = (k: number) => sentenceText.slice((units[k - 1] as Unit).end, (units[k] as Unit).start).trim();
  if (at < 1 || units[at] === undefined || gap(at) !== ',') return [];
  const openings: number[] = [];
  for (let k = at - 1; k >= Math.max(1, at - ASIDE_REACH); k--) {
    const between = gap(k);
    if (between === ',') openings.push(k);
    else if (between !== '') break;
  }
  return openings;
}
const ASIDE_REACH = 10;

/** Where the clause's verb group starts: its first modal, or its first "is/are" after a subject. */
export function headOf(input: PredicateInput, segCues: readonly Cue[], modals: readonly Cue[]): number | undefined {
  const { units, offset, segment } = input;
  // "…, which models may be used by other merchants": a modal a noun or two after "which" or "whose" is the relative
  // clause's, never the head of the clause it describes (blind68-049 read the whole grant as its subject). Not after
  // "that", which may be a conjunction ("save that Audio Recordings may be used"), nor after a party or pronoun ("…,
  // which we may use to train …" grants in its own right).
  // "…, which models, together with all weights and improvements thereto, shall be owned by Acme": a comma aside
  // between the relative's noun and its modal is skipped, so the modal is still the relative's (blind100-33).
  const relativeBefore = (at: number): boolean => relativeRightBefore(at) || asideOpenings(input, at).some(relativeRightBefore);
  const relativeRightBefore = (at: number): boolean => {
    for (let back = 2; back <= 3; back++) {
      const between = units.slice(at - back + 1, at);
      if (/^(?:which|whose)$/.test(units[at - back]?.norm ?? '')) return between.every((u) => /^[a-z]/.test(u.text) && !/^(?:we|you|they|it|he|she)$/.test(u.norm));
      // "… to develop new features, connectors and reports that Kilowatt Quarry may make available to other customers":
      // "that" after a noun, then a name, opens a relative clause with its own subject; its modal is not the head of the
      // clause whose verb came first ("Customer authorises …", blind87-045). After a verb of saying or "save", "that"
      // is a conjunction ("agrees that Provider may …", "save that Audio Recordings may …").
      const before = units[at - back - 1];
      if (units[at - back]?.norm === 'that' && before !== undefined && /^[a-z]/.test(before.text) && !THAT_CONJUNCTION.has(before.norm) && between.every((u) => /^[A-Z]/.test(u.text))) return true;
    }
    return false;
  };
  const modal = modals.find((m) => !relativeBefore(wordIndexAt(units, m.start, offset)));
  const first = wordIndexAt(units, segment.start + offset, offset);
  const last = wordIndexAt(units, segment.end + offset, offset);
  let beAt: number | undefined;
  // "grants Acme a licence to use data that is passed by Publisher": a verb right after "that", "which" or "who" is the
  // relative clause's, never the head of the clause it describes.
  // "your messages (which may be scanned)": a "be" inside parentheses is the aside's too.
  let depth = 0;
  let scanned = segment.start;
  for (let i = first + 1; i < last && beAt === undefined; i++) {
    const unit = units[i] as Unit;
    for (; scanned < unit.start; scanned++) {
      const ch = input.sentenceText[scanned];
      if (ch === '(') depth++;
      else if (ch === ')') depth = Math.max(0, depth - 1);
    }
    // "Deleting your account does not remove …": a verb group made with "do" and a negator is finite, and heads its clause
    // as "is" does, before any modal of a later relative clause ("…, which we may keep").
    // Only before the segment's first comma: in "We process X only to …, and we do not use X …" the verb before the
    // comma ("process") is the clause's own.
    const head = BE.test(unit.norm) || (DO_SUPPORT.test(unit.norm) && NEGATOR_AFTER_DO.test(units[i + 1]?.norm ?? '') && !input.sentenceText.slice(segment.start, unit.start).includes(','));
    // "…, which may be used to serve …": a "be" after the relative's modal is the relative's too.
    const relative = /^(?:that|which|who)$/.test((units[i - 1] as Unit).norm) ||
      (MODAL_WORD.test((units[i - 1] as Unit).norm) && (/^(?:that|which|who)$/.test(units[i - 2]?.norm ?? '') || relativeBefore(i - 1)));
    if (depth === 0 && head && !relative && !inEmbeddedQuestion(input, first, i)) beAt = unit.start + offset;
  }
  if (modal && (beAt === undefined || modal.start < beAt)) return modal.start;
  return beAt;
}
