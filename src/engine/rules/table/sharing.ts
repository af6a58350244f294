// Customer data that reaches outside AI providers, subprocessors or partners, and data terms kept in a policy the
// vendor can change. Pure: rows over the clause frame.
import { joinedDocumentAt } from '../../reading/joinedDocument';
import type { ClauseFrame, Predicate } from '../../reading/frame';
import type { Rule, RuleInput, Veto } from '../ruleTypes';
import { action, affirmed, capitalised, consentGated, cue, frameFacts, has, object, reads, trainingDenied, wordsAfter } from '../queries';
import { PROVIDER_AS_EXCUSED_CAUSE } from '../liabilityVetoes';
import { ABOUT_PEOPLE, CLAIM_CONTEXT, CUSTOMER_RESTRICTION, CUSTOMER_USES_OUTSIDE_TOOLS, DEFINITION_ONLY, HOLDERS_DELETED, ITEM_OF_LISTED_BAN, SUPPOSED_USE } from '../vetoes';

/**
 * "2. Corvance AI, Inc. (United States) – large language model inference … – transfer mechanism: EU-U.S. Data Privacy
 * Framework": a row of a sub-processor table, its fields set off by spaced dashes. A field's noun ("transfer
 * mechanism", "retention") is no verb of the row's (329 Schedule 2 was read as a confidentiality duty).
 */
const tableRow = (frame: { readonly text: string }): boolean =>
  frame.text.split(' \u2013 ').length >= 3 || frame.text.split(' \u2014 ').length >= 3 || frame.text.split(' - ').length >= 3;

const outsider = ({ predicate: p }: RuleInput) =>
  (p.recipient?.side === 'third-party' ? p.recipient.cue : undefined) ?? p.outsiders[0] ?? (p.actor.side === 'third-party' ? p.actor.cue : undefined) ??
  cue(p, 'aiProvider');
/** A model company named as the outsider is AI enough; a large technology company needs an AI word ("from Google"). */
const aiContext = (i: RuleInput) => {
  const out = outsider(i);
  return i.predicate.ai.length > 0 || i.paragraph.ai || out?.set === 'aiProvider' ||
    (out?.set === 'providerName' && !reads(i.frame, out, 'generalTechCompany'));
};
/**
 * "… commercialize Aggregated Data, including to train the Forelane Models and to offer benchmarking products to third
 * parties": every AI word is the vendor's own model (its name or "our" right before it), and the outsiders are plain
 * third parties, so no outside AI receives the data; the vendor's own use is read by the training and derived-data rules.
 */
const VENDOR_NAMES = new Set<string>(['docVendor', 'vendorRole', 'vendorWe']);
const ONLY_VENDORS_OWN_AI = {
  reason: 'the only AI named is the vendor’s own model; the third parties named receive something else',
  when: (i: RuleInput) => {
    const out = outsider(i);
    return out?.set === 'thirdParty' && i.predicate.ai.length > 0 &&
      i.predicate.ai.every((ai) => i.frame.cues.some((c) => VENDOR_NAMES.has(c.set) && c.end <= ai.start && ai.start - c.end <= 3));
  },
};
/** "Subprocessor", "sub-processor": a word that means handling the data, unlike "subcontractor". */
const subprocessorWord = (p: Predicate) => p.cues.some((c) => c.set === 'subprocessor' && c.text.toLowerCase().includes('processor'));
/** Data goes out: it is shared or sent, or an outsider named after the verb does the work ("processed via partner LLMs"). */
const flows = (i: RuleInput) => {
  const p = i.predicate;
  if (affirmed(p, 'share') !== undefined) return true;
  const use = p.actions.find((a) => (a.kind === 'use' || a.kind === 'retain' || a.kind === 'train') && !a.negated && !a.inSubject && !a.nominal);
  const out = outsider(i);
  // "processes the notebook via its partner LLM providers": the outsider is the one doing it, or the means of it.
  const named = out?.set === 'providerName' || out?.set === 'aiProvider';
  return use !== undefined && out !== undefined && (p.actor.side === 'third-party' || (out.start > use.start && p.outsiders.includes(out) && (named || viaOutsider(i, out))));
};
/** The outsider is introduced as the way the work is done ("via", "through", "by", "with", "using", "to"). */
const viaOutsider = ({ frame }: RuleInput, out: { start: number }) => has(frame, 'conduit') && frame.cues.some((c) => c.set === 'conduit' && c.end <= out.start && out.start - c.end <= 12);

/**
 * The flow is barred, or bound by terms that deny the provider training ("send … only to providers under terms by
 * which the provider does not use it for training"): the limit the customer asks for is already there.
 */
const restricted = (i: RuleInput) => i.predicate.polarity === 'negative' || frameFacts(i.frame).anyNegative || trainingDenied(i) !== undefined;

/** A model provider named in a condition that names the customer too ("If you … with your LLM provider's key"). */
const customersProvider = (frame: ClauseFrame, p: Predicate): boolean =>
  p.conditions.some((k) => {
    const inside = frame.cues.filter((c) => c.start >= k.start && c.start < k.end);
    return inside.some((c) => c.set === 'aiProvider') && inside.some((c) => c.set === 'customerYou' || c.set === 'customerRole' || c.set === 'docCustomer');
  });

/** "Outputs may be inaccurate, including due to third-party services": a disclaimer sends nothing anywhere. */
const OUTPUT_DISCLAIMER = {
  reason: 'a disclaimer about the accuracy of outputs names outsiders as a cause of errors, not as recipients of data',
  when: (i: RuleInput) => has(i.frame, 'disclaimer') && affirmed(i.predicate, 'share') === undefined,
};

/** "…, provided that no change shall expand its rights in Client Data unless agreed in writing by both parties". */
/**
 * "The Contractor must comply with the Department policies listed in Schedule 4, as amended from time to time": the
 * vendor bound to follow the customer's own policies, which the customer changes, is a protection of the customer.
 */
const CUSTOMERS_OWN_POLICY = {
  reason: 'the vendor must follow the customer\'s own policies, which only the customer changes',
  when: ({ predicate: p, frame }: RuleInput) => {
    const duty = cue(frame, 'complyWith');
    const policy = cue(frame, 'policyRef');
    // The vendor's own power to change ("Vendor may amend …") is the risk; "as amended from time to time" is the owner's.
    const vendorChanges = has(p, 'changeVerb') && reads(p, p.modal, 'permissionModal');
    return p.actor.side === 'vendor' && duty !== undefined && policy !== undefined && !vendorChanges &&
      // The customer named at the head of the policy's name ("the Department policies", "Customer's security policy",
      // "the Trust's Information Security and Information Governance Policies").
      frame.cues.some((c) => c.start > duty.end && c.end <= policy.start && namesPolicy(frame, ownerEnd(c), policy.start));
  },
};

/**
 * "Customer's privacy impact assessment for the Services, as updated from time to time, is incorporated into this
 * Schedule": the document that changes is the customer's own, named by its possessive at the head of the sentence, with
 * no vendor before the change (audit108, 277 B.7 froze the utility's own assessment).
 */
const CUSTOMERS_OWN_DOCUMENT = {
  reason: 'the document that changes is the customer\'s own, which only the customer updates',
  when: ({ frame }: RuleInput) => {
    const change = cue(frame, 'policyChange');
    const owner = frame.cues.find((c) => (c.set === 'customerRole' || c.set === 'docCustomer') && (c.text.endsWith("'s") || c.text.endsWith('’s')));
    const vendorBefore = frame.cues.some((c) => (c.set === 'vendorRole' || c.set === 'docVendor') && change !== undefined && c.start < change.start);
    return change !== undefined && owner !== undefined && owner.start - frame.start <= 16 && owner.start < change.start && !vendorBefore;
  },
};

/**
 * Where the customer's name ends as the owner of what follows: "Customer", "the Department", or the possessive inside
 * "the Trust's Information", which the document's vocabulary reads as the customer's data. -1 for any other cue.
 */
function ownerEnd(c: RuleInput['frame']['cues'][number]): number {
  if (c.set === 'customerRole' || c.set === 'docCustomer') return c.end;
  if (c.set !== 'docCustomerData') return -1;
  const possessive = Math.max(c.text.indexOf("'s "), c.text.indexOf('’s '));
  return possessive < 0 ? -1 : c.start + possessive + 2;
}

/** Words allowed inside a policy's title between its owner and the word "policy": capitalised ones and these. */
const TITLE_JOINS: ReadonlySet<string> = new Set(['and', '&', 'of', "'s", '’s', 's']);
/** Whether the words between the owner's name and the policy word are only the rest of the policy's title. */
function namesPolicy(frame: RuleInput['frame'], from: number, to: number): boolean {
  if (from < 0) return false;
  const words = frame.text.slice(from - frame.start, to - frame.start).trim().split(' ').filter((w) => w !== '');
  return words.length <= 6 && words.every((w) => TITLE_JOINS.has(w) || capitalised(w));
}

/** The signed document a change is made by ("as modified by this Amendment"): the parties' own change. */
const SIGNED_DOCUMENTS: ReadonlySet<string> = new Set(['amendment', 'addendum', 'agreement', 'rider', 'order', 'schedule', 'contract']);
/**
 * "Except as modified by this Amendment, the Terms and the AI Data Use Policy remain in full force and effect" (312
 * § 6.3): every change the sentence names is the one the signed document makes, not one the vendor may make alone.
 */
const CHANGED_BY_THIS_DOCUMENT = {
  reason: 'the only change named is the one this signed document makes, not one the vendor may make alone',
  when: ({ frame }: RuleInput) => {
    const changes = frame.cues.filter((c) => c.set === 'policyChange' || c.set === 'changeVerb');
    return changes.length > 0 && changes.every((c) => {
      const after = wordsAfter(frame, c.end, 3).map((word) => word.toLowerCase());
      const named = after[2] ?? '';
      const bare = named.endsWith(',') || named.endsWith('.') || named.endsWith(';') ? named.slice(0, -1) : named;
      return after[0] === 'by' && after[1] === 'this' && SIGNED_DOCUMENTS.has(bare);
    });
  },
};

/** Words by which the customer walks away rather than says yes ("you may terminate", "cancel the affected Services"). */
const EXIT_WORDS: readonly string[] = ['terminate', 'cancel', 'stop using', 'cease using'];
/**
 * "… and if you do not agree to a material change you may terminate the affected Services before it takes effect" (447
 * § 18.4): the customer's refusal only lets it leave; the change binds whoever stays, so it waits on nobody's consent.
 */
const refusalOnlyExits = (frame: RuleInput['frame'], c: Predicate['conditions'][number]): boolean => {
  const condition = frame.text.slice(c.start - frame.start, c.end - frame.start).toLowerCase();
  const refused = condition.includes(' not ') || condition.includes("n't ") || condition.includes('n’t ');
  // What the refusal leads to follows the condition, often in the next clause of the sentence ("…, you may terminate").
  const rest = frame.text.slice(c.end - frame.start).toLowerCase();
  return refused && EXIT_WORDS.some((word) => rest.includes(word));
};
const consentGates = (frame: RuleInput['frame'], q: Predicate) => q.conditions.some((c) => c.kind === 'consent' && !refusalOnlyExits(frame, c));

const CHANGE_NEEDS_CONSENT = {
  reason: 'a change that widens the vendor’s rights needs the customer’s written agreement',
  when: ({ predicate: p, frame }: RuleInput) =>
    // "… listed on the sub-processor page, as updated from time to time, provided that no new sub-processor receives
    // … until Customer has had … a reasonable opportunity to object": the page's changes wait on the customer too.
    // "may update the Product Terms …, but an update binds the DHB only if its CIO has agreed to it in writing": the
    // consent may sit in the clause that the "but" opens (audit102, 266 § 2.4).
    has(p, 'changeVerb', 'policyChange') &&
    // The objection may gate the later clause that names the data ("…, and will notify Customer … before a new AI
    // Provider begins processing Customer Data, provided that no new AI Provider receives Customer Data until …").
    (consentGates(frame, p) || frame.predicates.some((q) => q.conditions.some(awaitsObjection)) ||
      frame.predicates.some((q) => q !== p && q.polarity === 'positive' && consentGates(frame, q))),
};

/**
 * "Ossira may not change the manner in which it uses … Health System Data by updating any policy, notice or
 * documentation": the change by a policy is what the clause forbids (audit143: 344 § 14.2 was read as a policy by
 * reference, and a clause saying the same was inserted after it).
 */
const CHANGE_DENIED = {
  reason: 'the clause forbids changing the data use by updating a policy: a protection, not a policy by reference',
  when: ({ predicate: p }: RuleInput) => {
    const change = cue(p, 'changeVerb');
    return p.polarity === 'negative' && p.negation !== undefined && change !== undefined && change.start > p.negation.end && change.start - p.negation.end <= 12;
  },
};

/** The customer's objection words in a condition ("object", "objects", "right to object"). */
const OBJECTION_CUES: ReadonlySet<string> = new Set(['object', 'objects', 'right to object']);
/** "until … a reasonable opportunity to object", "unless Customer objects": nothing changes before the customer may say no. */
const AWAITING_OPENERS: ReadonlySet<string> = new Set(['until', 'unless']);
/**
 * "Supplier may add or replace a Model Provider …, provided that no new Model Provider receives Customer Materials until
 * Customer has had written notice … and a reasonable opportunity to object": the change waits on the customer's say.
 */
const awaitsObjection = (c: RuleInput['predicate']['conditions'][number]): boolean =>
  c.kind === 'opt-out' && OBJECTION_CUES.has(c.cue?.text.toLowerCase() ?? '') && AWAITING_OPENERS.has(c.opener?.text.toLowerCase() ?? '');

/**
 * '"Hosted Model Provider" means a provider of … model inference …, through which the Supplier routes prompts': the term
 * defined (before "means") is the AI provider and the definition names the customer's data that reaches it.
 */
const definesProviderOfData = ({ predicate: p }: RuleInput): boolean => {
  const means = cue(p, 'definitionCue');
  if (means === undefined || !p.cues.some((c) => c.set === 'aiProvider' && c.end <= means.start)) return false;
  // '"Model Provider" means a third party that supplies a large language model … that Vendor uses to deliver the
  // Platform': the contract names outside model providers it uses, which the lawyer needs to see (fresh75–77).
  const after = (...sets: string[]) => p.cues.some((c) => sets.includes(c.set) && c.start >= means.end);
  return object(p, 'customer-data') !== undefined || (after('thirdParty') && after('aiNoun', 'aiAcronym'));
};

/** The verbs by which a vendor tells the customer what it uses, when what follows them is the models, not the data. */
const LISTING_VERBS: ReadonlySet<string> = new Set(['disclose', 'discloses', 'identify', 'identifies', 'list', 'lists']);
/**
 * "Contractor shall disclose in Exhibit C each artificial intelligence or machine learning model, including any
 * third-party large language model, used to process University Data": what must be disclosed is which models are used,
 * named before the data they process; a duty of transparency, not a flow of the data (audit137: 334 § 7.1 lost its own
 * disclosure duty to a strike).
 */
const DISCLOSES_THE_MODELS: Veto = {
  reason: 'the vendor must tell the customer which models it uses: a duty of transparency, not a flow of the data to them',
  when: ({ predicate: p }) => {
    const told = action(p, 'share');
    const firstAi = p.ai[0];
    const data = object(p, 'customer-data', 'generic', 'output');
    return told !== undefined && LISTING_VERBS.has(told.text.toLowerCase()) && reads(p, p.modal, 'dutyModal') && firstAi !== undefined &&
      firstAi.start > told.end && (data === undefined || data.start > firstAi.start);
  },
};

export const SHARING_RULES: readonly Rule[] = [
  {
    id: 'third-party-ai-flow',
    category: 'third-party-ai',
    stance: 'risk',
    severity: 'medium',
    // A flow the customer must approve first ("provided that Customer has approved each provider") is its control.
    when: (i) => outsider(i) !== undefined && aiContext(i) && flows(i) && !restricted(i) && !consentGated(i),
    vetoes: [
      DEFINITION_ONLY, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, HOLDERS_DELETED, CUSTOMER_USES_OUTSIDE_TOOLS, ABOUT_PEOPLE, ONLY_VENDORS_OWN_AI, ITEM_OF_LISTED_BAN,
      DISCLOSES_THE_MODELS,
      {
        // "shall ensure that any Subcontractor …, including any provider of hosted AI models, agrees in writing to the
        // same restrictions … that apply to Business Associate": the providers are bound, which is the flow-down.
        reason: 'the vendor must bind the providers to the same restrictions as itself: a flow-down',
        when: ({ predicate: p, frame }) => has(frame, 'flowDownTerms') && reads(p, p.modal, 'dutyModal'),
      },
    ],
    evidence: (i) => [i.predicate.actor.cue, action(i.predicate, 'share', 'use'), object(i.predicate, 'customer-data', 'generic', 'output'), outsider(i), i.predicate.ai[0]],
  },
  {
    id: 'third-party-ai-limited',
    category: 'third-party-ai',
    stance: 'neutral',
    severity: 'low',
    when: (i) => outsider(i) !== undefined && aiContext(i) && (flows(i) || restricted(i) || i.predicate.actions.length > 0 || i.predicate.objects.length > 0),
    vetoes: [DEFINITION_ONLY, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, HOLDERS_DELETED, CUSTOMER_USES_OUTSIDE_TOOLS, ABOUT_PEOPLE, OUTPUT_DISCLAIMER, ONLY_VENDORS_OWN_AI, PROVIDER_AS_EXCUSED_CAUSE],
    evidence: (i) => [i.predicate.negation, action(i.predicate, 'share', 'use', 'retain', 'train'), outsider(i)],
  },
  {
    id: 'ai-provider-named',
    category: 'third-party-ai',
    stance: 'neutral',
    severity: 'low',
    // "Third-party AI service providers", "only LLMs from providers with whom we have a BAA": the clause is about them.
    // The provider may be named in a condition the customer sets: "If you self-host it with your OpenAI (or other LLM
    // provider) API key, it is between you and the provider." ("… when it calls outside LLM providers" is the vendor's.)
    when: ({ predicate: p, frame }) => has(p, 'aiProvider') || customersProvider(frame, p),
    vetoes: [{ ...DEFINITION_ONLY, when: (i) => DEFINITION_ONLY.when(i) && !definesProviderOfData(i) }, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, HOLDERS_DELETED, PROVIDER_AS_EXCUSED_CAUSE],
    evidence: ({ predicate: p }) => [cue(p, 'aiProvider')],
  },
  {
    id: 'terms-change-data-use',
    category: 'policy-by-reference',
    stance: 'risk',
    severity: 'medium',
    // "Company may modify these Terms …, including the purposes for which Company processes Customer Content, by
    // posting the updated version": the vendor may change the data deal itself on notice (audit59, 161 § 14.2).
    when: ({ predicate: p }) =>
      has(p, 'changeVerb') && has(p, 'ownTermsRef') && p.actor.side === 'vendor' && reads(p, p.modal, 'permissionModal') &&
      object(p, 'customer-data') !== undefined,
    vetoes: [DEFINITION_ONLY, CLAIM_CONTEXT, CHANGE_NEEDS_CONSENT],
    evidence: ({ predicate: p }) => [p.actor.cue, p.modal, cue(p, 'changeVerb'), cue(p, 'ownTermsRef'), object(p, 'customer-data')],
  },
  {
    id: 'listed-model-provider',
    category: 'third-party-ai',
    stance: 'neutral',
    severity: 'low',
    // "Lexwright AI Inc. – large language model inference for CV summaries – United States": a row of a sub-processor
    // list has no verb; a company named with its legal form beside an AI word is a model provider the data reaches.
    when: ({ frame }) =>
      has(frame, 'companyForm') && has(frame, 'aiNoun', 'aiAcronym') &&
      frame.predicates.every((q) => q.modal === undefined && (q.actions.length === 0 || tableRow(frame))),
    vetoes: [DEFINITION_ONLY, CLAIM_CONTEXT],
    evidence: ({ frame }) => [cue(frame, 'companyForm'), cue(frame, 'aiNoun', 'aiAcronym')],
  },
  {
    id: 'subprocessors',
    category: 'third-party-ai',
    stance: 'neutral',
    severity: 'low',
    // A subprocessor handles data by definition; a subcontractor only where data or AI is in the clause ("may invite
    // architects, owners, subcontractors … to access its Projects", "may sub-contract the performance of the Services").
    // The customer authorising the vendor to engage them is a DPA's sub-processing consent, whatever they are called.
    when: (i) =>
      has(i.predicate, 'subprocessor') &&
      (subprocessorWord(i.predicate) || aiContext(i) || object(i.predicate, 'customer-data', 'usage-data') !== undefined || (i.predicate.actor.side === 'customer' && i.predicate.recipient?.side === 'vendor')),
    vetoes: [DEFINITION_ONLY, CUSTOMER_RESTRICTION, CLAIM_CONTEXT, HOLDERS_DELETED, ABOUT_PEOPLE],
    evidence: ({ predicate: p }) => [cue(p, 'thirdParty'), action(p, 'share', 'use', 'optOut')],
  },
  {
    id: 'policy-by-reference',
    category: 'policy-by-reference',
    stance: 'risk',
    severity: 'medium',
    when: ({ predicate: p, frame, paragraph }) =>
      // "The Company may amend those policies by giving 30 days' notice": the vendor's own right to change is the change.
      (has(frame, 'policyChange') || (has(p, 'changeVerb') && p.actor.side === 'vendor' && reads(p, p.modal, 'permissionModal') && has(frame, 'policyRef'))) &&
      ((has(frame, 'policyRef') &&
        // "… our AI Data Use Policy describes how we use Your Content to develop our AI models. Both policies, each as
        // updated from time to time, form part of these terms": the paragraph says what the policies govern.
        (has(frame, 'aiNoun', 'trainVerb') || paragraph.ai || object(p, 'customer-data', 'usage-data') !== undefined ||
          (has(p, 'changeVerb') && p.actor.side === 'vendor' && p.modal !== undefined))) ||
        // "processes Customer Data as described in its documentation, which it may update": the data use follows the docs.
        (has(p, 'productDocs') && object(p, 'customer-data', 'usage-data') !== undefined && affirmed(p, 'use', 'retain', 'share', 'train') !== undefined)),
    vetoes: [
      CHANGE_NEEDS_CONSENT,
      CHANGE_DENIED,
      CHANGED_BY_THIS_DOCUMENT,
      CUSTOMERS_OWN_POLICY,
      CUSTOMERS_OWN_DOCUMENT,
      SUPPOSED_USE,
      {
        // "will maintain … safeguards designed to protect … Customer Data, as described in the Security Overview (as
        // updated from time to time)": a security document says how the data is protected, not what is done with it
        // (audit71, 205 § 5.1).
        reason: 'the document referred to describes how the data is protected, not what is done with it',
        when: ({ predicate: p, frame }) =>
          // A privacy policy says what is done with the data, whatever else it protects (03 § 1.3).
          has(frame, 'securityMeasure', 'securityTerm') && !frame.cues.some((c) => c.text.toLowerCase() === 'privacy') &&
          // ("penetration testing" is a security measure, not product improvement.)
          !has(frame, 'aiNoun', 'aiAcronym', 'trainVerb') &&
          // A duty ("shall implement … for privileged access") grants no use; a permission to use, share or keep does.
          affirmed(p, 'share', 'train', 'grant', 'retain') === undefined && (reads(p, p.modal, 'dutyModal') || affirmed(p, 'use', 'improve') === undefined),
      },
      {
        // '"Documentation" means Supplier's user guides and help-centre materials … as made available from time to
        // time': a definition of the product's documentation says how the product works; the AI features defined beside
        // it in the same list do not make it a policy over the data (audit87, 235 § 1.1).
        reason: 'a definition of the product documentation says how the product works, not what is done with the data',
        when: (i) =>
          DEFINITION_ONLY.when(i) && has(i.frame, 'productDocs') && !has(i.frame, 'aiNoun', 'aiAcronym', 'trainVerb') &&
          object(i.predicate, 'customer-data', 'usage-data') === undefined,
      },
      {
        // "Customer shall comply … with Supplier's Acceptable Use Policy … as updated by Supplier from time to time" (249
        // § 11.1, 250 § 1.9): every policy the sentence names governs the customer's conduct; none says what is done with data.
        reason: 'the only policy referred to governs how the customer may use the service, not what is done with its data',
        when: ({ frame }) => conductPolicyOnly(frame),
      },
      // "charged … at the rate shown on our pricing page …, then at the then-current rate": the price moves, not the data terms.
      { reason: 'a pricing page sets what the customer pays, not what is done with its data', when: ({ predicate: p, frame }) => has(frame, 'pricing') && object(p, 'customer-data', 'usage-data') === undefined },
    ],
    evidence: ({ frame }) => [cue(frame, 'policyRef', 'productDocs'), cue(frame, 'policyChange')],
  },
];

/** Words of the policy-reference set that say where a document is, not which document it is. */
const WHERE_A_DOCUMENT_IS: ReadonlySet<string> = new Set(['page', 'website', 'url', 'located at', 'available at', 'incorporated by reference', 'by reference', 'statement at']);
/** A bare "policy" after a conduct policy points back to it ("breaches that policy"). */
const BACK_REFERENCES: ReadonlySet<string> = new Set(['policy', 'policies']);
/** Other documents a sentence may name beside a conduct policy ("and AI Transparency Statement", "Privacy Notice"). */
// "the AUP and the AI Terms" (452 § 15.3): the AI terms say what is done with the data, whatever the AUP beside them says.
const OTHER_DOCUMENTS: readonly string[] = ['statement', 'privacy', 'notice', 'terms of', 'data use', 'documentation', 'ai policy', 'ai terms', 'ai feature terms', 'ai features terms', 'machine learning terms', 'data processing'];
/** Every document the sentence refers to is a conduct policy (an acceptable use policy, community guidelines). */
function conductPolicyOnly(frame: RuleInput['frame']): boolean {
  const conduct = frame.cues.filter((c) => c.set === 'conductPolicy');
  // A sentence that keeps or trains on data under the policy makes it a data policy, whatever its name.
  if (conduct.length === 0 || frame.cues.some((c) => c.set === 'retainVerb' || c.set === 'trainVerb')) return false;
  const text = frame.text.toLowerCase();
  if (OTHER_DOCUMENTS.some((word) => text.includes(word))) return false;
  // "the AI Module Acceptable Use Policy and Model Card": a document of another name joined to the conduct policy is
  // not a conduct policy because it stands beside one (454 Sch 4 § 7.1).
  if (conduct.some((c) => {
    const name = joinedDocumentAt(frame.text, c.end);
    return name >= 0 && !conduct.some((other) => other.start <= name && name < other.end);
  })) return false;
  const named = frame.cues.filter((c) => c.set === 'policyRef' && !WHERE_A_DOCUMENT_IS.has(c.text.toLowerCase()) && !c.text.toLowerCase().startsWith('incorporated'));
  return named.every((d) => conduct.some((c) => c.start <= d.start && d.end <= c.end) || (BACK_REFERENCES.has(d.text.toLowerCase()) && conduct.some((c) => c.end <= d.start)));
}

