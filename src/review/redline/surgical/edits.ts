// Turns one declarative playbook edit into splices of the vendor's sentence, or undefined when the sentence does
// not have the part the edit changes. Pure: must not import Office, React, the DOM or Node.
import type { RedlineOp } from '../../../engine/types';
import type { SurgicalEdit } from '../../../playbook/schema';
import { escapeRegExp, namesPattern, type SurgicalContext } from './context';
import { strikeFromLists, withoutHollowLimb } from './coordinatedList';
import { coordinatedPermissions, exceptionTail, keepSharedObject, purposeListStart, purposePhrase, purposesByReference, vendorPurposes, sentenceClose, vendorPermission, ownRightsPurpose, unlimitedPurposeList, vendorPurposeNouns } from './grammar';
import { infinitivePurposeSplices, modelPurposeSplices } from './infinitivePurposes';
import { perpetualLicence, swapOwner } from './ownerSwap';
import type { Splice } from './splice';
import { setsOwnStandard, withoutOwnStandard } from '../../ownStandard';
import { optInGrant } from './optInGrant';
import { appendDeletion, ceaseRetention, strikeSurvival } from './keepingEdits';
import { assentFrame, BOUNDED_PERMISSION, defaultTurnedOff, FREE_OF_DUTY, lawfulPurposeQualifier, NARROWED_OBJECT, permissionLeadIn, planScopeLeadIn, servesTheCustomer, vendorMayChangeTail } from './banSurroundings';

/** A permission, as opposed to a duty: "may", "is entitled to", a grant or a licence. */
const PERMITS = /\b(?:may|(?:is|are)\s+entitled\s+to|grants?|licen[cs]es?)\b/i;
/** The sentence's own "provided that " (or "provided always that "), after which the playbook's conditions go first. */
const OWN_PROVISO = /\bprovided\s+(?:always\s+)?that\s+/i;
/** ", after client names and other identifying text have been removed," right after the object, commas and all. */
const REDACTED_ASIDE = /^\s+(?:[\w’'-]+\s){0,5}?[\w’'-]+(,\s+(?:after|once|when)\s+[^;.]{0,160}?(?:has|have)\s+been\s+(?:removed|redacted|deleted|stripped|masked|de-?identified|anonymi[sz]ed|pseudonymi[sz]ed),)/;

// Each alternative starts at a comma, or where a run of white space starts: never inside a run (see grammar.ts).
/** "…, as updated by Vendor from time to time (by posting a revised version at …)": the whole changing mechanism. */
// ", which the Supplier may update from time to time and of which the version on the website at the time of use applies"
// is the same mechanism as a relative clause.
const AS_UPDATED =
  /(?:,|(?<!\s))\s*as\s+(?:may\s+be\s+)?(?:updated|amended|modified|changed|revised|varied)(?:,?\s+(?:or|and)\s+\w+)?(?:\s+by\s+(?:the\s+)?[A-Z][\w-]*)?\s+(?:from time to time|periodically|at any time)(?:\s+(?:at|in)\s+[^,;.]*?discretion)?(?:\s+by\s+(?:posting|publishing|notifying|giving|providing|making|emailing)\b[^,;]{0,200}?(?=[,;]|\.(?:\s|$)|$))?|(?:,|(?<!\s))\s*as\s+(?:the\s+)?\S+\s+may\s+(?:update|amend|modify|change|revise)\s+(?:it\s+|them\s+)?(?:from time to time|at any time)|(?:,|(?<!\s)\s+and)\s+which\s+(?:the\s+)?\S+\s+may\s+(?:update|amend|modify|change|revise)\s+(?:it\s+|them\s+)?(?:from time to time|at any time)(?:\s+and\s+of\s+which\s+the\s+version\s+[^,;.]{0,80}?\s+applies)?(?:\s+(?:upon|on|with|after)\s+(?:prior\s+)?(?:written\s+)?notice(?:\s+to\s+(?:the\s+)?[A-Z][\w-]*)?)?/i;

/** A proviso right after the changing mechanism that is only about the changes (notice of "any update"). */
const UPDATE_PROVISO = /^,?\s*provided\s+(?:always\s+)?(?:that|however,?\s+that)\s+[^,;.]{0,200}?\b(?:update|updates|change|changes|amendment|amendments|revision|revisions|modification|modifications)\b[^;.]{0,200}?(?=[;.]|$)/i;

function mentionsAny(sentence: string, words: readonly string[]): boolean {
  return words.some((word) => new RegExp(`(?<![\\p{L}-])${escapeRegExp(word)}(?![\\p{L}-])`, 'iu').test(sentence));
}

const PROVISO = /\b(?:provided\s+(?:always\s+)?(?:that|however)|on\s+condition\s+that)\b/i;
/**
 * ", provided that Vendor shall not attempt to re-identify any individual and no Derived Data shall include raw audio":
 * a closing proviso made only of further restrictions ("shall not", "no … shall"), none of them a permission.
 */
const RESTRICTING_PROVISO = /(,\s*provided\s+(?:always\s+)?that)\s+(?=[^;.]{0,40}?\b(?:shall|will|must)\s+not\b|no\s)(?![^;.]*\b(?:may|unless|except)\b)[^;.]{1,300}?(?=\.?$)/i;

/** ", provided that any such use takes place within …": a closing proviso whose subject is the permitted use itself. */
const CONDITION_ON_THE_USE = /,\s*(?:provided\s+(?:always\s+)?that|on\s+condition\s+that)\s+(?:(?:any|all|each)\s+)?(?:such|this|that|the)\s+(?:use|processing|training)\b[^;.]{0,240}?(?=\.?$)/i;

/**
 * Of coordinated permissions ("may collect usage information, and may use Customer Data …"), the ones whose words
 * name the customer's data; all of them when none does. The vendor keeps the rights the review is not about.
 */
function aboutTheData<T extends { readonly start: number; readonly end: number }>(context: SurgicalContext, found: readonly T[]): T[] {
  const term = context.terms.customerData.toLowerCase();
  const sentence = context.sentence.toLowerCase();
  // "… and may share it with affiliates": a pronoun after the verb still means the data.
  const names = found.filter((f, i) => {
    const words = sentence.slice(f.end, found[i + 1]?.start ?? sentence.length);
    return words.includes(term) || /^\s+[\w-]+\s+(?:it|them|such\s+\w+)\b/.test(words);
  });
  return names.length > 0 ? names : [...found];
}

const partiesOf = ({ terms }: SurgicalContext) => ({ services: terms.services, customer: terms.customer });

/** A licence granted later in the sentence ("…, and Customer hereby grants Vendor a … licence to do so"). */
const LATER_LICENCE = /\bgrants?\b[^.;]{0,160}?\blicen[cs]e\b/i;

const ANY_PURPOSE = /\bany\s+(?:lawful\s+|other\s+)?purposes?\b/i;
/** A permission to make derived data ("may create …"), which the ban leaves standing beside a banned use of it. */
const MAKES_FIRST = /^\s+(?:create|generate|compile|derive|produce|anonymi[sz]e|aggregate|de-identify)\b/i;

function prohibit(context: SurgicalContext): Splice[] | undefined {
  const permission = vendorPermission(context);
  // "Provider may use Network Data to provide the Software and to improve it": "shall not" would forbid the service.
  if (!permission || servesTheCustomer(context.sentence, permission.end)) return undefined;
  // "may cache Licensed Content … for no longer than thirty days", "may permit … to process it solely on Licensee's
  // behalf": a permission already bounded is a limit; "shall not … for no longer than thirty days" would be nonsense.
  if (BOUNDED_PERMISSION.test(context.sentence.slice(permission.end))) return undefined;
  // "may use Transaction Data, in aggregated form …, to monitor the performance of the Services, to produce industry
  // reports and to develop new features": a ban would stop the monitoring the customer needs too, so only the
  // vendor's own ends go (the audits' overreach: a whole list flipped to "shall not").
  const ownEnds = infinitivePurposeSplices(context.sentence, context.terms.customerData, { ...partiesOf(context), closeKept: true });
  if (ownEnds) return ownEnds;
  // "… for the purposes of quality assurance and the ongoing development of the Detection Models": the same, in nouns.
  const ownNouns = vendorPurposeNouns(context.sentence);
  const opener = ownNouns && unlimitedPurposeList(context.sentence);
  if (ownNouns) return [...(opener === undefined ? [] : [{ start: opener, end: opener, text: 'solely ' }]), { ...ownNouns, text: '' }];
  // "shall not … provided that …" would turn the vendor's condition into the customer's loophole; "shall not use …,
  // and Customer hereby grants Vendor a perpetual licence to do so" would ban and license the same use.
  // Except a closing proviso that only conditions the use itself ("…, provided that any such use takes place in
  // Singapore"): with the use banned it conditions nothing, so it goes with the permission.
  const usesCondition = CONDITION_ON_THE_USE.exec(context.sentence);
  // And a closing proviso that only restricts the vendor further ("…, provided that Vendor shall not attempt to
  // re-identify any individual"): beside a ban it is one more restriction, joined with "and".
  const restriction = usesCondition ? null : RESTRICTING_PROVISO.exec(context.sentence);
  const rest = usesCondition ? context.sentence.slice(0, usesCondition.index) : restriction ? context.sentence.slice(0, restriction.index) : context.sentence;
  if (PROVISO.test(rest) || LATER_LICENCE.test(rest.slice(permission.end))) return undefined;
  const later = coordinatedPermissions(context, permission.end).filter((found) => !servesTheCustomer(context.sentence, found.end));
  // "We will not use Your Content …": a contract that speaks as "we" promises with "will", as its own sentences do.
  // So does a permission whose subject is "we", and a contract that promises with "will" and "must".
  const weSubject = /\bwe\s+$/i.test(context.sentence.slice(Math.max(0, permission.start - 4), permission.start));
  const ban = context.terms.voice === 'we-you' || /^(?:we|us)$/i.test(context.terms.vendor) || weSubject || context.terms.modal === 'will' ? 'will not' : context.terms.modal === 'must' ? 'must not' : 'shall not';
  // "may create de-identified data …, and may use such data to train …": only the use is banned (audit49/50, 127 § 5(d));
  // not where the use is "for any purpose", whose grant is rewritten whole.
  const makesFirst = later.length > 0 && MAKES_FIRST.test(context.sentence.slice(permission.end)) && !ANY_PURPOSE.test(context.sentence);
  const splices: Splice[] = aboutTheData(context, makesFirst ? later : [permission, ...later]).map((found) => ({ ...found, text: ban }));
  if (usesCondition) splices.push({ start: usesCondition.index, end: usesCondition.index + usesCondition[0].length, text: '' });
  // "…, provided that no Research Output … identifies the Fund": without a modal of its own the proviso, joined with a
  // bare "and", would state a fact; the vendor undertakes it ("and shall ensure that no Research Output …").
  const undertaken = restriction && !/\b(?:shall|will|must)\b/i.test(restriction[0].slice(restriction[1]?.length ?? 0));
  if (restriction?.[1]) splices.push({ start: restriction.index, end: restriction.index + restriction[1].length, text: undertaken ? `, and ${ban.split(' ')[0]} ensure that` : ', and' });
  const leadIn = permissionLeadIn(context.sentence, permission.start);
  const assent = assentFrame(context.sentence, permission.start, context.vendorNames, leadIn);
  if (assent) splices.push(assent);
  if (leadIn && (!assent || assent.start !== leadIn.start)) splices.push(leadIn);
  const turnedOff = defaultTurnedOff(context.sentence, permission.start);
  splices.push(...turnedOff, ...vendorMayChangeTail(context.sentence, permission.end));
  // A plan's own setting ("On the Free plan, the setting is switched off by default") keeps its plan.
  const scope = leadIn || turnedOff.length > 0 ? undefined : planScopeLeadIn(context.sentence, permission.start);
  if (scope) splices.push(scope);
  // "… for any purpose without any duty to account to Customer": after a ban the tail freeing the use reads as nonsense.
  for (const tail of context.sentence.slice(permission.end).matchAll(FREE_OF_DUTY)) {
    const start = permission.end + (tail.index ?? 0);
    splices.push({ start, end: start + tail[0].length, text: '' });
  }
  // "may use de-identified excerpts of Customer Content": the qualifier narrowed the vendor's right; in a ban it narrows
  // the ban, leaving whole or identified content free. The ban speaks of the data itself.
  const narrowed = NARROWED_OBJECT.exec(context.sentence.slice(permission.end));
  if (narrowed?.[1]) {
    const start = permission.end + narrowed[0].length - narrowed[1].length;
    splices.push({ start, end: start + narrowed[1].length, text: '' });
  }
  // "shall not use Portfolio Data, together with the Fund's query logs and interaction metadata, to develop …" would ban
  // only the combined use; a ban names each ("Portfolio Data, the Fund's query logs or interaction metadata").
  const together = narrowed?.[1] ? null : TOGETHER_WITH.exec(context.sentence.slice(permission.end));
  if (together?.[1] && together[2]) {
    const lastAnd = together[2].lastIndexOf(' and ');
    const others = lastAnd >= 0 ? `, ${together[2].slice(0, lastAnd)} or ${together[2].slice(lastAnd + 5)}` : ` or ${together[2]}`;
    splices.push({ start: permission.end, end: permission.end + together[0].length - (together[3]?.length ?? 0), text: `${together[1]}${others}` });
  }
  // "use Annotations, after client names … have been removed, to develop …": the safeguard on the permission, left in
  // the ban, would ban only the redacted data.
  const redacted = REDACTED_ASIDE.exec(context.sentence.slice(permission.end));
  if (redacted?.[1]) {
    const start = permission.end + redacted[0].length - redacted[1].length;
    splices.push({ start, end: start + redacted[1].length, text: '' });
  }
  // "shall not train, fine-tune and evaluate" would forbid only doing all three; a prohibition lists with "or".
  // The object may run to a comma or two first ("use Candidate Data, including outcomes Client records, to develop,
  // calibrate and refine …"); bounded, so the search stays linear.
  const verbs = /^\s+(?:[\w'’-]+,?\s+){0,16}?to\s+[\w-]+(?:,\s+[\w-]+)*,?\s+(and)\s+[\w-]+/.exec(context.sentence.slice(permission.end));
  if (verbs?.[1]) {
    const at = permission.end + verbs[0].length - verbs[0].replace(/^.*\s(and)\s+/s, '$1 ').length;
    splices.push({ start: at, end: at + 3, text: 'or' });
  }
  // "shall not thereafter use, disclose and commercialize such data": a list of verbs right after the ban forbids
  // only doing all of them; a prohibition lists with "or".
  const ownVerbs = /^\s+(?:thereafter\s+|also\s+|otherwise\s+)?[a-z][\w-]*(?:,\s+[a-z][\w-]*)+,?\s+(and)\s+[a-z][\w-]*\b/.exec(context.sentence.slice(permission.end));
  if (ownVerbs?.[1]) {
    const at = permission.end + ownVerbs[0].lastIndexOf(' and ') + 1;
    if (!splices.some((splice) => splice.start === at)) splices.push({ start: at, end: at + 3, text: 'or' });
  }
  splices.push(...lawfulPurposeQualifier(context.sentence, permission.end));
  // "shall not use Client Content and Outputs" could be read as forbidding only the two together: "or".
  const objects = /^\s+[a-z][\w-]*\s+(?:[A-Z][\w-]*\s+){1,3}(and)\s+(?:[A-Z][\w-]*\s+){1,3}(?:to|for)\b/.exec(context.sentence.slice(permission.end));
  if (objects?.[1]) {
    const at = permission.end + objects[0].lastIndexOf(' and ') + 1;
    splices.push({ start: at, end: at + 3, text: 'or' });
  }
  // "shall not use such corrections and the related Ledger Data to refine …": two things used, in any words, before
  // the purpose; a ban names either. The second opens with a determiner or a name ("and use it" is a second verb).
  const pair = /^\s+[a-z][\w-]*\s+(?:(?!\s(?:to|for|and)\s)[^,;.()]){1,80}\s(and)\s(?=the\s|any\s|all\s|its\s|their\s|such\s|other\s|[A-Z])(?:(?!\s(?:to|for|and)\s)[^,;.()]){1,80}\s(?:to|for)\s/.exec(context.sentence.slice(permission.end));
  if (pair?.[1]) {
    const at = permission.end + pair[0].indexOf(' and ') + 1;
    if (!splices.some((splice) => splice.start === at)) splices.push({ start: at, end: at + 3, text: 'or' });
  }
  return splices.sort((a, b) => a.start - b.start);
}

/** ", together with the Output and transcripts to which it relates,": material pulled in beside a grant's object. */
const TAG_ALONG = /,\s+(?:together|along)\s+with\s+[^,;.]{1,200}?,(?=\s)/i;
/**
 * ", including edits to draft notes that a Clinician flags as corrections,": an example that names the customer's own
 * material as feedback, which the carve-out would contradict in the same sentence (lawyer audit of 85 3.6).
 */
const EXAMPLE_OF_DATA = /,\s+including\s+[^,;.]{0,200}?\b(?:edits?|notes|transcripts?|recordings?|content|data|inputs?|outputs?|prompts?|files|documents|messages|conversations|annotations)\b[^,;.]{0,120}?,(?=\s)/i;

/**
 * "… may generate Fleet Insights from Vehicle Data and shall own all right, title and interest in them": the vendor's
 * claim to own what it derives, joined to the grant with "and". A proviso on use leaves ownership standing, and
 * ownership answers to no proviso, so the claim goes with it. Only as a second predicate: the grant stays.
 */
const OWNERSHIP_CONJUNCT = /(?<=\S),?\s+and\s+(?:we\s+)?(?:(?:shall|will)\s+)?(?:owns?|be\s+the\s+(?:sole\s+)?owner\s+of|retains?\s+(?:sole\s+)?ownership\s+of)\s+(?:all\s+)?(?:rights?,?\s+title\s+and\s+interest\s+in\s+)?[^,;.]{1,80}?(?=\s*[.;]?$)/i;

/** Whether an op deletes words inside the sentence's tag-along (which a carve-out strikes as part of itself). */
export function insideTagAlong(text: string, op: RedlineOp): boolean {
  const tagAlong = TAG_ALONG.exec(text) ?? EXAMPLE_OF_DATA.exec(text);
  return tagAlong !== null && op.kind === 'delete' && op.start >= tagAlong.index && op.end <= tagAlong.index + tagAlong[0].length;
}

/** The contract's own name for data derived from the customer's ("Service Improvement Data"), if it defines one. */
const derivedTerm = ({ terms }: SurgicalContext): string[] => (terms.derivedData ? [terms.derivedData] : []);

/** "provided that such data is aggregated …" on a grant over "Statistical Information" names it: "such Statistical Information". */
// "We may keep Usage Data, de-identified data and records of your billing …": a proviso on "such data" would bind the
// billing records too, which must identify the customer; it names the de-identified item instead.
const namingDerivedData = (proviso: string, context: SurgicalContext): string => {
  // "anonymised and aggregated information": without a defined name, the proviso speaks of the clause's own noun.
  const derived =
    context.terms.derivedData !== undefined && context.sentence.includes(context.terms.derivedData)
      ? context.terms.derivedData
      : (STRIPPED_DATA.exec(context.sentence)?.[0] ?? STRIPPED_NOUN.exec(context.sentence)?.[1]);
  return derived ? proviso.replace(/\bsuch data\b/g, `such ${derived}`) : proviso;
};
/** How data was stripped of identity. */
const STRIPPED = '(?:de-?identified|aggregated|anonymi[sz]ed|pseudonymi[sz]ed)';
/**
 * One item of a list of kept data named by how it was stripped of identity: "…, de-identified data and records …" (not
 * the second adjective of one item: "anonymised and aggregated information").
 */
const STRIPPED_DATA = new RegExp(`(?<=,\\s|\\sand\\s)(?<!${STRIPPED}\\sand\\s)${STRIPPED}\\s+(?:data|information)\\b|\\b${STRIPPED}\\s+(?:data|information)(?=\\s+and\\s)`);

/** "anonymised and aggregated information": the mass noun that data stripped of identity is called by. */
const STRIPPED_NOUN = new RegExp(`\\b${STRIPPED}(?:,?\\s+(?:and\\s+)?${STRIPPED}){0,2}\\s+(information)\\b`, 'i');

/** " Portfolio Data, together with the Fund's query logs and interaction metadata, to …": objects joined for a use. */
const TOGETHER_WITH = /^(\s+[^,;]{1,80}?),\s+together\s+with\s+([^,;]{1,120}?),(\s+to\s)/;

/** A promise made by both sides ("either party may"), or by no one ("no one at the provider reads it"). */
const SHARED_OR_NEGATIVE = /\b(?:either|each|neither|both)\s+part(?:y|ies)\b|\b(?:not|never|no|none|nor)\b|n[’']t\b/i;

/**
 * A proviso narrows a grant the vendor alone holds. On a promise ("no human reviews it") it would make the promise
 * conditional, and on a mutual clause it would bind the customer too.
 */
function vendorOnlyGrant({ sentence, vendorNames }: SurgicalContext): boolean {
  // A statement of fact ("the feature relies on a model hosted by a provider") grants nothing a proviso could narrow.
  // A "not" inside a parenthetical example ("(such as privileged or not relevant)") promises nothing.
  const outsideParentheses = sentence.replace(EXAMPLES_IN_PARENTHESES, ' ');
  // "Interaction Data shall be considered de-identified only where Vendor has removed …" sets a standard; a proviso
  // on it would be a second standard bolted beside the first, not a narrower grant.
  if (DEEMING.test(sentence)) return false;
  return !SHARED_OR_NEGATIVE.test(outsideParentheses) && GRANTING.test(sentence) && new RegExp(`\\b${namesPattern(vendorNames)}\\b`).test(sentence);
}
// Only examples: "(but not from the content of recordings)" is an exception, and the sentence a promise in part.
const DEEMING = /\b(?:shall|will)\s+be\s+(?:considered|deemed|treated\s+as)\b|\b(?:is|are)\s+(?:considered|deemed)\b/i;
const EXAMPLES_IN_PARENTHESES = /\((?:such\s+as|e\.g\.|for\s+example|for\s+instance|including)\s[^()]{0,200}\)/gi;
const GRANTING = /\b(?:may|can|will|shall|is\s+entitled|are\s+entitled|grants?|reserves?|assigns?|licen[cs]es?)\b/i;

/**
 * Each phrase where it stands as whole words, with the space (or the pair of commas) around it: "selected by Licensor
 * in its sole discretion, and" reads "selected by Licensor, and" once the customer's approval is the condition.
 */
function strikePhrases(sentence: string, phrases: readonly string[]): Splice[] {
  const splices: Splice[] = [];
  for (const phrase of phrases) {
    const match = new RegExp(`(,\\s*)?\\s${escapeRegExp(phrase)}(?![\\p{L}\\p{N}-])(,)?`, 'iu').exec(sentence);
    if (!match) continue;
    // ", in its discretion," loses one comma with it; a lone comma before or after stays where the grammar needs it.
    const both = match[1] !== undefined && match[2] !== undefined;
    const end = match.index + match[0].length - (match[2] !== undefined && !both ? 1 : 0);
    const start = match.index + (match[1] !== undefined && !both ? match[1].length : 0);
    if (!splices.some((s) => s.start < end && start < s.end)) splices.push({ start, end: both ? end - 1 : end, text: '' });
  }
  return splices.sort((a, b) => a.start - b.start);
}

/** What the customer's data is for when a defined set of purposes that includes the vendor's own gives way. */
const SERVING_PURPOSE = 'solely to provide the {{services}} to {{customer}}';

/** "for the Supplier Purposes": the contract's defined purposes that include the vendor's development. */
function definedPurposes(context: SurgicalContext): { start: number; end: number } | undefined {
  const term = context.terms.vendorPurposes;
  if (!term) return undefined;
  const match = new RegExp(`\\bfor\\s+(?:the\\s+|any\\s+of\\s+the\\s+)?${escapeRegExp(term)}\\b`).exec(context.sentence);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

export function editSplices(edit: SurgicalEdit, context: SurgicalContext, fill: (text: string) => string): Splice[] | undefined {
  const { sentence } = context;
  switch (edit.kind) {
    case 'prohibit':
      return edit.unlessMentions && mentionsAny(context.remaining ?? sentence, edit.unlessMentions) ? undefined : prohibit(context);
    case 'strike': {
      const splices = strikeFromLists(sentence, edit.words);
      return splices.length > 0 ? withoutHollowLimb(sentence, splices) : undefined;
    }
    case 'strike-exception': {
      const tail = exceptionTail(context);
      if (!tail) return undefined;
      // "Unless you turn it off, you grant us …": the exception is the customer's way out of its own grant; struck, the
      // grant would hold whatever the customer chose (the grant is made opt-in instead, by 'opt-in-grant').
      if (tail.leading && optInGrant(sentence)) return undefined;
      // The word after a struck opening exception starts the sentence: "we may" becomes "We may".
      const next = sentence.charAt(tail.end);
      return tail.leading && next !== next.toUpperCase()
        ? [{ start: tail.start, end: tail.end + 1, text: next.toUpperCase() }]
        : [{ start: tail.start, end: tail.end, text: '' }];
    }
    case 'replace-exception': {
      const tail = exceptionTail(context);
      // "but only if Customer has opted in" cannot open a sentence: an opening exception is left to the clause.
      return tail && !tail.leading ? [{ start: tail.wordStart, end: tail.end, text: fill(edit.text) }] : undefined;
    }
    case 'limit-purpose': {
      // "… to use, copy and analyse the Operational Data for the Supplier Purposes", where "Supplier Purposes" takes in
      // the vendor's own development: the defined purposes give way to serving the customer.
      const defined = definedPurposes(context);
      if (defined) return [{ ...defined, text: fill(edit.text ?? SERVING_PURPOSE) }];
      const listed = purposesByReference(context.sentence);
      if (listed?.listComma !== undefined) {
        return [{ start: listed.listComma, end: listed.listComma + 2, text: ' and ' }, { start: listed.start, end: listed.end, text: '' }];
      }
      const ownRights = ownRightsPurpose(context.sentence);
      if (ownRights) {
        // "for the purposes of performing the Services and exercising its rights": what is left says it is the only one.
        const opener = unlimitedPurposeList(context.sentence.slice(0, ownRights.start));
        return [...(opener === undefined ? [] : [{ start: opener, end: opener, text: 'solely ' }]), { ...ownRights, text: '' }];
      }
      const purpose = purposePhrase(context);
      // "… to operate and provide the Service and for the other purposes described in these Terms": the purposes by
      // reference give way with the serving one before them, so the position's serving purpose is not said twice.
      const inReference = purpose && listed && purpose.start >= listed.start;
      // Struck with nothing in its place, only an open purpose goes: "for the purposes set out in Article 3" limits
      // the licence, and without it the licence would have no purpose at all.
      // Once an earlier edit has taken the permission away ("shall cease using"), any purpose left would be the purpose
      // of the cessation, and goes.
      const open = purpose && (/^\s*for\s+(?:any|all|its\s+own|other)\b/i.test(context.sentence.slice(purpose.start, purpose.end)) || !PERMITS.test(context.remaining ?? context.sentence));
      if (purpose && !inReference && (edit.text || open)) return [{ ...purpose, text: edit.text ? ` ${fill(edit.text)}` : '' }];
      // A list of purposes that starts with serving the customer keeps those and loses the vendor's own.
      const own = vendorPurposes(context.sentence);
      const listStart = own && purposeListStart(context.sentence);
      if (own) {
        // "for the purposes of providing, supporting and improving the Services" keeps its serving purposes and says
        // they are the only ones: "solely for the purposes of providing the Services".
        const opener = unlimitedPurposeList(context.sentence);
        const solely = opener === undefined ? [] : [{ start: opener, end: opener, text: 'solely ' }];
        return [...solely, (listStart !== undefined && keepSharedObject(context.sentence, listStart, own)) || { ...own, text: '' }];
      }
      // "… to provide the Services and for the other purposes described in the AI Data Use Policy": those go.
      // The serving purpose takes the position's wording ("solely to provide the Services to Customer during …").
      const byReference = purposesByReference(context.sentence);
      if (byReference) return [{ start: edit.text ? byReference.serving : byReference.start, end: byReference.end, text: edit.text ? fill(edit.text) : '' }];
      // "… Client Files to provide, maintain and improve the Platform, to develop new features": infinitive purposes.
      return infinitivePurposeSplices(context.sentence, context.terms.customerData, partiesOf(context));
    }
    case 'append-proviso': {
      // On the customer's side a proviso narrows the vendor's grant; on the vendor's side (and the data holder's)
      // it is the carve-out or duty the playbook adds to the other side's promise, so it goes on promises too.
      const own = setsOwnStandard(sentence);
      if ((edit.ownStandard === 'absent' && own) || (edit.ownStandard === 'required' && !own)) return undefined;
      // "…, provided that Provider shall not transfer De-identified Data to …": the sentence's own proviso takes the
      // playbook's conditions first ("provided that such data is …, and that Provider shall not transfer …"); a
      // second "provided that" after the first would read as an afterthought. Its "not" is no promise of the grant's.
      const ownProviso = OWN_PROVISO.exec(sentence);
      // A proviso an earlier edit struck ("provided that notice is given of any update", with the updates) takes nothing.
      if (ownProviso && context.remaining !== undefined && !OWN_PROVISO.test(context.remaining)) return undefined;
      // The "not" of the sentence's own standard ("do not identify you") is the standard, not a promise of its own.
      const grant = own ? withoutOwnStandard(sentence) : ownProviso ? sentence.slice(0, ownProviso.index) : sentence;
      if (context.mode === 'customer' && !vendorOnlyGrant({ ...context, sentence: grant })) return undefined;
      if (edit.onlyIf && !mentionsAny(sentence, [...edit.onlyIf, ...derivedTerm(context)])) return undefined;
      if (ownProviso) {
        // Only a permission takes conditions on its use: "will delete …, provided that Benchmark Data … will not be
        // deleted" keeps data, and "such data" would name the data being deleted.
        // A sentence whose proviso already sets its standard is left whole (the limbs it lacks would be a third).
        if (!PERMITS.test(grant) || own) return undefined;
        const body = /^provided that\s+/i.exec(fill(edit.text));
        if (!body || edit.unlessMentions && mentionsAny(context.remaining ?? sentence, edit.unlessMentions)) return undefined;
        const at = ownProviso.index + ownProviso[0].length;
        return [...strikePhrases(sentence, edit.strikes ?? []), { start: at, end: at, text: `${namingDerivedData(fill(edit.text), context).slice(body[0].length)}, and that ` }];
      }
      if (/\bprovided\s+(?:always\s+)?(?:they|it|however)\b/i.test(sentence)) return undefined;
      if (edit.unlessMentions && mentionsAny(context.remaining ?? sentence, edit.unlessMentions)) return undefined;
      const at = sentenceClose(sentence);
      const tagAlong = edit.strikesTagAlong ? TAG_ALONG.exec(sentence) ?? EXAMPLE_OF_DATA.exec(sentence) : null;
      const pulledIn: Splice[] = tagAlong ? [{ start: tagAlong.index, end: tagAlong.index + tagAlong[0].length, text: '' }] : [];
      const owned = edit.strikesOwnership ? OWNERSHIP_CONJUNCT.exec(sentence) : null;
      const ownership: Splice[] = owned ? [{ start: owned.index, end: owned.index + owned[0].length, text: '' }] : [];
      return [...strikePhrases(sentence, edit.strikes ?? []), ...pulledIn, ...ownership, { start: at, end: at, text: `, ${namingDerivedData(fill(edit.text), context)}` }];
    }
    case 'strike-model-purposes':
      return modelPurposeSplices(sentence, [...derivedTerm(context), context.terms.customerData]);
    case 'swap-owner':
      return swapOwner(context);
    case 'strike-survival':
      return strikeSurvival(sentence);
    case 'cease-retention':
      return ceaseRetention(context, fill(edit.text));
    case 'append-deletion':
      return appendDeletion(context, fill(edit.text));
    case 'opt-in-grant':
      return optInGrant(sentence);
    case 'perpetual-licence':
      return perpetualLicence(context);
    case 'fix-version': {
      const match = AS_UPDATED.exec(sentence);
      if (!match) return undefined;
      // "…, provided that Vendor will give 30 days' notice of any update that …": a frozen version has no updates, so the
      // proviso about them goes with the mechanism it qualified (left, the sentence contradicts itself).
      const end = match.index + match[0].length;
      const proviso = UPDATE_PROVISO.exec(sentence.slice(end));
      const to = proviso && proviso.index === 0 ? end + proviso[0].length : end;
      return [{ start: match.index, end: to, text: `, ${fill(edit.text)}` }];
    }
  }
}
