// Vetoes shared by many rules, each with the reason the trace reports. Pure: imports only the rule helpers.
import type { ClauseFrame, Predicate } from '../reading/frame';
import type { RuleInput, Veto } from './ruleTypes';
export { ABOUT_PEOPLE, PEOPLE_TRAINED, TEACHES_PEOPLE } from './peopleVetoes';
import { affirmed, customerActs, frameFacts, frameHas, has, instructedNot, itemOfDeletionSchedule, itemOfListedBan, negative, object, purposeOfEarlierGrant, reads } from './queries';
import { definesVendorUse } from './definedUse';

export const CUSTOMER_RESTRICTION: Veto = {
  reason: 'a restriction on the customer (the customer may not do this), not a right of the vendor',
  when: (input) =>
    (customerActs(input) && negative(input) && !instructedNot(input.predicate)) ||
    input.frame.inCustomerRestrictionList ||
    continuesCustomerRestriction(input) ||
    // A bare-verb list item about the vendor's own service ("Use the Services or any Output to train a model;") comes
    // from a list of things the customer may not do.
    // The vendor's material must be what is used (before the training or developing verb): "Use the Services to train
    // a model", "using content from our services to develop models"; not the purpose ("to power our Services").
    // An item that only the law can lift ("…, unless such use is permitted by applicable law") is a ban as well.
    (input.frame.imperative && input.predicate.actor.side === 'unknown' &&
      (vendorMaterialUsed(input.frame) || frameHas(input.frame, 'scrapeVerb') || liftedOnlyByLaw(input))) ||
    buildsCompetitor(input),
};

/**
 * "The Bank shall not … use … outputs of ArthScore to … train any … model intended to replace the Services": a
 * competing product built from the vendor's service or outputs is only the customer's to build, however the line names
 * the customer. With the customer's data as what is used ("shall not use Customer Data to build a competing product")
 * it is the vendor who is bound.
 */
const buildsCompetitor = (input: RuleInput): boolean => {
  const { frame, predicate: p } = input;
  return negative(input) && frameHas(frame, 'competingProduct') && !p.objects.some((o) => o.kind === 'customer-data') &&
    (vendorMaterialUsed(frame) || p.objects.some((o) => o.kind === 'output'));
};

const liftedOnlyByLaw = ({ predicate }: RuleInput): boolean =>
  predicate.conditions.some((c) => c.opener?.set === 'exceptionOpener' && c.cue?.set === 'lawPermits');

/** "Customer may not (a) …; or (c) support any third party's attempt …": later items without a modal continue the ban. */
function continuesCustomerRestriction({ frame, predicate }: RuleInput): boolean {
  if (predicate.modal !== undefined) return false;
  const before = frame.predicates.slice(0, frame.predicates.indexOf(predicate));
  return before.some((p) => p.actor.side === 'customer' && p.polarity === 'negative' && p.modal !== undefined);
}

function vendorMaterialUsed(frame: ClauseFrame): boolean {
  const firstPurpose = Math.min(
    ...frame.predicates.flatMap((p) => p.actions.filter((a) => a.kind === 'train' || a.kind === 'improve').map((a) => a.start)),
    frame.end,
  );
  return frame.predicates.some((p) => p.objects.some((o) => o.kind === 'vendor-material' && o.start < firstPurpose && o.start - frame.start <= 60));
}

/**
 * "Your transaction history, device data and the way you use Coinfurrow help train our … systems": the data opens the
 * sentence as its subject; the "you" inside it is no actor of the training.
 */
const dataIsSubject = ({ predicate: p }: RuleInput): boolean => {
  const actorAt = p.actor.cue?.start;
  return actorAt !== undefined && p.objects.some((o) => (o.kind === 'customer-data' || o.kind === 'usage-data') && o.start < actorAt && o.start - p.start <= 5);
};

export const CUSTOMER_ACTS: Veto = {
  reason: 'the customer does this itself (its own use or its own model), nothing is granted to the vendor',
  when: (input) => customerActs(input) && !dataIsSubject(input) && input.predicate.recipient?.side !== 'vendor' && !input.predicate.actions.some((a) => a.kind === 'grant' && !a.negated),
};

export { CUSTOMER_DUTY } from './customerDuty';
/** How far after "infringe" its "moral rights" may come: "would otherwise infringe your moral rights". */
const MORAL_RIGHTS_REACH = 40;
/**
 * "…, and you consent to any act or omission that would otherwise infringe your moral rights in that material": a
 * waiver of moral rights rides with a licence; it makes no indemnity or infringement claim of the clause (blind84-039).
 */
const waivesMoralRights = (frame: ClauseFrame, c: { readonly end: number }): boolean =>
  frame.text.slice(c.end - frame.start, c.end - frame.start + MORAL_RIGHTS_REACH).toLowerCase().includes('moral rights');
export const CLAIM_CONTEXT: Veto = {
  reason: 'an indemnity or infringement clause talks about data without granting a right over it',
  when: ({ frame }) => {
    if (!frameHas(frame, 'claimContext')) return false;
    const claims = frame.cues.filter((c) => c.set === 'claimContext');
    return claims.length === 0 || !claims.every((c) => waivesMoralRights(frame, c));
  },
};

/**
 * The same, for a statement that the customer owns the outputs: only an indemnity or infringement claim in the
 * statement itself makes it talk; "Customer owns … content generated …; however, Cryovial does not warrant that such
 * content is … non-infringing" owns first and disclaims after (blind78-098).
 */
export const CLAIM_IN_STATEMENT: Veto = {
  reason: CLAIM_CONTEXT.reason,
  when: ({ predicate: p, frame }) => frame.cues.some((c) => c.set === 'claimContext' && c.start >= p.start && c.end <= p.end),
};

/**
 * '"Service Data" means … ; Service Data is not Bank Data': one term said not to be the customer's data sorts the data
 * into classes (and usually takes the vendor's pool out of the customer's protections); it denies and limits nothing.
 */
export const NOT_CLASSED_AS: Veto = {
  reason: 'the sentence says one term is not the customer’s data, which classifies and promises nothing',
  when: ({ predicate: p }) => {
    const classed = p.cues.filter((c) => c.set === 'notClassedAs');
    return p.actions.length === 0 && p.cues.some((d) => (d.set === 'customerDataTerm' || d.set === 'docCustomerData') && classed.some((c) => c.end <= d.start && d.start - c.end <= 5));
  },
};

/**
 * "The sections titled 'Fees', 'Indemnity' and 'Governing Law' survive": a survival list that names only general
 * provisions, with nothing of data, licences, confidentiality or AI in the sentence, keeps nothing of the customer's.
 * (A list by number alone may name the data clauses, and stays flagged.)
 */
export const SURVIVES_ONLY_GENERAL: Veto = {
  reason: 'only general provisions (fees, liability, governing law) survive; nothing of the data does',
  when: ({ frame }) =>
    frame.cues.filter((c) => c.set === 'generalProvisions').length >= 2 &&
    !frameHas(frame, 'customerDataTerm', 'docCustomerData', 'usageData', 'docUsageData', 'feedbackNoun', 'aiNoun', 'aiAcronym', 'grantVerb', 'derivedData', 'confidentialInfo', 'dataNoun', 'dataTopics'),
};

export const DEFINITION_ONLY: Veto = {
  reason: 'a definition says what a term covers; the clauses that use the term grant or promise',
  when: ({ frame, predicate }) => frame.isDefinition && !grantsInRelativeClause(frame, predicate),
};

/** For training and improvement grants: a definition that describes pooled training is read (definesPooledTraining). */
export const DEFINITION_UNLESS_POOLED: Veto = {
  reason: DEFINITION_ONLY.reason,
  when: (input) => DEFINITION_ONLY.when(input) && !definesPooledTraining(input.frame, input.predicate) && !definesVendorUse(input.frame, input.predicate),
};

/**
 * '"Typologies" means the patterns … which the Provider uses to train the Detection Models made available to all of its
 * clients': a definition that describes the vendor training or refining its models for all of its customers states the
 * vendor's practice (one customer's data improves the product every customer gets); the operative clause only cites
 * the term. A definition that only names the models ("which the Contractor trains using Vehicle Data") stays one.
 */
function definesPooledTraining(frame: ClauseFrame, p: Predicate): boolean {
  if (p.actor.side === 'customer' || affirmed(p, 'train', 'improve') === undefined) return false;
  if (frameHas(frame, 'pooledWhole')) return true;
  return frame.cues.some((o) => o.set === 'poolOpener' &&
    frame.cues.some((c) => c.set === 'customerRole' && c.start > o.end && c.start - o.end <= POOL_REACH));
}
/** Characters between "all of its" and the customer word: room for a qualifier ("all of its public-sector customers"). */
const POOL_REACH = 24;

/**
 * '"Service Metrics" means … statistics …, which Chartwell may collect and use … to enhance the Service': after
 * "means", the clause's own actor (someone other than the customer) right after a relative pronoun and right before
 * its modal is a permission of its own inside the definition.
 */
const ARTICLE_GAP = ' the '.length;

function grantsInRelativeClause(frame: ClauseFrame, p: Predicate): boolean {
  const means = p.cues.find((c) => c.set === 'definitionCue') ?? frame.cues.find((c) => c.set === 'definitionCue');
  const who = p.actor.cue;
  const modal = p.modal;
  if (means === undefined || who === undefined || modal === undefined || p.actor.side === 'customer' || who.start < means.end) return false;
  const between = (from: number, to: number) => frame.text.slice(from - frame.start, to - frame.start);
  // "which the Provider may use": the actor may carry its article (" the " is the widest gap allowed), or an aside
  // ("which, as between the parties, SeedRow owns and may use"), and a verb joined before the modal.
  // The predicate's pronoun, or the sentence's: a second verb's predicate starts at "and".
  const pronounBefore = [...p.cues, ...frame.cues].some((c) => c.set === 'relativePronoun' && c.end < who.start && (who.start - c.end <= ARTICLE_GAP || isAside(between(c.end, who.start))));
  const modalAfter = modal.start > who.end && (modal.start - who.end <= 1 || isJoinedVerb(between(who.end, modal.start)));
  return pronounBefore && modalAfter;
}
/** ", as between the parties, ": an aside set off by commas between the relative pronoun and its subject. */
function isAside(between: string): boolean {
  const inner = between.endsWith(', the ') ? between.slice(0, -' the '.length) : between.endsWith(', ') ? between.slice(0, -1) : '';
  return inner.startsWith(', ') && inner.length <= ASIDE_LENGTH && inner.split(',').length === 3;
}
const ASIDE_LENGTH = 46;
/** " owns and ": one verb joined to the modal's verb by "and". */
function isJoinedVerb(between: string): boolean {
  const words = between.trim().split(' ');
  const verb = words[0] ?? '';
  return between.startsWith(' ') && between.endsWith(' ') && words.length === 2 && (words[1] === 'and' || words[1] === 'or') &&
    verb.endsWith('s') && verb === verb.toLowerCase() && [...verb].every((ch) => ch >= 'a' && ch <= 'z');
}

export const HEADING_ONLY: Veto = {
  reason: 'a heading names a topic and grants nothing',
  when: ({ frame, predicate }) => frame.isHeading && predicate.polarity === 'positive' && predicate.modal === undefined,
};

export const VENDOR_MATERIAL_ONLY: Veto = {
  reason: 'the material used is the vendor’s own service or content, not the customer’s data',
  when: (input) =>
    object(input.predicate, 'vendor-material') !== undefined && object(input.predicate, 'customer-data', 'usage-data', 'feedback', 'generic', 'output') === undefined &&
    input.predicate.actor.side !== 'vendor' &&
    // "(ii) for … training, testing, improvement of the Services" lists the purposes of an earlier grant of the data.
    purposeOfEarlierGrant(input) === undefined &&
    !servedByTrainedModel(input.predicate) &&
    !customerLicensesVendor(input.predicate),
};

/**
 * "By submitting Cases to the Service, Practice grants Vetwise a licence to use Cases … to train the models": what the
 * customer licenses to the vendor is the customer's own, whatever the sentence says of the service around it (blind74).
 */
function customerLicensesVendor(p: Predicate): boolean {
  return p.actor.side === 'customer' && p.recipient?.side === 'vendor' && p.polarity === 'positive' && p.actions.some((a) => a.kind === 'grant' && !a.negated);
}

/**
 * "Training AI models to power our Services": the vendor's service named after the model trained is what the model
 * serves, not the material it is trained on ("use the Services to train a model" names the material first).
 */
function servedByTrainedModel(p: Predicate): boolean {
  const train = p.actions.find((a) => a.kind === 'train' && !a.negated);
  const model = train && p.ai.find((c) => c.start >= train.end);
  return model !== undefined && p.objects.every((o) => o.kind !== 'vendor-material' || o.start > model.end);
}

export const NON_CUSTOMER_SOURCE: Veto = {
  reason: 'the data named is public, licensed or the vendor’s own, not the customer’s',
  when: ({ predicate }) => has(predicate, 'nonCustomerSource') && object(predicate, 'customer-data') === undefined,
};

export const CUSTOMER_USES_OUTSIDE_TOOLS: Veto = {
  reason: 'the customer itself uses outside tools; nothing of the customer’s is sent out by the vendor',
  // "The Customer grants a general authorisation for Harbourlight to engage the sub-processors listed …": the customer
  // authorises the vendor, who sends the data out (blind86-018).
  when: ({ predicate: p }) => p.actor.side === 'customer' && !p.actions.some((a) => (a.kind === 'share' || a.kind === 'grant') && !a.negated),
};

/**
 * "you will also receive support from us with: … monitoring and aggregating user feedback": a list of the help the
 * customer receives; the vendor aggregates or reads feedback for the customer, and takes no right by it.
 */
export const SERVICE_TO_CUSTOMER: Veto = {
  reason: 'the customer receives this as a service (support with its own work), nothing is granted to the vendor',
  when: ({ predicate: p }) => p.actor.side === 'customer' && has(p, 'servicesReceived') && object(p, 'customer-data', 'output') === undefined,
};

/** The supply verbs of a duty to hand something over: "will provide", "shall deliver". */
const SUPPLY_VERBS: ReadonlySet<string> = new Set(['provide', 'provides', 'deliver', 'delivers']);
/**
 * "Brevanta will provide reasonably available model documentation and adverse-impact statistics to assist Customer":
 * the vendor's duty to hand statistics over to the customer, with no verb of its own use, gives it no derived data.
 */
export const SUPPLIED_TO_CUSTOMER: Veto = {
  reason: 'the vendor only supplies this derived information to the customer; it takes no right to use it',
  when: ({ predicate: p }) => {
    const modal = p.modal;
    return modal !== undefined && p.actions.length === 0 && p.actor.side === 'vendor' &&
      p.cues.some((c) => c.set === 'customerServing' && SUPPLY_VERBS.has(c.text.toLowerCase()) && c.start >= modal.end && c.start - modal.end <= 25);
  },
};

export const VENDOR_OWN_IP: Veto = {
  reason: 'the vendor reserves its own service and its improvements; nothing of the customer’s is named',
  when: ({ predicate: p }) =>
    // "claim dispositions", "claims handling": the noun "claim" owns nothing.
    p.actor.side === 'vendor' && p.actions.some((a) => a.kind === 'own' && !a.negated && !reads(p, a, 'claimWord')) && object(p, 'vendor-material') !== undefined &&
    object(p, 'customer-data', 'output', 'usage-data') === undefined && !has(p, 'customerYou', 'docCustomer'),
};

export const THIRD_PARTY_ACTS: Veto = {
  reason: 'a third party acts here; the clause is about them, not a right the vendor takes',
  // "Data Partner hereby grants to Halden a licence to … train …": a grant to the vendor is the vendor's right,
  // whoever gives it.
  when: ({ predicate }) => predicate.actor.side === 'third-party' && !(predicate.recipient?.side === 'vendor' && affirmed(predicate, 'grant') !== undefined),
};

/**
 * "Clause 7.2 does not apply to records the Supplier must keep …": the "not" denies the clause's scope (the verb right
 * after it says what applies), so the keeping and the derived data listed after it are carved out, not denied.
 */
export const scopeDenied = (p: Predicate): boolean =>
  p.polarity === 'negative' && p.negation !== undefined &&
  p.cues.some((c) => c.set === 'scopeVerb' && c.start > (p.negation?.end ?? Infinity) && c.start <= (p.negation?.end ?? 0) + 1);
export const SCOPE_DENIED: Veto = {
  reason: 'the negation denies that a clause applies ("does not apply to …"); what it lists is carved out, not denied',
  when: ({ predicate: p }) => scopeDenied(p),
};

/**
 * "We will notify you 30 days before a change …, including any change to how we use Your Materials for training": the
 * use is named only as what a change might alter, inside a promise to give notice of it; nothing is granted.
 */
export const CHANGE_NOTIFIED: Veto = {
  reason: 'the use is named only as what a change might alter, in a promise to give notice of that change',
  when: ({ frame, predicate: p }) => {
    const notice = frame.cues.find((c) => c.set === 'noticeVerb');
    const change = notice && frame.cues.find((c) => c.set === 'changeToTerms' && c.start > notice.end);
    const uses = p.actions.filter((a) => a.kind === 'use' || a.kind === 'train' || a.kind === 'improve');
    return change !== undefined && uses.length > 0 && uses.every((a) => a.start > change.end && a.start - change.end <= 60);
  },
};

/**
 * "Deletion under Clause 15.1 shall extend to Derived Data, to any weights trained using Licensee Data …": the clause
 * says what the deletion reaches; what it lists is deleted, not granted, whatever the words describing it.
 */
export const DELETION_REACHES: Veto = {
  reason: 'the clause says what a deletion reaches; the things it lists are deleted, not granted',
  when: ({ predicate: p }) =>
    p.polarity === 'positive' && p.actions[0]?.kind === 'delete' && p.actions[0].inSubject && p.cues.some((c) => c.set === 'scopeVerb'),
};

/** "would", "could", "might": a use supposed, not granted. */
const SUPPOSING: ReadonlySet<string> = new Set(['would', 'could', 'might']);
/**
 * "the DHB may decline any update …, including any update that would expand the purposes for which De-identified Data
 * may be used": the use is what the update would do, which the customer may refuse (audit102, 266 § 2.4).
 */
export const SUPPOSED_USE: Veto = {
  reason: 'the use is only supposed ("an update that would expand …"), not granted',
  when: ({ predicate: p }) => p.modal !== undefined && SUPPOSING.has(p.modal.text.toLowerCase()),
};

/**
 * "will delete all Customer Data …, including copies held by Model Providers and sub-processors": the outsiders are
 * named as holders the deletion reaches, which protects the customer (audit99, 259 § 9.4 lost the words to a strike).
 */
export const HOLDERS_DELETED: Veto = {
  reason: 'the providers are named as holders of copies that the vendor must delete, which is part of the deletion promise',
  when: ({ predicate: p, frame }) => {
    const deletion = affirmed(p, 'delete');
    if (deletion === undefined || !reads(p, p.modal, 'promiseModal')) return false;
    const outsiders = frame.cues.filter((c) => c.set === 'thirdParty' && c.start > deletion.end);
    const held = frame.text.toLowerCase().indexOf('held by', deletion.end - frame.start);
    // "… securely delete all Council Data from its systems and those of its Sub-processors": the providers' systems
    // are where the copies to delete are (audit146: 350 § 11.3 was read as flowing the deletion down, and the
    // customer's own deletion clause as missing).
    const holds = (c: { start: number }) => {
      const before = frame.text.slice(Math.max(0, c.start - frame.start - 40), c.start - frame.start).toLowerCase().trimEnd().split(' ');
      const last = before.slice(-3).filter((w) => !['its', 'the', 'any', 'each', 'their', 'our'].includes(w));
      return last[last.length - 1] === 'of' && ['systems', 'system', 'those', 'servers', 'environments', 'possession', 'control'].includes(last[last.length - 2] ?? '');
    };
    return outsiders.length > 0 && outsiders.every((c) => (held >= 0 && c.start - frame.start > held && c.start - frame.start - held <= 60) || holds(c));
  },
};

/** "…, but please read paragraphs 9 to 14 for the rights you give us": the pointer names rights granted elsewhere. */
export const SIGNPOSTED: Veto = {
  reason: 'a pointer to other clauses names the rights granted there; it grants nothing itself',
  when: ({ frame, predicate: p }) => {
    const signpost = frame.cues.find((c) => c.set === 'signpost');
    const grant = affirmed(p, 'grant');
    return signpost !== undefined && grant !== undefined && grant.start > signpost.end && p.objects.every((o) => o.start < signpost.start);
  },
};

export { CUSTOMER_DATA_CARVED_OUT } from './dataCarvedOut';

/**
 * "…, provided that those metrics contain no content of Customer Data and do not identify Customer": a proviso that
 * keeps the customer's content and identity out of the usage data is the safeguard the customer asks for.
 */
export const CONTENT_AND_IDENTITY_EXCLUDED: Veto = {
  reason: 'a proviso keeps the customer\'s content and identity out of the data used',
  when: ({ predicate: p, frame }) =>
    object(p, 'customer-data', 'output', 'generic') === undefined &&
    p.conditions.some((c) => {
      const inside = (...sets: string[]) => frame.cues.some((k) => sets.includes(k.set) && k.start >= c.start && k.end <= c.end);
      return c.opener?.set === 'conditionOpener' && inside('customerDataTerm', 'docCustomerData') && inside('negDeterminer', 'negator') &&
        inside('deidentificationSafeguard');
    }),
};

/**
 * The licence runs from the vendor to the customer. A company guessed from a capitalised name ("Advertiser grants to
 * Platform") is not proof of direction: the grantor must be named by a vendor word, or license only its own material.
 */
export const LICENSED_TO_CUSTOMER: Veto = {
  reason: 'the right runs from the vendor to the customer (a licence the customer receives), not to the vendor',
  when: ({ predicate: p }) =>
    p.actor.side === 'vendor' && p.recipient?.side === 'customer' && p.actions.some((a) => a.kind === 'grant' && !a.negated) &&
    (reads(p, p.actor.cue, 'vendorWe', 'vendorRole', 'docVendor', 'providerName') ||
      // "Cantoria grants Licensee … a licence …": a company by its name granting to the customer named by its role word
      // (blind97-46); between two bare names the sides would be a guess.
      (p.recipient?.cue !== undefined && reads(p, p.recipient.cue, 'customerRole', 'customerYou', 'docCustomer')) ||
      // "… shall procure that each Subcontractor grants, to the Insurer … full and unrestricted rights of access to, and
      // inspection and audit of, its … data": what the customer receives is its audit right (342 § 9.4).
      has(p, 'auditTerm') ||
      // "Halcyrn grants You a licence to use, modify and distribute the Model": what is licensed is the vendor's own
      // material or model, and no data of the customer's is named.
      ((object(p, 'vendor-material') !== undefined || p.ai.length > 0) && object(p, 'customer-data', 'generic', 'output', 'usage-data') === undefined)),
};

/** "use, copy and modify": an editing right over the data itself (the `editingRight` word set), not an improvement. */
export const isEditingRight = (p: RuleInput['predicate'], c: RuleInput['predicate']['cues'][number]): boolean => reads(p, c, 'editingRight');
/** "… solely to the extent necessary to perform the Services": a use kept to serving the customer. */
export const servesCustomerOnly = (p: RuleInput['predicate']): boolean =>
  has(p, 'limiter') && has(p, 'customerServing') && !has(p, 'vendorEnds', 'anyPurpose', 'trainVerb');
/** Whether every improvement word of the clause is an editing right over the data (see EDITING_RIGHTS). */
export const onlyEditingRights = (p: RuleInput['predicate']): boolean => {
  const improving = p.actions.filter((a) => a.kind === 'improve' && !a.negated);
  return improving.length > 0 && improving.every((a) => isEditingRight(p, a));
};

export const SERVICE_LICENCE_EDITING: Veto = {
  reason: 'modifying the data is a right of a licence kept to serving the customer, not an improvement of the vendor’s products',
  when: ({ predicate: p }) => servesCustomerOnly(p) && onlyEditingRights(p),
};

/** "Provider will not use Customer Data to:" / "(b) improve its products;": the item is one of the uses denied. */
export const ITEM_OF_DELETION_SCHEDULE: Veto = {
  reason: 'the list’s lead-in promises deletion ("shall delete … in accordance with the following schedule:"), so this item says when the data goes',
  when: itemOfDeletionSchedule,
};

export const ITEM_OF_LISTED_BAN: Veto = {
  reason: 'the list’s lead-in denies the use ("will not use Customer Data to:"), so this item is one of the things denied',
  when: itemOfListedBan,
};

/**
 * "deliverables, … improvements, inventions, discoveries, trade secrets …": a list naming two or more kinds of
 * intellectual property inventories what is owned or assigned; its "improvements" improve nothing with data and its
 * "trade secrets" promise no confidentiality.
 */
export const IP_INVENTORY: Veto = {
  reason: 'a list of kinds of intellectual property names what is owned or assigned, not a use of data or a duty',
  when: ({ predicate: p }) => {
    let kinds = 0;
    for (const c of p.cues) if (c.set === 'ipKinds') kinds++;
    return kinds >= 2 && object(p, 'customer-data', 'output', 'usage-data') === undefined;
  },
};

/**
 * "On termination the Contractor shall transfer all City Data then held by it to the City before destroying it": the
 * data held at the end is returned and destroyed; nothing is kept without end.
 */
export const HELD_THEN_DESTROYED: Veto = {
  reason: 'the data held at the end is handed back or destroyed in the same sentence, with no open-ended keeping',
  when: ({ predicate: p, frame }) => frameFacts(frame).affirmsDeletion && !has(p, 'openEnded') && affirmed(p, 'retain') !== undefined && affirmed(p, 'use', 'grant') === undefined,
};

/**
 * "Deleting an image … does not remove that image from any model that has already been trained on it": the "not"
 * denies the removal, right after it; the training and the aggregates it names stand. No ban on training or on
 * using the aggregates is read from it (the keeping in the models is read by the retention rules).
 */
export const REMOVAL_DENIED: Veto = {
  reason: 'the negation denies a removal ("does not remove … from any model"), not the training or use it names',
  when: ({ predicate: p }) => {
    const negation = p.negation;
    if (negation === undefined) return false;
    const next = p.actions.filter((a) => a.start >= negation.end).sort((a, b) => a.start - b.start)[0];
    return next !== undefined && next.kind === 'delete' && next.start - negation.end <= 12;
  },
};

/**
 * "An opt-out … does not require Vendor to retrain or remove data from models trained before that date": the negation
 * denies a duty to undo the training, which forbids nothing (audit58, 157 § A4.2 was read as a no-training promise).
 */
export const DUTY_DENIED: Veto = {
  reason: 'the negation denies a duty ("does not require … to retrain"), not the training it names',
  when: ({ predicate: p }) => {
    const negation = p.negation;
    // "does not require", and "shall not be required" with the modal's own "be" (audit104, 272 § 7.3 read "shall not be
    // required to retrain, unlearn or destroy" as a limit on the aggregated data its list named).
    if (negation !== undefined && p.cues.some((c) => c.set === 'requirementWord' && c.start >= negation.end && c.start - negation.end <= 4)) return true;
    // "…, and nothing in this Agreement shall require Provider to … retrain any model": the "nothing" denies the duty.
    // "Nothing in this Agreement requires Nestwise to delete … the statistics compiled under clause 5.3" the same way.
    const denied = p.actions.filter((a) => (a.kind === 'train' || a.kind === 'delete') && a.negated);
    const lifted = p.cues.filter((c) => c.set === 'requirementWord' && p.cues.some((n) => n.set === 'negDeterminer' && n.end <= c.start && c.start - n.end <= 40));
    return denied.length > 0 && denied.every((a) => lifted.some((r) => r.end <= a.start));
  },
};
