// Word-level signals the clause splitter reads: a verb ahead, a subject and "be", a statement that opens the sentence,
// a party that resumes the main clause inside a condition. Pure: imports only the language layer's types.
import type { Tag } from '../language/matcher';
import type { Token } from '../language/tokenize';

export type SegmentRole = 'main' | 'exception' | 'condition' | 'aside' | 'heading';

export interface Boundary {
  readonly at: number;
  readonly role: SegmentRole;
  /** The main clause goes on after a condition that interrupted it between its verb and its object. */
  readonly resumes?: boolean;
}

const PARTY_SETS = new Set(['vendorWe', 'vendorRole', 'customerYou', 'customerRole', 'docVendor', 'docCustomer', 'thirdParty', 'providerName']);
export const CLAUSE_VERB = new Set(['grantVerb', 'useVerb', 'trainVerb', 'shareVerb', 'retainVerb', 'deleteVerb']);
export const NO_TAGS: readonly Tag[] = [];
export const isModal = (set: string) => set === 'modal';
export const isParty = (set: string) => PARTY_SETS.has(set);
export const isModalOrClauseVerb = (set: string) => set === 'modal' || CLAUSE_VERB.has(set);

/** Whether the words from token `from` to the next comma, semicolon or full stop are a short phrase with no verb. */
export function verblessUntilPause(tokens: readonly Token[], from: number, byStart: Map<number, Tag[]>): boolean {
  let words = 0;
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    // A closing bracket ends the phrase as a comma does: "(…, but not the contents of Research Data) to maintain …".
    if (/^[,;.–—)]$/.test(t.text)) return words > 0;
    if (t.kind !== 'word') continue;
    if (++words > 5 || BE.test(t.norm) || t.norm === 'to' || (byStart.get(t.start) ?? NO_TAGS).some((g) => isModalOrClauseVerb(g.set))) return false;
  }
  return words > 0;
}

/** Whether the sentence opens with "To the extent" (after a clause number, if any). */
export function opensWithExtent(tokens: readonly Token[]): boolean {
  const first = tokens.findIndex((t) => t.kind === 'word' && !/^\d/.test(t.text));
  return tokens[first]?.norm === 'to' && tokens[first + 1]?.norm === 'the' && tokens[first + 2]?.norm === 'extent';
}

/** Whether a tag of a set passing `test` starts at one of the next `words` word tokens after token `i`. */
export function tagAhead(tokens: readonly Token[], i: number, words: number, byStart: Map<number, Tag[]>, test: (set: string) => boolean): boolean {
  let seen = 0;
  for (let j = i + 1; j < tokens.length && seen < words; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') continue;
    seen++;
    const here = byStart.get(t.start);
    if (here && hasTag(here, test)) return true;
  }
  return false;
}

export const BE = /^(?:is|are|was|were)$/;
// Only "be": a modal after "and" + a subject is already read by the clause-break rules below (a party and a modal),
// and the review's redlines are planned on those clauses.
const FINITE = /^(?:is|are|was|were)$/;

/** "and chats are deleted", "but the copies are kept": one to three subject words, then a form of "be". */
export function finiteAfterSubject(tokens: readonly Token[], i: number): boolean {
  for (let j = i + 1, words = 0; j < tokens.length && words < 4; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') return false;
    if (FINITE.test(t.norm)) return words >= 1;
    words++;
  }
  return false;
}

const DETERMINER = /^(?:all|such|any|each|every|the)$/;
/**
 * ", and all such Models and any weights resulting from that use are owned exclusively by …": a subject that opens
 * with a determiner may run to a dozen words, with no pause, before its "is/are" or "shall be" (fresh78, 265 Sch 3.1).
 */
export function finiteAfterDeterminedSubject(tokens: readonly Token[], i: number): boolean {
  if (!DETERMINER.test(tokens[i + 1]?.norm ?? '')) return false;
  // A list inside the subject keeps its commas ("any weights, parameters and improvements").
  for (let j = i + 2, words = 0; j < tokens.length && words < 14; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') {
      if (t.text === ',') continue;
      return false;
    }
    if (FINITE.test(t.norm) || (/^(?:shall|will)$/.test(t.norm) && /^(?:be|remain)$/.test(tokens[j + 1]?.norm ?? ''))) return words >= 1;
    words++;
  }
  return false;
}

/**
 * Whether the words since the previous comma, back from token `i`, have a verb of their own ("including Models that
 * are made available to others, and all such Models … are owned"); "that all such models, and all weights … shall be"
 * is one subject's list, whose first part has none (agreement 02 § 3.2).
 */
export function verbSincePause(tokens: readonly Token[], i: number, byStart: Map<number, Tag[]>): boolean {
  for (let j = i; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') {
      if (t.text === ',' || t.text === ';' || t.text === ':') return false;
      continue;
    }
    if (FINITE.test(t.norm) || hasTag(byStart.get(t.start) ?? NO_TAGS, isModalOrClauseVerb)) return true;
  }
  return false;
}

/** Whether one of these tags belongs to a set passing `test`: a scan, where a Set per word would allocate. */
export function hasTag(tags: readonly Tag[], test: (set: string) => boolean): boolean {
  for (const tag of tags) if (test(tag.set)) return true;
  return false;
}

/**
 * Words that keep a party inside the condition: a relative ("that Provider may engage"), an article or determiner
 * ("such date as the Publishers shall determine"), a preposition ("conversations with ChatGPT will …"), a conjunction.
 */
const KEEPS_PARTY_INSIDE = /^(?:that|who|whom|whose|the|a|an|this|these|those|such|any|each|every|all|as|with|to|by|of|for|from|in|on|at|via|through|and|or|than|between)$/;
const CONTRACTED_MODAL = /['’](?:ll|d)$/i;

/**
 * "…, after which Provider will delete …", "after your account ends we will delete …", "when you do we'll delete …":
 * inside a condition with words of its own, a party and its modal (or a contracted "we'll") start the main clause
 * again, as a comma would, when the word before the party ends the condition's own words ("ends", "do"). "after which"
 * joins the opener to the clause that follows.
 */
/**
 * "when it is on we may use …", "if the setting is off we will …": "on" or "off" after a form of "be" states the
 * setting's state; it is no preposition holding the party after it inside the condition.
 */
const statedOnOrOff = (tokens: readonly Token[], i: number): boolean =>
  /^(?:on|off)$/.test(tokens[i - 1]?.norm ?? '') && /^(?:is|are|was|were|be|remains|stays)$/.test(tokens[i - 2]?.norm ?? '');

export function resumesMain(tokens: readonly Token[], i: number, openedAt: number, here: readonly Tag[], byStart: Map<number, Tag[]>): boolean {
  const token = tokens[i] as Token;
  if (!hasTag(here, isParty) || /^(?:your|our|their|its)$/.test(token.norm)) return false;
  if (!CONTRACTED_MODAL.test(token.text) && !tagAhead(tokens, i, 1, byStart, isModal)) return false;
  const before = tokens[i - 1]?.norm ?? '';
  if (KEEPS_PARTY_INSIDE.test(before) && !statedOnOrOff(tokens, i)) return false;
  if (before === 'which') return i - 2 === openedAt;
  // "after termination Customer may export …": one word of an end event is the condition's whole object.
  if (i - openedAt === 2 && hasTag(byStart.get((tokens[i - 1] as Token).start) ?? [], (set) => set === 'endEvent')) return true;
  // "Upon deletion Provider will permanently delete …", "On request Provider will …": so is one lowercase noun after
  // "upon" or "on" (blind102-43 read the whole promise as the condition's).
  if (i - openedAt === 2 && /^(?:upon|on)$/.test(tokens[openedAt]?.norm ?? '') && /^[a-z]+$/.test(tokens[i - 1]?.text ?? '') && !/^(?:the|a|an|its|their|your|our|such|each|any|all|which|that)$/.test(tokens[i - 1]?.norm ?? '')) return true;
  return i - openedAt >= 3;
}

/**
 * Whether the sentence's first clause (after a heading) runs to token `i` as a plain statement: its subject first and
 * a form of "be" as its verb ("Your journal is encrypted at rest"). A sentence that opens with a subordinator or a
 * preposition ("When we rely on …", "In order to …", "Under the premise of …", "While you cannot …") opens with an
 * adverbial whose comma the main clause follows.
 */
const ADVERBIAL_OPENER = /^(?:when|whenever|while|whilst|whereas|although|though|because|since|if|unless|as|in|under|to|for|after|before|once|where|with|by|on|at|upon|from|during|except|save|subject|specifically|notwithstanding|without|despite)$/;
export function opensWithStatement(tokens: readonly Token[], found: readonly Boundary[], i: number): boolean {
  if (found.some((b) => b.role !== 'heading')) return false;
  const from = found.length === 0 ? 0 : (found[found.length - 1] as Boundary).at;
  let first: Token | undefined;
  let be = false;
  for (let j = 0; j < i; j++) {
    const t = tokens[j] as Token;
    if (t.start < from || t.kind !== 'word' || /^\d/.test(t.text)) continue;
    first ??= t;
    if (BE.test(t.norm)) be = true;
  }
  return first !== undefined && !ADVERBIAL_OPENER.test(first.norm) && be;
}

/** "in which case" or "whereupon" right after the comma at token `i`. */
export function opensOwnStatement(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1]?.norm;
  return next === 'whereupon' || (next === 'in' && tokens[i + 2]?.norm === 'which' && tokens[i + 3]?.norm === 'case') ||
    // ", after which Company will delete …" after a main clause of the customer's ("Customer may export …").
    // A name or party right after "which" is the subject ("after which time your Content will be deleted" is not).
    (next === 'after' && tokens[i + 2]?.norm === 'which' && /^[A-Z]|^(?:we|you|it|they)$/.test(tokens[i + 3]?.text ?? '')) ||
    // "…, which licence shall survive expiry of the Subscription Term": the grant named again, as the subject of a
    // statement of its own about it (blind37 read "grants … a licence" as part of that subject).
    (next === 'which' && GRANT_NAMED_AGAIN.test(tokens[i + 2]?.norm ?? ''));
}
/**
 * ", and all such models, weights and improvements thereto shall vest in …": after a main clause with its verb, "and"
 * with a determiner opens a subject of its own when its modal comes before the sentence pauses (blind78-061 read the
 * vesting as part of the licence, and the licence's training purpose with the vesting's "shall").
 */
export function determinedSubjectClause(tokens: readonly Token[], i: number, byStart: Map<number, Tag[]>): boolean {
  if (tokens[i + 1]?.norm !== 'and' || !/^(?:all|any|each|every|such)$/.test(tokens[i + 2]?.norm ?? '')) return false;
  // "… and that all such models, and all weights …, shall be": the comma splits one subject's list, opened by "that".
  for (let j = i - 1; j >= 0 && j >= i - 6; j--) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') break;
    if (t.norm === 'that') return false;
  }
  for (let j = i + 3, words = 0; j < tokens.length && words < 14; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') {
      if (t.text !== ',') return false;
      continue;
    }
    words++;
    if (hasTag(byStart.get(t.start) ?? NO_TAGS, isModal)) return true;
  }
  return false;
}
/** Whether "that", "which" or "who" opens a relative clause between the segment's start and token `i`. */
export function relativeSince(tokens: readonly Token[], i: number, from: number): boolean {
  for (let j = i - 1; j >= 0 && (tokens[j] as Token).start >= from; j--) if (/^(?:that|which|who)$/.test((tokens[j] as Token).norm)) return true;
  return false;
}

const GRANT_NAMED_AGAIN = /^(?:licence|license|licences|licenses|right|rights|permission|permissions|grant|consent)$/;

/** "(f) Before using …", "3.2 When …": only a list or clause marker comes before the word, so it heads the sentence. */
export function afterListMarker(tokens: readonly { readonly text: string }[], i: number): boolean {
  return i > 0 && /^\(?(?:[a-z]|[ivx]{1,4}|\d+(?:\.\d+)*)[).]?$/i.test(tokens.slice(0, i).map((t) => t.text).join(''));
}

export function tagsAt(tags: readonly Tag[]): Map<number, Tag[]> {
  const byStart = new Map<number, Tag[]>();
  for (const tag of tags) {
    const here = byStart.get(tag.start);
    if (here) here.push(tag);
    else byStart.set(tag.start, [tag]);
  }
  return byStart;
}

/** The tokens read since the last boundary: "provided that X and we do not …" is one proviso with two limbs. */
export const sinceLastBoundary = (tokens: readonly Token[], found: readonly Boundary[], i: number): readonly Token[] => {
  const since = found[found.length - 1]?.at ?? 0;
  return tokens.slice(0, i).filter((t) => t.start >= since);
};

/** A modal among the next dozen words, with no comma, semicolon or colon before it: the words before it are its subject. */
export function modalBeforePause(tokens: readonly Token[], i: number, byStart: Map<number, Tag[]>): boolean {
  let seen = 0;
  for (let j = i + 1; j < tokens.length && seen < 24; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') {
      // "save that Platform Data, Anonymised Fleet Data and any event clips … will be retained": a comma between the
      // items of a listed subject is no pause (318 § 6.2); one before an aside ("that, if …", ", which …") is.
      if (t.text === ',' && seen > 0 && LIST_ITEM_OPENER.test(tokens[j + 1]?.text ?? '')) continue;
      if (/^[,;:(]$/.test(t.text)) return false;
      continue;
    }
    // Past twelve words, only a listed subject goes on.
    if (seen >= 12 && !tokens.slice(i + 1, j).some((w) => w.text === ',')) return false;
    seen++;
    if (hasTag(byStart.get(t.start) ?? NO_TAGS, isModal)) return true;
  }
  return false;
}

/**
 * The next item of a listed subject after its comma: a defined term ("Anonymised Fleet Data") or a determiner ("any
 * event clips"). Anything else ("from which …", "if …") opens an aside, which is a pause.
 */
const LIST_ITEM_OPENER = /^(?:[A-Z][a-z][\w-]*|any|all|each|the|such)$/;
/** Words after "no" that measure rather than name a subject: "and no later than 30 days", "no more than". */
const NO_MEASURE = /^(?:later|more|less|longer|earlier|sooner|fewer|greater|event|case|way)$/;
const MODAL = /^(?:shall|will|may|must|can|could|should|would)$/;
/**
 * ", and no right of Supplier to use, retain or exploit Customer Data … shall survive": "no" opening a subject of its
 * own, with a modal or finite verb within a long subject (lists keep their commas), states a denial of its own (302 §
 * 9.5 read the denied survival as the survival before it).
 */
export function deniedSubjectAhead(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.norm !== 'no' || NO_MEASURE.test(tokens[i + 2]?.norm ?? '')) return false;
  for (let j = i + 2, words = 0; j < tokens.length && words < 24; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') {
      if (t.text === ',') continue;
      return false;
    }
    if (MODAL.test(t.norm) || FINITE.test(t.norm)) return words >= 1;
    words++;
  }
  return false;
}

/** Sets that name a model, data or output a clause can be about. */
const NAMED_SUBJECT: ReadonlySet<string> = new Set(['aiNoun', 'outputNoun', 'customerDataTerm', 'dataNoun', 'docCustomerData']);
/**
 * ", and models trained before that date will not be retrained or deleted": a subject with no determiner that opens
 * on a model, data or output and reaches its modal within ten words, with no pause, states something new (468 § 7(c)
 * read the denial as the opt-out's own words).
 */
export function modalAfterNamedSubject(tokens: readonly Token[], i: number, byStart: Map<number, Tag[]>): boolean {
  const first = tokens[i + 1];
  const firstTags = first ? (byStart.get(first.start) ?? NO_TAGS) : NO_TAGS;
  if (!first || first.kind !== 'word' || !hasTag(firstTags, (set) => NAMED_SUBJECT.has(set)) || hasTag(firstTags, isModalOrClauseVerb)) return false;
  for (let j = i + 2, words = 1; j < tokens.length && words < 10; j++, words++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') return false;
    if (MODAL.test(t.norm)) return true;
  }
  return false;
}

/** How many words run back from token `i` to the previous comma, semicolon, colon or the sentence's start. */
export function wordsSincePause(tokens: readonly Token[], i: number): number {
  let words = 0;
  for (let j = i; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'word') words++;
    else if (t.text === ',' || t.text === ';' || t.text === ':') break;
  }
  return words;
}

/** Sets that name the data or output a clause is about. */
const OBJECT_SETS: ReadonlySet<string> = new Set(['outputNoun', 'customerDataTerm', 'dataNoun', 'docCustomerData']);
/** Whether, after the first comma following token `i`, the sentence names data or output of its own. */
export function namesOwnObjectAfterComma(tokens: readonly Token[], i: number, tags: readonly Tag[]): boolean {
  const comma = tokens.findIndex((t, k) => k > i && t.text === ',');
  if (comma < 0) return false;
  // "…, it grants Customer a … licence": a pronoun subject reaches back into the condition for its party, which must
  // stay part of the clause (agreement-85 § 4.3 lost its grantor).
  if (/^(?:it|they|he|she)$/.test(tokens[comma + 1]?.norm ?? '')) return false;
  const from = tokens[comma]!.end;
  return tags.some((t) => t.start >= from && OBJECT_SETS.has(t.set));
}

/**
 * "every person it authorises … is subject to a duty of confidentiality": after a copula, "subject to" a confidentiality
 * duty is the clause's own complement, not a condition (blind68-013 read the duty as one).
 */
export function boundByConfidentiality(tokens: readonly Token[], i: number, byStart: Map<number, Tag[]>): boolean {
  return /^(?:is|are|be|remain|remains)$/.test(tokens[i - 1]?.norm ?? '') && tagAhead(tokens, i + 1, 4, byStart, (set) => set === 'confidentialityUndertaking');
}

/**
 * "We encrypt your mood check-ins so that our staff can't read your entries": the result a measure is taken for opens a
 * statement of its own, and its "can't" denies nothing the first clause does (blind68-036 read the encryption as denied).
 * Only a result with its own subject that denies something: "so that you can retrieve them … and will delete them" goes
 * on with the clause.
 */
export function opensDeniedResult(tokens: readonly Token[], i: number, byStart: Map<number, Tag[]>): boolean {
  return tokens[i]?.norm === 'so' && tokens[i + 1]?.norm === 'that' &&
    // People as its subject: "so that it is no longer linked to Customer" is the data's own standard, and stays.
    (tagAhead(tokens, i + 1, 3, byStart, isParty) || /^(?:we|you|our|your)$/.test(tokens[i + 2]?.norm ?? '')) &&
    tagAhead(tokens, i + 1, 6, byStart, (set) => set === 'negator') &&
    // "…so that the user can no longer be identified, and use them to develop …": the clause goes on after the result.
    !tokens.some((t, k) => k > i && t.text === ',' && tokens[k + 1]?.norm === 'and');
}

/** Sets that name data: the subject of a clause of time about what is done to it. */
const DATA_SUBJECT: ReadonlySet<string> = new Set(['customerDataTerm', 'dataNoun', 'usageData', 'docCustomerData']);
/**
 * "A pipeline that removes direct identifiers before any Claims Data is used for Model training": mid-sentence,
 * "before" with data of its own as subject and a passive verb ("is used", "are processed") opens a clause of time,
 * which a safeguard step precedes; it grants nothing (audit228, 499 Annex 2 item 2 was read as a training grant).
 * Without the data subject and the verb it dates the noun before it ("files added before the Effective Date").
 */
export function opensTimeClauseOnData(tokens: readonly Token[], i: number, byStart: Map<number, Tag[]>): boolean {
  if (tokens[i]?.norm !== 'before' || !tagAhead(tokens, i, 4, byStart, (set) => DATA_SUBJECT.has(set))) return false;
  const words = tokens.slice(i + 1).filter((t) => t.kind === 'word').slice(0, 7);
  const be = words.findIndex((t) => /^(?:is|are)$/.test(t.norm));
  const participle = words[be + 1]?.norm ?? '';
  return be > 0 && /ed$/.test(participle) && !words.slice(0, be).some((t) => /^(?:is|are|was|were|shall|will|may|must)$/.test(t.norm));
}
