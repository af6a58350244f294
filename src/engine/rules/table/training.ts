// AI training and its mirror images: training grants, opt-out regimes and carve-outs (risks); bans, opt-in and
// purpose limitations (protections). Pure: rows over the clause frame.
import { ASSISTS_CUSTOMER, REMEDY_OWED } from '../assistanceVeto';
import type { Predicate } from '../../reading/frame';
import type { Rule, RuleInput } from '../ruleTypes';
import { action, affirmed, bannedExceptToServe, beneficiary, denied, deemedInstruction, has, wordBefore, wordsAfter, instructedNot, purposeLimited, consentGated, cue, customerData, itemOfListedBan, object, optOutGated, purposeOfEarlierGrant, reads, trainingAffirmed, trainingDenied, vendorEndsException } from '../queries';
import { bundledWithFeature, CUSTOMER_WORDS, OWN_MODEL } from '../ownModel';
import { LIMIT_OF_LICENCE_RECEIVED } from '../licenceReceived';
import { OWN_SERVICE_CHANGED } from '../serviceChange';
import { ABOUT_PEOPLE, PEOPLE_TRAINED, CLAIM_CONTEXT, DEFINITION_ONLY, DEFINITION_UNLESS_POOLED, CUSTOMER_ACTS, LICENSED_TO_CUSTOMER, CUSTOMER_RESTRICTION, HEADING_ONLY, ITEM_OF_LISTED_BAN, NON_CUSTOMER_SOURCE, THIRD_PARTY_ACTS, VENDOR_MATERIAL_ONLY, CUSTOMER_DATA_CARVED_OUT, REMOVAL_DENIED, CHANGE_NOTIFIED, SCOPE_DENIED, DELETION_REACHES, DUTY_DENIED, scopeDenied } from '../vetoes';
import { PRECEDENCE_ONLY } from '../precedenceVeto';
import { USE_ANSWERED_FOR } from '../liabilityVetoes';
import { DISCLOSURE_DUTY } from '../disclosureDuty';

const dataCue = (p: Predicate) => object(p, 'customer-data', 'output', 'usage-data', 'generic');
/**
 * "The algorithm was trained and validated on retrospective datasets from multiple institutions": how the product was
 * built, told in the past and the passive, on data that is not named as the customer's (blind35's AI disclaimer).
 */
const WAS_WORDS: ReadonlySet<string> = new Set(['was', 'were', 'been']);
const IS_WORDS: ReadonlySet<string> = new Set(['is', 'are']);
/** Characters after the training word within which a party names the data as someone's. */
const BESIDE = 40;
const PARTY_SETS: ReadonlySet<string> = new Set(['customerYou', 'customerRole', 'vendorWe', 'vendorPossessive', 'vendorRole', 'docVendor', 'docCustomer', 'providerName']);
/** The word before `at`, past one adverb in "-ly" ("were initially trained"). */
const auxiliaryBefore = (frame: RuleInput['frame'], at: number): string => {
  const words = frame.text.slice(0, at - frame.start).trim().split(' ');
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return last.endsWith('ly') ? (words[words.length - 2] ?? '').toLowerCase() : last;
};
const BUILT_ON_OTHER_DATA = {
  reason: 'the sentence tells how the model was built, on data it does not name as the customer\'s',
  when: ({ predicate: p, frame }: RuleInput) => {
    const trained = action(p, 'train');
    if (trained === undefined) return false;
    // "Our risk estimates rely on reference models trained largely on data from people of European ancestry"
    // (blind57): the participle right after the model's name describes the model, as the passive does.
    const describesModel = trained.text.toLowerCase().startsWith('trained') && p.ai.some((a) => frame.text.slice(a.end - frame.start, trained.start - frame.start) === ' ');
    if ((!p.actor.passive && !describesModel) || !p.objects.every((o) => o.kind === 'generic' || o.kind === 'vendor-material')) return false;
    // "were initially trained on interview data licensed from consenting participants" (blind57): an adverb between.
    if (WAS_WORDS.has(auxiliaryBefore(frame, trained.start))) return true;
    // "the overlays … were developed using training data sets that …": built in the past, on data named as no one's.
    const built = p.actions.find((a) => a.kind === 'improve' && a.end <= trained.start);
    // Not where a party is named beside the data ("… using training data that includes content you upload").
    const partyBeside = frame.cues.some((c) => PARTY_SETS.has(c.set) && c.start > trained.start && c.start - trained.end <= BESIDE);
    if (built !== undefined && WAS_WORDS.has(wordBefore(frame, built.start)) && !partyBeside) return true;
    // "Large language models are trained on vast amounts of text and may reproduce …": the model is the subject, no
    // party is named, and nothing is said to come from the customer; the sentence says how such models work (blind52).
    // "The HACCP Plan Assistant is trained on general food safety information", "Such tools are trained on historical
    // court record data" (blind55): a tool named as the subject works the same way, so long as nothing before the
    // training word is data and no party is named after it in the same clause ("… trained on lease data contributed
    // by all participating customers" names whose data it is).
    const thingIsSubject = !p.objects.some((o) => o.start < trained.start);
    const partyAfter = frame.cues.some((c) => PARTY_SETS.has(c.set) && c.start > trained.start && c.end <= p.end);
    return thingIsSubject && (IS_WORDS.has(auxiliaryBefore(frame, trained.start)) || describesModel) && p.modal === undefined && !partyAfter;
  },
};
const evidence: Rule['evidence'] = (i) => [
  i.predicate.actor.cue, i.predicate.modal, i.predicate.negation, dataCue(i.predicate),
  trainingAffirmed(i) ?? trainingDenied(i), i.predicate.ai[0], i.predicate.conditions[0]?.cue,
];
/**
 * The customer's opt-out or wish conditions the clause: "unless you opt out", "If Memory is off, …". A condition with a
 * modal of its own ("and if Customer objects to the change it may terminate") is a remedy clause, not the condition.
 */
// "… unless Bank has enabled the "Contribute" setting …, which is disabled by default" (432 B.3): a setting off until the
// customer turns it on makes the ban the default, and the exception an opt-in.
const banReopened = ({ predicate: p, frame }: RuleInput) =>
  !has(frame, 'defaultOff') && p.conditions.some((c) => (c.kind === 'opt-out' || c.kind === 'wish') && !frame.cues.some((k) => k.set === 'modal' && k.start >= c.start && k.end <= c.end));


/**
 * Whose data: the customer's by name, or data the vendor itself says it uses ("We use data to train our models"), or
 * data said to be used in the passive. A clause that names neither (a product that "trains a voice model") is not.
 */
const aboutCustomerData = (i: RuleInput): boolean => {
  const p = i.predicate;
  if (customerData(i) !== undefined || purposeOfEarlierGrant(i) !== undefined) return true;
  const generic = object(p, 'generic') !== undefined;
  // "You instruct us to use Shopper Data … to train …": what the customer hands the vendor to use is its own data.
  if (generic && deemedInstruction(p)) return true;
  if (beneficiary(p) === 'vendor') return true;
  // "Nothing in this Agreement shall prevent Hireloom from using Candidate Data, in pseudonymised form, to … train …":
  // a permission worded as a negative names the data it frees for the party it frees (blind66-053).
  if (generic && p.doubleNegative !== undefined && p.actor.side !== 'customer') return true;
  // A purpose list item in the vendor's voice ("Training AI models to power our Services;") is the vendor's own use.
  const vendorVoice = has(i.frame, 'vendorWe');
  // A fragment with no subject counts only with data or the vendor's voice: "Research and development of AI
  // technologies" describes a business; "Training our models on the content you upload" is a use of data.
  return p.actor.side === 'unknown' && ((generic && p.actor.passive) || (p.modal === undefined && (vendorVoice || (i.frame.imperative && generic))));
};

/**
 * "Building Data will be excluded from every training dataset", "is excluded from StrideIQ's model training pipelines":
 * data kept out of what training draws on is trained on by nobody, whoever holds it (blind52).
 */
function excludedFromTraining(i: RuleInput): boolean {
  const denial = trainingDenied(i);
  return denial !== undefined && i.predicate.cues.some((c) => c.set === 'negatingVerb' && c.text.toLowerCase().startsWith('exclud') && c.end <= denial.start);
}

/** The words before the denial ("… datasets that have") and after it ("not yet been used to train"). */
const HAVE_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had']);
const RELATIVE: ReadonlySet<string> = new Set(['that', 'which']);
const TRAINED_AFTER: ReadonlySet<string> = new Set(['used to train', 'used to fine-tune', 'used for training', 'used in training', 'trained']);
function describesData(frame: RuleInput['frame'], negatorAt: number): boolean {
  const before = frame.text.slice(0, negatorAt - frame.start).trim().split(' ').slice(-2).map((w) => w.toLowerCase());
  if (!RELATIVE.has(before[0] ?? '') || !HAVE_FORMS.has(before[1] ?? '')) return false;
  const after = wordsAfter(frame, negatorAt, 6).map((w) => (',.;'.includes(w.slice(-1)) ? w.slice(0, -1) : w).toLowerCase());
  const rest = after[1] === 'yet' ? after.slice(2) : after.slice(1);
  if (rest[0] !== 'been') return false;
  return [1, 2, 3].some((n) => TRAINED_AFTER.has(rest.slice(1, 1 + n).join(' ')));
}

const VENDOR_WORDS = ['vendorWe', 'vendorRole', 'docVendor', 'providerName'] as const;
const CUSTOMER_JOINS: readonly (readonly string[])[] = [CUSTOMER_WORDS, ['authoriseVerb']];
/**
 * "Customer may, by written instruction, authorise Vendor to fine-tune a model for Customer alone", "Controller may,
 * by enabling the option, instruct Processor to train …": the training happens only on the customer's own decision.
 * It is still training (the finding stays), limited to that authorisation so the review leaves the option alone.
 */
const customerAuthorises = (i: RuleInput): string | undefined => {
  const p = i.predicate;
  if (p.polarity !== 'positive') return undefined;
  // "If you join the Research Preview, we may use your prompts to train our models": a programme the customer joins.
  // The purposes of a grant share its condition: "If Client joins the Pilot, Client grants a licence … to train …".
  const before = i.frame.predicates.slice(0, i.frame.predicates.indexOf(p));
  // "Notwithstanding clause 3.3, where the Insurer has opted in …, the Supplier may …": a verbless opening carries
  // the condition that the main clause after it meets.
  const earlier = purposeOfEarlierGrant(i) === undefined ? before.filter((q) => q.actions.length === 0 && q.modal === undefined) : before;
  const joined = [...p.conditions, ...earlier.flatMap((q) => q.conditions)].find((c) => c.opener?.set === 'conditionOpener' && CUSTOMER_JOINS.every((sets) => i.frame.cues.some((k) => sets.includes(k.set) && k.start >= c.start && k.end <= c.end)));
  if (joined) {
    const who = i.frame.cues.find((k) => CUSTOMER_WORDS.includes(k.set) && k.start >= joined.start && k.end <= joined.end);
    return who === undefined || who.set === 'customerYou' ? 'only if you authorise it' : `only if ${who.text} authorises it`;
  }
  if (p.actor.side !== 'customer' || deemedInstruction(p)) return undefined;
  // The vendor is told to train: "authorise Vendor to fine-tune", "instruct Processor to train".
  const lever = p.cues.find((c) => c.set === 'authoriseVerb');
  const told = lever && (p.recipient?.side === 'vendor' ? lever : p.cues.find((c) => (VENDOR_WORDS as readonly string[]).includes(c.set) && c.start >= lever.end));
  if (!told || !p.actions.some((a) => a.kind === 'train' && !a.negated && a.start >= told.end)) return undefined;
  const who = p.actor.cue;
  return who === undefined || reads(p, who, 'customerYou') ? 'only if you authorise it' : `only if ${who.text} authorises it`;
};

/**
 * "If you turn it off, we will stop using your new conversations to train our models": what ends when the customer
 * opts out. The use itself is granted (and answered) where the contract grants it (audit62, 175 ¶19: the opt-out's
 * effect was struck as if it were the grant).
 */
/** The end events that are the vendor's own stopping ("stop using", "cease using"), not the customer leaving. */
const STOPPING: ReadonlySet<string> = new Set(['stop', 'stops', 'cease', 'ceases']);
const STOPS_ON_OPT_OUT = {
  reason: 'the clause says which use stops when the customer opts out; the use is granted where the contract grants it',
  when: ({ predicate: p }: RuleInput): boolean =>
    p.actor.side === 'vendor' && p.conditions.some((c) => c.kind === 'opt-out') &&
    p.cues.some((c) => c.set === 'endEvent' && STOPPING.has(c.text.split(' ')[0]?.toLowerCase() ?? '') && c.start < (action(p, 'train')?.start ?? -1)),
};

const GRANT_VETOES = [USE_ANSWERED_FOR, STOPS_ON_OPT_OUT, DEFINITION_UNLESS_POOLED, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, HEADING_ONLY, VENDOR_MATERIAL_ONLY, LICENSED_TO_CUSTOMER, NON_CUSTOMER_SOURCE, ITEM_OF_LISTED_BAN, CHANGE_NOTIFIED, DELETION_REACHES, ASSISTS_CUSTOMER, REMEDY_OWED];

/**
 * "Licensee shall promptly destroy or return all Assay Data and all copies thereof, including data contained in
 * training sets": the training words name what the vendor must delete, not a use it may make.
 */
const TRAINING_SETS_DELETED = {
  reason: 'the training words name what the vendor must delete ("destroy … data contained in training sets"), not a use it may make',
  when: ({ predicate: p }: RuleInput): boolean => {
    const deletion = affirmed(p, 'delete');
    const training = action(p, 'train');
    return deletion !== undefined && training !== undefined && deletion.start < training.start && reads(p, p.modal, 'dutyModal');
  },
};

/**
 * "Ashgrove does not train its detection models on Customer's logs …; detection models are trained solely on threat
 * intelligence from public sources": the customer's data this clause carries over belongs to the denial before it,
 * and the training it states is on other sources (blind33).
 */
const DATA_ONLY_IN_DENIAL = {
  reason: 'the customer\'s data is named only in the denial of training before this clause, which trains on other sources',
  when: (i: RuleInput): boolean => {
    const { frame, predicate: p } = i;
    const data = p.objects.filter((o) => o.kind === 'customer-data');
    if (data.length === 0 || data.some((o) => o.start >= p.start)) return false;
    return frame.predicates.slice(0, frame.predicates.indexOf(p)).some((q) => q.polarity === 'negative' && trainingDenied({ ...i, predicate: q }) !== undefined);
  },
};

/** What a definition names when it names a training scheme: "programme under which", "the process by which". */
const SCHEME_WORDS = [' programme', ' program ', ' program,', ' scheme', ' initiative', ' process by which', ' process under which'];

/** Duty modals: the vendor binds itself. */
const DUTY_MODALS: ReadonlySet<string> = new Set(['will', 'shall', 'must']);
/**
 * "Supplier … will keep the training opt-out enabled on each of its accounts with the Approved AI Providers": the
 * vendor's duty to keep its own opt-out on, with no customer named, is a promise that the providers do not train;
 * nothing is on until the customer acts (412 C6). "We will honour your opt-out" names the customer, and is not this.
 */
const VENDOR_KEEPS_OPT_OUT = {
  reason: 'the opt-out is one the vendor must keep on with its own providers, not a way for the customer to stop a use',
  when: ({ predicate: p }: RuleInput) =>
    p.actor.side === 'vendor' && DUTY_MODALS.has(p.modal?.text.toLowerCase() ?? '') && !has(p, 'customerYou', 'docCustomer', 'customerRole'),
};

export const TRAINING_RULES: readonly Rule[] = [
  {
    id: 'training-purposes-defined',
    category: 'ai-training',
    stance: 'risk',
    severity: 'high',
    // '"Platform Enhancement Purposes" means (a) operating the Platform; … (c) calibrating, training … the forecasting
    // models that Licensor makes available to its customers generally': the contract's name for its purposes is itself
    // read as training (the document's vocabulary), so the definition carries the right into every clause using it.
    when: ({ frame, predicate: p }) => {
      // The term right before "means" (its closing quote between), whether or not a colon makes that a heading.
      const means = frame.cues.find((c) => c.set === 'definitionCue');
      return means !== undefined && frame.predicates[0] === p && frame.cues.some((c) => c.set === 'trainingPurposeTerm' && c.end <= means.start && means.start - c.end <= 3);
    },
    vetoes: [CLAIM_CONTEXT],
    evidence: ({ frame }) => [frame.cues.find((c) => c.set === 'trainingPurposeTerm'), frame.cues.find((c) => c.set === 'definitionCue')],
  },
  {
    id: 'training-programme-defined',
    category: 'ai-training',
    stance: 'neutral',
    severity: 'low',
    // '"Clinical Accuracy Programme" means Lumen Ridge\'s optional programme … under which customer data is used to train
    // and fine-tune the speech and language models': the contract names a training scheme; the clauses using the name
    // say who is in it (fresh75–76: three such definitions went unread).
    when: ({ frame, predicate: p }) => {
      const means = frame.cues.find((c) => c.set === 'definitionCue');
      const trains = trainingAffirmed({ frame, predicate: p } as RuleInput);
      // '"Permitted Exception" means Customer using Output to develop models …': the customer's own training is no scheme
      // of the vendor's (a word for the customer between the definition and the training).
      const customersOwn = (at: number) => frame.cues.some((c) => CUSTOMER_WORDS.includes(c.set) && means !== undefined && c.start > means.end && c.end <= at);
      // A scheme, not any model trained on the data: '"Derived Models" means the networks which Halden trains using
      // Customer Data' names what is trained and is read where it is used (calibration 14).
      const scheme = means !== undefined && SCHEME_WORDS.some((w) => frame.text.slice(means.end - frame.start).toLowerCase().includes(w));
      return frame.isDefinition && means !== undefined && scheme && frame.predicates[0] === p && trains !== undefined && trains.start > means.end && !customersOwn(trains.start) &&
        frame.cues.some((c) => (c.set === 'aiNoun' || c.set === 'aiAcronym') && c.start > means.end) &&
        object(p, 'customer-data', 'generic', 'usage-data') !== undefined;
    },
    vetoes: [CLAIM_CONTEXT],
    evidence: ({ frame, predicate: p }) => [frame.cues.find((c) => c.set === 'definitionCue'), trainingAffirmed({ frame, predicate: p } as RuleInput)],
  },
  {
    id: 'training-opt-out-regime',
    category: 'ai-training',
    stance: 'risk',
    severity: 'high',
    when: (i) => trainingAffirmed(i) !== undefined && optOutGated(i),
    vetoes: [...GRANT_VETOES, OWN_MODEL],
    evidence,
  },
  {
    id: 'training-carve-out',
    category: 'ai-training',
    stance: 'risk',
    severity: 'high',
    // "will not use Customer Data for any purpose except to train the models", "will not train … unless you opt out".
    when: (i) =>
      (trainingDenied(i) !== undefined && (vendorEndsException(i) || banReopened(i))) ||
      (i.predicate.polarity === 'negative' && (i.predicate.actions.length > 0 || i.predicate.actor.side === 'vendor') && i.predicate.conditions.some((c) => c.kind === 'vendor-ends' && c.opener?.set === 'exceptionOpener' &&
        i.frame.cues.some((t) => (t.set === 'trainVerb' || t.set === 'aiNoun') && t.start >= c.start && t.start < c.end))),
    // "…, save that the Supplier may use Conversation Logs to fine-tune the Bank-Specific Model": an exception for the
    // customer's own model leaves the ban whole.
    vetoes: [DEFINITION_ONLY, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, OWN_MODEL],
    evidence,
  },
  {
    id: 'training-opt-in',
    category: 'no-training',
    stance: 'protective',
    severity: 'low',
    when: (i) => trainingAffirmed(i) !== undefined && consentGated(i) && !bundledWithFeature(i) && !optOutGated(i),
    vetoes: [DEFINITION_ONLY, CUSTOMER_RESTRICTION, CLAIM_CONTEXT],
    evidence,
  },
  {
    id: 'training-customer-authorised',
    category: 'ai-training',
    stance: 'risk',
    severity: 'medium',
    // The customer tells the vendor to train: the customer acts, but what it authorises is still training by the vendor.
    when: (i) => i.predicate.actor.side === 'customer' && customerAuthorises(i) !== undefined && trainingAffirmed(i) !== undefined,
    vetoes: [DEFINITION_ONLY, CLAIM_CONTEXT, HEADING_ONLY],
    scope: customerAuthorises,
    evidence,
  },
  {
    id: 'training-grant',
    category: 'ai-training',
    stance: 'risk',
    scope: customerAuthorises,
    severity: (i) => (object(i.predicate, 'derived') ? 'medium' : 'high'),
    when: (i) => trainingAffirmed(i) !== undefined && (!consentGated(i) || bundledWithFeature(i)) && aboutCustomerData(i),
    vetoes: [
      ...GRANT_VETOES,
      THIRD_PARTY_ACTS,
      // "Kerbwise trains and licenses its enforcement officers": people are trained, not a model on data.
      ABOUT_PEOPLE,
      // "Cantoria grants Licensee … a licence … to make rehearsal recordings for the training of singers" (blind97-46).
      LICENSED_TO_CUSTOMER,
      PEOPLE_TRAINED,
      { ...CUSTOMER_ACTS, when: (i) => CUSTOMER_ACTS.when(i) && purposeOfEarlierGrant(i) === undefined && !deemedInstruction(i.predicate) },
      {
        // "… may use any such feedback freely …, including to improve the Models, except that this clause does not apply
        // to Operational Data": what is used is feedback, and the customer's data is carved out of it.
        reason: 'only feedback is used, and the customer\'s data is carved out of it',
        // Training read from what the feedback is ("annotations, ground-truth labels or other feedback") comes before
        // the use and is training data of the customer's making: that reading stands.
        when: (i) => {
          const use = action(i.predicate, 'use');
          const training = trainingAffirmed(i);
          return use !== undefined && training !== undefined && training.start > use.start && object(i.predicate, 'feedback') !== undefined &&
            i.predicate.objects.every((o) => o.kind === 'feedback' || o.kind === 'vendor-material') && CUSTOMER_DATA_CARVED_OUT.when(i);
        },
      },
      // "provide documentation identifying the sources of data used to train each model": a record, not a grant.
      DISCLOSURE_DUTY,
      // A model for the customer alone that the customer must also authorise stays a finding, scoped to that choice, so
      // the review leaves it as the customer's own option.
      { ...OWN_MODEL, when: (i) => OWN_MODEL.when(i) && customerAuthorises(i) === undefined },
      OWN_SERVICE_CHANGED,
      TRAINING_SETS_DELETED,
      DATA_ONLY_IN_DENIAL,
      BUILT_ON_OTHER_DATA,
      PRECEDENCE_ONLY,
    ],
    evidence,
  },
  {
    id: 'training-opt-out-implied',
    category: 'ai-training',
    stance: 'risk',
    severity: 'high',
    // "You can turn off model training in Settings", "You may instruct us not to use your Content to improve our
    // models": training is on until the customer acts.
    // "Models trained before you switch the setting off are not retrained": training named in the subject only
    // describes the models; no use is left on until the customer acts.
    when: (i) =>
      (affirmed(i.predicate, 'optOut') !== undefined || instructedNot(i.predicate)) &&
      (i.predicate.actions.some((a) => a.kind === 'train' && !a.inSubject && !a.negated) || (i.predicate.ai.length > 0 && action(i.predicate, 'improve') !== undefined)),
    vetoes: [
      CLAIM_CONTEXT,
      // "Vitrine grants the Institution a … licence … to use the … object models … for … training of collections staff,
      // and not to object …": the licence runs to the customer (blind97-19).
      LICENSED_TO_CUSTOMER,
      // "switched off by default, and while it is off we will not use …": off until the customer acts is an opt-in.
      { reason: 'the control is off by default, so the use waits for the customer to switch it on', when: ({ frame }) => has(frame, 'defaultOff') },
      VENDOR_KEEPS_OPT_OUT,
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, affirmed(p, 'optOut'), action(p, 'train', 'improve'), p.ai[0]],
  },
  {
    id: 'training-wish-default',
    category: 'ai-training',
    stance: 'risk',
    severity: 'high',
    // "Where you do not wish us to use your messages to train our AI, you can object": training is on by default.
    when: (i) =>
      i.predicate.conditions.some((c) => c.kind === 'wish' &&
        i.frame.cues.some((t) => (t.set === 'trainVerb' || t.set === 'aiNoun' || t.set === 'aiAcronym') && t.start >= c.start && t.start < c.end)),
    vetoes: [CLAIM_CONTEXT],
    evidence: ({ predicate: p }) => [p.conditions.find((c) => c.kind === 'wish')?.opener, p.conditions.find((c) => c.kind === 'wish')?.cue, p.actor.cue, action(p, 'optOut')],
  },
  {
    id: 'training-without-opt-out',
    category: 'ai-training',
    stance: 'risk',
    severity: 'high',
    // "There is no mechanism to exclude traffic from training": training is on for everyone.
    when: ({ predicate: p }) => p.actions.some((a) => a.kind === 'optOut' && a.negated) && action(p, 'train') !== undefined,
    vetoes: [CLAIM_CONTEXT],
    evidence: ({ predicate: p }) => [p.negation, action(p, 'optOut'), action(p, 'train')],
  },
  {
    id: 'training-prohibited',
    category: 'no-training',
    stance: 'protective',
    severity: 'low',
    when: (i) =>
      // "…, save for the Customer's private scoring model": an exception for the customer's own model leaves the ban whole.
      (trainingDenied(i) !== undefined && (!vendorEndsException(i) || OWN_MODEL.when(i)) && !banReopened(i) && (aboutCustomerData(i) || i.predicate.actor.side === 'unknown' && object(i.predicate, 'generic') !== undefined &&
        // "No content training", "content training is set to off": nobody trains on the content the clause names.
        (i.predicate.negation?.set === 'negDeterminer' || i.predicate.negation?.set === 'offState' || excludedFromTraining(i)))) ||
      (itemOfListedBan(i) && trainingAffirmed(i) !== undefined),
    vetoes: [
      // "Deletion … does not extend to … any model developed for the Permitted Purposes": the "not" carves the model out
      // of the deletion duty; no training is denied (agreement 117 § 11.6).
      DEFINITION_ONLY, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, REMOVAL_DENIED, SCOPE_DENIED, DUTY_DENIED, LIMIT_OF_LICENCE_RECEIVED,
      {
        // "… any boiler model it has not worked on, the Contractor shall ensure its engineers receive training": people
        // are trained and no data is named. ("staff rota data" names data, and its ban stands.)
        reason: 'people are trained and no data is named',
        when: ({ predicate: p }) => has(p, 'personnel', 'staffTraining') && p.objects.length === 0,
      },
      // "Vendor shall not be required to retrain any Model": a duty lifted forbids nothing.
      { reason: 'a duty that is lifted ("shall not be required to retrain") forbids nothing', when: ({ predicate: p }) => has(p, 'liftedDuty') },
      {
        // "shall delete …, including from training datasets that have not yet been used to train a released Model": the
        // denial in the relative clause says which datasets the deletion reaches; it promises nothing (257 § 6.8).
        reason: 'the denial only says which data a deletion reaches ("datasets that have not been used to train"); it promises nothing',
        when: ({ frame }) => has(frame, 'deleteVerb') && frame.cues.some((c) => c.set === 'negator' && describesData(frame, c.start)),
      },
    ],
    // "We never use photos that you mark as 'Unreleased product' to train our models": the ban covers what the customer
    // marks out, not its data as a whole, so it answers no grant over the rest (audit47 drafting, 118 § 13).
    scope: ({ predicate: p }) => (has(p, 'markedSubset') ? 'only for the data the customer marks out' : undefined),
    evidence,
  },
  {
    id: 'purpose-limitation',
    category: 'no-training',
    stance: 'protective',
    severity: 'low',
    // "shall not disclose it to public authorities except under a court order" bars sharing or keeping, not training:
    // only a ban on using the data, save to serve, or a limiter on its use, limits its purpose.
    when: (i) => purposeLimited(i) && !(bannedExceptToServe(i) && denied(i.predicate, 'use') === undefined && cue(i.predicate, 'limiter') === undefined),
    // "Vendor grants Customer a licence … solely for Customer's internal operations" limits the customer, not the vendor.
    vetoes: [
      DEFINITION_ONLY, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, LICENSED_TO_CUSTOMER,
      // "… only allow our staff to access them where needed to provide support, investigate misuse or review training
      // data": a limit whose own purposes include training bans no training.
      { reason: 'the purposes the use is limited to include training', when: (i) => trainingAffirmed(i) !== undefined },
      {
        // "Clause 14.2 does not apply to: … (b) Customer Data that Larkspur … needs to retain to establish or defend legal
        // claims": an item of what a deletion clause does not reach limits nothing (audit141, 333 § 14.3).
        reason: 'it is an item of what the clause before it carves out ("does not apply to: …"), not a limit on use',
        when: ({ frame, predicate: p }) => frame.predicates.some((q) => q !== p && q.start < p.start && scopeDenied(q)),
      },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, action(p, 'use', 'retain', 'share'), dataCue(p), cue(p, 'limiter'), cue(p, 'customerServing', 'safetyPurpose')],
  },
];
