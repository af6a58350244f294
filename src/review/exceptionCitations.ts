// "4.2 Save as permitted by clauses 4.4 and 4.6, the Supplier shall not use Trust Data … to train …": once the review
// has turned clause 4.6 into a ban (or deleted it), the protection's exception still cites it as a permission, and the
// lawyer must take its number out by hand (audit68, 198 § 4.2). The number leaves the exception; an exception left
// citing nothing goes whole. Pure: engine types and the surgical escape helper only.
import type { RedlineOp } from '../engine/types';
import { escapeRegExp } from './redline/surgical/context';

/** "Save as permitted by clauses ", "Except as set out in Section ": an exception opened by what other clauses permit. */
const EXCEPTION_OPENING =
  /\b([Ss]ave|[Ee]xcept|[Oo]ther\s+than)\s+as\s+(?:otherwise\s+)?(?:expressly\s+)?(?:permitted|provided|set\s+(?:out|forth)|described)\s+(?:in|by|under)\s+([Cc]lause|[Ss]ection)(s?)\s+/;
/** The cited numbers up to the end of the exception: "4.4 and 4.6", "3.1, 3.2 or 5", also where it closes the sentence. */
const NUMBER_LIST = /^(?:\d+(?:\.\d+)*|[A-Z]\.\d+(?:\.\d+)*)(?:(?:\s*,\s*|\s+and\s+|\s+or\s+)(?:\d+(?:\.\d+)*|[A-Z]\.\d+(?:\.\d+)*)){0,8}(?=\s*[,;).])/;
const NUMBER = /\d+(?:\.\d+)*|[A-Z]\.\d+(?:\.\d+)*/g;

/**
 * "as permitted by clauses 3.2, 4.2 and 5.1", "for the purposes described in clauses 4.2, 5.1 and 6.2": a list of
 * clauses cited for what they permit. Once one of them permits nothing, its number leaves the list (audit92, 247
 * §§ 7.2 and 8.2 still cited 4.2 after it became a ban); a list left empty is the exception's or the note's business.
 */
const PERMISSION_OPENING =
  /\b(?:(?:as\s+)?(?:permitted|contemplated|authori[sz]ed)\s+(?:by|under|in)|(?:purposes?|uses?)\s+(?:described|set\s+(?:out|forth)|referred\s+to|specified|permitted)\s+(?:in|by|under))\s+()([Cc]lause|[Ss]ection)(s)\s+/;
/** "subject to clauses 4.3 and 4.4": a list of clauses that qualify this one; a deleted clause qualifies nothing. */
const SUBJECT_OPENING = /\bsubject\s+to\s+()([Cc]lause|[Ss]ection)(s)\s+/;

/** The ops that take `number` out of the paragraph's exception, or undefined when no exception cites it. */
export function withoutExceptedClause(text: string, number: string): RedlineOp[] | undefined {
  return withoutListedClause(text, new Set([number]), EXCEPTION_OPENING, true);
}

/** The same for several numbers at once: "except as set out in Sections 5.3 and 5.4" once neither permits the act. */
export function withoutExceptedClauses(text: string, numbers: ReadonlySet<string>): RedlineOp[] | undefined {
  return withoutListedClause(text, numbers, EXCEPTION_OPENING, true);
}

/** The ops that take `number` out of a list of clauses cited for what they permit (two or more numbers). */
export function withoutPermittingClause(text: string, number: string): RedlineOp[] | undefined {
  return withoutListedClause(text, new Set([number]), PERMISSION_OPENING, false);
}

/** The ops that take a deleted clause's `number` out of a "subject to clauses …" list (two or more numbers). */
export function withoutQualifyingClause(text: string, number: string): RedlineOp[] | undefined {
  return withoutListedClause(text, new Set([number]), SUBJECT_OPENING, false);
}

function withoutListedClause(text: string, gone: ReadonlySet<string>, openingPattern: RegExp, wholeMayGo: boolean): RedlineOp[] | undefined {
  const opening = openingPattern.exec(text);
  if (!opening) return undefined;
  const listStart = opening.index + opening[0].length;
  const list = NUMBER_LIST.exec(text.slice(listStart));
  if (!list) return undefined;
  const numbers: string[] = list[0].match(NUMBER) ?? [];
  const going = numbers.filter((n) => gone.has(n));
  if (going.length === 0) return undefined;
  const kept = numbers.filter((n) => !gone.has(n));
  const number = going[0] ?? '';
  if (kept.length === 0) {
    if (!wholeMayGo) return undefined;
    // "…, except as set out in Sections 5.3 and 5.4.": an exception that closes the sentence goes with its comma.
    const closing = /^\s*\./.test(text.slice(listStart + list[0].length)) ? /,\s*$/.exec(text.slice(0, opening.index)) : null;
    if (closing) return [{ kind: 'delete', start: closing.index, end: listStart + list[0].length, text: text.slice(closing.index, listStart + list[0].length) }];
    // "Save as permitted by clause 4.6, the Supplier shall not …": the whole exception goes, the next word takes the capital.
    const comma = /^\s*,\s*/.exec(text.slice(listStart + list[0].length));
    if (!comma) return undefined;
    const end = listStart + list[0].length + comma[0].length;
    const next = text.charAt(end);
    const opensSentence = opening.index === 0 || /(?:^|[.;:]\s*|^\s*[\d.()a-z]{1,10}\s+)$/.test(text.slice(0, opening.index));
    return opensSentence && /[a-z]/.test(next)
      ? [{ kind: 'delete', start: opening.index, end: end + 1, text: text.slice(opening.index, end + 1) }, { kind: 'insert', at: opening.index, text: next.toUpperCase() }]
      : [{ kind: 'delete', start: opening.index, end, text: text.slice(opening.index, end) }];
  }
  const plural = opening[3] === 's' ? [{ kind: 'delete' as const, start: listStart - 2, end: listStart - 1, text: 's' }] : [];
  if (going.length > 1) return rewrittenList(text, opening, listStart, list[0], kept);
  if (numbers.length === 2 && kept.length === 1) {
    // "clauses 4.4 and 4.6" → "clause 4.4": the plural's "s" and the number with its joint go, nothing else is retyped.
    const at = listStart + (number === numbers[0] ? 0 : list[0].lastIndexOf(number));
    const span = number === numbers[0] ? { start: at, end: listStart + list[0].indexOf(kept[0] ?? '', number.length) } : { start: listStart + (numbers[0] ?? '').length, end: at + number.length };
    return [...plural, { kind: 'delete', start: span.start, end: span.end, text: text.slice(span.start, span.end) }];
  }
  // "clauses 3.2, 4.2 and 5.1": a number with another after it goes with its separator ("[4.2, ]"); the last goes with
  // the joint before it, which moves to the separator before the number now last ("3.2[, 4.2] and 5.1" → "3.2 and 4.2").
  const places = numberPlaces(list[0], listStart);
  const index = numbers.indexOf(number);
  const here = places[index];
  const next = places[index + 1];
  const previous = places[index - 1];
  const beforePrevious = places[index - 2];
  if (here && next && numbers.indexOf(number, index + 1) < 0) {
    // "[4.2, ]5.1 and 6.2"; before the joint, the separator before it goes instead ("3.2[, 4.2] and 5.1").
    if (text.slice(here.end, next.start).trim() === ',') return [{ kind: 'delete', start: here.start, end: next.start, text: text.slice(here.start, next.start) }];
    if (previous) return [{ kind: 'delete', start: previous.end, end: here.end, text: text.slice(previous.end, here.end) }];
  }
  if (here && previous && beforePrevious && numbers.indexOf(number, index + 1) < 0) {
    const joint = text.slice(previous.end, here.start);
    const separator = text.slice(beforePrevious.end, previous.start);
    if (separator.trim() === ',' && (joint.trim() === 'and' || joint.trim() === 'or')) {
      return [
        { kind: 'delete', start: beforePrevious.end, end: previous.start, text: separator },
        { kind: 'insert', at: previous.start, text: joint },
        { kind: 'delete', start: previous.end, end: here.end, text: text.slice(previous.end, here.end) },
      ];
    }
  }
  return rewrittenList(text, opening, listStart, list[0], kept);
}

/** The word and the list as they now read: "clauses 4.4 and 4.5". */
function rewrittenList(text: string, opening: RegExpExecArray, listStart: number, list: string, kept: readonly string[]): RedlineOp[] {
  const wordStart = listStart - opening[0].length + opening[0].indexOf(opening[2] ?? '');
  const joined = kept.length === 1 ? kept[0] : `${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1]}`;
  const rewritten = `${opening[2]}${kept.length === 1 ? '' : 's'} ${joined}`;
  const end = listStart + list.length;
  return [{ kind: 'delete', start: wordStart, end, text: text.slice(wordStart, end) }, { kind: 'insert', at: wordStart, text: rewritten }];
}

/** Where each number of a cited list stands in the paragraph. */
function numberPlaces(list: string, listStart: number): { start: number; end: number }[] {
  return [...list.matchAll(NUMBER)].map((m) => ({ start: listStart + (m.index ?? 0), end: listStart + (m.index ?? 0) + m[0].length }));
}

/**
 * "…, except as described in Section G5 or where Customer has opted in …", "…, subject to Parchwell's rights under
 * Section G5.": inside a sentence, an exception or reservation that cites a clause which now permits nothing (audit75,
 * 215 G4 and G6 still deferred to G5 after it became a ban). The citation goes; an exception with another limb keeps
 * that limb ("except where Customer has opted in …").
 */
export function withoutCitedReservation(text: string, number: string): RedlineOp[] | undefined {
  const cited = String.raw`(?:[Ss]ection|[Cc]lause|[Pp]aragraph)\s+${number.replace(/\./g, '\\.')}(?![.]?\d)`;
  const reservation = new RegExp(String.raw`,\s+subject\s+to\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:rights?|licen[cs]es?)\s+(?:under|in|granted\s+(?:in|under))\s+${cited}(?=\s*[.;])`).exec(text);
  if (reservation) return [{ kind: 'delete', start: reservation.index, end: reservation.index + reservation[0].length, text: reservation[0] }];
  const limb = new RegExp(String.raw`(?<=\bexcept\s)as\s+(?:described|set\s+out|set\s+forth|permitted|provided)\s+(?:in|by|under)\s+${cited}\s+or\s+(?=where\b|if\b|to\s+the\s+extent\b)`).exec(text);
  if (limb) return [{ kind: 'delete', start: limb.index, end: limb.index + limb[0].length, text: limb[0] }];
  const whole = new RegExp(String.raw`,\s+except\s+as\s+(?:described|set\s+out|set\s+forth|permitted|provided)\s+(?:in|by|under)\s+${cited}(?=\s*[.;])`).exec(text);
  return whole ? [{ kind: 'delete', start: whole.index, end: whole.index + whole[0].length, text: whole[0] }] : undefined;
}

/**
 * "3.2 Subject to clause 3.3, we will not use Customer Data to train …" once 3.3 permits nothing (a ban, or deleted):
 * the lead-in qualifies the promise by nothing, so it goes and the next word takes the capital (audit132, 327 § 3.2).
 * Only a lead-in that opens the sentence, after its clause number, and cites that clause alone.
 */
export function withoutLeadingSubjectTo(text: string, number: string): RedlineOp[] | undefined {
  const lead = new RegExp(String.raw`^((?:\(?[\dA-Za-z]{1,3}(?:\.\d+)*\)?\.?\s+)?)Subject\s+to\s+(?:[Cc]lause|[Ss]ection|[Pp]aragraph)\s+${escapeRegExp(number)}(?![.]?\d)\s*,\s*`).exec(text);
  if (!lead) return undefined;
  const start = (lead[1] ?? '').length;
  const end = lead[0].length;
  const next = text.charAt(end);
  return /[a-z]/.test(next)
    ? [{ kind: 'delete', start, end: end + 1, text: text.slice(start, end + 1) }, { kind: 'insert', at: start, text: next.toUpperCase() }]
    : [{ kind: 'delete', start, end, text: text.slice(start, end) }];
}

