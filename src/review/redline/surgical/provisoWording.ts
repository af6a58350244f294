// Where a proviso goes in a vendor's sentence, what it calls the data it binds, and whether the sentence is a grant the
// vendor alone holds (the only kind a proviso narrows). Pure: must not import Office, React, the DOM or Node.
import { escapeRegExp, namesPattern, type SurgicalContext } from './context';
import { sentenceClose } from './grammar';

/** "provided that such data is aggregated …" on a grant over "Statistical Information" names it: "such Statistical Information". */
// "We may keep Usage Data, de-identified data and records of your billing …": a proviso on "such data" would bind the
// billing records too, which must identify the customer; it names the de-identified item instead.
export const namingDerivedData = (proviso: string, context: SurgicalContext): string => {
  // "may … aggregate it with data from other customers to produce Pay Insights, provided that such data is aggregated
  // with the data of other customers": a condition the sentence already states is not said twice (audit56, 150 4.4).
  const stated = POOLED_WITH_OTHERS.test(context.sentence) ? proviso.replace(/\bis aggregated with the data of other [\w-]+, ([^,]{1,120}), and /, '$1 and ') : proviso;
  return namedDerived(stated, context);
};
/**
 * "aggregate it with data from other customers", "combined with data of at least ten other customers", "combined with
 * other customers' content" (audit58, 159 § 3.5).
 */
const POOLED_WITH_OTHERS =
  /\b(?:aggregat|combin|pool)\w*\b[^.;]{0,60}?\bwith\s+(?:(?:the\s+)?(?:data|content|information)\s+(?:of|from)\s+(?:at\s+least\s+\S+\s+(?:\(\d+\)\s+)?)?(?:our\s+|its\s+)?other\b|(?:our\s+|its\s+)?other\s+[\w-]+['’]s?\s+(?:data|content|information)\b)/i;
/**
 * Where a proviso on derived data goes: at the sentence's close, or before a last limb after a semicolon that speaks
 * of something else ("…, and may retain Aggregated Data; retained Customer Data remains subject to Section 6": the
 * conditions bind the Aggregated Data, not the backups' confidentiality, audit58, 157 § 4.6).
 */
export function provisoPoint(sentence: string, derivedNames: readonly string[]): number {
  const close = sentenceClose(sentence);
  // "…; and …" or "…, and nothing in this Agreement shall …": the last limb that starts a clause of its own.
  const limb = Math.max(sentence.lastIndexOf(';', close - 1), lastClauseJoin(sentence.slice(0, close)));
  if (limb < 0) return close;
  const speaksOfDerived = (text: string) => DERIVED_WORD.test(text) || derivedNames.some((name) => text.includes(name));
  return speaksOfDerived(sentence.slice(0, limb)) && !speaksOfDerived(sentence.slice(limb, close)) ? limb : close;
}
/** ", and nothing …", ", and no …": a comma and "and" before a word that opens a clause; -1 when there is none. */
const CLAUSE_JOIN = /,\s(?:and|but)\s(?:nothing|no|neither|none)\b/g;
const lastClauseJoin = (text: string): number => Math.max(-1, ...[...text.matchAll(CLAUSE_JOIN)].map((m) => m.index ?? -1));
const DERIVED_WORD = /\b(?:aggregat|de-?identif|anonymi[sz]|pseudonymi[sz]|statistic)\w*/i;
const namedDerived = (proviso: string, context: SurgicalContext): string => {
  // "anonymised and aggregated information": without a defined name, the proviso speaks of the clause's own noun.
  const derived =
    context.terms.derivedData !== undefined && context.sentence.includes(context.terms.derivedData)
      ? context.terms.derivedData
      : (STRIPPED_DATA.exec(context.sentence)?.[0] ?? STRIPPED_NOUN.exec(context.sentence)?.[1]);
  if (derived) return proviso.replace(/\bsuch data\b/g, `such ${derived}`);
  // "may use de-identified Outputs, including call summaries …": the defined thing stripped of identity, named with its
  // plural verbs (audit117, 296 § 3.3: "such data" pointed back at nothing).
  const term = STRIPPED_TERM.exec(context.sentence)?.[0];
  if (term !== undefined && /\bsuch data\b/.test(proviso)) return proviso.replace(/\bsuch data\b/g, `such ${term}`).replace(/\b(is|does|has)\b/g, (verb: string) => PLURAL_OF[verb] ?? verb);
  // "we may use and share those statistics for any purpose, provided that such statistics are …": the clause's own
  // word for what it keeps, with the verbs made plural (audit64, 183 ¶25: "such data" had nothing to point back to).
  if (!/\bsuch data\b/.test(proviso) || !STATISTICS.test(context.sentence) || DATA_WORD.test(context.sentence)) return proviso;
  return proviso.replace(/\bsuch data\b/g, 'such statistics').replace(/\b(is|does|has)\b/g, (verb: string) => PLURAL_OF[verb] ?? verb);
};
const STATISTICS = /\bstatistics\b/i;
/** Any data the sentence names beside its statistics ("De-identified Data and aggregated statistics") keeps "such data". */
const DATA_WORD = /\b(?:data|information)\b/i;
const PLURAL_OF: Readonly<Record<string, string>> = { is: 'are', does: 'do', has: 'have' };
/** How data was stripped of identity. */
const STRIPPED = '(?:de-?identified|aggregated|anonymi[sz]ed|pseudonymi[sz]ed)';
/**
 * One item of a list of kept data named by how it was stripped of identity: "…, de-identified data and records …" (not
 * the second adjective of one item: "anonymised and aggregated information").
 */
const STRIPPED_DATA = new RegExp(`(?<=,\\s|\\sand\\s)(?<!${STRIPPED}\\sand\\s)${STRIPPED}\\s+(?:data|information)\\b|\\b${STRIPPED}\\s+(?:data|information)(?=\\s+and\\s)`);

/** "anonymised and aggregated information": the mass noun that data stripped of identity is called by. */
const STRIPPED_NOUN = new RegExp(`\\b${STRIPPED}(?:,?\\s+(?:and\\s+)?${STRIPPED}){0,2}\\s+(information)\\b`, 'i');

/** Defined plural terms stripped of identity: "de-identified Outputs", "de-identified Prompts and Outputs". */
// Never the first word of a longer name: "de-identified Claims Data" is data, not "Claims" (audit200, 450 R3.1).
const STRIPPED_TERM = new RegExp(`\\b${STRIPPED}\\s+[A-Z][\\w-]*s(?:,?\\s+(?:and|or)\\s+[A-Z][\\w-]*s)?\\b(?!\\s+[A-Z])`);

/** A promise made by both sides ("either party may"), or by no one ("no one at the provider reads it"). */
const SHARED_OR_NEGATIVE = /\b(?:either|each|neither|both)\s+part(?:y|ies)\b|\b(?:not|never|no|none|nor)\b|n[’']t\b/i;

/**
 * A proviso narrows a grant the vendor alone holds. On a promise ("no human reviews it") it would make the promise
 * conditional, and on a mutual clause it would bind the customer too.
 */
export function vendorOnlyGrant({ sentence, vendorNames }: SurgicalContext): boolean {
  // A statement of fact ("the feature relies on a model hosted by a provider") grants nothing a proviso could narrow.
  // A "not" inside a parenthetical example ("(such as privileged or not relevant)") promises nothing.
  // ", and Feedback will not be treated as Customer's Confidential Information": a deeming that takes a protection away
  // is part of the grant, no promise the proviso would turn round (audit80/82, 223 § 3.5 got no carve-out).
  // "…, and no compensation shall be payable to Bank": a price the grant carries, no promise (audit212, 465 § 10.1).
  const outsideParentheses = sentence.replace(EXAMPLES_IN_PARENTHESES, ' ').replace(NEGATIVE_DEEMING, ' ').replace(NOTHING_PAYABLE, ' ');
  // "Interaction Data shall be considered de-identified only where Vendor has removed …" sets a standard; a proviso
  // on it would be a second standard bolted beside the first, not a narrower grant.
  if (DEEMING.test(sentence)) return false;
  return !SHARED_OR_NEGATIVE.test(outsideParentheses) && GRANTING.test(sentence) && new RegExp(`\\b${namesPattern(vendorNames)}\\b`).test(sentence);
}
// Only examples: "(but not from the content of recordings)" is an exception, and the sentence a promise in part.
const DEEMING = /\b(?:shall|will)\s+be\s+(?:considered|deemed|treated\s+as)\b|\b(?:is|are)\s+(?:considered|deemed)\b/i;
const NOTHING_PAYABLE = /(?<=\S)(?:,\s*|\s+)and\s+no\s+(?:compensation|payment|fee|royalty|remuneration|consideration)\s+(?:shall|will)\s+be\s+(?:payable|due|owed|paid)\b[^;.]*/i;
const NEGATIVE_DEEMING = /(?<=\S)(?:,\s*|\s+)and\s+(?:the\s+|any\s+|such\s+)?[\w-]+\s+(?:will|shall)\s+not\s+be\s+(?:treated|considered|deemed|regarded)\s+as\b[^;.]*/i;
const EXAMPLES_IN_PARENTHESES = /\((?:such\s+as|e\.g\.|for\s+example|for\s+instance|including)\s[^()]{0,200}\)/gi;
const GRANTING = /\b(?:may|can|will|shall|is\s+entitled|are\s+entitled|grants?|reserves?|assigns?|licen[cs]es?)\b/i;

/** What opens the customer's refusal of a change: ", and if you do not agree …", "; if Customer does not accept …". */
const REFUSAL_OPENERS: readonly string[] = [', and if ', '; and if ', '; if ', ', but if ', ', and where ', ', and should '];
const REFUSALS: readonly string[] = [' not agree', ' not accept', ' not consent', ' objects', ' object to', ' rejects', ' declines'];
const EXITS: readonly string[] = ['terminate', 'cancel'];
/**
 * Where the customer's exit on refusing a change begins ("…, and if you do not agree to a material change you may
 * terminate the affected Services …", 447 § 18.4), or -1. The change power before it is the vendor's own grant, which a
 * proviso narrows; the "not" of the refusal promises nothing, and the proviso goes before it, not after the refund.
 */
export function refusalExitAt(sentence: string): number {
  const lower = sentence.toLowerCase();
  for (const opener of REFUSAL_OPENERS) {
    const at = lower.indexOf(opener);
    if (at < 0) continue;
    const condition = lower.slice(at, at + 120);
    if (REFUSALS.some((word) => condition.includes(word)) && EXITS.some((word) => lower.slice(at).includes(word))) return at;
  }
  return -1;
}

/**
 * "We may modify these Terms or any Policy by posting …": a proviso on a power to change the agreement itself speaks of
 * changes to it, not only of policies ("provided that no change to these Terms or any policy will expand …").
 */
/** "any Policy", "the Policies": policies named with a capital, as a defined term. */
const DEFINED_POLICY = /\b(?:any|the|each|a)\s+Polic(?:y|ies)\b/;

export function coveringOwnTerms(proviso: string, sentence: string, agreement: string): string {
  const policyOnly = 'no policy or change to a policy';
  if (!proviso.includes(policyOnly) || agreement === '') return proviso;
  // The agreement as the sentence names it ("these Terms", "this Agreement"), whatever the defined name's determiner.
  const name = escapeRegExp(agreement.replace(/^(?:this|these|the)\s+/i, ''));
  // The agreement as the verb's own object ("may amend these Terms or any Policy"), not a place the policies are
  // named in ("may update the policies referenced in this Agreement").
  const changesItself = new RegExp(String.raw`\b(?:modify|amend|update|change|revise|vary)\s+(?:(?:at\s+any\s+time|from\s+time\s+to\s+time)\s+)?((?:this|these)\s+${name})\b`, 'i');
  const named = changesItself.exec(sentence)?.[1];
  // "We may modify these Terms or any Policy": the contract's own defined word for its policies (audit215, 474 § 18(h)).
  const policy = DEFINED_POLICY.test(sentence) ? 'Policy' : 'policy';
  return named ? proviso.replace(policyOnly, `no change to ${named} or any ${policy}`) : proviso;
}
