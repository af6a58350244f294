// The words around a permission that a ban must not keep: the lead-in that widened it ("Notwithstanding Section
// C.2, "), the plans it applied to, the vendor's power to change the document it names, the default that switched it
// on, the tail that freed it from duties, and the qualifier that made its object a part of the data. Pure.
import { sentenceClose } from './grammar';
import type { Splice } from './splice';
import { numberingPrefixLength } from '../sentenceSpan';

/** "use de-identified excerpts of " before the data's name: the words that make a permission's object a part of it. */
export const NARROWED_OBJECT =
  /^\s+(?:use|process|access|analy[sz]e|review)\s+((?:(?:de-?identified|anonymi[sz]ed|pseudonymi[sz]ed|redacted)\s+)?(?:(?:excerpts|samples|portions|snippets|extracts|subsets|parts)\s+of\s+)?|(?:de-?identified|anonymi[sz]ed|pseudonymi[sz]ed|redacted)\s+)(?=(?:the\s+|your\s+)?[A-Z])/;

/** "without restriction", "and without any obligation to compensate Customer": what frees a use, not what limits it. */
// "… to refine the Detection Models and for any other purpose": in a ban, "and for any other purpose" would forbid
// providing the service too, and "or" would forbid it outright; the open purpose goes with the freedom it gave ("and
// for any other lawful business purpose", audit83, 228 § 5.2).
// "without restriction or obligation to Customer", "without restriction, attribution or payment": the freedoms listed.
const FREEDOM = String.raw`(?:restriction|limitation|obligation|duty|liability|compensation|payment|attribution|accounting)s?`;
export const FREE_OF_DUTY = new RegExp(
  String.raw`(?:,|(?<=\S))\s+(?:and\s+)?without\s+(?:any\s+)?${FREEDOM}(?:(?:,\s+|,?\s+(?:or|and)\s+)(?:any\s+)?${FREEDOM}){0,3}(?:\s+(?:to|of)\s+[^,;.]{1,60}?)?(?=[,;.]|$)|` +
    String.raw`(?<=\S),?\s+(?:and|or)\s+for\s+any\s+(?:other\s+)?(?:lawful\s+)?(?:business\s+|commercial\s+)?purposes?(?=[,;.]|$)|` +
    // ", notwithstanding any termination or expiry of this Agreement or deletion of Customer Content under clause 10.5":
    // what freed the keeping from the deletion duty reads as nonsense after a ban (audit218, 479 Sch 2 ¶8).
    String.raw`,\s+notwithstanding\s+(?:any\s+|the\s+)?(?:termination|expiry|expiration|deletion|end)\b(?:[^;.]|\.(?=\d)){0,200}?(?=[;.](?!\d)|$)`,
  'g',
);

/**
 * "Notwithstanding Section C.2, ", "Subject to Clause 9.6, ", "Without limiting the foregoing, " or "However, " before
 * the permission the edit turns round: words that widen a permission read as nonsense in front of a ban.
 */
// "However, Company may use Annotations …" after a clause that bans training: turned into a ban, the contrast is gone.
// 'If the "Help improve Lumaleaf" setting is on, ' gates the permission on the customer's switch: in front of a ban it
// would say the ban holds only while the use is switched on (audit55, 147). "Unless you turn it off, " would say the
// ban holds only until the customer acts (audit84, 230 AI Terms § 4), as would "Unless Customer has opted out under
// Section A5, " (audit124, 309 A4). "Where the … Programme is enabled for the
// Client's account, " the same, with the account it is on for (audit83, 227 Sch 2 ¶4.1). "If Customer is enrolled in the
// Model Improvement Program as indicated in the Order Form, " the same, for a programme (audit101, 264 § 5.3).
const LEAD_IN =
  /(?<![\w,] )(?:(?:Notwithstanding|Subject to|Without limiting)\s[^,;]{1,120}|However|Nevertheless|Nonetheless|That said|(?:If|When|While|Where)\s[^,;]{1,100}?\s(?:is|are|has\s+been)\s+(?:on|enabled|turned\s+on|switched\s+on|active|enrolled)(?:\s+(?:for|on|in)\s[^,;]{1,60})?|Unless\s[^,;]{1,80}?\s(?:turns?|switch(?:es)?|opts?|(?:has|have)\s+(?:turned|switched|opted))\s+(?:it\s+|this\s+|that\s+|training\s+|the\s+setting\s+)?(?:off|out)(?:\s+(?:under|in\s+accordance\s+with|pursuant\s+to)\s[^,;]{1,40})?),\s/;

/** "Without limiting Section 6.1, ": a permission said to add to another clause's, by that clause's number. */
const WITHOUT_LIMITING_CLAUSE = /^Without limiting ((?:[Ss]ection|[Cc]lause|[Pp]aragraph)\s[A-Z]?\d+(?:\.\d+)*(?:\([a-z0-9]+\))?),\s$/;

/**
 * "Notwithstanding Section C.2, Vendor may derive …" qualifies a permission; once the permission is a prohibition the
 * lead-in says the ban overrides the customer's own protection, so it goes (the next word takes its capital).
 */
export function permissionLeadIn(sentence: string, permissionStart: number): Splice | undefined {
  const found = LEAD_IN.exec(sentence.slice(0, permissionStart));
  if (!found) return undefined;
  const end = found.index + found[0].length;
  // "Without limiting Section 6.1, Trussline will not use …" left the wider permission in 6.1 as a way round the ban; the
  // ban is said to prevail over it instead (audit175, 399 § 6.2).
  const widened = WITHOUT_LIMITING_CLAUSE.exec(found[0]);
  if (widened) return { start: found.index, end, text: `Notwithstanding ${widened[1]}, ` };
  const next = sentence.charAt(end);
  return /[a-z]/.test(next) ? { start: found.index, end: end + 1, text: next.toUpperCase() } : { start: found.index, end, text: '' };
}

/** "the Fund acknowledges that ", "Customer agrees and acknowledges that ": the other side's assent framing the permission. */
const ASSENT = /(?:^|(?<=[\s,]))((?:[Tt]he\s+)?[A-Z][\w-]*|[Yy]ou)\s+(?:hereby\s+)?(?:acknowledges?|agrees?|accepts?|understands?)(?:\s+and\s+(?:acknowledges?|agrees?|accepts?|understands?))?\s+that\s+(?=[^,;]{1,60}$)/;

/**
 * "The Fund acknowledges that the Provider may use …" turned into a ban would read "The Fund acknowledges that the
 * Provider shall not use …", the vendor's duty made the customer's acknowledgement: the assent goes, and with it a
 * lead-in just before it ("Notwithstanding Section 3.2, "), the next word taking the capital.
 */
export function assentFrame(sentence: string, permissionStart: number, vendorNames: readonly string[], leadIn: Splice | undefined): Splice | undefined {
  const lead = numberingPrefixLength(sentence);
  const found = ASSENT.exec(sentence.slice(lead, permissionStart));
  // Whole words: the vendor's "us" is no part of "Customer" (286 A4 kept "Customer agrees that Reelsmith will not").
  if (!found || vendorNames.some((name) => ` ${found[1] ?? ''} `.includes(` ${name} `))) return undefined;
  const frameStart = lead + found.index;
  const start = leadIn && leadIn.end >= frameStart - 1 && leadIn.start < frameStart ? leadIn.start : frameStart;
  const end = lead + found.index + found[0].length;
  const next = sentence.charAt(end);
  const opens = start === lead || /[.;:]\s*$/.test(sentence.slice(0, start));
  return opens && /[a-z]/.test(next) ? { start, end: end + 1, text: next.toUpperCase() } : { start, end, text: '' };
}

/** "For Customers on the Starter, Team and Business plans, " before the permission: a scope of some customers. */
const PLAN_SCOPE = /^(?:For|On)\s[^;.]{0,80}?\b(?:plans?|tiers?|editions?|subscriptions?),\s/i;
/**
 * "Under the Programme, " before the permission: the scheme it runs under. Kept in the ban ("Under the Programme,
 * Quillstead shall not use Programme Data …") it bans nothing outside a scheme defined by that very use (audit158, 366
 * Sch. 2 para 5.1: "self-defeating").
 */
const SCHEME_SCOPE = /^(?:Under|As\s+part\s+of|Within|Through)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:Programme|Program|Scheme|Initiative|Pilot)\b[^,;.]{0,40},\s/;

/**
 * A permission for some plans turned into a ban would read as leave for the others ("For Customers on the Starter
 * plan, we will not use …" says nothing of Enterprise): the scope goes, and the ban holds for every customer.
 */
export function planScopeLeadIn(sentence: string, permissionStart: number): Splice | undefined {
  const lead = numberingPrefixLength(sentence);
  const found = PLAN_SCOPE.exec(sentence.slice(lead, permissionStart)) ?? SCHEME_SCOPE.exec(sentence.slice(lead, permissionStart));
  if (!found) return undefined;
  const start = lead + found.index;
  const end = start + found[0].length;
  const next = sentence.charAt(end);
  return /[a-z]/.test(next) ? { start, end: end + 1, text: next.toUpperCase() } : { start, end, text: '' };
}

/** ", and which Provider may update from time to time by posting a revised version, …": the vendor's power to change. */
const WHICH = /,\s+(?:and\s+)?which\s/g;
const MAY_CHANGE = /^[^,;.]{0,60}?\bmay\s+(?:update|amend|change|modify|revise|replace|supplement)\b/i;

/**
 * After a ban, "…, and which Provider may update from time to time …" to the sentence's close would let the vendor
 * narrow its own ban by editing the document it names; the tail goes, and the ban covers what the document lists.
 */
export function vendorMayChangeTail(sentence: string, from: number): Splice[] {
  const close = sentenceClose(sentence);
  for (const m of sentence.slice(from, close).matchAll(WHICH)) {
    const at = from + (m.index ?? 0);
    if (MAY_CHANGE.test(sentence.slice(at + m[0].length, at + m[0].length + 80))) return [{ start: at, end: close, text: '' }];
  }
  return [];
}

/** "is switched on by default, which means" before the permission's subject: the default the permission describes. */
const DEFAULT_ON = /\b(?:is|are)\s+((?:switched|turned|set)\s+on|enabled|on)\s+by\s+default(,?\s+(?:which\s+means(?:\s+that)?|meaning(?:\s+that)?|so(?:\s+that)?|and))$/i;
const TURNED_OFF: Readonly<Record<string, string>> = { enabled: 'disabled', on: 'off' };

/**
 * "the setting is switched on by default, which means we may use …": banned, the use must not hang on a default
 * that still says on ("switched on by default, which means we will not use" is nonsense). The default turns off and
 * the ban speaks of that state: "switched off by default, and while it is off we will not use …".
 */
export function defaultTurnedOff(sentence: string, permissionStart: number): Splice[] {
  // The words before the permission's subject ("we", "Lumora"): the subject is the last word before "may".
  const head = sentence.slice(0, permissionStart).trimEnd();
  const beforeSubject = head.slice(0, Math.max(0, head.lastIndexOf(' ')));
  const from = Math.max(0, beforeSubject.length - 120);
  const found = DEFAULT_ON.exec(beforeSubject.slice(from));
  if (!found?.[1] || found[2] === undefined) return [];
  const state = found[1];
  const stateStart = from + found.index + found[0].indexOf(state);
  const linkStart = from + found.index + found[0].length - found[2].length;
  return [
    { start: stateStart, end: stateStart + state.length, text: TURNED_OFF[state.toLowerCase()] ?? state.replace(/on$/i, 'off') },
    { start: linkStart, end: linkStart + found[2].length, text: ', and while it is off' },
  ];
}

/** "for any lawful purpose", "for any purpose not prohibited by law", "for any purpose whatsoever". */
const LAWFUL_PURPOSE = /\bfor\s+any\s+(lawful\s+)?purposes?(\s+(?:not\s+prohibited|permitted|allowed)\s+by\s+(?:applicable\s+)?law|\s+whatsoever)?/i;

/**
 * "shall not use … for any purpose not prohibited by law" is circular (the ban reaches only lawful uses, which is what
 * the permission allowed): after a ban the purpose is any purpose.
 */
export function lawfulPurposeQualifier(sentence: string, from: number): Splice[] {
  const found = LAWFUL_PURPOSE.exec(sentence.slice(from));
  if (!found) return [];
  const at = from + found.index;
  const splices: Splice[] = [];
  if (found[1]) {
    const start = at + found[0].indexOf(found[1]);
    splices.push({ start, end: start + found[1].length, text: '' });
  }
  if (found[2]) {
    const start = at + found[0].length - found[2].length;
    splices.push({ start, end: start + found[2].length, text: '' });
  }
  return splices;
}

// "..., and may process Customer Data to provide the services" is the permission the customer needs; turning it
// into "shall not" would forbid the service itself, so only later permissions for the vendor's own ends are negated.
// "to personalize each student's learning pathway" is the service the customer buys, as "to provide" is.
// Not "models used to provide the Services to other customers": there "to provide" describes the models the use
// builds, not what the use is for (214 cl. 6.3 was left standing as a service use).
// "to diagnose and resolve technical issues" keeps the customer's own service running (363 § 4.3 was turned into a
// ban on troubleshooting the district's account).
const SERVICE_PURPOSE = /^[^;.]*?(?<!\bused\s)\bto\s+(?:provide|deliver|perform|operate|support|maintain|host|secure|personali[sz]e|tailor|diagnose|troubleshoot|resolve|fix|repair)\b/i;

/** A permission that carries its own bound: a time limit or processing only for the customer. */
export const BOUNDED_PERMISSION = /\bfor\s+no\s+(?:longer|more)\s+than\b|\bsolely\s+on\s+(?:its|their|the\s+\S+['’]s|\S+['’]s)\s+behalf\b/i;
/**
 * "may retain a sample of no more than 2% of Outputs each month, …, and may use that sample to …": a quantity already
 * capped reads as nonsense after "shall not" (374 Sch 3 ¶ 4, "shall not retain a sample of no more than 2%").
 */
export const CAPPED_QUANTITY = /\bmay\s+(?:\w+\s+){1,3}?(?:an?\s+)?(?:sample|subset|portion|proportion|percentage|number)\s+of\s+(?:no|not)\s+more\s+than\b/i;

const NEXT_PERMISSION = /(?:,|(?<!\s))\s+(?:and|or)\s+may\b/g;

/** "for the purposes of capacity planning, security monitoring, diagnosing faults, …": a list that starts by serving. */
const SERVING_PURPOSE_LIST = /\bfor\s+the\s+(?:following\s+)?purposes?(?:\s+of|\s*:)\s+(?:[\w-]+\s+){0,2}?(?:capacity|security|secur|diagnos|troubleshoot|support|maintenance|maintain|billing|providing|operating|delivering|hosting)/i;

export function servesTheCustomer(sentence: string, from: number): boolean {
  // Only up to the next permission, found from `from`: splitting the whole rest of the sentence for every
  // permission in it made a long list of them quadratic.
  NEXT_PERMISSION.lastIndex = from;
  const next = NEXT_PERMISSION.exec(sentence);
  const scope = sentence.slice(from, next ? next.index : sentence.length);
  return SERVICE_PURPOSE.test(scope) || SERVING_PURPOSE_LIST.test(scope);
}

/** ", after removing direct identifiers …,", ", once de-identified,", ", in anonymised form,": how the data is prepared first. */
const FORM_ASIDE = /,\s(?:after\s(?:removing|stripping|redacting|deleting)|once\s(?:de-?identified|anonymi[sz]ed|pseudonymi[sz]ed|aggregated)|in\s(?:de-?identified|anonymi[sz]ed|pseudonymi[sz]ed|aggregated)\s(?:form|format))\b[^,;.()]{0,120},(?=\s)/i;
const EXAMPLES_OPEN = /\b(?:such\s+as|including|like|e\.g\.)\s/i;
const REMOVES = /^,\s+after\s+(?:removing|stripping|redacting|deleting)\b/i;
const CLAUSE_VERB = /\b(?:may|shall|will|must|can|to|is|are)\b/i;
const LIST_CLOSED = /\s(?:and|or)\s/;

/**
 * The aside, with a list of examples in it run to its last item: ", after removing direct identifiers such as names,
 * email addresses and signature images," (audit75, 215 G5 kept "email addresses and signature images" after the cut).
 */
export function formAside(text: string): { index: number; 0: string } | undefined {
  const head = FORM_ASIDE.exec(text);
  if (!head) return undefined;
  let end = head.index + head[0].length;
  // ", after removing names, addresses and tenancy reference numbers,": what is removed is a list too (audit95, 251 § 9.2
  // kept "addresses and tenancy reference numbers" after the cut).
  const removes = REMOVES.test(head[0]);
  if (!EXAMPLES_OPEN.test(head[0]) && !removes) return { index: head.index, 0: head[0] };
  for (let more = 0; more < 4; more++) {
    const last = text.slice(head.index, end).split(',').slice(-2, -1)[0] ?? '';
    if (LIST_CLOSED.test(last)) break;
    const next = /^\s[^,;.()]{1,80},(?=\s)/.exec(text.slice(end));
    // A list item names things; a clause with its own verb ("the Supplier may …") is the sentence going on.
    if (!next || (removes && CLAUSE_VERB.test(next[0]))) break;
    end += next[0].length;
  }
  return { index: head.index, 0: text.slice(head.index, end) };
}

/** "described in", "set out in": how a clause points to another document for what it means. */
export const DESCRIBED_IN = String.raw`(?:described|set\s+out|set\s+forth|explained|detailed)\s+in\b`;
/** " as further described in the Responsible AI Statement …", to the sentence's close. */
const DESCRIBED_TAIL = new RegExp(String.raw`(?<![\s,])\s+as\s+(?:further\s+|more\s+fully\s+)${DESCRIBED_IN}[^;]{1,300}?(?=\.?$)`, 'i');
/** ", who may review …", ", which may be located …": a relative clause closing the sentence with a "may" of its own. */
const RELATIVE_PERMISSION_TAIL = /,\s+(?:who|which)\s+may\s+[^;.]{1,200}?(?=\.?$)/;

/** The tails after a banned permission that would still read as permissions, or tie the ban to another document. */
export function tailsAfterBan(sentence: string, permissionEnd: number, splices: readonly Splice[]): Splice[] {
  const tails: Splice[] = [];
  // "shall not use Client Data to research or develop new ML Features as further described in the Responsible AI
  // Statement …, which the Supplier may amend": the reference would tie the ban to a page the vendor rewrites
  // (audit227, 497 Sch 2 ¶3.2); the purpose the clause names is the ban's whole reach.
  const described = DESCRIBED_TAIL.exec(sentence);
  if (described && described.index > permissionEnd && /\s(?:to|for)\s/.test(sentence.slice(permissionEnd, described.index))) {
    tails.push({ start: described.index, end: described.index + described[0].length, text: '' });
  }
  // "…, and shall not engage annotation vendors for this purpose, who may review Site Footage outside the United
  // Kingdom" (audit226, 495 Sch 2 ¶2.2): the closing relative's "may" still reads as a permission for what is banned.
  const relative = RELATIVE_PERMISSION_TAIL.exec(sentence);
  if (relative && relative.index > permissionEnd && splices.some((splice) => splice.start < relative.index && splice.text.includes('not'))) {
    tails.push({ start: relative.index, end: relative.index + relative[0].length, text: '' });
  }
  return tails;
}
