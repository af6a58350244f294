// The negations of one clause and how far each reaches: "shall not use or share", "no Customer Data will be used",
// "prohibited from using", and the "not"s that negate nothing ("not less than thirty days"). Pure: frame types and
// the language layer only.
import type { Unit } from '../language/matcher';
import type { Cue } from './frame';
import { ACTION_OF } from './actionOf';
import { hedgeBefore } from './restrainedParty';
import { wordIndexAt, type PredicateInput } from './predicateInput';
import { leftOut } from './wordRoles';

/** Subjects of a relative clause of its own ("which we may keep", "that you may upload"). */
const RELATIVE_SUBJECT = /^(?:we|you|they)$/;
const NUMERIC_NO = /^(?:later|less|more|longer|fewer|earlier|greater|sooner|other|purpose|additional|charge|cost|extra)$/;
/** "not require", "not oblige": a negated duty, which reaches the duty and the verb it imposes, nothing after. */
const DUTY_AFTER_NEGATION = /^(?:require|requires|oblige|obliges|obligate|obligates)$/;
const COMPARATIVE = /^(?:later|less|more|longer|fewer|earlier|greater|sooner)$/;
const NOT_NEGATING_NEXT = /^(?:limited|only|necessarily|just|merely|all|every|than)$/;
/** Verbs of prohibition reach every action after them ("prohibited from using or sharing"). */
const WIDE_NEGATING_VERB = /^(?:cease|ceases|discontinue|discontinues|waive|waives|waived|prohibit|prohibits|prohibited|prohibiting|forbid|forbids|forbidden|bar|bars|barred|refrain|refrains|restrict|restricts|restricted|does not permit|not permitted)/i;
/** Verbs whose "that" opens the clause they govern ("ensure that no …"), not a relative clause. */
const CLAUSE_TAKING = /^(?:ensure|ensures|procure|procures|warrant|warrants|agree|agrees|confirm|confirms|undertake|undertakes|represent|represents|require|requires|acknowledge|acknowledges|covenant|covenants|certify|certifies|provided|providing|except|save)$/;

export interface Negation {
  readonly cue: Cue;
  /** Index of the first word it reaches, and of the last (inclusive). */
  readonly from: number;
  readonly to: number;
  /** Inside a relative clause ("datasets which do not include customer code"): it describes, it does not forbid. */
  readonly relative: boolean;
  /** Inside brackets ("(not being a competitor)"): it never decides the clause's polarity on its own. */
  readonly bracketed?: boolean;
  /** "but not <a short phrase with no verb>": a thing left out of a list, whose words are nouns, never acts. */
  readonly leftOut?: boolean;
}

/** "…, and that": an "and"/"or" after which "that" repeats a complement that a clause-taking verb opened earlier. */
function coordinatedComplement(units: readonly Unit[], at: number): boolean {
  if (!/^(?:and|or)$/.test(units[at]?.norm ?? '')) return false;
  for (let k = at - 1; k > 0; k--) if (units[k]?.norm === 'that' && CLAUSE_TAKING.test(units[k - 1]?.norm ?? '')) return true;
  return false;
}

/** Nouns whose "to …" names what someone chose or asked, not what the clause's actor does. */
const CHOICE_NOUN = /^(?:decisions?|choices?|requests?|instructions?|ability|options?)$/;

/**
 * "Users' ratings and decisions to send or discard them": the verb after "decisions to" (or after the "or" that joins
 * it to the one before) describes the data; nobody in the clause sends or discards anything.
 */
export function complementOfNoun(units: readonly Unit[], at: number, text: string): boolean {
  for (let k = at - 1; k >= Math.max(1, at - 3); k--) {
    const word = units[k]?.norm ?? '';
    // "… and Client's hiring decisions - to train …": a dash or comma between ends an aside; the purpose is the clause's.
    if (word === 'to') return CHOICE_NOUN.test(units[k - 1]?.norm ?? '') && text.slice((units[k - 1] as Unit).end, (units[k] as Unit).start).trim() === '';
    if (!/^[a-z]+$/.test(word)) return false;
  }
  return false;
}

/** "(a)", "(ii)", "(3)": a word that numbers a list item, written right after an opening parenthesis. */
function isListMarker(unit: Unit | undefined, text: string): boolean {
  if (unit === undefined || !/^(?:[a-h]|i{1,3}|iv|vi{0,3}|\d{1,2})$/.test(unit.norm) || text[unit.start - 1] !== '(') return false;
  // "thirty (30) days": a numeral in brackets after its number word restates it; it numbers no item.
  return !(/^\d/.test(unit.norm) && NUMBER_WORD_BEFORE.test(text.slice(Math.max(0, unit.start - 20), unit.start - 1)));
}
const NUMBER_WORD_BEFORE = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred)\s*$/i;

/** The next list item's marker after `from`, when the negation at `at` sits inside an item (a marker shortly before it). */
function nextItemMarker(units: readonly Unit[], at: number, from: number, text: string): number | undefined {
  let inItem = false;
  for (let k = at - 1; k >= 0 && at - k <= 12 && !inItem; k--) inItem = isListMarker(units[k], text);
  if (!inItem) return undefined;
  for (let k = from; k < units.length; k++) if (isListMarker(units[k], text)) return k;
  return undefined;
}

/**
 * "Draft AI Summaries that are not approved are deleted 7 days after generation" (fresh148a 406): a negation in a
 * relative clause reaches two words, but never the main clause's own verb after it ("are deleted").
 */
/** What may follow a describing "not": "subject (to)", or a participle ("required", "used", "covered"). */
const DESCRIBED = /^(?:subject|covered|required|needed|included|selected|marked|designated|identified|used)$/;
/** Words before "not" that make it the clause's own: auxiliaries, pronouns, conjunctions, adverbs. */
const NOT_A_NOUN_BEFORE = /^(?:is|are|was|were|be|been|being|do|does|did|will|shall|may|must|can|could|would|should|might|has|have|had|and|or|but|nor|to|that|which|who|whom|whose|we|you|they|it|he|she|i|if|whether|where|when|though|although|as|so|also|still|yet|then|[a-z]+ly)$/;
const MAIN_VERB = new Set(['is', 'are', 'was', 'were', 'will', 'shall', 'may', 'must']);
function relativeNarrowEnd(units: readonly Unit[], after: number): number {
  for (let k = after + 1; k <= after + 2; k++) if (MAIN_VERB.has(units[k]?.norm ?? '')) return k - 1;
  return after + 2;
}

/** The last word of a relative clause that starts at `from`: before the next "that/which/who" or list item, at most 30 words on. */
/** "excluded from the data we use", "excluded from training datasets": an exclusion from what a use draws on. */
const POOL_WORD = /^(?:data|dataset|datasets|information|content|training|corpus)$/;
function excludedFromPool(neg: Cue, units: readonly Unit[], after: number): boolean {
  if (neg.set !== 'negatingVerb' || !/^exclud/i.test(neg.text) || units[after]?.norm !== 'from') return false;
  for (let k = after + 1; k <= after + 3 && k < units.length; k++) if (POOL_WORD.test((units[k] as Unit).norm)) return true;
  return false;
}

function relativeClauseEnd(units: readonly Unit[], from: number, text: string): number {
  const last = Math.min(units.length - 1, from + 30);
  for (let k = from + 1; k <= last; k++) if (/^(?:that|which|who)$/.test((units[k] as Unit).norm) || isListMarker(units[k], text)) return k - 1;
  return last;
}

/**
 * "does not remove your content from models …, which we may keep and continue to use": a relative clause with its own
 * subject and modal is a statement of its own; a negation before it reaches only to the word before it. Bounded to
 * 40 words on, so reading stays linear.
 */
function ownRelativeClauseBefore(units: readonly Unit[], from: number, segCues: readonly Cue[], offset: number): number | undefined {
  const last = Math.min(units.length - 2, from + 40);
  for (let k = from + 1; k < last; k++) {
    if (!/^(?:which|who)$/.test((units[k] as Unit).norm) || !RELATIVE_SUBJECT.test((units[k + 1] as Unit).norm)) continue;
    const modalAt = (units[k + 2] as Unit).start + offset;
    if (segCues.some((c) => c.set === 'modal' && c.start === modalAt)) return k - 1;
  }
  return undefined;
}

/**
 * "is not PHI, is not subject to Section B11, and remains available …", "is not used to train models, and is deleted …":
 * after a comma, "and" right before a verb of
 * the vocabulary opens a second verb phrase of the same subject, with its own polarity; a negation before it reaches
 * only to the word before the comma. Bounded to 40 words on.
 */
function coordinatedVerbBefore(input: PredicateInput, from: number, segCues: readonly Cue[]): number | undefined {
  const { units, offset, sentenceText } = input;
  const last = Math.min(units.length - 2, from + 40);
  for (let k = from + 1; k < last; k++) {
    const unit = units[k] as Unit;
    if (unit.norm !== 'and' || sentenceText.slice((units[k - 1] as Unit).end, unit.start).trim() !== ',') continue;
    // ", and any costs recovered … are retained": a determiner after ", and", with an auxiliary a few words on, opens a
    // clause with a subject of its own. (", and the ratings that users give, to tune …" is one more object.)
    if (NEW_SUBJECT_DETERMINER.test((units[k + 1] as Unit | undefined)?.norm ?? '') && auxiliaryAhead(input, k + 2)) return k - 1;
    // ", and is deleted when …", ", and will be returned": the verb may follow its own auxiliary.
    let v = k + 1;
    while (v < k + 3 && COORDINATED_AUXILIARY.test((units[v] as Unit | undefined)?.norm ?? '')) v++;
    const verbAt = (units[v] as Unit | undefined)?.start;
    if (verbAt !== undefined && segCues.some((c) => c.start === verbAt + offset && ACTION_OF[c.set] !== undefined)) return k - 1;
  }
  return undefined;
}
/**
 * "cease all processing of Customer Data and destroy it": a second verb in its base form after "and" is a duty of its
 * own, out of the reach of the verb that ends the first ("the improvement and training uses" joins two nouns).
 */
function baseVerbAfterAnd(input: PredicateInput, from: number, segCues: readonly Cue[]): number | undefined {
  const { units, offset } = input;
  for (let k = from + 1; k < Math.min(units.length - 1, from + 40); k++) {
    if ((units[k] as Unit).norm !== 'and') continue;
    const verb = units[k + 1] as Unit;
    if (!/ing$/.test(verb.norm) && segCues.some((c) => c.start === verb.start + offset && ACTION_OF[c.set] !== undefined)) return k - 1;
  }
  return undefined;
}
const NEW_SUBJECT_DETERMINER = /^(?:any|all|each|every|the)$/;
const CLAUSE_BREAK = /^(?:that|which|who|whom|whose)$/;
/** An auxiliary within eight words of `from`, before any comma or relative pronoun: the subject's own verb. */
function auxiliaryAhead(input: PredicateInput, from: number): boolean {
  const { units, sentenceText } = input;
  for (let k = from; k < Math.min(units.length, from + 8); k++) {
    const unit = units[k] as Unit;
    if (k > from && sentenceText.slice((units[k - 1] as Unit).end, unit.start).includes(',')) return false;
    if (CLAUSE_BREAK.test(unit.norm)) return false;
    if (COORDINATED_AUXILIARY.test(unit.norm)) return true;
  }
  return false;
}
const COORDINATED_AUXILIARY = /^(?:is|are|was|were|be|been|will|shall|must|may)$/;

/**
 * After "nothing", a duty verb ("requires", "obliges") within four words, with no comma between: the negation reaches
 * the duty and the verbs it imposes ("to retrain or delete"), up to the word after them. Undefined when there is none.
 */
function dutyAfterNothing(input: PredicateInput, from: number): number | undefined {
  const { units, sentenceText } = input;
  for (let k = from; k < Math.min(units.length, from + 5); k++) {
    if (k > from && sentenceText.slice((units[k - 1] as Unit).end, (units[k] as Unit).start).includes(',')) return undefined;
    if (!DUTY_AFTER_NEGATION.test((units[k] as Unit).norm)) continue;
    for (let t = k + 1; t < Math.min(units.length, k + 5); t++) if ((units[t] as Unit).norm === 'to') return t + 3;
    return k + 3;
  }
  return undefined;
}

/**
 * Where the verbs a denied duty imposes end: "require Provider to remove", "require the Supplier to delete or retrain":
 * the verb after the "to" (and a second joined by "or"/"and"), however long the name between; never the words that
 * describe its object ("to retrain models trained before …") (audit62b, 174 § 9.4 read no "not").
 */
function imposedVerbsEnd(units: readonly Unit[], duty: number): number {
  for (let t = duty + 1; t < Math.min(units.length, duty + 5); t++) {
    if ((units[t] as Unit).norm !== 'to') continue;
    return /^(?:or|and)$/.test(units[t + 2]?.norm ?? '') ? t + 3 : Math.max(t + 1, duty + 3);
  }
  return duty + 3;
}

/**
 * "… but do not replace, the judgement of the care team; the care plan remains the record": a semicolon closes the
 * clause, and a negation before it reaches no further. Bounded by `to`, so reading stays linear.
 */
function semicolonBefore(input: PredicateInput, from: number, to: number): number {
  const { units, sentenceText } = input;
  for (let k = from + 1; k <= Math.min(to, units.length - 1); k++) {
    if (sentenceText.slice((units[k - 1] as Unit).end, (units[k] as Unit).start).includes(';')) return k - 1;
  }
  return to;
}

/**
 * "required each provider not to use Customer Materials to train its models, and to delete any inputs within 30 days":
 * after a negated infinitive, ", and to …" opens a second infinitive that the "not" does not reach (audit62, 174 Sch 1).
 */
function infinitiveAfterComma(input: PredicateInput, after: number): number | undefined {
  const { units, sentenceText } = input;
  if (units[after]?.norm !== 'to') return undefined;
  for (let k = after + 2; k < units.length - 1; k++) {
    if (units[k]?.norm === 'and' && units[k + 1]?.norm === 'to' && sentenceText.slice((units[k - 1] as Unit).end, (units[k] as Unit).start).includes(',')) return k - 1;
  }
  return undefined;
}

/** "no other purpose(s), including …", "no other use, including …": the index of the first word the list names. */
function otherPurposesListed(units: readonly Unit[], after: number): number | undefined {
  if (units[after]?.norm !== 'other' || !/^(?:purposes?|uses?)$/.test(units[after + 1]?.norm ?? '')) return undefined;
  return units[after + 2]?.norm === 'including' ? after + 3 : undefined;
}

/** Where the bracket that `at` sits inside closes, if `at` is inside one ("(not being a competitor)"). */
function closingBracketAfter(text: string, at: number): number | undefined {
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return undefined;
  const close = text.indexOf(')', at);
  return close < 0 ? undefined : close;
}

/** What joins verbs of one list: ", ", " or ", ", and ", " and ". */
const LISTED_WITH = /^(?:,\s?(?:(?:or|and)\s)?|\s(?:or|and)\s)$/;

export function negations(input: PredicateInput, segCues: readonly Cue[]): { negations: Negation[]; doubleNegative: Cue | undefined } {
  const { units, offset } = input;
  const found: Negation[] = [];
  let doubleNegative: Cue | undefined;
  // 'items that Customer has marked as "Restricted"': a label in quotation marks names a setting; it negates nothing.
  const quoted = (c: Cue) => /["“'‘]$/.test(input.sentenceText.slice(Math.max(0, c.start - offset - 1), c.start - offset));
  // "will not use Customer Data held in a Restricted Workspace", "Restricted Collections": a participle before a noun
  // names a kind of thing, and lifts no "not" ("not restricted from" does; blind64 read two bans as grants).
  const attributive = (c: Cue) => /ed$/i.test(c.text) && /^\s+[A-Za-z]/.test(input.sentenceText.slice(c.end - offset)) &&
    !/^\s+(?:from|to|by|in|under|on|as|at|for|with|or|and)\b/i.test(input.sentenceText.slice(c.end - offset));
  const permission = segCues.find((c) => c.set === 'permissionNegated' && !quoted(c) && !attributive(c));
  const skip = new Set<number>();
  // "for any purpose not prohibited by law": the law's double negative permits; its "not" and "prohibited" negate nothing.
  // Nor does the "no longer" of how far data is de-identified ("so that the person can no longer be identified").
  const lawful = segCues.filter((c) => c.set === 'lawPermits' || c.set === 'identityRemoved');
  for (const neg of segCues.filter((c) => c.set === 'negator' || c.set === 'negDeterminer' || c.set === 'negatingVerb')) {
    if (skip.has(neg.start) || lawful.some((law) => law.start <= neg.start && neg.end <= law.end)) continue;
    // "no-show data", "a not-for-profit plan": joined by a hyphen, the word is part of a compound and negates nothing.
    if (neg.set !== 'negatingVerb' && input.sentenceText.charAt(neg.end - offset) === '-') continue;
    const i = wordIndexAt(units, neg.start, offset);
    const after = wordIndexAt(units, neg.end, offset);
    const next = units[after];
    if (neg.set !== 'negatingVerb' && next && NOT_NEGATING_NEXT.test(next.norm)) continue;
    // "for no other purpose, including the development of generative models": the purposes the list names are the
    // other purposes denied; the "no" reaches them, and only them (the clause's own use stands).
    const listed = neg.set === 'negDeterminer' ? otherPurposesListed(units, after) : undefined;
    if (listed !== undefined) {
      found.push({ cue: neg, from: listed, to: units.length, relative: false });
      continue;
    }
    if (neg.set === 'negDeterminer' && next && NUMERIC_NO.test(next.norm)) continue;
    // "accounts with no sign-in for 24 months will be closed": "with no …" describes the subject; it negates its own
    // short phrase, never the clause's verb.
    if (neg.set === 'negDeterminer' && units[i - 1]?.norm === 'with') {
      found.push({ cue: neg, from: after, to: after + 1, relative: true });
      continue;
    }
    // "the VRMs of vehicles not subject to a PCN", "records not required for billing": "not" right after a noun and
    // before "subject" or a participle describes the noun, as a relative clause would ("that are not …"); it reaches
    // its own short phrase, never the clause's verb (blind96-85 read "may use … to train" as a ban).
    if (neg.text.toLowerCase() === 'not' && next && DESCRIBED.test(next.norm) && units[i - 1] !== undefined && !NOT_A_NOUN_BEFORE.test(units[i - 1]!.norm)) {
      found.push({ cue: neg, from: after, to: relativeNarrowEnd(units, after), relative: true });
      continue;
    }
    // "on not less than thirty days' notice", "not later than", "samples not exceeding 10%", "fees not to exceed $500":
    // a bound on a number or a date, not a negation.
    if (next && COMPARATIVE.test(next.norm) && units[after + 1]?.norm === 'than') continue;
    if (next && (next.norm === 'exceeding' || (next.norm === 'to' && units[after + 1]?.norm === 'exceed'))) continue;
    // "Zero Retention Mode", "No-Code Builder": a capitalised name, not a negation.
    if (i > 0 && /^[A-Z][a-z]/.test(neg.text) && next && /^[A-Z][a-z]/.test(next.text) && !/^(?:No|None|Nothing|Never|Not)$/.test(neg.text)) continue;
    // "transcript text but not audio, under terms that prohibit them from training": "but not" before a short phrase
    // with no verb leaves a thing out of a list; it negates that phrase alone, and is no double negative with a later
    // "prohibit … from".
    const left = leftOut(input, neg, i, after);
    if (left !== undefined) {
      found.push({ cue: neg, from: after, to: left, relative: true, leftOut: true });
      continue;
    }
    // "Nothing … prevents us from …" and "not restricted from" are permissions.
    // "but not audio, under terms that prohibit them from training": a comma between them ends the double negative.
    if (neg.set !== 'negatingVerb' && permission && permission.start > neg.start && wordIndexAt(units, permission.start, offset) - i <= 8 &&
      !input.sentenceText.slice(neg.end - offset, permission.start - offset).includes(',')) {
      doubleNegative = neg;
      skip.add(permission.start);
      // "shall restrict or be construed to restrict": the hedged repeat of the verb is the same double negative.
      // "shall be construed to prohibit, restrict or limit Crewline from using …": the verbs listed with it are the
      // same double negative (blind83 read the list's last two as a ban).
      let listEnd = permission.end;
      for (const repeat of segCues.filter((c) => c.set === 'permissionNegated' && c.start > permission.start)) {
        const between = input.sentenceText.slice(listEnd - offset, repeat.start - offset);
        if (hedgeBefore(units, wordIndexAt(units, repeat.start, offset)) > 0 || LISTED_WITH.test(between)) {
          skip.add(repeat.start);
          listEnd = repeat.end;
        }
      }
      continue;
    }
    // "content that does not contain personal data" describes the data; it negates only its own short clause.
    // "shall ensure that no Sub-processor … may use …": after a verb that takes a clause, "that" opens the clause it
    // governs, and the negation there reaches all of it.
    // "shall ensure that each sub-processor is bound …, and that no sub-processor uses …": a second "that" coordinated
    // with the first is governed by the same verb (audit59, 162 § 7.4).
    const complement = units[i - 1]?.norm === 'that' && (CLAUSE_TAKING.test(units[i - 2]?.norm ?? '') || coordinatedComplement(units, i - 2));
    // ", in which case no Customer Data will be sent …" (fresh187a 484-16): "which case" is a connective, not a relative.
    const connective = units[i - 1]?.norm === 'case' && units[i - 2]?.norm === 'which';
    const relative = !complement && !connective && [units[i - 1], units[i - 2]].some((u) => u && /^(?:that|which|who|whose)$/.test(u.norm));
    // "instruct AWS not to use and store …": the negation is what is instructed; it reaches the instructed verbs only.
    const instructed = segCues.some((c) => c.set === 'instructionVerb' && c.end <= neg.start && i - wordIndexAt(units, c.end, offset) <= 3);
    // "terms that prohibit it from using Personal Data for its own purposes, including training": a prohibition in a
    // relative clause forbids its whole list, up to the next relative clause ("and that require it to delete").
    // An active verb right after the pronoun binds someone; "datasets that are restricted from …" only describes.
    // A list marker may stand between them: "terms that (a) prohibit using …, (b) limit …".
    const marked = isListMarker(units[i - 1], input.sentenceText);
    const binds = /^(?:that|which)$/.test(units[marked ? i - 2 : i - 1]?.norm ?? '');
    // "images of keys are excluded from the data we use to develop our products, including any machine-learning
    // features": what is excluded from the pool of data a use draws on is kept from that use, to the end of the clause.
    if ((binds && neg.set === 'negatingVerb' && WIDE_NEGATING_VERB.test(neg.text)) || excludedFromPool(neg, units, after)) {
      found.push({ cue: neg, from: after, to: relativeClauseEnd(units, after, input.sentenceText), relative: false });
      continue;
    }
    // "it does not require us to remove content already used for training": what is denied is the duty, which
    // reaches the verb it imposes ("to remove": nothing need be removed), not the words that describe the content.
    // "Nothing in this clause requires Halden to remove …": "nothing" opening a phrase before the duty denies the duty
    // the same way, up to four words on and before any comma.
    const duty = next !== undefined && DUTY_AFTER_NEGATION.test(next.norm) ? imposedVerbsEnd(units, after) : neg.text.toLowerCase() === 'nothing' ? dutyAfterNothing(input, after) : undefined;
    // "Termination shall not affect the Supplier's right to continue using …": a denied effect reaches only the verb of
    // effect; the right or duty after it stands.
    const effect = next !== undefined && segCues.some((c) => c.set === 'effectVerb' && c.start === next.start + offset);
    const narrow = relative || instructed || (neg.set === 'negatingVerb' && !WIDE_NEGATING_VERB.test(neg.text));
    // "appoint an auditor (not being a competitor of the Company) to audit …": a negation inside brackets stops at
    // the closing bracket; the clause around it stays positive.
    const bracketEnd = closingBracketAfter(input.sentenceText, neg.start - offset);
    const to = semicolonBefore(input, after, duty ?? (effect ? after : instructed ? after + 4 : narrow ? (relative ? relativeNarrowEnd(units, after) : after + 2) : ownRelativeClauseBefore(units, after, segCues, offset) ?? coordinatedVerbBefore(input, after, segCues) ?? (neg.set === 'negatingVerb' ? baseVerbAfterAnd(input, after, segCues) : undefined) ?? infinitiveAfterComma(input, after) ?? units.length));
    // "the Sub-processor … (b) does not use Personal Data to train …, and (c) deletes inputs": inside a list item the
    // negation stops at the next item's marker (audit49: 128 § 5.4 read "does not … delete").
    const itemEnd = nextItemMarker(units, i, after, input.sentenceText) ?? units.length;
    if (bracketEnd === undefined) found.push({ cue: neg, from: after, to: Math.min(to, itemEnd), relative });
    else found.push({ cue: neg, from: after, to: Math.min(to, itemEnd, wordIndexAt(units, bracketEnd + offset, offset)), relative, bracketed: true });
  }
  return { negations: found, doubleNegative };
}

