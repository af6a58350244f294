// Who owns what the service generates: the vendor (a risk), the customer (a protection), or terms that shape the
// rights without settling them (similarity of outputs, definitions: for review). Pure: rows over the clause frame.
import type { Cue, Predicate } from '../../reading/frame';
import type { Rule, RuleInput } from '../ruleTypes';
import { action, cue, has, object, reads, wordBefore, wordsAfter, wordsBefore } from '../queries';
import { CLAIM_CONTEXT, CLAIM_IN_STATEMENT, CUSTOMER_RESTRICTION, TEACHES_PEOPLE } from '../vetoes';

/**
 * "every Output which assigns an emergency or urgent priority" (315 § 3.2): "assigns a …" or "assigns an …" gives a
 * value or a category, never title; rights are assigned "to" someone or as "all right, title and interest".
 */
const givesAValue = (i: RuleInput, a: { readonly text: string; readonly end: number }) => {
  if (!a.text.toLowerCase().startsWith('assign')) return false;
  const next = wordsAfter(i.frame, a.end, 1)[0]?.toLowerCase();
  return next === 'a' || next === 'an';
};
const own = (i: RuleInput) => i.predicate.actions.find((a) => a.kind === 'own' && !givesAValue(i, a));
/** The ownership vocabulary's words for outputs alike ("same or similar", "not unique"): similarity, not title. */
const SIMILARITY: ReadonlySet<string> = new Set(['not unique', 'not be unique', 'same or similar', 'similar output', 'similar outputs', 'similar content', 'similar results', 'similar responses']);
/**
 * The output the clause names: an output word, or, where the clause speaks of owning, what the service produces under
 * another name ("all Verification Results", "the reports we produce for you", "all Audience Insights").
 */
// A clause about feedback ("suggestions, bug reports or ideas … assigned to Licensor") owns no work product.
const output = (i: RuleInput): Cue | undefined =>
  object(i.predicate, 'output') ?? (ownsOutright(i) && !has(i.predicate, 'feedbackNoun') ? i.predicate.cues.find((c) => c.set === 'workProduct' && !POOLED.has(wordBefore(i.frame, c.start))) : undefined);
/**
 * "The Supplier shall own all rights in Anonymised Insights": insights pooled or stripped of identity are data the
 * vendor derives, which the aggregated-data rules read, not the customer's work product (audit89, 237 § 3.4).
 */
const POOLED: ReadonlySet<string> = new Set(['anonymised', 'anonymized', 'aggregated', 'aggregate', 'de-identified', 'deidentified', 'pooled', 'statistical', 'benchmark', 'benchmarking', 'usage']);
/** An ownership word other than "claim", which is as often a noun ("claims handling", "a claim decision"). */
const ownsOutright = ({ predicate: p }: RuleInput): boolean => p.actions.some((a) => a.kind === 'own' && !reads(p, a, 'claimWord'));
/** What a derivative is of, when it is the things just listed. */
/** The vendor's own design in what it generates: "the structure, formatting and template elements of Output". */
const FORM_ELEMENTS: ReadonlySet<string> = new Set([
  'structure', 'formatting', 'format', 'template', 'templates', 'layout', 'layouts', 'styling', 'style', 'rubrics', 'methodology', 'methodologies', 'logic',
]);
/** "embodied in the Outputs", "incorporated in any Output": the vendor's own elements inside what it generates. */
const EMBODIED: ReadonlySet<string> = new Set(['embodied in', 'incorporated in', 'incorporated into', 'contained in', 'included in']);
const OF_THE_FOREGOING: readonly string[] = [' of any of the foregoing', ' of the foregoing', ' thereof', ' of any of them', ' of them'];
/** Verbs of making: "used to generate Outputs" names what the tools make. */
const GENERATING: ReadonlySet<string> = new Set(['generate', 'generates', 'generating', 'produce', 'produces', 'producing', 'create', 'creates']);
/** The words that class one thing as another: "constitute Customer Data", "shall be deemed Customer Data". */
const CLASSED_AS: readonly string[] = ['constitute', 'constitutes', 'shall constitute', 'will constitute', 'are deemed', 'is deemed', 'shall be deemed', 'will be deemed', 'shall be treated as', 'are treated as', 'form part of', 'forms part of', 'shall form part of'];
/** The customer's data the output is classed as, right after the classing words; undefined when it is not so classed. */
const outputClassedAsCustomerData = (i: RuleInput): Cue | undefined => {
  const made = output(i);
  if (made === undefined) return undefined;
  const data = i.predicate.objects.find((o) => o.kind === 'customer-data' && o.start > made.end);
  if (data === undefined) return undefined;
  const between = i.frame.text.slice(made.end - i.frame.start, data.start - i.frame.start).toLowerCase();
  // ' ("Generated Content") constitute ': the output's own defined name may stand between.
  const words = (between.split('")').pop() ?? '').split('”)').pop()?.trim() ?? '';
  return CLASSED_AS.some((w) => words === w || words === `${w} the`) ? data : undefined;
};
/**
 * "Colourways … generated using Selvedge Studio AI are licensed to Customer on a non-exclusive basis": the outputs are
 * only licensed, and not exclusively, so the vendor keeps them and may give the same to others (blind96-148).
 */
/** "Lab's rights in AI Proposals are limited to a non-exclusive licence" (blind97-26): the customer's rights cut down to a licence. */
const rightsLimitedToLicence = (i: RuleInput): boolean => {
  const made = output(i);
  const [rights, inWord] = made === undefined ? [] : wordsBefore(i.frame, made.start, 2);
  const limited = cue(i.predicate, 'limiter');
  return rights === 'rights' && inWord === 'in' && limited !== undefined && limited.start > (made?.end ?? Infinity) && limited.text.toLowerCase().startsWith('limited');
};
const onlyNonExclusive = ({ predicate: p }: RuleInput): boolean =>
  p.cues.some((c) => c.set === 'licenceNarrowing' && c.text.toLowerCase().split('-').join(' ').startsWith('non exclusive'));
/** "Vendor hereby assigns that right to Customer": the one who assigns gives ownership to the one assigned to. */
const assignsToCustomer = ({ predicate: p }: RuleInput): boolean =>
  p.polarity === 'positive' && p.recipient?.side === 'customer' && p.actions.some((a) => (a.kind === 'own' || a.kind === 'share') && !a.negated && reads(p, a, 'assignVerb'));
/** Ownership words that name the customer as owner, or say the vendor takes nothing. */
const customerOwner = (i: RuleInput): boolean => assignsToCustomer(i) || (ownerNamedCustomer(i) && !underDeniedAssurance(i));
const ownerNamedCustomer = ({ predicate: p }: RuleInput): boolean =>
  p.owner !== undefined
    ? p.owner.side === 'customer'
    : (p.actor.side === 'customer' && p.polarity === 'positive') ||
      (p.actor.side !== 'customer' && p.polarity === 'negative') ||
      (object(p, 'customer-data') !== undefined && has(p, 'definitionCue'));
/**
 * "We do not promise that Output will be unique or eligible for copyright": the "not" denies a promise (a warranty
 * disclaimer), and what the promise would have covered, in its own clause or in the "that" clause after it, neither
 * gives the customer title nor claims it for the vendor.
 */
const deniesAnAssurance = (p: Predicate): boolean => {
  const negation = p.negation;
  return negation !== undefined && p.cues.some((c) => c.set === 'assuranceWord' && c.start >= negation.end && c.start - negation.end <= 12);
};
const underDeniedAssurance = ({ predicate, frame }: RuleInput): boolean => {
  const at = frame.predicates.indexOf(predicate);
  return frame.predicates.some((p, k) => k <= at && deniesAnAssurance(p));
};
const vendorOwner = (i: RuleInput): boolean =>
  i.predicate.polarity === 'positive' && !assignsToCustomer(i) && !underDeniedAssurance(i) && (i.predicate.owner !== undefined ? i.predicate.owner.side === 'vendor' : i.predicate.actor.side === 'vendor');

/**
 * The definition is about output: '"Output" means …', 'the following do not constitute Output'. In '"Permitted Use"
 * means Customer using Output to …' the output is the object of another verb inside what is defined.
 */
const definesOutput = ({ predicate: p }: RuleInput): boolean => {
  const defined = cue(p, 'definitionCue');
  if (defined === undefined || p.cues.some((c) => c.set === 'meansNoun' && c.start <= defined.start && defined.end <= c.end)) return false;
  // '"Candidate Data" means … including transcripts of interviews': the term defined names what the definition is
  // about; output listed inside a definition of the customer's own data, or of other data, is part of that data.
  const term = p.objects.filter((o) => o.end <= defined.start);
  if (term.length > 0) return term.some((o) => o.kind === 'output');
  const verbBefore = (at: number) => p.actions.some((a) => a.start >= defined.end && a.end <= at);
  return p.objects.some((o) => o.kind === 'output' && !verbBefore(o.start));
};

/** Every output named comes after a grant to the customer, and anything owned before it: the output is licensed. */
const outputOnlyLicensed = (p: Predicate): boolean => {
  const grant = p.recipient?.side === 'customer' ? action(p, 'grant') : undefined;
  const owned = action(p, 'own');
  return grant !== undefined && (owned === undefined || owned.start < grant.start) && p.objects.filter((o) => o.kind === 'output').every((o) => o.start > grant.start);
};

const MODEL_SETS = new Set<string>(['aiNoun', 'aiAcronym', 'vendorMaterial']);
const DATA_KINDS = new Set<string>(['customer-data', 'generic', 'usage-data']);
/**
 * "models, weights … derived in whole or in part from Machine Data": an AI word (or the weights) before a phrase of
 * making and a data object after it name a model made from the data.
 */
const modelMadeFromData = ({ predicate: p }: RuleInput): boolean => {
  const made = cue(p, 'madeFromData');
  return made !== undefined && p.cues.some((c) => MODEL_SETS.has(c.set) && c.end <= made.start && (c.set !== 'vendorMaterial' || has(p, 'aiNoun'))) &&
    p.objects.some((o) => DATA_KINDS.has(o.kind) && o.start >= made.end);
};

/** Words after a "not" that say a right does not come into being: "copyright may not subsist in …". */
const COMES_INTO_BEING: ReadonlySet<string> = new Set(['subsist', 'exist', 'arise', 'attach', 'vest']);
/** "may not", "might not", "does not", "will not": the negation before the verb, as two words. */
const NEGATED_AUXILIARY: ReadonlySet<string> = new Set(['may', 'might', 'does', 'do', 'will', 'can', 'could']);
/**
 * "Supplier acknowledges that copyright may not subsist in certain AI Output": a doubt that any right exists in the
 * output, which no one is said to own (412 cl. 8.3, the customer's own protective clause, was rewritten as ownership).
 */
const RIGHT_MAY_NOT_SUBSIST = {
  reason: 'the sentence says a right may not exist in the output at all; nobody is said to own it',
  when: ({ predicate: p, frame }: RuleInput) =>
    p.actions.filter((a) => a.kind === 'own').every((a) => {
      const [auxiliary = '', not = '', verb = ''] = wordsAfter(frame, a.end, 3).map((w) => w.toLowerCase());
      return NEGATED_AUXILIARY.has(auxiliary) && not === 'not' && COMES_INTO_BEING.has(verb);
    }),
};

export const OUTPUT_RULES: readonly Rule[] = [
  {
    id: 'derived-model-vendor-owns',
    category: 'output-ownership',
    stance: 'risk',
    severity: 'high',
    // "Company owns … all other models … derived in whole or in part from Machine Data": the vendor claims what the
    // customer's data produced, and keeps its value whatever happens to the data.
    when: (i) => own(i) !== undefined && vendorOwner(i) && !customerOwner(i) && modelMadeFromData(i),
    vetoes: [
      CUSTOMER_RESTRICTION,
      CLAIM_CONTEXT,
      TEACHES_PEOPLE,
      {
        reason: 'the model is made from public or licensed data, not the customer’s',
        when: ({ predicate: p }) => has(p, 'nonCustomerSource') && !p.objects.some((o) => o.kind === 'customer-data'),
      },
    ],
    evidence: ({ predicate: p }) => [p.actor.cue, action(p, 'own'), cue(p, 'madeFromData')],
  },
  {
    id: 'output-vendor-owns',
    category: 'output-ownership',
    stance: 'risk',
    severity: 'high',
    when: (i) => output(i) !== undefined && own(i) !== undefined && vendorOwner(i) && !customerOwner(i),
    vetoes: [
      CUSTOMER_RESTRICTION,
      CLAIM_CONTEXT,
      TEACHES_PEOPLE,
      RIGHT_MAY_NOT_SUBSIST,
      {
        // "other users may receive Outputs that are the same as or similar to yours, and we may generate similar Outputs
        // for them": outputs alike for others settle no ownership (audit69, 203 § A3 was turned into "will not generate").
        reason: 'outputs alike for others say nothing of who owns them',
        when: ({ predicate: p }) => p.actions.filter((a) => a.kind === 'own').every((a) => SIMILARITY.has(a.text.toLowerCase())),
      },
      {
        // "… and that Quillamed retains all rights in the structure, formatting and template elements of Output" (475
        // § 5.2): the vendor keeps its own design in the outputs, not the outputs (audit217 marked the rewrite overreach).
        reason: 'what the vendor keeps is its own form or template in the outputs, not the outputs themselves',
        when: ({ predicate: p, frame }) => {
          const made = object(p, 'output');
          if (made === undefined) return false;
          const bare = (w: string) => (w.endsWith(',') ? w.slice(0, -1) : w);
          // "… retains ownership of all scoring rubrics, interview question templates and ranking logic embodied in the
          // Outputs, and that similar Outputs may be generated for other clients" (audit223, 490 § 5.4).
          const embodied = wordsBefore(frame, made.start, 14);
          const preposition = EMBODIED.has(embodied.slice(-2).join(' ')) || EMBODIED.has(embodied.slice(-3, -1).join(' '));
          const inThem = preposition && embodied.some((w) => FORM_ELEMENTS.has(bare(w)));
          if (inThem) return true;
          if (p.objects.some((o) => o.kind === 'output' && o.start !== made.start)) return false;
          const before = wordsBefore(frame, made.start, 6);
          return before[before.length - 1] === 'of' && before.some((w) => FORM_ELEMENTS.has(bare(w)));
        },
      },
      {
        // "Pitchwell … own all right, title and interest in and to the Platform, … the Pitchwell Models … and all
        // improvements, enhancements, modifications and derivative works of any of the foregoing": the works owned are
        // made from the vendor's own materials; what informs them is the improvement finding's (audit72, 209 § 4.2).
        reason: 'the works owned are improvements and derivatives of the vendor\'s own materials, not outputs made for the customer',
        when: ({ predicate: p, frame }) => {
          const works = p.cues.filter((c) => c.set === 'workProduct');
          const first = works[0];
          if (object(p, 'output') !== undefined || first === undefined || !p.objects.some((o) => o.kind === 'vendor-material' && o.start < first.start)) return false;
          // Only derivatives of what was just listed ("improvements, … and derivative works of any of the foregoing");
          // "scores delivered to Client" are outputs whoever else is named.
          const lower = frame.text.toLowerCase();
          const foregoing = Math.min(...OF_THE_FOREGOING.map((words) => lower.indexOf(words, first.start - frame.start)).filter((at) => at >= 0));
          return Number.isFinite(foregoing) && works.every((c) => c.end - frame.start <= foregoing);
        },
      },
      {
        // "Ashcombe retains all rights in the Insights Models, including all weights …, none of which constitutes Customer
        // Data or AI Output": the outputs are named only to say the models are not outputs (audit171, 391 Sch 2 ¶5.2 was
        // rewritten into an output clause).
        reason: 'the outputs are named only to say that what the vendor owns is not an output',
        when: ({ predicate: p }) => {
          const outputs = p.objects.filter((o) => o.kind === 'output');
          const denials = p.cues.filter((c) => c.set === 'notClassedAs');
          return outputs.length > 0 && outputs.every((o) => denials.some((c) => c.end <= o.start && o.start - c.end <= 40));
        },
      },
      {
        // "Pitchwell retains all rights in the Pitchwell Models, prompt templates and scoring rubrics used to generate
        // Outputs": the outputs name what the vendor's tools make, not what it owns (audit72, 209 § G2).
        reason: 'the outputs are named only as what the vendor\'s own tools generate; the vendor owns the tools',
        when: ({ predicate: p, frame }) => {
          const outputs = p.objects.filter((o) => o.kind === 'output');
          const owns = action(p, 'own');
          return owns !== undefined && outputs.length > 0 && outputs.every((o) => o.start > owns.start && GENERATING.has(wordBefore(frame, o.start)));
        },
      },
      {
        // "Provider warrants that it has obtained all rights in the data, models and other materials … necessary for
        // Company to use the Services and the Service Outputs": outputs named only as what is then used are not owned
        // (audit77, 218 § 8(b), a warranty for the customer, was replaced by the clause on outputs).
        reason: 'the outputs are named only as what is used after the rights held; nothing says who owns them',
        when: ({ predicate: p }) => {
          const owns = action(p, 'own');
          const outputs = p.objects.filter((o) => o.kind === 'output');
          const uses = p.actions.filter((a) => a.kind === 'use' && owns !== undefined && a.start > owns.end);
          return outputs.length > 0 && outputs.every((o) => uses.some((u) => u.end <= o.start));
        },
      },
      {
        // "The Provider retains ownership of Provider Materials and grants the Client a licence to use them, as
        // incorporated in Outputs": the vendor owns its own materials; the output is named in the customer's licence.
        reason: 'the output is named only in the licence granted to the customer; the vendor owns its own materials',
        when: ({ predicate: p }) => outputOnlyLicensed(p) && action(p, 'own') !== undefined,
      },
    ],
    evidence: (i) => [i.predicate.actor.cue, action(i.predicate, 'own'), output(i)],
  },
  {
    id: 'output-customer-owns',
    category: 'output-ownership',
    stance: 'protective',
    severity: 'low',
    when: (i) => output(i) !== undefined && own(i) !== undefined && customerOwner(i),
    vetoes: [CLAIM_IN_STATEMENT, TEACHES_PEOPLE],
    evidence: (i) => [i.predicate.actor.cue, i.predicate.negation, action(i.predicate, 'own'), output(i)],
  },
  {
    // "Summaries … generated by the Services ("Generated Content") constitute Customer Data for all purposes of this
    // Agreement": outputs classed as the customer's data take its ownership and every protection it has (blind77-101).
    id: 'output-is-customer-data',
    category: 'output-ownership',
    stance: 'protective',
    severity: 'low',
    when: (i) => outputClassedAsCustomerData(i) !== undefined && i.predicate.polarity === 'positive',
    vetoes: [CLAIM_CONTEXT, TEACHES_PEOPLE],
    evidence: (i) => [output(i), outputClassedAsCustomerData(i)],
  },
  {
    id: 'output-licensed-for-term',
    category: 'output-ownership',
    stance: 'risk',
    severity: 'medium',
    // "The Supplier grants the Customer a non-exclusive licence to use the Scoring Outputs during the Term": the
    // vendor keeps the outputs and the customer's right to use its own work product ends with the contract.
    when: (i) =>
      output(i) !== undefined && (own(i) === undefined || outputOnlyLicensed(i.predicate)) && i.predicate.polarity === 'positive' && i.predicate.actor.side === 'vendor' &&
      i.predicate.recipient?.side === 'customer' && action(i.predicate, 'grant') !== undefined && has(i.predicate, 'withinTerm') &&
      // "… and to use the Outputs without restriction during and after the Term": the licence outlasts the contract (362 § 5.3).
      // "… and to use any Supplier Materials incorporated in Outputs without limit of time" outlasts it too (374 § 7.1).
      !has(i.frame, 'afterEnd') && !has(i.frame, 'lastingRight'),
    vetoes: [CUSTOMER_RESTRICTION, CLAIM_CONTEXT, TEACHES_PEOPLE],
    evidence: (i) => [i.predicate.actor.cue, action(i.predicate, 'grant'), output(i), cue(i.predicate, 'withinTerm')],
  },
  {
    id: 'output-licensed-non-exclusively',
    category: 'output-ownership',
    stance: 'risk',
    severity: 'medium',
    when: (i) =>
      output(i) !== undefined && own(i) === undefined && i.predicate.polarity === 'positive' && !has(i.predicate, 'withinTerm') && onlyNonExclusive(i) &&
      ((i.predicate.actor.side !== 'customer' && i.predicate.recipient?.side === 'customer' && action(i.predicate, 'grant') !== undefined) || rightsLimitedToLicence(i)) &&
      // "a perpetual, irrevocable, non-exclusive licence": a licence that outlasts everything is the customer's to keep.
      !has(i.frame, 'afterEnd') && !has(i.frame, 'lastingRight'),
    vetoes: [CUSTOMER_RESTRICTION, CLAIM_CONTEXT, TEACHES_PEOPLE],
    evidence: (i) => [action(i.predicate, 'grant'), output(i), i.predicate.cues.find((c) => c.set === 'licenceNarrowing')],
  },
  {
    id: 'output-rights-shaped',
    category: 'output-ownership',
    stance: 'neutral',
    severity: 'low',
    // "Output may resemble material generated for others": similarity leaves the rights in the output unsettled.
    when: (i) => output(i) !== undefined && (own(i) !== undefined || definesOutput(i) || has(i.predicate, 'outputSimilarity')) && !has(i.frame, 'disclaimer'),
    vetoes: [CLAIM_CONTEXT, TEACHES_PEOPLE],
    evidence: (i) => [output(i), action(i.predicate, 'own') ?? cue(i.predicate, 'definitionCue')],
  },
];
