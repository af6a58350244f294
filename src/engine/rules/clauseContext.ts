// What every rule sees about one sentence, and the shared helpers: evidence signals and polarity.
// Pure: imports only engine modules.
import type { CategoryId, Severity, Signal, SignalRole, Stance } from '../types';
import type { Sentence } from '../segmentDocument';
import { CONSENT, EXCEPTION, PERMISSION_DOUBLE_NEGATIVE, PROHIBITION } from '../lexicon';

export interface ClauseContext {
  readonly sentence: Sentence;
  readonly text: string;
  /** The whole paragraph, for context that spans sentences ("You can disable this"). */
  readonly paragraphText: string;
  /** Generic customer-data words plus the contract's own defined terms for customer data. */
  readonly customerData: RegExp;
  /** Vendor words plus the contract's own names for the vendor. */
  readonly vendor: RegExp;
  /** First mention of customer data in the sentence, computed once because every rule asks. */
  readonly object: Signal | undefined;
  /** First mention of the vendor in the sentence. */
  readonly actor: Signal | undefined;
}

export interface DetectedClause {
  readonly rule: string;
  readonly category: CategoryId;
  readonly stance: Stance;
  readonly severity: Severity;
  readonly evidence: readonly Signal[];
}

export type Rule = (ctx: ClauseContext) => readonly DetectedClause[];

/** The first match of `pattern` in the sentence as a signal with paragraph offsets. */
export function signal(ctx: ClauseContext, role: SignalRole, pattern: RegExp, from = 0): Signal | undefined {
  const m = pattern.exec(ctx.text.slice(from));
  if (!m || m[0].length === 0) return undefined;
  const start = ctx.sentence.start + from + m.index;
  return { role, text: m[0], start, end: start + m[0].length };
}

export function signals(...items: readonly (Signal | undefined)[]): Signal[] {
  return items.filter((s): s is Signal => s !== undefined).sort((a, b) => a.start - b.start);
}

// "If you do not want us to use X to train" states the customer's wish, not the vendor's promise: training is on by default.
const WISH_CONDITION = /\b(?:if|where|should|when|in case)\s+(?:you|the customer|customer|clients?|users?|account (?:owners?|holders?))\s+(?:(?:do not|does not|don['’]t|doesn['’]t)\s+(?:want|wish|prefer|like)|(?:would |['’]d )?(?:rather|prefer)\b[^.;,]{0,40}?\b(?:did not|didn['’]t|do not|don['’]t|not))\b/gi;
const WISH_NEGATION = /\b(?:did not|didn['’]t|do not|does not|don['’]t|doesn['’]t|not)\b/gi;

/** The sentence with a wish-condition's "do not" blanked out, same length so offsets still hold. */
function withoutWishNegation(text: string): string {
  return text.replace(WISH_CONDITION, (m) => m.replace(WISH_NEGATION, (neg) => ' '.repeat(neg.length)));
}

const CLAUSE_BOUNDARY = /[;:]|\b(?:however|provided,? however|provided that|but|whereas)\b/gi;

function clauseStart(text: string, at: number): number {
  let start = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(text); m !== null && m.index < at; m = CLAUSE_BOUNDARY.exec(text)) {
    start = m.index + m[0].length;
  }
  return start;
}

export type Polarity =
  | { readonly kind: 'permitted'; readonly cue?: Signal }
  | { readonly kind: 'prohibited'; readonly cue: Signal }
  | { readonly kind: 'prohibited-with-exception'; readonly cue: Signal; readonly exception: Signal; readonly tail: string };

/** Whether the use at sentence offset `at` is allowed, forbidden, or forbidden with a carve-out after `except`. */
export function polarityAt(ctx: ClauseContext, at: number): Polarity {
  const doubleNegative = signal(ctx, 'permission', PERMISSION_DOUBLE_NEGATIVE);
  if (doubleNegative) return { kind: 'permitted', cue: doubleNegative };
  const text = withoutWishNegation(ctx.text);
  const from = clauseStart(text, at);
  const prefix = text.slice(from, at);
  const neg = PROHIBITION.exec(prefix);
  // "not ... other than / except" after the use also turns a use into a prohibition ("used for no purpose other than").
  const negAnywhere = neg ?? PROHIBITION.exec(text.slice(at));
  if (!negAnywhere) return { kind: 'permitted' };
  const negOffset = neg ? from + neg.index : at + negAnywhere.index;
  if (!neg && !EXCEPTION.test(text.slice(at + negAnywhere.index))) return { kind: 'permitted' };
  const cue = signal(ctx, 'prohibition', PROHIBITION, negOffset);
  if (!cue) return { kind: 'permitted' };
  const afterNeg = negOffset + negAnywhere[0].length;
  const exception = signal(ctx, 'exception', EXCEPTION, afterNeg);
  if (exception) {
    const tail = ctx.text.slice(exception.end - ctx.sentence.start);
    if (!CONSENT.test(tail.slice(0, 60))) return { kind: 'prohibited-with-exception', cue, exception, tail };
  }
  return { kind: 'prohibited', cue };
}

/** The vendor as the actor of the sentence, when named. */
export function actorSignal(ctx: ClauseContext): Signal | undefined {
  return ctx.actor;
}
