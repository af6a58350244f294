// Classifies an exception or condition attached to a clause: consent, opt-out, a wish, safety, the customer's
// service or the vendor's own ends. Pure: imports only the frame types.
import type { Condition, ConditionKind, Cue } from './frame';
import type { Segment } from './segments';
import { cuesBetween } from './predicateInput';

const CHOICES = new Set<ConditionKind>(['opt-out', 'consent', 'wish']);
const PARTY_NAMES = new Set(['customerRole', 'vendorRole', 'docCustomer', 'docVendor', 'thirdParty']);
/**
 * "may retain … evaluation records, including after any opt-out under Section A.5": a choice named as the moment the
 * use outlives is overridden, not offered (205 § A.6 read as the customer's lever). The word before the choice, or the
 * one before its determiner.
 */
const OUTLIVED_FROM = new Set(['notwithstanding', 'despite']);
// "after you opt out, we will stop" is the lever itself; "including after", "even after" say the use goes on.
const OUTLIVED_AFTER = new Set(['after', 'following', 'beyond']);
const GOES_ON = new Set(['including', 'even', 'also', 'still']);
const DETERMINERS = new Set(['any', 'an', 'a', 'the', 'such', 'its', 'their', 'your', 'his', 'her']);
const CHOOSERS = new Set(['you', 'it', 'they', 'he', 'she']);

const ORDER: readonly [ConditionKind, readonly string[]][] = [
  // "unless expressly permitted by applicable law": the law permits, so the word "expressly" is no consent.
  ['safety', ['lawPermits']],
  // "Except as expressly set forth herein": a pointer to other clauses, so its "expressly" is no consent either.
  ['other', ['crossReference']],
  ['opt-out', ['optOutVerb']],
  ['consent', ['optInVerb', 'consentCue']],
  ['vendor-ends', ['vendorEnds', 'anyPurpose']],
  ['safety', ['safetyPurpose']],
  ['customer-serving', ['customerServing']],
];

/**
 * A purpose is what the condition names only when it follows "to", "for", "of" or the opener itself ("except to
 * improve", "other than for research"); "unless the Cover Page identifies Training Data" names a document, not a purpose.
 */
function namesPurpose(text: string, opener: Cue | undefined, cue: Cue, offset: number): boolean {
  const from = (opener?.end ?? cue.start) - offset;
  const between = text.slice(from, cue.start - offset);
  return /^\s*(?:(?:to|for|as)\b|$)/i.test(between) || /\b(?:to|for|of|purposes?|in order to)\s+(?:\w+\s+)?$/i.test(between);
}

/** Drops cues that sit inside a longer party name; one pass over cues sorted by start. */
function withoutWordsOfNames(cues: readonly Cue[]): Cue[] {
  const isName = (c: Cue) => (PARTY_NAMES.has(c.set) ? 0 : 1);
  // A name and a word starting together: the name comes first, so it covers the word.
  const sorted = [...cues].sort((a, b) => a.start - b.start || isName(a) - isName(b));
  let cover: Cue | undefined;
  return sorted.filter((c) => {
    if (PARTY_NAMES.has(c.set)) {
      if (!cover || c.end > cover.end) cover = c;
      return true;
    }
    return !(cover && c.end <= cover.end && cover.end - cover.start > c.end - c.start);
  });
}

/** "is enabled", "has been switched on", "remains turned on": a setting stated as on. */
const STATED_ON = /\b(?:is|are|was|were|be|been|being|remains?|stays?)\s+(?:\w+ly\s+)?(?:enabled|turned\s+on|switched\s+on|activated)$/i;
/** "… enabled by Customer", "… switched on by you": the passive names who consented after all. */
const BY_A_PARTY = /^\s+by\s+(?:the\s+)?(?:you|your|[A-Z])/;
/**
 * "Where the Accuracy Improvement Programme is enabled for the Client's account, the Supplier may use …": a setting
 * stated as on, without saying who turns it on, is no consent (it may be on by default; 227 ¶4.1, which the next
 * paragraph enables by default). "If you enable it" and "… enabled by Customer" are consent.
 */
// Only a condition that opens the sentence, as the use's own gate: "… so that we can carry out Model Improvement where it
// is switched on" and "for so long as the connector remains enabled" qualify one purpose or one period (203 A8, 214 7.5).
const opensSentence = (text: string, segment: Segment) => /^\s*(?:\(?[\dA-Za-z]{1,4}(?:\.\d+)*[.)]?\s+)?$/.test(text.slice(0, segment.start));

/**
 * "If your account participates in the Clinical Insights Program …, which is enabled by default for accounts on our
 * Growth plan, you grant us …": the word names the setting's default, not anyone's choice (audit89, 238 Supplement
 * § 3.3 read as an opt-in).
 */
const DEFAULT_STATE = /^\s+by\s+default\b/i;

/**
 * "… is not disclosed in a form that allows conclusions to be drawn about the Customer": a thing that "allows" or
 * "permits" something is no one's consent (270 § 6.3 read its training as waiting for consent).
 */
/**
 * "where Customer has enabled AI Companion for its account", "If the Bank enables any feature designated as "Labs"":
 * turning a product feature on is using the product, not consenting to the training that comes with it (blind100-137,
 * fresh188a 486-42 were read as opt-ins); the consent is marked so that training rules can tell. It still chooses the
 * feature's own sending of data to a provider. A setting about the data's use ("the Model Improvement setting", "data
 * sharing") is consent to that use.
 */
const enablesFeature = (text: string, cue: Cue, offset: number): boolean => {
  if (!ENABLING.test(cue.text)) return false;
  const enabled = text.slice(cue.end - offset, cue.end - offset + ENABLED_REACH).split(/[,;.]/)[0] ?? '';
  return FEATURE_THING.test(enabled) && !DATA_USE_SETTING.test(enabled);
};
const ENABLING = /^(?:enable[sd]?|enabling|activate[sd]?|activating)$/i;
/** How far after "enables" the thing enabled is named. */
const ENABLED_REACH = 90;
const FEATURE_THING = /\b(?:features?|beta|labs|preview|assistant|companion|copilot|add-?ons?|modules?|capabilit(?:y|ies)|tools?|integrations?)\b/i;
const DATA_USE_SETTING = /\b(?:train\w*|improv\w*|shar(?:e|es|ing)|contribut\w*|data|learning|programm?e?s?|consent|opt(?:-|\s)?in)\b/i;

const thingAllows = (text: string, cue: Cue, offset: number): boolean => /\b(?:that|which)\s+$/i.test(text.slice(Math.max(0, cue.start - offset - 12), cue.start - offset));

function settingStatedOn(text: string, cue: Cue, offset: number): boolean {
  const upTo = text.slice(Math.max(0, cue.start - offset - 40), cue.end - offset);
  return STATED_ON.test(upTo) && !BY_A_PARTY.test(text.slice(cue.end - offset, cue.end - offset + 20));
}

/** "for any purpose other than …", "for any other purposes other than …": the exception's head names every purpose. */
const ANY_PURPOSE_BEFORE = /\bany\s+(?:other\s+)?purposes?\s*$/i;
/** ", including …", ", such as …": examples after the exception's own words. */
const EXAMPLES_LEAD = /,\s*(?:including|such\s+as|for\s+example)\b/i;

export function classifyCondition(segment: Segment, cues: readonly Cue[], offset: number, text: string): Condition {
  const inside = cuesBetween(cues, segment.start + offset, segment.end + offset);
  // "to such Customer or Authorized User": a word inside a party's name ("Authorized") is no consent of its own.
  const own = withoutWordsOfNames(inside);
  const opener = own.find((c) => c.set === 'exceptionOpener' || c.set === 'conditionOpener');
  const wish = own.find((c) => c.set === 'wishCue');
  const negated = own.some((c) => c.set === 'negator');
  const span = { start: segment.start + offset, end: segment.end + offset };
  // "If you do not want us to use your chats" states the customer's wish: the use is on until they act.
  // "even if you've turned the setting off", "whether or not Customer has opted out": the choice is named to be overridden.
  // "you can select whether or not you want us to use …" asks for the choice: "whether or not" concedes only after a
  // pause (a comma, a dash or the head of the sentence).
  const afterPause = (c: Cue) => /(?:^|[,;(\u2013\u2014-])\s*$/.test(text.slice(0, c.start - offset));
  const concessive = cues.some((c) => c.set === 'concessiveMark' && c.start <= span.start && c.end > span.start && (!/^whether/i.test(c.text) || afterPause(c)));
  // "after any opt-out", "even after Customer opts out": the word before the choice, or before its determiner or its
  // chooser (a pronoun or a capitalised name).
  const outlived = (cue: Cue) => {
    const words = text.slice(Math.max(0, cue.start - offset - 40), cue.start - offset).split(' ').filter((w) => w !== '');
    const last = words[words.length - 1];
    if (last === undefined) return false;
    const chooser = DETERMINERS.has(last.toLowerCase()) || CHOOSERS.has(last.toLowerCase()) || /^[A-Z]/.test(last);
    const at = words.length - (chooser ? 2 : 1);
    const word = (k: number) => (words[k] ?? '').toLowerCase();
    return OUTLIVED_FROM.has(word(at)) || (OUTLIVED_AFTER.has(word(at)) && GOES_ON.has(word(at - 1)));
  };
  const overridden = (kind: ConditionKind, cue?: Cue): ConditionKind =>
    CHOICES.has(kind) && (concessive || (kind === 'opt-out' && cue !== undefined && outlived(cue))) ? 'despite-control' : kind;
  if (wish && negated) return { kind: overridden('wish'), opener, cue: wish, ...span };
  // "… other than the Model, or for any purpose other than those set out in Section 2.1": a purpose followed by an
  // exception of its own is what that exception carves from (the limit), not a purpose the first exception allows.
  const exceptedFrom = (c: Cue) => own.some((o) => (o.set === 'limiter' || o.set === 'otherPurposeLimit') && o.start <= c.start && o.end > c.end);
  // "shall not use Carrowmore Data for any purpose other than the performance of the Services, including for marketing,
  // profiling or benchmarking": the examples after the exception are of "any purpose", the ones banned (360 § 4.6).
  const examplesOfBanned = (c: Cue) =>
    opener !== undefined && ANY_PURPOSE_BEFORE.test(text.slice(0, opener.start - offset)) && EXAMPLES_LEAD.test(text.slice(opener.end - offset, c.start - offset));
  for (const [kind, sets] of ORDER) {
    // The strongest word decides the cue: "opt in" before "permission", in the order the sets are listed.
    for (const set of sets) {
      const cue = own.find((c) => c.set === set && (kind !== 'vendor-ends' || (namesPurpose(text, opener, c, offset) && !exceptedFrom(c) && !examplesOfBanned(c))) && !(kind === 'consent' && (thingAllows(text, c, offset) || (opensSentence(text, segment) && settingStatedOn(text, c, offset)) || DEFAULT_STATE.test(text.slice(c.end - offset, c.end - offset + 12)))));
      if (cue) return { kind: overridden(kind, cue), opener, cue, ...span, ...(kind === 'consent' && enablesFeature(text, cue, offset) ? { featureOnly: true } : {}) };
    }
  }
  return { kind: 'other', opener, cue: undefined, ...span };
}
