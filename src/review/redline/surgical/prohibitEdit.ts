// The ban edit: the vendor's permission ("may use …") turned into a prohibition, with what a ban needs around it (its
// list joined with "or", the vendor's own purposes struck where the service must stay, provisos kept or dropped).
// Pure: must not import Office, React, the DOM or Node.
import { thingsAndPurposesJoined } from './banListJoins';
import { namesPattern, type SurgicalContext } from './context';
import { authorisedUse, openUseOfOwnData, PROVISO } from './permissionForms';
import { coordinatedPermissions, type Found, vendorPermission, unlimitedPurposeList, vendorPurposeNouns } from './grammar';
import { infinitivePurposeSplices } from './infinitivePurposes';
import { AS_LAW_REQUIRES, DISAPPLIES_DELETION } from './keepingEdits';
import { servingVerbsSplice } from '../../itemVerbs';
import { widenBannedModels } from './banScope';
import type { Splice } from './splice';
import { assentFrame, BOUNDED_PERMISSION, CAPPED_QUANTITY, defaultTurnedOff, DESCRIBED_IN, formAside, FREE_OF_DUTY, lawfulPurposeQualifier, NARROWED_OBJECT, permissionLeadIn, planScopeLeadIn, servesTheCustomer, tailsAfterBan, vendorMayChangeTail } from './banSurroundings';

/** ", after client names and other identifying text have been removed," right after the object, commas and all. */
// ", after the removal of account numbers … by automated redaction,": the same safeguard said as a noun (287 B3.3).
const REDACTED_ASIDE = /^\s+(?:[\w’'-]+,?\s){0,9}?[\w’'-]+(,\s+(?:(?:after|once|when)\s+[^;.]{0,160}?(?:has|have)\s+been\s+(?:removed|redacted|deleted|stripped|masked|de-?identified|anonymi[sz]ed|pseudonymi[sz]ed)|after\s+(?:the\s+)?(?:removal|redaction|deletion|masking|stripping)\s+of\s+[^;.]{0,200}?(?=,\s+to\s)),)/;
/**
 * " after removing the names, policy numbers … and other direct identifiers of policyholders and claimants": the same
 * safeguard with no commas round it, which a ban would keep as its condition (audit133, 325 A4.2: the ban read as
 * reaching only redacted data). Runs to the end of the identifiers' phrase.
 */
const REMOVING_ASIDE = /\s(?:after|once|upon)\s+(?:removing|stripping|redacting|masking|deleting)\s+[^;.]{0,200}?\b(?:identifiers?|identifying\s+(?:information|details|data)|personal\s+(?:data|information))\b[^,;.()]{0,60}?(?=,|;|\.|$)/;
/** ", which models and all improvements to them shall be the sole property of the Supplier": who owns what is banned. */
const OWNER_OF_BANNED = /,\s+which\s+[^;.]{0,120}?\b(?:shall|will)\s+(?:be|remain)\s+the\s+(?:sole\s+|exclusive\s+)?property\s+of\s+[^;.]{1,60}?(?=\.?$)/;

/**
 * ", and those models may be deployed for the benefit of all of its customers": what the banned models may then do
 * reads, beside a ban, as leave to make them (audit194, 436 § 5.4).
 */
const USE_OF_BANNED = /,\s+and\s+(?:those|such|the\s+resulting|any\s+such)\s+(?:models?|algorithms?|improvements?)\s+(?:may|will|shall|can)\s+[^;.]{1,160}?(?=\.?$)/;

/** " … Tenant Information that we have de-identified" right before the purpose ("to train"): the permission's narrowing. */
const STRIPPED_RELATIVE = /^\s[^.;]{1,120}?(\s(?:that|which)\s(?:(?:we|it|they|[A-Z][\w-]*)\s(?:has|have)\s(?:first\s)?|(?:has|have)\sbeen\s)(?:de-?identified|anonymi[sz]ed|pseudonymi[sz]ed|redacted))(?=,?\sto\s)/;

/** " Portfolio Data, together with the Fund's query logs and interaction metadata, to …": objects joined for a use. */
// The joined object may carry a list of its own ("the Your Content you choose to categorize, reconcile or invoice …").
const TOGETHER_WITH = /^(\s+[^,;]{1,80}?),\s+together\s+with\s+([^;.]{1,160}?),(\s+to\s)/;

/** "We may change these Terms …": the permission is a power to change documents, not a use of data. */
const CHANGE_POWER = /^\s+(?:change|amend|update|modify|revise|vary|replace)\b/i;
/**
 * ", provided that Vendor shall not attempt to re-identify any individual and no Derived Data shall include raw audio":
 * a closing proviso made only of further restrictions ("shall not", "no … shall"), none of them a permission.
 */
const RESTRICTING_PROVISO = /(,\s*provided\s+(?:always\s+)?that)\s+(?=[^;.]{0,40}?\b(?:shall|will|must)\s+not\b|no\s)(?![^;.]*\b(?:may|unless|except)\b)[^;.]{1,300}?(?=\.?$)/i;

/**
 * ", provided that such models are not designed to reproduce Customer Data verbatim": a closing proviso about the
 * models the use makes, with no way round in it. With the use banned there are no such models (audit225, 493 B.5 was
 * skipped because the proviso blocked the ban). Not a proviso about the data ("such Derived Data is aggregated …"),
 * which still governs what the vendor keeps.
 */
const SUCH_THINGS_PROVISO =
  /,\s*provided\s+(?:always\s+)?that\s+(?:(?:any|all|each)\s+)?such\s+(?:models?|algorithms?|weights|model\s+improvements)\s+(?:is|are|shall|will|must|do|does)\b(?![^;.]*\b(?:may|unless|except)\b)[^;.]{0,240}?(?=\.?$)/i;

/** ", to the extent permitted by …", "in so far as allowed under …": a closing qualifier that keys the use to a permission. */
const PERMITTED_EXTENT = /(?:,|(?<![\s,]))\s+(?:to\s+the\s+extent|insofar\s+as|in\s+so\s+far\s+as)\s+(?:permitted|allowed|authori[sz]ed)\b[^;.]{0,200}?(?=\.?$)/i;

/**
 * ", provided that any such use takes place within …": a closing proviso whose subject is the permitted use itself, or
 * a safeguard on the data it uses (", provided such excerpts are stripped of workspace identifiers …", 286 A4: left in
 * a ban, it made the ban conditional).
 */
// ", provided that the Supplier has first completed … a data protection impact assessment covering such use": a step
// the vendor must take before the use, which names it again; with the use banned it conditions nothing (audit68, 198
// § 4.6). Not a proviso that restricts further or leaves a way round ("shall not", "unless", "may").
// ", provided that any Customer Content used for this purpose is first pseudonymised …": the data's safeguard for the
// use, said of "this purpose" (audit169, 388 A1).
const CONDITION_ON_THE_USE =
  /,\s*(?:provided\s+(?:always\s+)?(?:that\s+)?|on\s+condition\s+that\s+)(?:(?:(?:any|all|each)\s+)?(?:such|this|that|the)\s+(?:use|processing|training)\b[^;.]{0,240}?|such\s+[a-z][a-z-]*\s+(?:is|are|shall\s+be|will\s+be)\s+(?:stripped|de-identified|deidentified|anonymi[sz]ed|pseudonymi[sz]ed|redacted|masked|aggregated)\b[^;.]{0,240}?|(?![^;.]*\b(?:may|unless|except|not|no)\b)[^;.]{0,240}?\b(?:such|that|this)\s+(?:use|processing|training|purpose)\b[^;.]{0,120}?)(?=\.?$)/i;

/**
 * ", provided that Supplier first applies its standard redaction process to remove payment card data …": a safeguard
 * step the vendor takes before the use. With the use banned it conditions nothing and goes with the permission (211
 * Sch 1 ¶3.2 was left standing because the proviso blocked the ban, audit74).
 */
function safeguardStepFirst(context: SurgicalContext): RegExpExecArray | null {
  const step = String.raw`(?:(?:has|shall|will)\s+)?first\s|(?:has|have)\s+(?:first\s+)?(?:applied|removed|redacted|masked|stripped|de-?identified|anonymi[sz]ed|pseudonymi[sz]ed)\b|(?:applies|removes|redacts|masks|strips|de-?identifies|anonymi[sz]es|pseudonymi[sz]es)\b`;
  const pattern = new RegExp(String.raw`,\s*provided\s+(?:always\s+)?that\s+(?:the\s+)?(?:${namesPattern(context.vendorNames)})\s+(?:${step})(?![^;.]*\b(?:may|unless|except|not|no)\b)[^;.]{0,240}?(?=\.?$)`, 'i');
  return pattern.exec(context.sentence);
}

/**
 * ", provided that (a) such Company Data is de-identified … before such use, and (b) such models are not designed to
 * output …": a closing proviso whose every lettered condition is about "such" things, the use's own data and what it
 * makes. With the use banned they condition nothing (212 § 5.2 was left standing because the proviso blocked the ban).
 */
function conditionsOnSuchThings(sentence: string): RegExpExecArray | null {
  const proviso = /,\s*provided\s+(?:always\s+)?that\s+(?=\(a\)\s)[^;.]{1,600}?(?=\.?$)/i.exec(sentence);
  if (!proviso || /\b(?:may|unless|except)\b/i.test(proviso[0])) return null;
  const items = proviso[0].split(/\([a-z]\)\s+/).slice(1);
  return items.length >= 2 && items.every((item) => /^(?:any\s+)?such\s/i.test(item)) ? proviso : null;
}

/**
 * Of coordinated permissions ("may collect usage information, and may use Customer Data …"), the ones whose words
 * name the customer's data; all of them when none does. The vendor keeps the rights the review is not about.
 */
function aboutTheData<T extends { readonly start: number; readonly end: number }>(context: SurgicalContext, found: readonly T[]): T[] {
  const term = context.terms.customerData.toLowerCase();
  const sentence = context.sentence.toLowerCase();
  // "… and may share it with affiliates": a pronoun after the verb still means the data; so does "may continue to do
  // so after termination", which repeats the banned use (a ban beside it read "shall not keep …, and may continue to
  // do so").
  const wordsOf = (i: number) => sentence.slice(found[i]?.end ?? 0, found[i + 1]?.start ?? sentence.length);
  const byTerm = found.filter((f, i) => wordsOf(i).includes(term) || /^\s+[\w-]+\s+(?:it|them|such\s+\w+)\b/.test(wordsOf(i)));
  // "may use Pooled Data to … train … General Models and may deploy General Models for … any of its customers": with
  // the customer's data under another name, the permissions that name data are the ones banned; deploying the models
  // stays (audit195, 440 Annex 3 § 4.1 read "shall not deploy General Models").
  const names = byTerm.length > 0 ? byTerm : found.filter((f, i) => /\bdata\b|\bcontent\b/.test(wordsOf(i)));
  if (names.length === 0) return [...found];
  // "to do so" goes with the permission before it, when that one is banned.
  return found.filter((f, i) => names.includes(f) || (i > 0 && /^\s+[\w-]+\s+to\s+do\s+so\b/.test(wordsOf(i)) && names.includes(found[i - 1] as T)));
}

export const partiesOf = ({ terms }: SurgicalContext) => ({ services: terms.services, customer: terms.customer });

/** A backup copy kept for a stated time: "copies … in backup archives for up to thirteen (13) months". */
const BACKUP_FOR_A_TIME = /\bback-?ups?\b(?:[^,;.]|\.(?=\d)){0,60}?\bfor\s+(?:up\s+to|no\s+(?:more|longer)\s+than|a\s+period\s+of|not\s+more\s+than)\s+(?:[\w-]+\s+){0,2}(?:\(\d+\)\s+)?(?:days|months|weeks|years)\b/i;
/** A licence granted later in the sentence ("…, and Customer hereby grants Vendor a … licence to do so"). */
const LATER_LICENCE = /\bgrants?\b[^.;]{0,160}?\blicen[cs]e\b/i;

/** The object, then "as described in" (set out in, explained in) another document: uses defined by reference. */
const BY_REFERENCE = new RegExp(String.raw`^\s+[^.;,]{1,80}?\bas\s+${DESCRIBED_IN}`, 'i');
const ANY_PURPOSE = /\bany\s+(?:lawful\s+|other\s+)?purposes?\b/i;
/** A permission to make derived data ("may create …"), which the ban leaves standing beside a banned use of it. */
// "may collect code snippets … ("Engagement Data"), and use Engagement Data to train …": gathering comes first too.
const MAKES_FIRST = /^\s+(?:create|generate|compile|derive|produce|anonymi[sz]e|aggregate|de-identify|collect)\b/i;

/**
 * "We use Improvement Data to train … our models", "Lumen uses your photos to …": a use stated as what the vendor does,
 * with no "may". The ban takes the verb itself ("We will not use"), as it takes the modal where there is one.
 */
/** Only a clause number ("7.2", "(b)") before the vendor's name. */
const OPENS_SENTENCE = /^\s*(?:\(?[\da-z]{1,4}(?:\.\d+)*[.)]?\s+)?$/i;
/** The verbs of a stated use and their base form after the ban ("uses" → "will not use"). */
const BASE_FORM: Readonly<Record<string, string>> = {
  use: 'use', uses: 'use', process: 'process', processes: 'process', analyse: 'analyse', analyses: 'analyse', analyze: 'analyze', analyzes: 'analyze',
};
function presentUse(context: SurgicalContext): (Found & { readonly verb: string }) | undefined {
  const pattern = new RegExp(`\\b${namesPattern(context.vendorNames)}\\s+(?:also\\s+)?([a-z]+)\\b`, 'g');
  for (const match of context.sentence.matchAll(pattern)) {
    const word = match[1] ?? '';
    // Only a sentence the vendor opens ("7.2 We use …"): after a leading purpose ("To keep improving edit quality, we
    // use …") a ban would read as the opposite of the purpose it keeps.
    const verb = Object.hasOwn(BASE_FORM, word) ? BASE_FORM[word] : undefined;
    // A lead-in the ban drops anyway ("Unless you turn it off, we use …") leaves the vendor opening the sentence.
    const leadIn = permissionLeadIn(context.sentence, match.index);
    const opens = OPENS_SENTENCE.test(context.sentence.slice(0, match.index)) || (leadIn !== undefined && leadIn.end >= match.index && OPENS_SENTENCE.test(context.sentence.slice(0, leadIn.start)));
    if (verb === undefined || !opens) continue;
    const start = match.index + match[0].length - word.length;
    return { start, end: start + word.length, verb };
  }
  return undefined;
}

export function prohibit(context: SurgicalContext): Splice[] | undefined {
  const authorised = vendorPermission(context) ? undefined : authorisedUse(context);
  const permission: (Found & { readonly verb?: string }) | undefined = vendorPermission(context) ?? authorised?.permission ?? presentUse(context);
  // "Provider may use Network Data to provide the Software and to improve it": "shall not" would forbid the service.
  if (!permission || servesTheCustomer(context.sentence, permission.end)) return undefined;
  // "We may change these Terms or our Data Use Policy (which describes how we use Your Content …) by posting …": the
  // permission is a power to change documents; "will not change" bans the change and keeps the acceptance by use (286 § 9.1).
  if (CHANGE_POWER.test(context.sentence.slice(permission.end))) return undefined;
  // "may cache Licensed Content … for no longer than thirty days", "may permit … to process it solely on Licensee's
  // behalf": a permission already bounded is a limit; "shall not … for no longer than thirty days" would be nonsense.
  if (BOUNDED_PERMISSION.test(context.sentence.slice(permission.end)) || CAPPED_QUANTITY.test(context.sentence)) return undefined;
  // "may use Inputs and Outputs as described in the AI Data Use Statement …": the uses are the statement's; "shall not
  // use … as described in" it would ban only what a page the vendor can rewrite says (audit66, 189 A.9).
  if (BY_REFERENCE.test(context.sentence.slice(permission.end))) return undefined;
  // "shall not … use Customer Personal Data for any business purpose, including to detect security incidents" would
  // forbid the service itself (audit168, 385 A.3): the customer's own data used for any purpose has its purpose narrowed
  // to serving the customer instead. What is derived from it ("Aggregated Data … for any purpose") may still be banned.
  if (openUseOfOwnData(context, permission.end)) return undefined;
  // "may use Transaction Data, in aggregated form …, to monitor the performance of the Services, to produce industry
  // reports and to develop new features": a ban would stop the monitoring the customer needs too, so only the
  // vendor's own ends go (the audits' overreach: a whole list flipped to "shall not").
  const ownEnds = infinitivePurposeSplices(context.sentence, context.terms.customerData, { ...partiesOf(context), closeKept: true });
  if (ownEnds) return ownEnds;
  // "to monitor, maintain, benchmark and improve the Services": one verb list mixing running with the vendor's ends.
  const serving = servingVerbsSplice(context.sentence, permission.end);
  if (serving) return serving;
  // "… for the purposes of quality assurance and the ongoing development of the Detection Models": the same, in nouns.
  const ownNouns = vendorPurposeNouns(context.sentence);
  const opener = ownNouns && unlimitedPurposeList(context.sentence);
  if (ownNouns) return [...(opener === undefined ? [] : [{ start: opener, end: opener, text: 'solely ' }]), { ...ownNouns, text: '' }];
  // "shall not … provided that …" would turn the vendor's condition into the customer's loophole; "shall not use …,
  // and Customer hereby grants Vendor a perpetual licence to do so" would ban and license the same use.
  // Except a closing proviso that only conditions the use itself ("…, provided that any such use takes place in
  // Singapore"): with the use banned it conditions nothing, so it goes with the permission.
  const usesCondition = CONDITION_ON_THE_USE.exec(context.sentence) ?? safeguardStepFirst(context) ?? conditionsOnSuchThings(context.sentence) ?? SUCH_THINGS_PROVISO.exec(context.sentence);
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
  // "may retain copies … in backup archives for up to thirteen (13) months, and may retain indefinitely any … data
  // incorporated into Model training …": a backup kept for a stated time is ordinary and ends by itself; only the keeping
  // after it is banned (audit228, 499 § 14.3 banned backups outright, which no vendor can meet).
  // Only where what is kept after it is the customer's data itself: derived data kept beside backups takes its safeguard.
  const backupFirst = later[0] !== undefined && BACKUP_FOR_A_TIME.test(context.sentence.slice(permission.end, later[0].start)) &&
    context.sentence.slice(later[0].end).includes(context.terms.customerData);
  // "may retain Subscriber Data that it is required to retain by law, and …": no contract bans what the law requires
  // (audit230, 503 § 7.4 read "shall not retain Subscriber Data that it is required to retain by law").
  const firstLimb = context.sentence.slice(permission.end, later[0]?.start ?? context.sentence.length).split(/,\s(?:and|but)\s/)[0] ?? '';
  const lawFirst = RETAIN_FIRST.test(firstLimb) && AS_LAW_REQUIRES.test(firstLimb);
  if (lawFirst && later.length === 0) return undefined;
  const makesFirst = later.length > 0 && (MAKES_FIRST.test(context.sentence.slice(permission.end)) || backupFirst || lawFirst) && !ANY_PURPOSE.test(context.sentence);
  // "may create Anonymised Data and use it to improve …": one modal for both; the making stands and the use is banned
  // ("may create Anonymised Data but shall not use it to improve …"), never "shall not create … and use it" (audit59, 162 § 5.4).
  const joinedUse = later.length === 0 && MAKES_FIRST.test(context.sentence.slice(permission.end)) && !ANY_PURPOSE.test(context.sentence) ? JOINED_USE.exec(context.sentence.slice(permission.end)) : null;
  const splices: Splice[] = joinedUse
    ? [{ start: permission.end + joinedUse.index, end: permission.end + joinedUse.index + joinedUse[0].length, text: ` but ${ban} use` }]
    : aboutTheData(context, makesFirst ? later : [permission, ...later]).map((found) => ({
        ...found,
        text: 'verb' in found && found.verb !== undefined ? `${ban} ${found.verb}` : ban,
      }));
  if (usesCondition) splices.push({ start: usesCondition.index, end: usesCondition.index + usesCondition[0].length, text: '' });
  // "…, to the extent permitted as health care operations under the BAA": left on a ban, the ban would bite only where
  // the use is permitted (audit224, 492 § 4.3); the qualifier goes with the permission it qualified.
  const qualifier = usesCondition ? null : PERMITTED_EXTENT.exec(context.sentence);
  if (qualifier && qualifier.index >= permission.end) splices.push({ start: qualifier.index, end: qualifier.index + qualifier[0].length, text: '' });
  // "…, provided that no Research Output … identifies the Fund": without a modal of its own the proviso, joined with a
  // bare "and", would state a fact; the vendor undertakes it ("and shall ensure that no Research Output …").
  const undertaken = restriction && !/\b(?:shall|will|must)\b/i.test(restriction[0].slice(restriction[1]?.length ?? 0));
  if (restriction?.[1]) splices.push({ start: restriction.index, end: restriction.index + restriction[1].length, text: undertaken ? `, and ${ban.split(' ')[0]} ensure that` : ', and' });
  const leadIn = permissionLeadIn(context.sentence, permission.start);
  const assent = assentFrame(context.sentence, permission.start, context.vendorNames, leadIn);
  if (assent) splices.push(assent);
  if (authorised) splices.push(authorised.frame);
  if (leadIn && (!assent || assent.start !== leadIn.start)) splices.push(leadIn);
  const turnedOff = defaultTurnedOff(context.sentence, permission.start);
  splices.push(...turnedOff, ...vendorMayChangeTail(context.sentence, permission.end));
  // A plan's own setting ("On the Free plan, the setting is switched off by default") keeps its plan.
  const scope = leadIn || turnedOff.length > 0 ? undefined : planScopeLeadIn(context.sentence, permission.start);
  if (scope) splices.push(scope);
  // "…, and clause 9.1 of the Agreement shall not apply to such data": the deletion clause switched off for what the ban
  // now forbids keeping would contradict it (458 Annex C § C7.2).
  const disapplied = DISAPPLIES_DELETION.exec(context.sentence.slice(permission.end));
  if (disapplied) splices.push({ start: permission.end + disapplied.index, end: permission.end + disapplied.index + disapplied[0].length, text: '' });
  // A tail struck whole takes any smaller edit inside it ("…, which the Supplier may amend" within "as further described
  // in …").
  const tails = tailsAfterBan(context.sentence, permission.end, splices);
  for (let i = splices.length - 1; i >= 0; i--) {
    const inner = splices[i] as Splice;
    if (tails.some((tail) => inner.start >= tail.start && inner.end <= tail.end)) splices.splice(i, 1);
  }
  splices.push(...tails);
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
    // A joined object with commas of its own is one item: its "and" is not the list's (225 A4.2).
    const lastAnd = together[2].includes(',') ? -1 : together[2].lastIndexOf(' and ');
    const others = lastAnd >= 0 ? `, ${together[2].slice(0, lastAnd)} or ${together[2].slice(lastAnd + 5)}` : ` or ${together[2]}`;
    // "use Input and Output, together with …": the first pair is a list too, and a ban names either (audit77, 220 A.4).
    const first = together[1].replace(/^(\s+(?:[a-z][\w-]*\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+and\s+(?=[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$)/, '$1, ');
    splices.push({ start: permission.end, end: permission.end + together[0].length - (together[3]?.length ?? 0), text: `${first}${others}` });
  }
  // "use Annotations, after client names … have been removed, to develop …": the safeguard on the permission, left in
  // the ban, would ban only the redacted data.
  const redacted = REDACTED_ASIDE.exec(context.sentence.slice(permission.end));
  if (redacted?.[1]) {
    const start = permission.end + redacted[0].length - redacted[1].length;
    splices.push({ start, end: start + redacted[1].length, text: '' });
  }
  // The same safeguard with no commas round it ("… in the Program after removing the names … of claimants, and");
  // set off by commas (", after removing direct identifiers …, to train"), it is struck with its commas elsewhere.
  const removing = redacted?.[1] ? null : REMOVING_ASIDE.exec(context.sentence.slice(permission.end));
  if (removing && context.sentence[permission.end + removing.index - 1] !== ',') splices.push({ start: permission.end + removing.index, end: permission.end + removing.index + removing[0].length, text: '' });
  // "… to train … the Supplier's models, which models … shall be the sole property of the Supplier": beside a ban the
  // ownership of the banned models reads as leave to make them (287 B3.3).
  // "will not use AI Interactions or Tenant Information that we have de-identified to train …" bans only the
  // de-identified data; the relative that narrowed the permission goes from the ban (audit199, 447 § 7.3).
  const relative = STRIPPED_RELATIVE.exec(context.sentence.slice(permission.end));
  if (relative?.[1]) {
    const start = permission.end + relative[0].length - relative[1].length;
    if (!splices.some((s) => s.start < start + relative[1]!.length && start < s.end)) splices.push({ start, end: start + relative[1].length, text: '' });
  }
  const owner = OWNER_OF_BANNED.exec(context.sentence.slice(permission.end)) ?? USE_OF_BANNED.exec(context.sentence.slice(permission.end));
  if (owner) splices.push({ start: permission.end + owner.index, end: permission.end + owner.index + owner[0].length, text: '' });
  // "shall not train, fine-tune and evaluate" would forbid only doing all three; a prohibition lists with "or".
  // The object may run to a comma or two first ("use Candidate Data, including outcomes Client records, to develop,
  // calibrate and refine …"); bounded, so the search stays linear.
  // After "but shall not use" the list is read from the banned use, not from the making that stands.
  const anchor = joinedUse ? permission.end + joinedUse.index + joinedUse[0].length : permission.end;
  // The object may carry its own defined name: "Customer Data, including corrections (\"Coder Signals\"), to train, …".
  // Verbs are lower case: "… without any obligation to Customer, and Feedback shall not be deemed …" joins a clause of its
  // own, whose "and" stays (audit109, 280 § 4.3 read "or Feedback shall not be deemed").
  // Each modal the ban replaced reads its own purposes: "… and will not use the resulting data to train, evaluate and
  // benchmark the claims models" (audit133, 325 A4.2), and its own verbs (below).
  const banned = splices.filter((splice) => splice.text.startsWith(ban)).map((splice) => splice.end);
  for (const from of new Set([anchor, ...banned.filter((end) => end > anchor)])) {
    const verbs = /^\s+(?:[\w'’"“”()-]+,?\s+){0,24}?to\s+[a-z][\w-]*(?:,\s+[a-z][\w-]*)*,?\s+(and)\s+[a-z][\w-]*/.exec(context.sentence.slice(from));
    if (!verbs?.[1]) continue;
    const at = from + verbs[0].length - verbs[0].replace(/^.*\s(and)\s+/s, '$1 ').length;
    if (!splices.some((splice) => splice.start === at)) splices.push({ start: at, end: at + 3, text: 'or' });
  }
  // "shall not thereafter use, disclose and commercialize such data": a list of verbs right after the ban forbids
  // only doing all of them; a prohibition lists with "or".
  // Each modal the ban replaced: "may create Aggregated Data and may use, disclose and commercialise it" (257 § 2.7).
  for (const end of new Set([permission.end, ...banned])) {
    // Two verbs as much as three: "shall not use and disclose Aggregated Data" (audit108, 277 § 6.3).
    const ownVerbs = /^\s+(?:thereafter\s+|also\s+|otherwise\s+)?[a-z][\w-]*(?:,\s+[a-z][\w-]*)*,?\s+(and)\s+[a-z][\w-]*\b/.exec(context.sentence.slice(end));
    if (!ownVerbs?.[1]) continue;
    const at = end + ownVerbs[0].lastIndexOf(' and ') + 1;
    if (!splices.some((splice) => splice.start === at)) splices.push({ start: at, end: at + 3, text: 'or' });
  }
  splices.push(...lawfulPurposeQualifier(context.sentence, permission.end));
  splices.push(...thingsAndPurposesJoined(context.sentence, permission.end, splices));
  // "shall not retain …, indefinitely" bans only keeping for ever, which sets no limit at all (audit56, 149 11.4): in a
  // ban the open-ended time goes, with the comma that set it off.
  const forever = OPEN_ENDED_TIME.exec(context.sentence.slice(permission.end));
  if (forever) {
    const start = permission.end + forever.index;
    splices.push({ start, end: start + forever[0].length, text: '' });
  }
  // "shall not retain samples (not exceeding 1% of calls) for up to 24 months", "shall not keep the datasets for as long
  // as it considers necessary": a ban keeps no period or cap of the permission it replaces (audit59, 161 § 6.6, 162 § 13.3).
  // The first keeping banned: the backup's own period stays with the backup.
  const keptFrom = backupFirst ? (later[0] as Found).end : permission.end;
  if (RETAIN_FIRST.test(context.sentence.slice(keptFrom))) {
    const after = context.sentence.slice(keptFrom);
    // "shall not retain indefinitely any Society Data …" would still let it be kept for any shorter time (audit228).
    const endless = ENDLESS_KEEPING.exec(after);
    if (endless?.[1]) splices.push({ start: keptFrom + endless[0].length - endless[1].length, end: keptFrom + endless[0].length, text: '' });
    for (const limit of [KEPT_FOR.exec(after), CAP_ASIDE.exec(after), ...KEEPING_TAILS.map((tail) => tail.exec(after))]) {
      if (!limit) continue;
      const start = keptFrom + limit.index;
      if (!splices.some((s) => s.start < start + limit[0].length && start < s.end)) splices.push({ start, end: start + limit[0].length, text: '' });
    }
    // "… for up to seven (7) years …, and may continue to use them … during that period": the period struck, the words
    // that point back at it go too (audit203, 453 A5.3 read "during that period" with no period left).
    const pointsBack = KEPT_FOR.exec(after) ? THAT_PERIOD.exec(after) : null;
    if (pointsBack) splices.push({ start: keptFrom + pointsBack.index, end: keptFrom + pointsBack.index + pointsBack[0].length, text: '' });
  }
  // "shall not use Customer Data, after removing direct identifiers such as names, to train …" bans only the use of
  // de-identified data; the permission's own condition on its form goes, with its commas (audit60b, 165 Sch 2 para 3).
  const form = formAside(context.sentence.slice(permission.end));
  if (form) {
    const start = permission.end + form.index;
    if (!splices.some((s) => s.start < start + form[0].length && start < s.end)) splices.push({ start, end: start + form[0].length, text: '' });
  }
  // "may use Inputs and Customer Content (other than content in a Restricted Project) to train …": the carve-out from
  // the permission, kept in the ban, would put that content outside it (audit152, 355 A.5). Only among the things used,
  // before the purpose: "will not train any model (other than Customer's own)" keeps the customer's model.
  const excepted = EXCEPTED_OBJECT.exec(context.sentence.slice(permission.end));
  if (excepted?.[1]) {
    const start = permission.end + excepted[0].length - excepted[1].length;
    const end = permission.end + excepted[0].length;
    if (!splices.some((s) => s.start < end && start < s.end)) splices.push({ start, end, text: '' });
  }
  // "may retain Programme Data …, and Quillstead Models trained or refined using Programme Data shall not be deleted or
  // retrained following withdrawal …": a limb keeping the models built from the data, left beside the ban, carried the
  // concession past termination (audit158, 366 Sch. 2 para 5.3).
  const keptModels = MODELS_KEPT_LIMB.exec(context.sentence.slice(permission.end));
  if (keptModels) {
    const start = permission.end + keptModels.index;
    const end = start + keptModels[0].length;
    if (!splices.some((s) => s.start < end && start < s.end)) splices.push({ start, end, text: '' });
  }
  for (const widened of widenBannedModels(context.sentence, anchor)) {
    if (!splices.some((s) => s.start < widened.end && widened.start < s.end)) splices.push(widened);
  }
  return splices.sort((a, b) => a.start - b.start);
}

/** " and use it", " and use such data": the use joined to the making under the one modal. */
// Or the data by the name the sentence has just given it: " and use Engagement Data to train".
const JOINED_USE = /\s(?:and|,\s+and)\suse(?=\s+(?:it|them|such)\b|\s+[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}\sto\s)/;
const RETAIN_FIRST = /^\s+(?:keep|retain|store|hold)\b/i;
/** " retain indefinitely": a time without end right after the keeping verb. */
const ENDLESS_KEEPING = /^\s+(?:keep|retain|store|hold)(\s+(?:indefinitely|perpetually|forever|in\s+perpetuity))\b/i;
/** " for up to 24 months", " for a period of two years", " for as long as it considers necessary for …". */
// The period's own starting point goes with it ("for up to 3 years from the date of collection", audit83, 227 Sch 2 ¶4.4).
const KEPT_FOR = /\s(?:(?:for\s+up\s+to\s+[^,;.]{1,40}?\b(?:days?|weeks?|months?|years?)|for\s+a\s+period\s+of\s+[^,;.]{1,40}?\b(?:days?|weeks?|months?|years?))(?:\s+(?:from|after|following)\s+[^,;.()]{1,60})?|for\s+as\s+long\s+as\s+[^,;.]{1,100})(?=[\s,;.]|$)/i;
/** " during that period", " throughout such period": words that point back at a period. */
const THAT_PERIOD = /\s(?:during|within|throughout|for)\s+(?:that|such|this|the\s+same)\s+period\b/i;
/**
 * ", notwithstanding termination of this Agreement" and ", after which they shall be deleted": what let the keeping
 * outlast the contract, and the end of a period the ban no longer sets. In a ban on keeping both read as nonsense.
 */
const KEEPING_TAILS = [
  /,\s+(?:notwithstanding|despite|even\s+after)\s+(?:the\s+|any\s+)?(?:termination|expiry|expiration)\b[^,;.]{0,60}(?=,)/i,
  /,\s+after\s+which\s+[^,;.]{1,80}?\b(?:deleted|destroyed|erased|purged)(?=[,;.]|$)/i,
];
/** ", and Quillstead Models trained … using Programme Data shall not be deleted or retrained …" to the sentence's end. */
const MODELS_KEPT_LIMB =
  /,\s+and\s+(?:any\s+|all\s+|the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:models?|Models?)\b[^;.]{0,120}?\b(?:trained|refined|built|developed|improved|fine-tuned)\b[^;.]{0,120}?\b(?:shall|will|need|do|does)\s+not\s+(?:need\s+to\s+)?(?:be\s+)?(?:deleted|retrained|removed|destroyed|required)\b[^;.]*/;
/** " (other than content in a Restricted Project)" among the things used, before " to " or " for " opens the purpose. */
const EXCEPTED_OBJECT = /^(?:(?!\s(?:to|for)\s)[^;.()]){1,160}?(\s\((?:other\s+than|excluding|except(?:\s+for)?|save\s+for)\s[^()]{1,100}\))/i;
/** " (not exceeding 1% of calls in any month)": a cap on how much is kept. */
const CAP_ASIDE = /\s\((?:not\s+exceeding|no\s+more\s+than|up\s+to|limited\s+to)\b[^()]{1,80}\)/i;

/** ", indefinitely", " in perpetuity": a time without end, which a ban turns into no limit. Only before the sentence ends. */
const OPEN_ENDED_TIME = /,?\s(?:indefinitely|perpetually|in\s+perpetuity|forever|without\s+limitation\s+in\s+time)(?=\s*[.;]?\s*$)/i;
