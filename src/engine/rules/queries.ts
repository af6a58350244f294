// Questions rules ask of a clause frame: is it about training, about the customer's data, who acts, which conditions.
// Pure: imports only the frame types. Each helper reads the frame; none matches text itself.
import { consentOfOthers, unlessChosen } from './othersConsent';
import { improvesOwnThings } from './ownThings';
import type { Action, ActionKind, ClauseFrame, Condition, ConditionKind, Cue, DataObject, ObjectKind, Predicate } from '../reading/frame';
import type { SetId } from '../language/vocabulary';
import type { RuleInput } from './ruleTypes';

// The helpers below run for every rule on every clause: indexed loops, so no closure or iterator result per call
// when V8 does not inline them.
export function cue(p: Predicate | ClauseFrame, ...sets: SetId[]): Cue | undefined {
  for (let i = 0; i < p.cues.length; i++) if (sets.includes((p.cues[i] as Cue).set)) return p.cues[i];
  return undefined;
}
export function has(p: Predicate | ClauseFrame, ...sets: SetId[]): boolean {
  for (let i = 0; i < sets.length; i++) if (p.sets.has(sets[i] as SetId)) return true;
  return false;
}
export function action(p: Predicate, ...kinds: ActionKind[]): Action | undefined {
  for (let i = 0; i < p.actions.length; i++) if (kinds.includes((p.actions[i] as Action).kind)) return p.actions[i];
  return undefined;
}
/** An action of these kinds that the clause does not deny. */
export function affirmed(p: Predicate, ...kinds: ActionKind[]): Action | undefined {
  for (let i = 0; i < p.actions.length; i++) {
    const a = p.actions[i] as Action;
    if (kinds.includes(a.kind) && !a.negated && !a.inSubject && !a.topic) return a;
  }
  return undefined;
}
/** An action of these kinds that the clause denies ("will not train", "isn't stored"). */
export function denied(p: Predicate, ...kinds: ActionKind[]): Action | undefined {
  for (let i = 0; i < p.actions.length; i++) {
    const a = p.actions[i] as Action;
    if (kinds.includes(a.kind) && a.negated && !a.inSubject && !a.topic) return a;
  }
  return undefined;
}
export function object(p: Predicate, ...kinds: ObjectKind[]): DataObject | undefined {
  for (let i = 0; i < p.objects.length; i++) if (kinds.includes((p.objects[i] as DataObject).kind)) return p.objects[i];
  return undefined;
}
export function condition(p: Predicate, ...kinds: ConditionKind[]): Condition | undefined {
  for (let i = 0; i < p.conditions.length; i++) if (kinds.includes((p.conditions[i] as Condition).kind)) return p.conditions[i];
  return undefined;
}

const SPANS = new WeakMap<Predicate | ClauseFrame, Map<string, Set<SetId>>>();

/**
 * Whether one of these word sets tags exactly the words of `c` too: "training" is also a bare training word, "shall"
 * also a duty modal. Rules ask this instead of testing a cue's text; the span index is built once per clause.
 */
export function reads(holder: Predicate | ClauseFrame, c: Cue | undefined, ...sets: SetId[]): boolean {
  if (!c) return false;
  let spans = SPANS.get(holder);
  if (!spans) {
    spans = new Map();
    for (const t of holder.cues) {
      const key = `${t.start}:${t.end}`;
      const at = spans.get(key) ?? new Set<SetId>();
      at.add(t.set);
      spans.set(key, at);
    }
    SPANS.set(holder, spans);
  }
  const here = spans.get(`${c.start}:${c.end}`);
  return here !== undefined && sets.some((s) => here.has(s));
}

export const positive = ({ predicate }: RuleInput): boolean => predicate.polarity === 'positive';
export const negative = ({ predicate }: RuleInput): boolean => predicate.polarity === 'negative';

/** The customer is the one acting (a right or a duty of the customer, not of the vendor). */
export const customerActs = ({ predicate }: RuleInput): boolean => predicate.actor.side === 'customer';
/**
 * Who ends up holding the right: the vendor granted a licence or permission ("you permit us to use"), else the actor.
 */
export const beneficiary = (p: Predicate): Predicate['actor']['side'] =>
  p.recipient?.side === 'vendor' && p.actions.some((a) => a.kind === 'grant' && !a.negated) ? 'vendor' : p.actor.side;

/**
 * "You grant Zoom a licence to use Customer Content …: (ii) for the purpose of … machine learning, training, testing":
 * a clause with no modal and no data of its own that follows a grant or use of the customer's data for the vendor
 * lists the purposes of that use. The clause before may be the lead-in of a list whose items are paragraphs of their
 * own ("Provider may use Customer Data to:" / "(c) train its models."). Returns the data given to the vendor.
 */
export function purposeOfEarlierGrant({ frame, predicate: p, paragraph }: RuleInput): DataObject | undefined {
  if (p.modal !== undefined || p.polarity !== 'positive' || p.objects.some((o) => o.kind !== 'vendor-material' && o.start >= p.start)) return undefined;
  const at = frame.predicates.indexOf(p);
  for (let i = at - 1; i >= 0; i--) {
    const q = frame.predicates[i] as Predicate;
    if (object(q, 'customer-data', 'output') !== undefined) return usedForVendor(q);
  }
  return paragraph.listLeadIn === undefined ? undefined : usedForVendor(paragraph.listLeadIn);
}

/** The customer's data that this clause gives the vendor (its permission, or the customer's grant to the other side). */
function usedForVendor(q: Predicate): DataObject | undefined {
  const data = object(q, 'customer-data', 'output');
  if (data === undefined || q.polarity !== 'positive' || affirmed(q, 'grant', 'use') === undefined) return undefined;
  // The customer's grant goes to the other side unless it names a third party or the customer as grantee.
  const customerGrants = q.actor.side === 'customer' && affirmed(q, 'grant') !== undefined && (q.recipient === undefined || q.recipient.side === 'vendor' || q.recipient.side === 'unknown');
  return beneficiary(q) === 'vendor' || customerGrants || (q.actor.side === 'vendor' && q.modal !== undefined) ? data : undefined;
}

/**
 * "Provider will not use Customer Data to:" / "(a) train artificial intelligence models;": an item with no subject, modal
 * or "not" of its own under a lead-in that denies the vendor's use is one of the things denied.
 */
export function itemOfListedBan({ predicate: p, paragraph, frame }: RuleInput): boolean {
  const q = paragraph.listLeadIn;
  if (q === undefined || p.modal !== undefined || p.polarity !== 'positive' || (p.actor.side !== 'unknown' && p.actor.side !== 'vendor' && !opensWithVerb(frame, p))) return false;
  // "The Provider shall not, and shall procure that its sub-processors shall not:" denies whatever its items name.
  const bareBan = q.polarity === 'negative' && q.actions.length === 0 && q.objects.length === 0;
  return q.actor.side !== 'customer' && q.polarity === 'negative' &&
    (bareBan || (denied(q, 'use', 'share', 'train', 'improve') !== undefined && object(q, 'customer-data', 'output', 'usage-data') !== undefined));
}

/**
 * "(b) attempt to re-identify any individual, or any client of the Licensor, …": an item that opens with its verb takes
 * its subject from the lead-in; a party named later in it is what the verb acts on (372 § 2.5(b) was read as the
 * customer combining data, and struck as a risk). The item's number ("(b)", "2.") is passed over. No regex here.
 */
function opensWithVerb(frame: ClauseFrame, p: Predicate): boolean {
  const cue = p.actor.cue;
  if (cue === undefined) return false;
  const words = frame.text.slice(0, Math.max(0, cue.start - frame.start)).trim().split(' ').filter((w) => w !== '');
  const first = words[0] !== undefined && (words[0].startsWith('(') || words[0].endsWith(')') || words[0].endsWith('.')) ? words[1] : words[0];
  return first !== undefined && words.length >= 2 && first.charAt(0) !== first.charAt(0).toUpperCase();
}

/**
 * "9.1 Provider shall delete … Student Data in accordance with the following schedule: … (c) all other Student Data:
 * within sixty (60) days after termination …": an item without a verb of its own under a lead-in that promises
 * deletion says when the data goes, not that it is kept (fresh61, 232 § 9.1(c) read as kept after the end).
 */
export function itemOfDeletionSchedule({ predicate: p, paragraph }: RuleInput): boolean {
  return paragraph.underDeletionLeadIn === true && p.modal === undefined && (p.actor.side === 'unknown' || p.actor.side === 'vendor');
}

/** The vendor, its group, or nobody named (passive voice and fragments are read as the vendor's). */
export const vendorActs = ({ predicate }: RuleInput): boolean => beneficiary(predicate) === 'vendor' || beneficiary(predicate) === 'unknown';

/** Material that comes from the customer: its data in any name, its outputs, its usage. */
export const customerData = ({ predicate }: RuleInput): DataObject | undefined =>
  object(predicate, 'customer-data') ?? object(predicate, 'output', 'usage-data', 'feedback');

/** "training" alone could be staff training; with a model, AI or data nearby it is model training. */
/** Verbs that train only a model: "calibrate its models" trains; "calibrate screening rules", "tune alert thresholds" do not. */
const MODEL_BOUND_TRAINING = new Set(['tune', 'tunes', 'tuned', 'tuning', 'calibrate', 'calibrates', 'calibrated', 'calibrating']);
/** Instruments a service adjusts without any model: what such a verb then tunes. */
const INSTRUMENT_NOUNS = new Set([
  'threshold', 'thresholds', 'rule', 'rules', 'setting', 'settings', 'alert', 'alerts', 'alarm', 'alarms', 'sensor', 'sensors',
  'instrument', 'instruments', 'equipment', 'device', 'devices', 'price', 'prices', 'pricing', 'rate', 'rates', 'schedule',
  'schedules', 'workflow', 'workflows', 'limit', 'limits', 'tolerance', 'tolerances', 'gauge', 'gauges', 'meter', 'meters',
]);

/**
 * A model-bound verb whose object is an instrument and no AI word ("to calibrate screening rules", agreement 223 § 3.2)
 * adjusts the instrument; it trains nothing.
 */
function tunesAnInstrument(input: RuleInput, a: Action): boolean {
  if (!MODEL_BOUND_TRAINING.has(a.text.toLowerCase())) return false;
  const object: string[] = [];
  for (const word of wordsAfter(input.frame, a.end, 6)) {
    let bare = word.toLowerCase();
    while (bare !== '' && ',;:.)'.includes(bare.slice(-1))) bare = bare.slice(0, -1);
    object.push(bare);
    if (bare.length !== word.length || bare === 'and' || bare === 'or') break;
  }
  return object.some((w) => INSTRUMENT_NOUNS.has(w)) && !input.predicate.ai.some((c) => c.start >= a.end && c.start < a.end + 60);
}

function trainingWords(input: RuleInput, a: Action): boolean {
  const p = input.predicate;
  if (tunesAnInstrument(input, a)) return false;
  // Training personnel ("personnel shall complete training on HIPAA") is about people, whatever the words.
  if (has(p, 'personnel') && p.ai.length === 0 && object(p, 'customer-data', 'output') === undefined) return false;
  const bare = reads(p, a, 'bareTraining');
  return !bare || p.ai.length > 0 || customerData(input) !== undefined || has(p, 'dataNoun') || has(input.frame, 'aiNoun');
}

/**
 * "improve our machine learning models": an AI word shortly after the verb is what gets improved. An AI word used as
 * the means ("through the use of machine learning", "to work with LLMs") is not.
 */
/** Whether an AI word lies wholly in [from, to); binary search over the clause's AI words (sorted by start). */
function aiBetween(p: Predicate, from: number, to: number): boolean {
  let lo = 0;
  let hi = p.ai.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((p.ai[mid] as Cue).start < from) lo = mid + 1;
    else hi = mid;
  }
  const first = p.ai[lo];
  return first !== undefined && first.end <= to;
}

function improvesAi(p: Predicate, a: Action): boolean {
  // The instrument governs the first AI word after it: in "interactions with AIs to improve AI" the second is improved.
  const instrumentOf = (ai: Cue) =>
    p.cues.some((c) => c.set === 'aiInstrument' && c.end <= ai.start && ai.start - c.end <= 25 && !aiBetween(p, c.end, a.start));
  // "to make its routing algorithms smarter": a comparative follows the AI it improves.
  const madeBetter = POSTPOSED_COMPARATIVES.has(a.text.toLowerCase()) && p.ai.some((ai) => ai.end <= a.start && a.start - ai.end <= 30 && !instrumentOf(ai));
  // "improve the Platform and measure the accuracy of the AI Features": the AI word after a checking verb is checked.
  // "improve and monitor our AI models" shares its object: a checking verb right after "and" is no barrier.
  // "to monitor, troubleshoot and evaluate the accuracy and reliability of the AI Services": a checking verb whose
  // object is how the AI performs checks it (audit86 first run, 234 Sch C § C.5 read as training).
  const measured = (ai: Cue) => CHECKING_VERBS.has(a.text.toLowerCase()) && p.cues.some((c) => c.set === 'qualityOf' && c.start >= a.end && c.start - a.end <= 2 && c.end <= ai.start);
  const checked = (ai: Cue) => measured(ai) || p.cues.some((c) => c.set === 'aiChecked' && c.start - a.end > ' and '.length && c.end <= ai.start);
  return !checkedForQuality(p, a) && (madeBetter || p.ai.some((ai) => ai.start >= a.end && ai.start - a.end <= 70 && !instrumentOf(ai) && !checked(ai)));
}

/**
 * "shall test the AI Services for accuracy, robustness and unfair bias": a checking verb whose object is tested for a
 * quality checks the product; it neither trains nor improves it (audit89, 237 Sch 1 ¶10: a duty to test for bias read
 * as training). The customer's data used to test ("use your Content to test the models for accuracy") stays a use.
 */
function checkedForQuality(p: Predicate, a: Action): boolean {
  return CHECKING_VERBS.has(a.text.toLowerCase()) && !p.objects.some((o) => o.kind === 'customer-data' || o.kind === 'usage-data') &&
    p.cues.some((c) => c.set === 'checkedFor' && c.start >= a.end && c.start - a.end <= CHECKED_QUALITY_GAP);
}
/** Characters between a checking verb and the quality its object is tested for: " the AI Services ". */
const CHECKED_QUALITY_GAP = ' the AI-powered Services '.length;
const POSTPOSED_COMPARATIVES = new Set(['smarter', 'more accurate', 'better']);
const CHECKING_VERBS: ReadonlySet<string> = new Set(['evaluate', 'evaluates', 'evaluating', 'assess', 'assesses', 'assessing', 'measure', 'measures', 'measuring', 'test', 'tests', 'testing', 'validate', 'validates', 'validating', 'monitor', 'monitors', 'monitoring', 'verify', 'verifies', 'verifying']);

/** "AI prompts", "ML Content": an AI word right before a data word names the kind of data, not an AI that is improved. */
function namesData(p: Predicate, ai: Cue): boolean {
  return p.objects.some((o) => o.start >= ai.end && o.start - ai.end <= 1);
}

/**
 * A denial protects only where it names AI as what the data is not used for: "does not collect your AI prompts" is
 * about collection. (A grant keeps the wider reading: an AI word near the use is a warning worth reading.)
 */
function deniesAiUse(p: Predicate, a: Action): boolean {
  // "CIC does not use Artificial Intelligence in the collection of records": AI right after "use" is what is used, a
  // tool; the clause says nothing of data used for AI.
  if (a.kind === 'use' && p.ai.some((ai) => ai.start >= a.end && ai.start - a.end <= 1)) return false;
  return improvesAi(p, a) && p.ai.some((ai) => ai.start >= a.end && ai.start - a.end <= 70 && !namesData(p, ai));
}

/** The clause lets someone train or improve AI on data: a training verb it does not deny, or "improve our AI". */
export function trainingAffirmed(input: RuleInput): Action | undefined {
  const p = input.predicate;
  const usesData = affirmed(p, 'use', 'retain', 'share', 'grant') !== undefined;
  const train = p.actions.find(
    (a) => a.kind === 'train' && !a.negated && !a.inSubject && !a.topic && !a.relative && trainingWords(input, a) && (!reads(p, a, 'trainingNoun') || usesData || improvesAi(p, a)),
  );
  if (train) return train;
  // "may suspend or modify any AI Feature, or any third-party model underlying it": changing its own product, with
  // none of the customer's data named, is a change to the service, not training.
  return p.actions.find((a) => a.kind === 'improve' && !a.negated && !a.inSubject && !a.topic && improvesAi(p, a) && !(reads(p, a, 'changeVerb') && customerData(input) === undefined));
}

/** How far an order may stand from the "not" it asks for when only an aside on its manner lies between. */
const ORDER_REACH = 100;
/** "You may instruct AWS not to use …": the negation is what the customer may order; until it does, the use goes on. */
export function instructedNot(p: Predicate): boolean {
  const negation = p.negation;
  if (negation === undefined) return false;
  // "may request, by written notice to privacy@…, that Site Footage … not be included": an aside on the manner of the
  // request may stand between, so long as no other act or modal does.
  const orders = (c: Cue) =>
    c.end <= negation.start && (negation.start - c.end <= 30 ||
      (negation.start - c.end <= ORDER_REACH && !p.cues.some((o) => o.set === 'modal' && o.start >= c.end && o.end <= negation.start) &&
        !p.actions.some((a) => a.start >= c.end && a.end <= negation.start)));
  // "may elect, by written notice to privacy@…, to be excluded": the choice's own words end right before what it asks.
  if (p.cues.some((c) => (c.set === 'instructionVerb' || c.set === 'optInVerb') && orders(c))) return true;
  // "The Customer may by written notice require the Supplier to cease any processing …": what the customer may
  // require is the stop, so the "cease" is its demand, not a ban the clause lays down.
  const modal = p.modal;
  return p.actor.side === 'customer' && modal !== undefined && p.cues.some((c) => c.set === 'requirementWord' && c.start >= modal.end && orders(c));
}

/** The clause denies training: "will not train", "isn't used for training", "No AI training". */
/**
 * "models trained before that change are not retrained or rolled back", "need not be rebuilt": the clause denies undoing
 * a model, with no customer data named after the word ("not retrained on your data" is a training ban).
 */
export function modelNotUndone(p: Predicate): Cue | undefined {
  // The "not" is the clause's negation, or a negator just before the word ("will not be rebuilt", which has no other verb).
  const undone = p.cues.find((c) => c.set === 'modelUndone' && ((p.negation !== undefined && p.polarity === 'negative' && c.start > p.negation.start) ||
    p.cues.some((n) => n.set === 'negator' && n.end <= c.start && c.start - n.end <= 20)));
  return undone !== undefined && !p.objects.some((o) => o.kind === 'customer-data' && o.start >= undone.end) ? undone : undefined;
}

export function trainingDenied(input: RuleInput): Action | undefined {
  const p = input.predicate;
  if (instructedNot(p)) return undefined;
  const undone = modelNotUndone(p) !== undefined;
  const train = p.actions.find((a) => a.kind === 'train' && a.negated && !a.relative && trainingWords(input, a) && !(undone && reads(p, a, 'modelUndone')));
  if (train) return train;
  return p.actions.find((a) => (a.kind === 'improve' || a.kind === 'use') && a.negated && deniesAiUse(p, a));
}

/**
 * "a right to use (including copying, modifying and displaying) Customer Data": modifying or adapting the customer's
 * data is one of a licence's acts on that data, not an improvement of the vendor's product.
 */
const actsOnData = (p: Predicate, a: Action): boolean =>
  reads(p, a, 'dataEditVerb') && p.objects.some((o) => o.kind === 'customer-data' && o.start > a.end && o.start - a.end <= 40);

/** Improving the vendor's products or services with data, without saying AI. */
export function improvementAffirmed(input: RuleInput): Action | undefined {
  const p = input.predicate;
  // "for research and development purposes" names the improvement without naming what is improved.
  const standalone = p.actions.find((a) => a.kind === 'improve' && !a.negated && !a.inSubject && !a.topic && reads(p, a, 'improvementPurpose'));
  if (standalone) return standalone;
  // "to operate Copilot and improve it": what is improved is what the vendor runs, named by the product's own name.
  const back = cue(p, 'improvesWhatIsRun');
  const runThenImprove = back !== undefined && p.cues.some((c) => c.set === 'customerServing' && c.end <= back.start);
  const usable = (a: Action) => a.kind === 'improve' && !a.negated && !a.inSubject && !a.topic && !a.relative && !actsOnData(p, a) && !checkedForQuality(p, a);
  if (!has(p, 'offering', 'vendorMaterial') && !runThenImprove) return p.actions.find((a) => usable(a) && improvesOwnThings(input.frame, p, a));
  return p.actions.find(usable);
}

export function improvementDenied(input: RuleInput): Action | undefined {
  const p = input.predicate;
  if (!has(p, 'offering', 'vendorMaterial')) return undefined;
  return p.actions.find((a) => a.kind === 'improve' && a.negated);
}

/** A condition that leaves the customer in control: opt-in, consent, instruction, "with your prior written consent". */
export const consentGated = ({ predicate, frame }: RuleInput): boolean =>
  predicate.conditions.some((c) => c.kind === 'consent' && !consentWaived(frame, predicate, c) && !insideProviso(frame, predicate, c) && !consentOfOthers(frame, c) && !unlessChosen(frame, predicate, c)) || has(predicate, 'consentPhrase');
/**
 * "…, provided that Quillstone (b) does not transfer De-Identified Data to any third party unless that party agrees in
 * writing …": the consent of a third party, inside a proviso, gates the transfer it follows, not the grant before the
 * proviso (audit104, 271 § 6.1 read its training as waiting for consent). A proviso's "unless agreed in a written
 * amendment signed by both parties" still gates the grant.
 */
const insideProviso = (frame: ClauseFrame, p: Predicate, c: Condition): boolean =>
  p.conditions.some((o) => o !== c && o.opener !== undefined && o.opener.text.toLowerCase().startsWith('provided') && o.start < c.start && o.end >= c.start) &&
  frame.cues.some((k) => k.set === 'thirdParty' && k.end <= c.start && c.start - k.end <= 30);
/**
 * Every consent the clause waits for is only the customer turning a feature on ("where Customer has enabled AI
 * Companion"): the training that comes with the feature is granted, not opted into (blind100-137, fresh188a 486-42).
 */
export const featureOnlyConsent = ({ predicate }: RuleInput): boolean => {
  const consents = predicate.conditions.filter((c) => c.kind === 'consent');
  return consents.length > 0 && consents.every((c) => c.featureOnly === true) && !has(predicate, 'consentPhrase');
};
/** "may use … without your approval": in a permission, consent named after "without" is consent not needed. */
export const consentWaived = (frame: ClauseFrame, p: Predicate, c: Predicate['conditions'][number]): boolean =>
  p.polarity === 'positive' && c.opener !== undefined && frame.cues.some((k) => k.set === 'absenceOpener' && k.start === c.opener?.start);
/** On until the customer acts: "unless you opt out", "if you don't want us to". */
export const optOutGated = ({ predicate, frame }: RuleInput): boolean =>
  condition(predicate, 'opt-out', 'wish') !== undefined || frameFacts(frame).anyWish || predicate.conditions.some((c) => unlessChosen(frame, predicate, c));
/**
 * The use is limited to serving the customer: "only to provide the Services", "for no other purpose", "refrain from
 * using … for any purpose other than providing the Services", "only on Customer's instructions".
 */
export function purposeLimited(input: RuleInput): boolean {
  const p = input.predicate;
  if (bannedExceptToServe(input)) return true;
  if (p.actor.side === 'customer' || cue(p, 'vendorEnds', 'anyPurpose') !== undefined && cue(p, 'limiter') === undefined) return false;
  if (object(p, 'customer-data', 'output', 'generic') === undefined) return false;
  const limit = cue(p, 'limiter');
  if (!limit) return false;
  // "may retain Transcripts … after termination for the purpose of maintaining and validating the Scoring Models" (457
  // § 12.4): data kept for the vendor's models is limited to the vendor's ends, which protects no one.
  if (affirmed(p, 'retain') !== undefined && p.ai.some((c) => c.start > limit.start)) return false;
  const serves = cue(p, 'customerServing', 'safetyPurpose', 'optInVerb') !== undefined;
  // "may retain … as reasonably necessary for dispute resolution, audit or other legitimate business purposes": a limit
  // whose own list ends in the vendor's open-ended business purposes limits nothing (audit142, 337 § 4.7).
  // So does one whose own ends are the vendor's ("to the extent reasonably necessary, to enhance, improve and develop the
  // Service and our other products", blind100-39), unless a "not" shuts them out ("solely to provide the service, not
  // for product improvement").
  const shutOut = (c: Cue) => p.cues.some((n) => (n.set === 'negator' || n.set === 'negDeterminer') && n.start > limit.start && n.start < c.start);
  const openEnded = p.cues.some((c) => c.set === 'vendorEnds' && c.start > limit.start && (c.text.toLowerCase().includes('purpose') || (p.polarity === 'positive' && !shutOut(c))));
  // "only use the information for that purpose": the purpose the data was given for, wherever the limiter stands.
  if (affirmed(p, 'use', 'retain', 'share') !== undefined) return !openEnded && (serves || has(p, 'soleServicePurpose'));
  // "shall not use … for any other purpose than providing …": the negation only closes everything but the service.
  return denied(p, 'use', 'share') !== undefined && reads(p, limit, 'otherPurposeLimit');
}

/** "may not use Customer Data other than to provide the Services": a ban whose only exception serves the customer. */
export function bannedExceptToServe({ predicate: p }: RuleInput): boolean {
  return p.actor.side !== 'customer' && denied(p, 'use', 'share', 'retain') !== undefined &&
    object(p, 'customer-data', 'output', 'generic') !== undefined &&
    p.conditions.some((c) => c.opener?.set === 'exceptionOpener' && (c.kind === 'customer-serving' || c.kind === 'safety'));
}

/** An exception that reopens use for the vendor's own ends: "except to improve our models", "other than for research". */
export const vendorEndsException = ({ predicate }: RuleInput): boolean =>
  predicate.conditions.some((c) => c.kind === 'vendor-ends' && c.opener?.set === 'exceptionOpener');

/** A cue of these sets inside one of the clause's conditions ("once it has been used to train our models, …"). */
export const conditionCue = (frame: ClauseFrame, p: Predicate, ...sets: SetId[]): Cue | undefined =>
  p.conditions.length === 0 ? undefined : frame.cues.find((c) => sets.includes(c.set) && p.conditions.some((k) => c.start >= k.start && c.start < k.end));

export const frameHas = (frame: ClauseFrame, ...sets: SetId[]): boolean => has(frame, ...sets);

/** Words before a deletion named as a noun that make it an event the sentence dates from, not a promise to delete. */
const EVENT_BEFORE: ReadonlySet<string> = new Set(['notwithstanding', 'despite', 'following', 'after', 'upon', 'on', 'before', 'until']);

/**
 * "Notwithstanding deletion of the User's account, Ledgerly shall retain copies …" (blind59): the deletion is the event
 * the keeping survives, not a deletion promised; nor are "copies of returns filed" a return of the data.
 */
function deletionAsEvent(frame: ClauseFrame, a: Action): boolean {
  const before = wordBefore(frame, a.start);
  // After "of" a word is a noun, and a plural one names things ("returns filed"), not the act.
  return (a.nominal && EVENT_BEFORE.has(before)) || (before === 'of' && a.text.toLowerCase().endsWith('s'));
}

/** Facts about all of a sentence's clauses, computed once per frame so rules on long lists stay linear. */
export interface FrameFacts {
  readonly affirmsDeletion: boolean;
  readonly anyNegative: boolean;
  readonly anyWish: boolean;
  readonly vendorMaterial: boolean;
  readonly customerObjects: boolean;
}

const FACTS = new WeakMap<ClauseFrame, FrameFacts>();

export function frameFacts(frame: ClauseFrame): FrameFacts {
  let facts = FACTS.get(frame);
  if (!facts) {
    const ps = frame.predicates;
    facts = {
      affirmsDeletion: ps.some((q) => q.actions.some((a) => a.kind === 'delete' && !a.negated && !a.inSubject && !a.topic && !deletionAsEvent(frame, a))),
      anyNegative: ps.some((q) => q.polarity === 'negative'),
      anyWish: ps.some((q) => condition(q, 'wish') !== undefined),
      vendorMaterial: ps.some((q) => object(q, 'vendor-material') !== undefined),
      customerObjects: ps.some((q) => object(q, 'customer-data', 'usage-data', 'output') !== undefined),
    };
    FACTS.set(frame, facts);
  }
  return facts;
}

/**
 * "Notwithstanding clause 2.2, you instruct us to use Candidate Data to build the models … for all customers": an
 * instruction the contract gives in the customer's name, with no modal of choice, is the vendor's grant written as the
 * customer's act. "Customer may, by written instruction, authorise …" is the customer's own option.
 */
/** Characters between the verb and the vendor it instructs: a space, or " the ". */
const INSTRUCTED_GAP = ' the '.length;
export const deemedInstruction = (p: Predicate): boolean =>
  p.actor.side === 'customer' && p.modal === undefined && p.polarity === 'positive' &&
  // The vendor is told, right after the verb: "you instruct us", "Customer hereby authorises Supplier", "instructs the
  // Supplier" (the article between).
  p.cues.some((c) => c.set === 'authoriseVerb' && p.cues.some((v) => (v.set === 'vendorWe' || v.set === 'vendorRole' || v.set === 'docVendor') && v.start >= c.end && v.start - c.end <= INSTRUCTED_GAP)) &&
  p.actions.some((a) => (a.kind === 'train' || a.kind === 'improve') && !a.negated);

/** The next `count` words of the sentence from `at`, as written (punctuation kept). */
export const wordsAfter = (frame: RuleInput['frame'], at: number, count: number): string[] => frame.text.slice(at - frame.start).trim().split(' ').filter((w) => w !== '').slice(0, count);
/** The word before an offset of the sentence, in lower case: "used to generate Outputs" → "generate". */
/** Up to `count` words right before `at`, lower case, nearest last. */
export const wordsBefore = (frame: RuleInput['frame'], at: number, count: number): string[] =>
  frame.text.slice(0, at - frame.start).trim().split(' ').filter((w) => w !== '').slice(-count).map((w) => w.toLowerCase());
export const wordBefore = (frame: RuleInput['frame'], at: number): string => (frame.text.slice(0, at - frame.start).trim().split(' ').pop() ?? '').toLowerCase();

/** A word without the punctuation that may close it, in lower case: "tenant," → "tenant", "law)" → "law". */
export const bareWord = (word: string): string => (',.;:)'.includes(word.slice(-1)) ? word.slice(0, -1) : word).toLowerCase();

/** Whether a word opens with a capital ("Platform", "Ledgerline"), without a regex. */
export const capitalised = (word: string): boolean => word !== '' && word.charAt(0) !== word.charAt(0).toLowerCase();
