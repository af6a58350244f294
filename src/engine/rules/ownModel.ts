// A model kept for the customer alone serves the customer, not the vendor's other products: the veto training and
// derived-data rules share. Pure: reads the frame through the rule helpers only.
import type { Predicate } from '../reading/frame';
import { CUSTOMER_WORD_SETS } from './customerWords';
import { bareWord, capitalised, conditionCue, featureOnlyConsent, reads } from './queries';
import type { RuleInput, Veto } from './ruleTypes';

/** The customer named by its own word: "you", its role, or the contract's name for it. */
export const CUSTOMER_WORDS: readonly string[] = [...CUSTOMER_WORD_SETS];

/**
 * "may train a matter-specific classifier …, provided that such classifier is used only for the Client's matters": a
 * proviso that keeps the model for the customer alone (audit54, 143 § 5.3: a ban in its place took the review the
 * client was buying). The customer is named by its own word right after "only for".
 */
const keptForCustomer = (frame: RuleInput['frame'], p: Predicate): boolean => {
  const only = conditionCue(frame, p, 'limiter');
  if (only !== undefined && frame.cues.some((c) => CUSTOMER_WORDS.includes(c.set) && c.start > only.end && c.start - only.end <= ONLY_FOR_THE)) return true;
  // The limiter of the purpose after the training, whether or not it reads as a condition.
  const solely = frame.cues.find((c) => c.set === 'limiter' && p.actions.some((a) => a.kind === 'train' && c.start > a.end));
  if (solely !== undefined && frame.cues.some((who) => CUSTOMER_WORDS.includes(who.set) && who.start > solely.end && who.start - solely.end <= SERVED_SPAN && receivedBy(frame, solely.end, who))) return true;
  // "save for models used solely to provide the Services to the School and not shared with or made available to any
  // other customer" (blind93-093): kept to one recipient and denied to every other customer, the model is that
  // customer's, whatever name the clause gives it.
  if (solely !== undefined && deniedToOtherCustomers(frame, solely.end)) return true;
  // "Each Matter Model shall be trained only on Matter Data from a single Matter, … and shall not be used … for any
  // other client": trained only on the customer's data and barred from everyone else, the model is the customer's.
  // ("limited to the field of fraud prevention … does not use such data … to any other customer" limits a purpose.)
  const limited = p.purposes.some((c) => c.set === 'limiter' && p.actions.some((a) => a.kind === 'train' && c.start >= a.end && c.start - a.end <= 1));
  if (limited && frame.predicates.some((q) => q !== p && q.polarity === 'negative' && q.cues.some((c) => c.set === 'vendorEnds' && OTHER_CUSTOMERS.has(c.text.toLowerCase())))) return true;
  if (dedicatedToCustomer(frame, p) || onlyOwnNamedModels(frame, p)) return true;
  // "to train … the models that power the Features for Customer's account": the predicate's models serve the customer's
  // own corner of the service ("for" right before the customer's name, its account right after).
  // "for Customer's own account" (300 § 12.5): "own" may stand between.
  return p.cues.some((c) => c.set === 'ownScope' && p.cues.some((who) => CUSTOMER_WORDS.includes(who.set) && who.end <= c.start && POSSESSIVE_LINKS.has(frame.text.slice(who.end - frame.start, c.start - frame.start).trim().toLowerCase()) &&
    p.cues.some((f) => f.set === 'forWhom' && f.end <= who.start && who.start - f.end <= 1)));
};
/** Characters from a denial ("not shared with …") to "any other customer". */
const DENIAL_SPAN = 48;
const deniedToOtherCustomers = (frame: RuleInput['frame'], from: number): boolean =>
  frame.cues.some((c) => {
    if (c.set !== 'vendorEnds' || !OTHER_CUSTOMERS.has(c.text.toLowerCase()) || c.start < from || c.start - from > SERVED_SPAN) return false;
    const before = frame.text.slice(Math.max(from, c.start - DENIAL_SPAN) - frame.start, c.start - frame.start).toLowerCase();
    return before.includes(' not ') && !before.includes(',');
  });
/** Model names that say whose the model is: "Customer-Specific Models", "Client-Dedicated Model". */
const OWN_MODEL_NAMES: readonly string[] = ['customer-specific', 'client-specific', 'tenant-specific', 'customer-dedicated', 'client-dedicated', 'tenant-dedicated'];
/**
 * "(c) the development, validation and calibration of Customer-Specific Models": every model the clause trains is named
 * as the customer's own, which is the service it buys (audit138: 340 § 3.1(c) was reserved). A clause that also trains
 * another model ("… and, where Manufacturer participates, to improve the Fleet Models") is not the customer's alone.
 */
const onlyOwnNamedModels = (frame: RuleInput['frame'], p: Predicate): boolean => {
  const models = p.ai.filter((c) => c.start >= p.start);
  const trained = p.actions.find((a) => a.kind === 'train' || a.kind === 'improve');
  if (trained === undefined) return false;
  const text = frame.text.toLowerCase();
  // "Client-specific engines, where ordered …, are trained exclusively on the Client's own Materials" (blind93-045): the
  // subject of a passive training names the customer's own model, in a word the vocabulary does not know as a model.
  if (models.length === 0) {
    const subject = text.slice(p.start - frame.start, trained.start - frame.start);
    return p.actor.side === 'unknown' && OWN_MODEL_NAMES.some((name) => subject.trimStart().startsWith(`${name} `));
  }
  return models.every((m) => {
    const before = text.slice(Math.max(0, m.start - frame.start - 20), m.start - frame.start);
    return OWN_MODEL_NAMES.some((name) => before.endsWith(`${name} `));
  });
};
/** A party's name that carries its possessive: "Customer's". */
const possessive = (text: string): boolean => text.endsWith("'s") || text.endsWith('’s');
/** The customer's own corner of the service, named after the customer as a defined term: "the Bank Instance". */
const OWN_DEPLOYMENT: ReadonlySet<string> = new Set(['instance', 'tenant', 'tenancy', 'deployment', 'environment', 'workspace']);
/** Characters from the training verb to the customer's name in "to tune the fraud-scoring instance dedicated to Customer". */
const DEDICATED_SPAN = 120;
/**
 * "to tune … prompt configurations for the Bank Instance", "to tune the fraud-scoring instance dedicated to Customer",
 * "to tune the Customer's own dedicated extraction profile": what is trained is the customer's own deployment, named
 * after it or said to be dedicated to it (336 Sch 1 ¶3, blind65 and blind66: the service the customer buys was banned).
 */
const dedicatedToCustomer = (frame: RuleInput['frame'], p: Predicate): boolean => {
  const trained = p.actions.find((a) => a.kind === 'train');
  if (trained === undefined) return false;
  return frame.cues.some((who) => {
    if (!CUSTOMER_WORDS.includes(who.set) || who.start < trained.end || who.start - trained.end > DEDICATED_SPAN) return false;
    // "(i) to fine-tune … models dedicated to Client's workspace, and (ii) to train … the classification models": a
    // training after the dedicated one is not the customer's (337 A.5).
    if (p.actions.some((a) => (a.kind === 'train' || a.kind === 'improve') && a.start > who.end)) return false;
    const before = frame.text.slice(Math.max(0, who.start - frame.start - 16), who.start - frame.start).toLowerCase();
    const after = frame.text.slice(who.end - frame.start, who.end - frame.start + 20);
    const word = after.trim().split(' ')[0] ?? '';
    const nextWord = bareWord(word);
    const capitalisedNext = after.startsWith(' ') && capitalised(word);
    return before.endsWith('dedicated to ') || before.endsWith('dedicated to the ') ||
      after.startsWith("'s own dedicated") || after.startsWith('’s own dedicated') || (possessive(who.text) && after.startsWith(' own dedicated')) ||
      // "save for the Customer's private scoring model, which is trained solely on that Customer's data" (blind77-095).
      after.startsWith("'s private ") || after.startsWith('’s private ') || (possessive(who.text) && after.startsWith(' private ')) ||
      // "to train models that are deployed solely within Customer's own tenant" (blind81-031).
      (possessive(who.text) && after.startsWith(' own ') && OWN_DEPLOYMENT.has(bareWord(after.slice(5).split(' ')[0] ?? ''))) ||
      ((before.endsWith('for the ') || before.endsWith('in the ')) && OWN_DEPLOYMENT.has(nextWord) && capitalisedNext);
  });
};

/**
 * "… to fine-tune the Society Configuration, solely for the purpose of improving the accuracy of the AI Services provided
 * to the Society": the limiter confines the training to the service the customer itself receives, the customer named
 * last in the phrase (audit89, 237 Sch 1 ¶3: the customer's own configuration was struck). No comma or "and" between
 * ("… provided to the Society and its other customers" serves everyone).
 */
const receivedBy = (frame: RuleInput['frame'], from: number, who: { readonly start: number; readonly end: number }): boolean => {
  const between = frame.text.slice(from - frame.start, who.start - frame.start);
  const words = between.trim().split(' ').filter((w) => w !== '' && !ARTICLES.has(w.toLowerCase()));
  const [verb, to] = words.slice(-2).map((w) => w.toLowerCase());
  // "exclusively for the Health Authority using Custodian Data" (285 Sch B.3): the word after the name may start a
  // phrase of its own; only "and" or "or" joins others to the customer.
  // "… to the Controller and not shared with any other client": "and not" goes on about the model, naming nobody.
  const [nextWord = '', wordAfter = ''] = frame.text.slice(who.end - frame.start).trimStart().toLowerCase().split(' ');
  const joinsOthers = (nextWord === 'and' || nextWord === 'or') && wordAfter !== 'not';
  return !between.includes(',') && !words.some((w) => w.toLowerCase() === 'and' || w.toLowerCase() === 'or') &&
    ((to === 'to' && (RECEIVING.has(verb ?? '') || words.some((w) => DELIVERING.has(w.toLowerCase())))) || (to ?? verb) === 'for') && !joinsOthers;
};
const ARTICLES = new Set(['the', 'its', 'their']);
const RECEIVING = new Set(['provided', 'delivered', 'supplied', 'made', 'available']);
/** "models used exclusively to deliver the Services to the Controller" (blind80-051): the service handed to the customer. */
const DELIVERING = new Set(['provide', 'deliver', 'supply', 'perform']);
/** Characters from "solely" to the customer's name across a purpose phrase ("for the purpose of improving …"). */
const SERVED_SPAN = 120;
const OTHER_CUSTOMERS = new Set(['other customers', 'other customer', 'other clients', 'other client']);
/** What may stand between the customer's name and its account: nothing, "'s", "own". */
const POSSESSIVE_LINKS: ReadonlySet<string> = new Set(['', "'s", '’s', 'own', "'s own", '’s own']);
/** Characters from "only" to the customer's name: " for the ". */
const ONLY_FOR_THE = ' for the '.length + 3;

export const OWN_MODEL: Veto = {
  reason: 'the model is trained only for the customer’s own use, which serves the customer',
  when: ({ predicate: p, frame }) =>
    (p.purposes.some((c) => c.set === 'customerServing' && reads(p, c, 'customerOwnUse')) || keptForCustomer(frame, p)) && !sharedToo(frame, p) && !limbForOthers(frame, p),
};

/** A word without the commas at its ends: ",and" → "and" (string work; this folder uses no regular expressions). */
const withoutEdgeCommas = (word: string): string => {
  let from = 0;
  let to = word.length;
  while (from < to && word[from] === ',') from++;
  while (to > from && word[to - 1] === ',') to--;
  return word.slice(from, to);
};
/** The words before a training verb that make it the purpose of the one before: "solely to improve". */
const PURPOSE_LEADS: readonly string[] = ['solely to', 'only to', 'exclusively to', 'sole purpose of', 'sole purposes of', 'in order to'];
/** What may stand between two training verbs of one limb: "train, evaluate and improve". */
const SAME_LIMB: ReadonlySet<string> = new Set(['', ',', 'and', 'or', 'and/or']);
/**
 * "(i) to fine-tune … models for Client's workspace, and (ii) to train, evaluate and improve the classification models
 * used across the Services": each limb of training names its own models, and a limb that names neither the customer
 * nor a model of the customer's own trains for everyone (337 A.5 was read as the customer's alone).
 */
const limbForOthers = (frame: RuleInput['frame'], p: Predicate): boolean => {
  // "Research Partner": a word of the customer's name is no training of its own.
  const inName = (a: { start: number; end: number }) => frame.cues.some((c) => CUSTOMER_WORDS.includes(c.set) && c.start <= a.start && a.end <= c.end);
  const trainings = p.actions.filter((a) => (a.kind === 'train' || a.kind === 'improve') && !inName(a)).sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  trainings.forEach((a, k) => {
    // "train, fine-tune, validate and calibrate": a verb the vocabulary does not know may stand in the same series.
    const between = k === 0 ? undefined : frame.text.slice(trainings[k - 1]!.end - frame.start, a.start - frame.start);
    const words = between?.split(' ').map(withoutEdgeCommas).filter((w) => !SAME_LIMB.has(w));
    // "fine-tune a model instance on Carrowmore Data solely to improve …": the training's own purpose, not a new limb.
    const purposeOfIt = between !== undefined && PURPOSE_LEADS.some((lead) => between.trimEnd().toLowerCase().endsWith(lead));
    if (!purposeOfIt && (between === undefined || between.includes('(') || (words?.length ?? 0) > 1)) starts.push(a.start);
  });
  if (starts.length < 2) return false;
  const text = frame.text.toLowerCase();
  return starts.some((from, k) => {
    const to = starts[k + 1] ?? p.end;
    const customer = frame.cues.some((c) => CUSTOMER_WORDS.includes(c.set) && c.start >= from && c.start < to);
    const ownNamed = OWN_MODEL_NAMES.some((name) => text.slice(from - frame.start, to - frame.start).includes(name));
    return !customer && !ownNamed;
  });
};

/**
 * "… to train … the models underlying the AI Features, including Firm-specific models and Provider's shared
 * task-classification models": the customer's own model named beside models shared across the customer base is no
 * limit (audit90, 241 Addendum § 3.2 was left whole). Said in the grant itself, not in a denial after it ("… and is
 * not shared with other customers").
 */
// "any general improvements … shall be owned by CadenceCare" (300 § 12.5): what the tuning teaches the general product.
const SHARED_MODELS: readonly string[] = ['shared', 'across its customer', 'across our customer', 'customer base', 'all of its customers', 'all its customers', 'general models', 'generally available', 'general improvements'];
const sharedToo = (frame: RuleInput['frame'], p: Predicate): boolean => {
  if (p.polarity !== 'positive') return false;
  // As written: a defined term ("Shared Data") is a name, not models shared across customers.
  const granted = frame.text.slice(p.start - frame.start, p.end - frame.start);
  // "…, and any general improvements resulting from it shall be owned by Remindly": a limb of its own after the grant.
  if (frame.text.slice(p.end - frame.start).includes('general improvements')) return true;
  return SHARED_MODELS.some((phrase) => {
    const at = granted.indexOf(phrase);
    return at >= 0 && !granted.slice(Math.max(0, at - 30), at).includes(' not ');
  });
};

/**
 * Training that comes with a feature the customer turns on ("where Customer has enabled AI Companion …, Murmurline may
 * use … to train its models"), for models that are not the customer's own: "If the Customer enables the Route Playbook
 * feature, the Supplier will fine-tune a private model … available only to the Customer's Users" is the feature itself.
 */
export const bundledWithFeature = (i: RuleInput): boolean => featureOnlyConsent(i) && !OWN_MODEL.when(i) && !privateModel(i.frame.text);
/** "a private model instance", "a dedicated model": a model named as kept apart for the customer. */
const KEPT_APART: ReadonlySet<string> = new Set(['private', 'dedicated', 'separate', 'isolated']);
const MODEL_WORDS: ReadonlySet<string> = new Set(['model', 'models', 'instance', 'instances']);
const privateModel = (text: string): boolean => {
  const words = text.toLowerCase().split(' ');
  return words.some((w, k) => KEPT_APART.has(w) && (MODEL_WORDS.has(words[k + 1] ?? '') || MODEL_WORDS.has(words[k + 2] ?? '')));
};
