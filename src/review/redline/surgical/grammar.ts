// Finds the grammatical parts of a vendor's sentence that surgical edits change: the vendor's permission, an
// exception tail, a purpose phrase. Pure: must not import Office, React, the DOM or Node.
import { namesPattern, type SurgicalContext } from './context';

export interface Found {
  readonly start: number;
  readonly end: number;
}

const MODAL = '(?:may|can|is entitled to|is permitted to|shall be entitled to|reserves the right to)';
const ADVERB = '(?:\\s+(?:also|additionally|further))?';

/** The vendor's permission ("Provider may also"), from the modal to any adverb; the vendor must be its subject. */
export function vendorPermission(context: SurgicalContext): Found | undefined {
  const subject = `\\b${namesPattern(context.vendorNames)}(?:\\s+(?:and|or)\\s+its\\s+[a-z]+)?\\s+`;
  // "our Statement, which we may update from time to time, describes …": a relative clause about something else is no
  // permission over the data; the sentence's own comes after it.
  for (const match of context.sentence.matchAll(new RegExp(`${subject}(${MODAL}${ADVERB})\\b`, 'g'))) {
    const before = context.sentence.slice(Math.max(0, match.index - 40), match.index);
    if (!match[1] || (RELATIVE_BEFORE.test(before.slice(-8)) && !ASSENT_THAT.test(before))) continue;
    const end = match.index + match[0].length;
    return { start: end - match[1].length, end };
  }
  return undefined;
}
const RELATIVE_BEFORE = /\b(?:which|that|whom)\s+$/i;
/** "You agree that we may …": "that" after a verb of assent opens what is agreed, not a relative clause (199 § 7.7). */
const ASSENT_THAT = /\b(?:agrees?|acknowledges?|accepts?|understands?|confirms?|consents?)(?:\s+and\s+(?:agrees?|acknowledges?|accepts?|understands?))?\s+that\s+$/i;

// Patterns that start with white space may start only where a run of it starts (or at a comma): tried from every
// space of a long run, each attempt rescans the rest of the run and the time grows with its square.
const LATER_PERMISSION = /(?:,|(?<!\s))\s+(?:and|or)\s+(may)\b/g;

/** Later coordinated permissions of the same subject: "..., and may retain". */
export function coordinatedPermissions(context: SurgicalContext, after: number): Found[] {
  const found: Found[] = [];
  for (const match of context.sentence.slice(after).matchAll(LATER_PERMISSION)) {
    const start = after + match.index + match[0].length - match[1]!.length;
    // "…, and such models, including all weights, shall be owned by Vendor and may be made available to its other
    // customers": a permission of another subject is not the vendor's use of the data (audit58, 157 § A4.1).
    if (NEW_SUBJECT.test(context.sentence.slice(after, start))) break;
    found.push({ start, end: start + match[1]!.length });
  }
  return found;
}

/** ", and such models", ", and the resulting weights": a clause of its own, with a subject that is not the vendor. */
const NEW_SUBJECT = /,\s+and\s+(?:such|the|all|any)\s+(?:[\w-]+\s+){0,2}?(?:models?|weights|outputs?|results|improvements)\b/i;

// "except in the form of Derived Data for benchmarking", "except for research": an exception by what it lets through.
// A full stop inside a clause number ("opts out under Section 5.4, …") does not end the exception.
const EXCEPTION_WORD = '(?:unless|except\\s+(?:where|if|when|to the extent|in|for)|save\\s+(?:where|to the extent))\\b(?:[^;.]|\\.(?=\\d))*';
/** Those named by what they let through, which only the engine's own exception reading makes an exception to strike. */
const EXCEPTION_BY_OBJECT = /^,?\s+except\s+(?:in|for)\b/i;
/** After a comma or a word, or opening the sentence ("Unless an Admin turns it off, …"). */
const EXCEPTION = new RegExp(`(?:,|(?<!\\s))\\s+${EXCEPTION_WORD}|^${EXCEPTION_WORD}`, 'i');

/** Nothing before the exception but the clause's number: it opens the sentence. */
const LEADING = /^(?:(?:Section|Clause)\s+)?(?:\d+(?:\.\d+)*\.?|\(?[a-z]\)|[A-Z]\.\d+)?$/;

/** An exception tail ("unless Customer opts out ..."), from its comma to the end of its clause. */
export function exceptionTail(context: SurgicalContext): (Found & { readonly wordStart: number; readonly leading?: true }) | undefined {
  const signal = context.evidence.find((s) => s.role === 'exception');
  const from = signal ? Math.max(0, context.sentence.lastIndexOf(',', signal.start)) : 0;
  const match = EXCEPTION.exec(context.sentence.slice(from));
  if (!match || (!signal && EXCEPTION_BY_OBJECT.test(match[0]))) return undefined;
  const start = from + match.index;
  // "(which it is by default unless the Order Form states otherwise)": an exception inside a bracketed aside says how
  // a default is set; struck to the sentence's end it would take the grant with it (214 cl. 6.3).
  const before = context.sentence.slice(0, start);
  if ((before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0)) return undefined;
  // "3.3 Unless an Admin turns the setting off, Vendor may …": an exception that opens the sentence runs to its comma,
  // not to the end (which would take the grant, and the sentence, with it).
  if (start < 24 && LEADING.test(context.sentence.slice(0, start).trim())) {
    const wordStart = start + (/^,?\s+/.exec(match[0])?.[0].length ?? 0);
    const comma = /,\s+/.exec(context.sentence.slice(wordStart));
    return comma ? { start: wordStart, end: wordStart + comma.index + comma[0].length, wordStart, leading: true } : undefined;
  }
  // "is not used for that purpose unless the customer agrees" is a protection, not an opt-out to strike.
  const clauseStart = Math.max(context.sentence.lastIndexOf(';', start), context.sentence.lastIndexOf(':', start), 0);
  if (/\b(?:not|never|no)\b/i.test(context.sentence.slice(clauseStart, start))) return undefined;
  const wordStart = start + (/^,?\s+/.exec(match[0])?.[0].length ?? 0);
  // "… for the Customer's account and, unless the Customer opts out …, to improve the general models": an exception
  // set off after "and" opens a limb of its own, which runs to the end; struck, it takes its "and" with it.
  const joined = [' and', ' or'].find((word) => before.endsWith(word));
  return { start: joined ? start - joined.length : start, end: start + match[0].trimEnd().length, wordStart };
}

const PURPOSE = /(?<!\s)\s+for\s+(?:any|all|its own|its|such|the|other)\s+(?:(?:lawful|business|other|commercial)\s+)?purposes?\b/i;
// A full stop inside a clause number ("set out in Section 2.1") ends nothing.
const PURPOSE_END = /[,;:]|\.(?!\d)|(?<!\s)\s+(?:after|during|following|until|upon|on)\b/;

/** ", including (a) providing the Services": examples that open a lettered list. */
const lettered = (examples: string): boolean => /^,\s+(?:including|such as)\s+\(a\)\s/i.test(examples);
/** "; (b) developing …", "; and (c) compiling …": the next lettered example after a semicolon. */
const NEXT_LETTER = /^;\s(?:and\s|or\s)?\([b-z]\)\s/;
/**
 * "for any purpose connected with its business, including (a) providing the Services; (b) developing …; and (c) compiling
 * …": lettered examples run past their semicolons to the last letter, and go with the purpose they illustrate (audit194,
 * 436 § 5.3 kept "(b)" and "(c)" dangling after the purpose was narrowed).
 */
function letteredExamplesEnd(sentence: string, from: number): number {
  let end = from;
  while (NEXT_LETTER.test(sentence.slice(end))) {
    const next = sentence.slice(end + 1).search(/;|\.(?!\w)/);
    end = next < 0 ? sentence.length : end + 1 + next;
  }
  return end;
}

/** A broad purpose phrase ("for any purpose connected with ..."), from the space before it to its clause's end. */
export function purposePhrase(context: SurgicalContext): Found | undefined {
  const match = PURPOSE.exec(context.sentence);
  if (!match) return undefined;
  const rest = context.sentence.slice(match.index + match[0].length);
  const stop = PURPOSE_END.exec(rest);
  // A comma may open a list of further purposes ("for the purpose of development, marketing, ..."): replacing only
  // its head would leave the rest dangling, so only a phrase that closes its clause is narrowed.
  // "for any lawful purpose, including research, marketing and …": the examples go with the purpose they illustrate.
  // "for any lawful purpose, which licence shall survive …": the relative is said of the whole grant, not a further
  // purpose, so an open purpose closes at its comma (a limiting one, "for the purposes set out in clause 9", stays).
  if (stop?.[0] === ',' && /^,\s+which\s/.test(rest.slice(stop.index)) && /\b(?:any|all|other)\b/i.test(match[0])) return { start: match.index, end: match.index + match[0].length + stop.index };
  if (stop?.[0] === ',') {
    // A full stop inside a web address ("https://www.example.com/research") does not end the examples.
    const examples = /^,\s+(?:including|such as)\b(?:[^;.]|\.(?=\w))*?(?=,\s+provided\b|;|\.(?!\w)|$)/i.exec(rest.slice(stop.index));
    if (!examples) return undefined;
    const end = match.index + match[0].length + stop.index + examples[0].length;
    return { start: match.index, end: lettered(examples[0]) ? letteredExamplesEnd(context.sentence, end) : end };
  }
  return { start: match.index, end: match.index + match[0].length + (stop ? stop.index : rest.length) };
}

/** Where a proviso goes: before the sentence's final full stop or semicolon. */
export function sentenceClose(sentence: string): number {
  const match = /[.;:]["'\u201d\u2019)]*\s*$/.exec(sentence);
  return match ? match.index : sentence.trimEnd().length;
}

const PURPOSE_LIST = /\bfor\s+the\s+purposes?\s+of\s+/i;
/** Serving the customer: the purposes a licence must keep. */
const SERVING = /^(?:(?:and|or)\s+)?(?:provid|operat|deliver|support|maintain|host|perform|secur)ing\b/i;
const VENDOR_ENDS = /\b(?:improv|develop|train|enhanc|fine-tun|evaluat|research|commerciali[sz]|market|advertis|analy[sz])/i;

/** Where "for the purposes of" opens, unless "solely" or "only" already limits it. */
export function unlimitedPurposeList(sentence: string): number | undefined {
  const head = PURPOSE_LIST.exec(sentence);
  return head && !/\b(?:solely|only|exclusively)\s+$/i.test(sentence.slice(0, head.index)) ? head.index : undefined;
}

/** Where the gerund list after "for the purposes of" begins. */
export function purposeListStart(sentence: string): number | undefined {
  const head = PURPOSE_LIST.exec(sentence);
  return head ? head.index + head[0].length : undefined;
}

/**
 * "for the purposes of quality assurance and the ongoing development of the Detection Models": nouns joined by "and",
 * the first the customer's and a later one the vendor's own. From the "and" before the first of the vendor's to the
 * end of the phrase.
 */
export function vendorPurposeNouns(sentence: string): Found | undefined {
  const head = PURPOSE_LIST.exec(sentence);
  if (!head) return adjectivalPurposes(sentence);
  const start = head.index + head[0].length;
  const close = /[,;.:]/.exec(sentence.slice(start));
  const end = close ? start + close.index : sentence.length;
  const phrase = sentence.slice(start, end);
  // Each match starts where a run of spaces starts, never inside it (linear on long runs of spaces).
  const joins = [...phrase.matchAll(/(?<!\s)\s+and\s+/g)];
  const first = joins[0];
  if (!first || VENDOR_ENDS.test(phrase.slice(0, first.index)) || /ing\b/.test(phrase.slice(0, first.index).split(/\s+/)[0] ?? '')) return undefined;
  const own = joins.find((join) => VENDOR_ENDS.test(phrase.slice((join.index ?? 0) + join[0].length).split(/(?<!\s)\s+and\s+/)[0] ?? ''));
  return own ? { start: start + (own.index ?? 0), end } : undefined;
}

/** "for quality assurance and model development purposes": purposes named as nouns before "purposes". */
const ADJECTIVAL_PURPOSES = /\bfor\s+((?:[a-z][\w-]{0,30}\s){0,3}[a-z][\w-]{0,30})(\s+and\s+(?:[a-z][\w-]{0,30}\s){0,3}[a-z][\w-]{0,30})\s+purposes\b/;

/** The same, said before "purposes": from the "and" to the vendor's own purpose, where the first is the customer's. */
function adjectivalPurposes(sentence: string): Found | undefined {
  const found = ADJECTIVAL_PURPOSES.exec(sentence);
  if (!found?.[1] || !found[2] || VENDOR_ENDS.test(found[1]) || !VENDOR_ENDS.test(found[2])) return undefined;
  const start = found.index + found[0].indexOf(found[2], 4 + found[1].length);
  return { start, end: start + found[2].length };
}

/**
 * "for the purposes of providing the Services, improving its products and training models": the purposes after
 * the serving ones, from the end of the last serving one to the end of the list (a gerund list, which ends where an
 * item stops being a gerund, as in ", and to sublicense …"). Only when the serving purposes come first.
 */
/** ", 3.7": a comma that goes on to a clause number. */
const NUMBER_AFTER_COMMA = /^,\s?\d/;
export function vendorPurposes(sentence: string): Found | undefined {
  const head = PURPOSE_LIST.exec(sentence);
  if (!head) return undefined;
  let at = head.index + head[0].length;
  let servingEnd = -1;
  let listEnd = -1;
  let first = true;
  for (;;) {
    // "exercising its rights under clauses 3.5, 3.7 and 4.4": a comma before a clause number is inside the item.
    let comma = sentence.indexOf(',', at);
    while (comma >= 0 && NUMBER_AFTER_COMMA.test(sentence.slice(comma, comma + 4))) comma = sentence.indexOf(',', comma + 1);
    const stop = comma < 0 ? sentenceClose(sentence) : comma;
    const item = sentence.slice(at, stop).trim();
    const gerund = /^(?:(?:and|or)\s+)?[a-z-]+ing\b/i.test(item);
    if (!gerund) break;
    // "securing and improving the Services": the last item joins a serving verb to the vendor's own with "and".
    const joined = SERVING.test(item) && VENDOR_ENDS.test(item) ? /^((?:(?:and|or)\s+)?[a-z-]+ing)\s+(?:and|or)\s+[a-z-]+ing\b/i.exec(item) : null;
    if (SERVING.test(item) && !VENDOR_ENDS.test(item)) {
      if (servingEnd !== listEnd) return undefined; // a serving purpose after a vendor one: not a simple tail
      servingEnd = stop;
    } else if (joined?.[1] && !VENDOR_ENDS.test(joined[1]) && servingEnd === listEnd) {
      servingEnd = sentence.indexOf(joined[1], at) + joined[1].length;
    } else if (first) return undefined;
    listEnd = stop;
    first = false;
    if (comma < 0) break;
    at = comma + 1;
  }
  return servingEnd > 0 && listEnd > servingEnd ? { start: servingEnd, end: listEnd } : undefined;
}

/**
 * "operating, providing, promoting and improving the Services": the serving gerunds share the object that only the
 * last verb carries. Cutting the vendor's part must carry the object back: "operating and providing the Services".
 * `start` is where the gerund list begins, `own` the vendor's part `vendorPurposes` found.
 */
const AS_OTHERWISE = /\s(?:and|or)\s+as\s+otherwise\s+(?:described|permitted|provided|set\s+out|contemplated)\s+(?:in|by|under)\s+(?:this|the)\s+[A-Z][\w-]{0,30}$/;

export function keepSharedObject(sentence: string, start: number, own: Found): { readonly start: number; readonly end: number; readonly text: string } | undefined {
  const serving = sentence.slice(start, own.start);
  // Only when every serving item is a bare gerund: "providing the Services, improving it" needs nothing carried.
  const items = serving.split(/,\s+/).map((item) => item.trim());
  if (!items.every((item) => /^(?:(?:and|or)\s+)?[a-z-]+ing$/i.test(item))) return undefined;
  const object = /^,?\s*(?:(?:and|or)\s+)?(?:[a-z-]+ing(?:,\s+|\s+(?:and|or)\s+))*[a-z-]+ing\s+(.+?)(?=\s+(?:and|or)\s+[a-z-]+ing\b|,|$)/i.exec(sentence.slice(own.start, own.end));
  if (!object?.[1]) return undefined;
  const verbs = items.map((item) => item.replace(/^(?:and|or)\s+/i, ''));
  const list = verbs.length > 1 ? `${verbs.slice(0, -1).join(', ')} and ${verbs[verbs.length - 1]}` : (verbs[0] ?? '');
  // "… the Services and as otherwise described in this Agreement": with the purposes kept to serving, a tail that
  // reopens them to whatever the contract describes goes too (audit169, 387 § 4.2).
  return { start, end: own.end, text: `${list} ${object[1].replace(AS_OTHERWISE, '')}` };
}

/** "… and for the other purposes described in the AI Data Use Policy": purposes the licence takes from a document. */
// Starts where a run of white space starts, never inside one (see above), so matching stays linear.
const PURPOSES_BY_REFERENCE =
  /(?<!\s)\s+(?:and|or)\s+(?:\([a-z]\)\s+)?(?:for|to)\s+(?:(?:the|such|any)\s+)?(?:other\s+|additional\s+|further\s+)?purposes?\s+(?:described|set\s+out|set\s+forth|listed|specified|identified|stated)\s+in\b/i;
/** The serving purpose right before those purposes: "to provide the Services" (not the licence's "to host, copy"). */
// "to operate, provide and improve the Service": a verb list that opens by serving is read as one purpose.
const SERVES_FIRST = /\bto\s+(?:the\s+extent\s+necessary\s+to\s+)?(?:provide|operate|deliver|perform|support|run)(?:,\s[a-z]+){0,4}\s[^,;]{0,120}$/i;

/**
 * "a licence to host and display Customer Content to provide the Services and for the other purposes described in the
 * AI Data Use Policy, which include …, and we may update it …": the purposes taken from another document go, from
 * "and for" to the sentence's close (what follows only describes or changes that document), and the service stays.
 * `serving` is where the serving purpose ("to provide the Services") starts, which the position's wording may replace.
 */
export function purposesByReference(sentence: string): (Found & { readonly serving: number; readonly listComma?: number; readonly enumerator?: Found }) | undefined {
  const match = PURPOSES_BY_REFERENCE.exec(sentence);
  if (!match) return undefined;
  const close = sentenceClose(sentence);
  const before = sentence.slice(0, match.index);
  const serving = SERVES_FIRST.exec(before);
  // "… (a) to provide the Platform to Customer and (b) for the other purposes described in …": with (b) gone, the
  // "(a) " before the serving purpose goes too (audit173, 395 § 5.2 read "(a) to provide … and (b) solely to provide").
  const lettered = /\(a\)\s+$/.exec(serving ? before.slice(0, serving.index) : '');
  const enumerator = serving && lettered && /\(b\)/.test(match[0]) ? { start: lettered.index, end: serving.index } : undefined;
  if (serving) return close > match.index ? { start: match.index, end: close, serving: serving.index, ...(enumerator ? { enumerator } : {}) } : undefined;
  // "… as necessary to provide the Platform to Client, to prevent or address technical problems, and for the other
  // purposes described in this Section 3": a list of the service's own purposes keeps them all; the list's last
  // comma becomes "and" and the purposes from elsewhere go from the comma before them.
  if (!before.endsWith(',')) return undefined;
  const list = before.slice(0, -1);
  const listComma = list.lastIndexOf(', to ');
  const served = listComma >= 0 ? SERVES_FIRST.exec(list.slice(Math.max(0, listComma - 160), listComma)) : null;
  return served && close > match.index ? { start: match.index - 1, end: close, serving: -1, listComma } : undefined;
}

/**
 * "… as reasonably necessary to provide the Services and otherwise to exercise Voxharbor's rights and perform its
 * obligations", "for the purposes of performing the Services and exercising its rights under this Agreement": beside the
 * serving purpose, the vendor's own rights are a purpose without limit. The words go with their "and"; serving the
 * customer and meeting the vendor's obligations stay.
 */
const OWN_RIGHTS_PURPOSE =
  /(?<!\s)\s+and\s+(?:otherwise\s+)?(?:to\s+)?exercis(?:e|ing)\s+(?:its|their|(?:the\s+)?[A-Z][\w’'-]*(?:’s|'s|’|'))\s+(?:own\s+)?rights(?:\s+under\s+this\s+[A-Z][a-z]+)?(?=\s+and\b|\s*[,.;])/;
export function ownRightsPurpose(sentence: string): (Found & { readonly listComma?: number }) | undefined {
  const found = OWN_RIGHTS_PURPOSE.exec(sentence);
  if (!found) return undefined;
  // "to provide the Services, to perform its obligations and to exercise its rights under this Agreement": the list's
  // last comma becomes its "and", and "under this Agreement", which the obligations shared, stays with them (audit89,
  // 237 § 3.1 read "to provide the Services, to perform its obligations, and …").
  const before = sentence.slice(0, found.index);
  const comma = before.lastIndexOf(', to ');
  const item = comma < 0 ? '' : before.slice(comma + 2);
  const listComma = comma >= 0 && item.length <= LIST_ITEM && !/[,;]/.test(item) ? comma : undefined;
  const under = / under this [A-Z][a-z]+$/.exec(found[0]);
  const end = found.index + found[0].length - (listComma !== undefined && under && !item.includes(' under ') ? under[0].length : 0);
  return { start: found.index, end, ...(listComma === undefined ? {} : { listComma }) };
}
/** Characters in one item of a list of purposes ("to perform its obligations"). */
const LIST_ITEM = 80;
