// Turns one declarative playbook edit into splices of the vendor's sentence, or undefined when the sentence does
// not have the part the edit changes. Pure: must not import Office, React, the DOM or Node.
import { derivedKeptProviso } from './derivedKept';
import { contentFeedbackSplices } from './feedbackContent';
import { hollowEndlessStrike } from './licenceTerm';
import { definitionOf, suchNamed, withoutOwnIdentification, withoutStatedLimbs } from './statedLimbs';
import type { RedlineOp } from '../../../engine/types';
import type { SurgicalEdit } from '../../../playbook/schema';
import { escapeRegExp, type SurgicalContext } from './context';
import { strikeFromLists, withoutHollowLimb } from './coordinatedList';
import { exceptionTail, keepSharedObject, purposeListStart, purposePhrase, purposesByReference, vendorPurposes, sentenceClose, ownRightsPurpose, unlimitedPurposeList } from './grammar';
import { infinitivePurposeSplices, modelPurposeSplices } from './infinitivePurposes';
import { ownershipReach, perpetualLicence, swapOwner } from './ownerSwap';
import type { Splice } from './splice';
import { withoutDoubledWord } from './doubledWord';
import { OTHER_BUSINESS_TAIL } from '../../itemVerbs';
import { setsOwnStandard, withoutOwnStandard } from '../../ownStandard';
import { optInGrant } from './optInGrant';
import { objectionRight } from './providerChange';
import { appendDeletion, ceaseRetention, strikeSurvival } from './keepingEdits';
import { partiesOf, prohibit } from './prohibitEdit';
import { DEEMED_ACCEPTANCE_LIMB } from '../../deemedAcceptance';
import { coveringOwnTerms, namingDerivedData, provisoPoint, refusalExitAt, vendorOnlyGrant } from './provisoWording';

/** A permission, as opposed to a duty: "may", "is entitled to", a grant or a licence. */
const PERMITS = /\b(?:may|(?:is|are)\s+entitled\s+to|grants?|licen[cs]es?)\b/i;
/** The sentence's own "provided that " (or "provided always that "), after which the playbook's conditions go first. */
const OWN_PROVISO = /\bprovided\s+(?:always\s+)?that\s+/i;
/** A proviso whose conditions follow as a list: "…, provided that:", "on condition that:". */
const PROVISO_LEAD_IN = /\b(?:provided\s+(?:always\s+)?that|on\s+condition\s+that|subject\s+to\s+the\s+following(?:\s+conditions)?)\s*[:\u2014-]\s*$/i;
// Each alternative starts at a comma, or where a run of white space starts: never inside a run (see grammar.ts).
/**
 * "…, as updated by Vendor from time to time (by posting a revised version at …)": the whole changing mechanism, with
 * the notice it is made on ("… from time to time on not less than thirty days' notice", audit71, 206 § 2.2(d)).
 */
// ", which the Supplier may update from time to time and of which the version on the website at the time of use applies"
// is the same mechanism as a relative clause.
const AS_UPDATED =
  /(?:,|(?<!\s))\s*as\s+(?:may\s+be\s+)?(?:updated|amended|modified|changed|revised|varied)(?:,?\s+(?:or|and)\s+\w+)?(?:\s+by\s+(?:the\s+)?[A-Z][\w-]*)?\s+(?:from time to time|periodically|at any time)(?:\s+(?:at|in)\s+[^,;.]*?discretion)?(?:\s+(?:on|upon|with|after)\s+[^,;.]{0,40}?\bnotice\b(?:\s+to\s+(?:the\s+)?[A-Z][\w-]*)?)?(?:\s+by\s+(?:posting|publishing|notifying|giving|providing|making|emailing)\b[^,;]{0,200}?(?=[,;]|\.(?:\s|$)|$))?|(?:,|(?<!\s))\s*as\s+(?:the\s+)?\S+\s+may\s+(?:update|amend|modify|change|revise)\s+(?:it\s+|them\s+)?(?:from time to time|at any time)|(?:,|(?<!\s)\s+and)\s+which\s+(?:the\s+)?\S+\s+may\s+(?:update|amend|modify|change|revise)\s+(?:it\s+|them\s+)?(?:from time to time|at any time)(?:\s+and\s+of\s+which\s+the\s+version\s+[^,;.]{0,80}?\s+applies)?(?:\s+(?:upon|on|with|after)\s+(?:prior\s+)?(?:written\s+)?notice(?:\s+to\s+(?:the\s+)?[A-Z][\w-]*)?)?/i;

/** A proviso right after the changing mechanism that is only about the changes (notice of "any update"). */
// ", with any amendment taking effect thirty (30) days after Supplier posts it": when changes take effect (audit84, 229
// Rider § 5 froze the policy and kept the amendments coming); ", with updates taking effect when posted" (audit175, 399 § 5.8).
const UPDATE_PROVISO = /^,?\s*provided\s+(?:always\s+)?(?:that|however,?\s+that)\s+[^,;.]{0,200}?\b(?:update|updates|change|changes|amendment|amendments|revision|revisions|modification|modifications)\b[^;.]{0,200}?(?=[;.]|$)|^,\s*with\s+(?:(?:any|each|every|all|such)\s+)?(?:update|change|amendment|revision|modification)s?\s+(?:taking|to\s+take|becoming)\s+effect\b[^,;.]{0,120}(?=[,;.]|$)/i;

/** " in accordance with Section 18.4", " under clause 12": the clause the changes are made under, right after them. */
const CHANGE_CLAUSE_CITED = /^ (?:in\s+accordance\s+with|pursuant\s+to|under)\s+(?:Section|section|Clause|clause|paragraph|Paragraph)\s+\d+(?:\.\d+)*(?:\([a-z0-9]+\))?/;

/** Retraining, calibrating or fine-tuning models: work on the models themselves. */
const MODEL_WORK = /\b(?:re-?train(?:ing)?|calibrat(?:e|ing)|fine-tun(?:e|ing))\b/i;
/** "may continue to use and commercialise them" after models were named: the permission's object is the models. */
const USES_THE_MODELS = /\b(?:models?|weights)\b[^;.]{0,200}?\bmay\s+(?:continue\s+to\s+)?[a-z]+(?:\s+(?:and|or)\s+[a-z]+)?\s+them\b[^;.]{0,80}$/i;

function mentionsAny(sentence: string, words: readonly string[]): boolean {
  // The playbook writes straight quotes (see its test); a contract typed with curly ones says the same words.
  const straight = sentence.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'");
  return words.some((word) => new RegExp(`(?<![\\p{L}-])${escapeRegExp(word)}(?![\\p{L}-])`, 'iu').test(straight));
}


/** ", together with the Output and transcripts to which it relates,": material pulled in beside a grant's object. */
const TAG_ALONG = /,\s+(?:together|along)\s+with\s+[^,;.]{1,200}?,(?=\s)/i;
/**
 * ", along with any example copy, prompts or screenshots you include with it ("Feedback")": the tag-along runs through
 * its own list to the name it defines; struck at its first comma it left "other feedback prompts or screenshots you
 * include with it" (audit84, 230 § 23).
 */
const TAG_ALONG_DEFINED = /,\s+(?:together|along)\s+with\s+[^;.()]{1,200}?(?=\s+\(["“])/i;
/**
 * ", including edits to draft notes that a Clinician flags as corrections,": an example that names the customer's own
 * material as feedback, which the carve-out would contradict in the same sentence (lawyer audit of 85 3.6).
 */
const EXAMPLE_OF_DATA = /,\s+including\s+[^,;.]{0,200}?\b(?:edits?|notes|transcripts?|recordings?|content|data|inputs?|outputs?|prompts?|files|documents|messages|conversations|annotations)\b[^,;.]{0,120}?,(?=\s)/i;
/**
 * "…, including any Customer Data or Output included in a support ticket, thumbs-up or thumbs-down rating or edited
 * abstract, Parcelight may use …": the example runs on through its own list to the comma before the main clause
 * (audit80, 223 § 3.5).
 */
const EXAMPLE_LIST_OF_DATA =
  /,\s+including\s+(?:any\s+|all\s+)?(?:[A-Z][\w-]*\s+)?(?:Data|Content|Inputs?|Outputs?|Prompts?|Files|Materials)\b[^;.]{0,200}?(?=,\s+(?:the\s+)?[A-Z][\w-]*\s+(?:may|shall|will|can)\s)/;
/**
 * "feedback, including corrections to transcripts, sentiment scores or topic labels made within the Platform, we may use
 * it …": the example's own list runs on to the comma before the main clause; struck at its first comma it left
 * "feedback sentiment scores or topic labels" (audit124, 310 § 5.1).
 */
const EXAMPLE_RUN_OF_DATA =
  /,\s+including\s+[^,;.]{0,200}?\b(?:edits?|notes|transcripts?|recordings?|content|data|inputs?|outputs?|prompts?|files|documents|messages|conversations|annotations|corrections)\b[^;.]{0,200}?(?=,\s+(?:we|you|they|it|(?:the\s+)?[A-Z][\w-]*)\s+(?:may|shall|will|can)\s)/i;
/** ", and the Prompts, Responses and Your Content to which it relates,": the customer's material named beside feedback. */
const RELATED_DATA = /,\s+and\s+(?:the\s+|any\s+)?[^;.]{1,120}?\bto\s+which\s+(?:it|they|that\s+Feedback|such\s+Feedback)\s+relates?,(?=\s)/i;
/** The words naming the customer's material beside feedback, which a carve-out of that material strikes as its own. */
const tagAlongOf = (text: string): RegExpExecArray | null => {
  const found = TAG_ALONG_DEFINED.exec(text) ?? TAG_ALONG.exec(text) ?? RELATED_DATA.exec(text) ?? EXAMPLE_LIST_OF_DATA.exec(text) ?? EXAMPLE_RUN_OF_DATA.exec(text) ?? EXAMPLE_OF_DATA.exec(text);
  // '…, including … corrections made by Authorized Users to Outputs ("Feedback"),': the example ends before the name
  // the sentence defines, which the contract goes on using (audit128, 317 § 7.1 was left alone for it).
  const defined = found ? DEFINED_NAME_AT_END.exec(found[0]) : null;
  if (found && defined) found[0] = found[0].slice(0, defined.index);
  return found;
};
// Starts where a run of spaces starts, never inside it (linear on long runs of spaces).
const DEFINED_NAME_AT_END = /(?<!\s)\s+\(["“]?[A-Z][\w -]{0,40}["”]?\),?$/;

/**
 * "… may generate Fleet Insights from Vehicle Data and shall own all right, title and interest in them": the vendor's
 * claim to own what it derives, joined to the grant with "and". A proviso on use leaves ownership standing, and
 * ownership answers to no proviso, so the claim goes with it. Only as a second predicate: the grant stays.
 */
const OWNERSHIP_CONJUNCT = /(?<=\S),?\s+and\s+(?:we\s+)?(?:(?:shall|will)\s+)?(?:owns?|be\s+the\s+(?:sole\s+)?owner\s+of|retains?\s+(?:sole\s+)?ownership\s+of)\s+(?:all\s+)?(?:rights?,?\s+title\s+and\s+interest\s+in\s+)?[^,;.]{1,80}?(?=\s*[.;]?$)/i;

/** "… and is " right before struck words: the words were the complement of a second predicate. */
// Starts only at a comma or where a run of white space starts (see grammar.ts), so the search stays linear.
const COPULA_BEFORE = /(?:,|(?<!\s))\s*\band\s+(?:is|are|shall\s+be|will\s+be)\s+$/i;
const RESPECT_AFTER = /^(?:with\s+respect\s+to|in\s+respect\s+of)\b/i;
/** "The licence in paragraph 4 is ": a subject and its copula, with no clause before them. */
const MAIN_COPULA_BEFORE = /^(?:\S+\s+)?(?:the|such|that|this|each|any)\s[^,;]{0,100}\s(?:is|are|shall\s+be|will\s+be)\s+$/i;

/**
 * "… may be sublicensed to its hosting providers and is perpetual and irrevocable with respect to any Service Data …
 * created before the end of the Term": with "perpetual and irrevocable" struck, "and is with respect to …" says
 * nothing. The second predicate goes whole, to the sentence's end (audit51, 129 § 3.03).
 */
function withoutHollowPredicate(sentence: string, splices: readonly Splice[]): Splice[] {
  return splices.map((splice) => {
    // "The licence in paragraph 4 is perpetual and irrevocable in respect of Machine Data contributed before
    // termination": the copula is the sentence's own, so with its complement struck the sentence says nothing and goes
    // whole (audit138, 340 Sch 3 ¶5).
    if (splice.text === '' && MAIN_COPULA_BEFORE.test(sentence.slice(0, splice.start)) && RESPECT_AFTER.test(sentence.slice(splice.end))) {
      return { start: 0, end: sentence.length, text: '' };
    }
    const copula = COPULA_BEFORE.exec(sentence.slice(0, splice.start));
    if (splice.text !== '' || !copula || !RESPECT_AFTER.test(sentence.slice(splice.end))) return splice;
    return { start: copula.index, end: sentenceClose(sentence), text: '' };
  });
}

/**
 * "to create derivative works from it on a perpetual and irrevocable basis": with its adjectives struck "on a basis"
 * says nothing, so it goes with them (audit134, 330 § 3.1).
 */
function withoutEmptyBasis(sentence: string, splice: Splice): Splice {
  if (splice.text !== '') return splice;
  const opener = /(?<!\s)\s+on\s+an?\s*$/.exec(sentence.slice(0, splice.start));
  const basis = /^\s*basis\b/.exec(sentence.slice(splice.end));
  return opener && basis ? { start: opener.index, end: splice.end + basis[0].length, text: '' } : splice;
}

/** Whether an op deletes words inside the sentence's tag-along (which a carve-out strikes as part of itself). */
export function insideTagAlong(text: string, op: RedlineOp): boolean {
  const tagAlong = tagAlongOf(text);
  return tagAlong !== null && op.kind === 'delete' && op.start >= tagAlong.index && op.end <= tagAlong.index + tagAlong[0].length;
}

/** The contract's own name for data derived from the customer's ("Service Improvement Data"), if it defines one. */
const derivedTerm = ({ terms }: SurgicalContext): string[] => (terms.derivedData ? [terms.derivedData] : []);

/**
 * Whether the thing a proviso calls "such Derived Data" was named before it. "Customer owns all Output …; provided that
 * Quillmark retains … any Derived Data embodied in Output" names the data only inside its own proviso, so conditions put
 * in front of that proviso would point back at nothing (audit129, 319 § 4.5).
 */
function pointsBack(proviso: string, before: string): boolean {
  const named = suchNamed(proviso);
  return named === undefined || before.includes(named);
}


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
/** The vendor's whole business as the object of a serving verb: "its products and services", "Tallyfold's products and services". */
function servingTheCustomer(text: string, served: string): string {
  const tail = ' products and services';
  if (!text.endsWith(tail)) return text;
  const words = text.slice(0, -tail.length).split(' ');
  const owner = words[words.length - 1] ?? '';
  const possessive = ['its', 'our', 'their'].includes(owner) || ((owner.endsWith("'s") || owner.endsWith('’s')) && owner[0] !== owner[0]?.toLowerCase());
  if (!possessive) return text;
  // "maintaining the Supplier's products and services": the owner's article goes with it (audit227, 497 § 4.3 read
  // "maintaining the the Services").
  const kept = words.slice(0, -1);
  if (/^the$/i.test(kept[kept.length - 1] ?? '') && /^the\s/i.test(served)) kept.pop();
  return `${kept.join(' ')} ${served}`;
}
/** "and for any other purpose described in …": purposes a page or the agreement names, which "solely" must not reopen. */
const PAGE_PURPOSES = String.raw`(?:and|or)\s(?:for|to)\s(?:any|the|such)\s(?:other\s|additional\s|further\s)?purposes?\s(?:described|set\sout|set\sforth|listed|specified|identified|stated)\sin\b`;
/** ", and for any other purpose described in the Responsible AI Statement", up to the sentence's close. */
const PAGE_PURPOSES_AFTER = new RegExp(String.raw`^,?\s${PAGE_PURPOSES}[^;]*?(?=\.?$)`);
/** The same purposes closing the words a shared-object splice keeps ("… the Services and for any other purpose …", 457 § 4.2). */
const PAGE_PURPOSES_TAIL = new RegExp(String.raw`(?:,\s|(?<=\S)\s)${PAGE_PURPOSES}[^;]*$`);
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
      if (splices.length === 0 || hollowEndlessStrike(sentence, splices)) return undefined;
      return withoutHollowPredicate(sentence, withoutHollowLimb(sentence, splices)).map((splice) => withoutDoubledWord(sentence, withoutEmptyBasis(sentence, splice)));
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
        const joint = ownRights.listComma === undefined ? [] : [{ start: ownRights.listComma, end: ownRights.listComma + 2, text: ' and ' }];
        return [...(opener === undefined ? [] : [{ start: opener, end: opener, text: 'solely ' }]), ...joint, { start: ownRights.start, end: ownRights.end, text: '' }];
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
      if (purpose && !inReference && (edit.text || open)) {
        // "for any purpose during and after the term other than to train …" (an example an earlier edit made the
        // exception): with the purposes narrowed to serving the customer, the exception goes too (310 § 3.3 read
        // "solely to provide … for you during and after the subscription term other than to train …").
        const excepted = OPEN_PURPOSE_EXCEPTION.exec(context.sentence.slice(purpose.end));
        const exception: Splice[] = excepted?.[1] ? [{ start: purpose.end + excepted.index + excepted[0].length - excepted[1].length, end: purpose.end + excepted.index + excepted[0].length, text: '' }] : [];
        // "… solely for the purposes of operating …" (an earlier edit's "solely"): the serving purpose is not limited twice
        // (audit195, 439 § 4.3 read "solely solely to provide").
        const limited = /\b(?:solely|only|exclusively)$/i.test(context.sentence.slice(0, purpose.start).trimEnd());
        const serving = edit.text ? fill(edit.text) : '';
        return [{ ...purpose, text: serving && ` ${limited ? serving.replace(/^solely\s/, '') : serving}` }, ...exception];
      }
      // A list of purposes that starts with serving the customer keeps those and loses the vendor's own.
      const own = vendorPurposes(context.sentence);
      const listStart = own && purposeListStart(context.sentence);
      if (own) {
        // "for the purposes of providing, supporting and improving the Services" keeps its serving purposes and says
        // they are the only ones: "solely for the purposes of providing the Services".
        const opener = unlimitedPurposeList(context.sentence);
        const solely = opener === undefined ? [] : [{ start: opener, end: opener, text: 'solely ' }];
        const shared = listStart !== undefined ? keepSharedObject(context.sentence, listStart, own) : undefined;
        // "… solely for the purposes of operating Tallyfold's products and services": the serving verb kept would still
        // run the vendor's whole business; it serves the customer's services instead (audit195, 439 § 4.3).
        const kept = shared && { ...shared, text: shared.text.replace(PAGE_PURPOSES_TAIL, '') };
        const served = kept && { ...kept, text: servingTheCustomer(kept.text, fill('the {{services}} for {{customer}}')) };
        // "…, and for any other purpose described in the Responsible AI Statement": a page's purposes after the list go
        // too, or "solely" would be reopened by them (audit196, 441 § 4.2).
        const page = PAGE_PURPOSES_AFTER.exec(context.sentence.slice(own.end));
        const byPage = page ? [{ start: own.end + page.index, end: own.end + page.index + page[0].length, text: '' }] : [];
        return withoutOtherBusiness([...solely, served || { ...own, text: '' }, ...byPage]);
      }
      // "… to provide the Services and for the other purposes described in the AI Data Use Policy": those go.
      // The serving purpose takes the position's wording ("solely to provide the Services to Customer during …").
      const byReference = purposesByReference(context.sentence);
      if (byReference) {
        const label = byReference.enumerator;
        if (edit.text) return [{ start: label?.start ?? byReference.serving, end: byReference.end, text: fill(edit.text) }];
        return [...(label ? [{ ...label, text: '' }] : []), { start: byReference.start, end: byReference.end, text: '' }];
      }
      // "… Client Files to provide, maintain and improve the Platform, to develop new features": infinitive purposes.
      const infinitives = infinitivePurposeSplices(context.sentence, context.terms.customerData, partiesOf(context));
      return infinitives && withoutOtherBusiness(infinitives);
    }
    case 'append-proviso': {
      // "…, provided that:" leads into conditions listed in the paragraphs after it; a second proviso before its colon
      // would read "provided that, provided that …" (audit146, 350 § 5.3).
      if (PROVISO_LEAD_IN.test(sentence)) return undefined;
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
      // The customer's exit on refusing a change ("…, and if you do not agree … you may terminate") is no part of the grant.
      // So is a limb taking continued use as acceptance ("; Customer's continued use … constitutes acceptance"), which
      // the review strikes once the proviso needs a signed amendment (see deemedAcceptance).
      const deemed = DEEMED_ACCEPTANCE_LIMB.exec(sentence)?.index ?? -1;
      const exit = [refusalExitAt(sentence), deemed].filter((at) => at > 0).reduce((a, b) => Math.min(a, b), Infinity);
      const granting = exit === Infinity ? sentence : sentence.slice(0, exit);
      const grant = own ? withoutOwnStandard(sentence) : ownProviso ? sentence.slice(0, ownProviso.index) : granting;
      if (context.mode === 'customer' && !vendorOnlyGrant({ ...context, sentence: grant })) return undefined;
      // The contract's derived-data term counts as a mention only for a proviso on such data ("provided that such data is
      // aggregated …"); a feedback carve-out ("except that this clause does not apply to …") needs feedback named.
      const derived = /^provided\b/i.test(edit.text) ? derivedTerm(context) : [];
      if (edit.onlyIf && !mentionsAny(sentence, [...edit.onlyIf, ...derived])) return undefined;
      // "each such provider" needs a provider named in the sentence itself, not only in an aside ("… and Sub-processors
      // (including Model Providers in the United States), and Customer consents …"): audit145, 347 § 8.4.
      if (/\bsuch\s+providers?\b/i.test(edit.text) && !/\bproviders?\b/i.test(sentence.replace(/\([^()]*\)/g, ' '))) return undefined;
      if (ownProviso) {
        // Only a permission takes conditions on its use: "will delete …, provided that Benchmark Data … will not be
        // deleted" keeps data, and "such data" would name the data being deleted.
        // A sentence whose proviso already sets its standard is left whole (the limbs it lacks would be a third).
        if (!PERMITS.test(grant) || own) return undefined;
        const body = /^provided that\s+/i.exec(fill(edit.text));
        if (!body || edit.unlessMentions && mentionsAny(context.remaining ?? sentence, edit.unlessMentions)) return undefined;
        // "may use Outcome Labels … to retrain, calibrate and evaluate the Models, provided that …": a permission to work
        // on models takes no limb that the data "is not used to train any … model" (audit170, 389 § 5.6).
        if (/^provided that such data\b/i.test(body[0] + fill(edit.text).slice(body[0].length)) && MODEL_WORK.test(grant)) return undefined;
        const at = ownProviso.index + ownProviso[0].length;
        // Only the limbs the sentence's own proviso does not already state ("no Client … can be identified").
        const named = namingDerivedData(fill(edit.text), context);
        const ownLimbs = withoutOwnIdentification(named, sentence.slice(ownProviso.index));
        const limbs = ownLimbs === undefined ? undefined : withoutStatedLimbs(ownLimbs, sentence, definitionOf(named, context.meanings));
        const lead = limbs === undefined ? null : /^provided that\s+/i.exec(limbs);
        if (limbs === undefined || !lead || !pointsBack(limbs, grant)) return undefined;
        return [...strikePhrases(sentence, edit.strikes ?? []), { start: at, end: at, text: `${limbs.slice(lead[0].length)}, and that ` }];
      }
      if (/\bprovided\s+(?:always\s+)?(?:they|it|however)\b/i.test(sentence)) return undefined;
      if (edit.unlessMentions && mentionsAny(context.remaining ?? sentence, edit.unlessMentions)) return undefined;
      const at = provisoPoint(granting, derivedTerm(context));
      // "…, and Coralgate may continue to use them after termination" (the models): "such data" at its end would name
      // data the permission does not use (audit170, 389 § 15.5).
      if (USES_THE_MODELS.test(sentence.slice(0, at))) return undefined;
      // "… to improve the … Vendor Model …, including by retraining and fine-tuning it": a permission to work on models
      // takes no limb that the data "is not used to train any … model"; the training position answers it (audit200,
      // 450 R3.1 read as contradicting itself).
      if (/\bnot used to train\b/.test(fill(edit.text)) && MODEL_WORK.test((context.remaining ?? sentence).slice(0, at))) return undefined;
      const tagAlong = edit.strikesTagAlong ? tagAlongOf(sentence) : null;
      const pulledIn: Splice[] = tagAlong ? [{ start: tagAlong.index, end: tagAlong.index + tagAlong[0].length, text: '' }] : [];
      const owned = edit.strikesOwnership ? OWNERSHIP_CONJUNCT.exec(sentence) : null;
      const ownership: Splice[] = owned ? [{ start: owned.index, end: owned.index + owned[0].length, text: '' }] : [];
      const named = coveringOwnTerms(namingDerivedData(fill(edit.text), context), granting, context.terms.agreement);
      const proviso = withoutStatedLimbs(named, sentence, definitionOf(named, context.meanings));
      if (proviso === undefined || !pointsBack(proviso, sentence.slice(0, at))) return undefined;
      return [...strikePhrases(sentence, edit.strikes ?? []), ...pulledIn, ...ownership, { start: at, end: at, text: `, ${proviso}` }];
    }
    case 'strike-model-purposes':
      return modelPurposeSplices(sentence, [...derivedTerm(context), context.terms.customerData]);
    case 'swap-owner':
      return swapOwner(context);
    case 'strike-ownership-reach': {
      const reach = ownershipReach(context);
      return reach !== undefined && reach.length > 0 ? reach : undefined;
    }
    case 'strike-content-feedback':
      return contentFeedbackSplices(context);
    case 'strike-survival':
      return strikeSurvival(sentence);
    case 'cease-retention':
      return (edit.derivedText === undefined ? undefined : derivedKeptProviso(context, fill(edit.derivedText))) ?? ceaseRetention(context, fill(edit.text));
    case 'append-deletion':
      return appendDeletion(context, fill(edit.text));
    case 'opt-in-grant':
      return optInGrant(sentence);
    case 'perpetual-licence':
      return perpetualLicence(context);
    case 'objection-right':
      return objectionRight(context, fill(edit.text));
    case 'fix-version': {
      const match = AS_UPDATED.exec(sentence);
      if (!match) return undefined;
      // "…, provided that Vendor will give 30 days' notice of any update that …": a frozen version has no updates, so the
      // proviso about them goes with the mechanism it qualified (left, the sentence contradicts itself).
      const end = match.index + match[0].length;
      const proviso = UPDATE_PROVISO.exec(sentence.slice(end));
      const provisoEnd = proviso && proviso.index === 0 ? end + proviso[0].length : end;
      // "… as updated by us from time to time in accordance with Section 18.4": the change clause it was made under goes
      // with the mechanism, or the frozen version reads "as in effect on … in accordance with Section 18.4" (audit199).
      const under = CHANGE_CLAUSE_CITED.exec(sentence.slice(provisoEnd));
      const to = provisoEnd + (under?.[0].length ?? 0);
      // "(as updated from time to time)" is replaced inside its brackets: "(as in effect on …)", never "(, as …)".
      const bracketed = sentence[match.index - 1] === '(' || match[0].startsWith('(');
      // "available at https://… and as updated by Company from time to time, provides …": the "and" joined the mechanism
      // to the address and goes with it, or the sentence reads "… and, as in effect on …" (audit83, 228 § 5.8).
      const joined = !bracketed && !match[0].startsWith(',') ? / and$/.exec(sentence.slice(0, match.index)) : null;
      const from = joined ? match.index - joined[0].length : match.index;
      // "…, which LumenRad may amend from time to time and which is incorporated …": the second relative is joined by
      // a comma once the first is a version (audit106, 274 § 5.4 read "as in effect on the Effective Date and which").
      const andWhich = bracketed ? null : /^\s+and\s+(?=which\b)/.exec(sentence.slice(to));
      const text = bracketed ? fill(edit.text) : `, ${fill(edit.text)}`;
      return [{ start: from, end: to + (andWhich?.[0].length ?? 0), text: andWhich ? `${text}, ` : text }];
    }
  }
}

/** The kept purposes a narrowing rewrites lose the vendor's other business ("and Supplier's other products") too. */
function withoutOtherBusiness(splices: Splice[]): Splice[] {
  return splices.map((splice) => (splice.text === '' ? splice : { ...splice, text: splice.text.replace(OTHER_BUSINESS_TAIL, '') }));
}

/** After an open purpose, past a time limb, the exception made of its example: " other than to train …". */
const OPEN_PURPOSE_EXCEPTION = /^(?:\s+(?:both\s+)?(?:during|after|at\s+any\s+time)\b[^,;.]{0,60}?)?(\s+other\s+than\s+[^;.]*?)(?=,\s+provided\b|[;.]|$)/i;
