// Narrows the purposes of a licence written as infinitives ("… Client Files to provide, maintain and improve the
// Platform, to develop new features, and as Client instructs"): the vendor's own ends go, the serving ones and the
// customer's instructions stay. Pure: must not import Office, React, the DOM or Node.
import { escapeRegExp } from './context';
import type { Splice } from './splice';
import { closeOpenModelPurposes, JOINED_BY_AND } from '../../purposeList';

/** Verbs that serve the customer: a licence keeps them. */
const SERVING_VERB = /^(?:provide|operate|deliver|support|maintain|host|perform|secure|process|store|run|troubleshoot|fix|protect|personali[sz]e|tailor)$/i;
/** The vendor's own ends. */
const VENDOR_VERB = /^(?:improve|develop|train|enhance|fine-tune|refine|tune|calibrate|recalibrate|evaluate|measure|research|commercialise|commercialize|market|advertise|analyse|analyze|create|build|benchmark|exploit)$/i;

interface Group {
  /** Where the group's separator (", ", ", and ") starts; equal to `start` for the first group. */
  readonly cut: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The next items of an object list: a short lower-case noun phrase and its "and"/"or", not a clause's opening word. */
// "…, the Provider Models and the Insights Platform": a defined term after "the" is an item too.
const OBJECT_LIST_GOES_ON =
  /^(?!(?:as|where|if|when|unless|provided|subject|in|for|with|by|under|so|which|that|including|such|except|save|and|or|to|only|solely)\b)(?:(?:the|its|our|their)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}|(?:the\s+|its\s+|our\s+|their\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,4})\s+(?:and|or)\s+(?!to\s)/;

/** Where the purposes stop: a proviso, a semicolon or the sentence's end. */
function purposesEnd(sentence: string, from: number): number {
  const stop = /;|,\s+(?:provided|subject to|save|except)\b|\.\s*$/i.exec(sentence.slice(from));
  return stop ? from + stop.index : sentence.length;
}

/**
 * What may stand between the data's name and its purposes: a second object ("and system telemetry") and an aside
 * set off by commas (", in aggregated form that does not identify the Bank,"). Anchored at the data's name, so tried once.
 */
// "… Claims Data and Usage Data to operate …": the second object may be a defined term; its words stop at the "to".
const BETWEEN_OBJECT_AND_PURPOSES = /^(?:\s+(?:and|or)\s+(?!to\s)[A-Za-z][\w'-]*(?:\s(?!to\s)[A-Za-z][\w'-]*){0,3})?(?:,\s[^,;.]{1,160}?,)?/;

/** The " to …" groups after `from`, each from its "to" to the comma before the next group. */
function groupsAfter(sentence: string, from: number, skipAside = false): { groups: Group[]; end: number } | undefined {
  if (skipAside) from += BETWEEN_OBJECT_AND_PURPOSES.exec(sentence.slice(from))?.[0].length ?? 0;
  // "… Customer Data as reasonably necessary to provide …", "… solely to the extent required to operate …".
  const first = /^\s+(?:(?:solely|only|strictly)\s+)?(?:(?:as|to the extent)\s+(?:reasonably\s+|strictly\s+)?(?:necessary|required|needed)\s+)?(?:in order\s+)?to\s+(?=[a-z])/.exec(
    sentence.slice(from),
  );
  if (!first) return undefined;
  const end = purposesEnd(sentence, from);
  const groups: Group[] = [];
  let start = from + first[0].lastIndexOf('to');
  let cut = start;
  // Each alternative starts at a comma or where a run of white space starts, never inside a run (see grammar.ts).
  // "… the Services and, as further set out in this Section 3, to operate …": the aside after "and" is the separator's.
  const separator = /,\s+(?:and\s+|or\s+)?(?=\S)|(?<!\s)\s+(?:and|or)\s+(?=to\s)|(?<!\s)\s+(?:and|or),\s[^,;]{1,80}?,\s+(?=to\s)/g;
  separator.lastIndex = start;
  for (;;) {
    const next = separator.exec(sentence);
    const at = next && next.index < end ? next.index : end;
    const after = next && next.index < end ? next.index + next[0].length : end;
    // A comma inside a verb list ("to provide, maintain and improve") does not end the group; one before "to" does.
    if (at < end && !/^to\s/.test(sentence.slice(after)) && /^[a-z-]+(?:,|\s+(?:and|or)\s)/.test(sentence.slice(after))) continue;
    // "to refine the Supplier's classification algorithms, relevance-ranking models and related features": a bare
    // comma before the next items of the verb's object list does not end the group either.
    if (at < end && next && /^,\s+$/.test(next[0]) && OBJECT_LIST_GOES_ON.test(sentence.slice(after))) continue;
    groups.push({ cut, start, end: at, text: sentence.slice(start, at) });
    if (at >= end || !/^to\s/.test(sentence.slice(after))) return { groups, end: at };
    cut = at;
    start = after;
  }
}

/** Other verbs a purpose list may hold beside the serving and the vendor's own ones. */
const OTHER_VERB = /^(?:use|copy|display|transmit|test|monitor|enforce|comply|prevent|detect|investigate|bill|respond|communicate)$/i;
const isVerb = (word: string) => SERVING_VERB.test(word) || VENDOR_VERB.test(word) || OTHER_VERB.test(word) || MAKING_VERB.test(word);

/** "to provide, maintain and improve the Platform" → its verbs, and the object after them. */
function verbsOf(group: string): { verbs: string[]; object: string } | undefined {
  let rest = group.replace(/^to\s+/, '');
  const verbs: string[] = [];
  for (;;) {
    const word = /^([a-z-]+)/i.exec(rest)?.[1];
    if (!word || !isVerb(word)) return verbs.length > 0 ? { verbs, object: rest.trim() } : undefined;
    verbs.push(word);
    rest = rest.slice(word.length);
    const joint = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)([a-z-]+)/i.exec(rest);
    // The next word after a comma or "and" is another verb of the list only when it is a verb; otherwise the object starts.
    if (!joint?.[1] || !isVerb(joint[1])) return { verbs, object: rest.trim() };
    rest = rest.slice(joint[0].length - joint[1].length);
  }
}

const listed = (verbs: readonly string[]) => (verbs.length <= 1 ? verbs.join('') : `${verbs.slice(0, -1).join(', ')} and ${verbs[verbs.length - 1]}`);

/**
 * Splices that take the vendor's own purposes out of the infinitive purposes after the data term, or undefined when
 * there are none, or when nothing serving the customer would be left.
 */
export function infinitivePurposeSplices(sentence: string, dataTerm: string, parties: Parties = {}): Splice[] | undefined {
  // "… for as long as it keeps Candidate Data under Section 9.3, to host … Candidate Data to provide …, and to develop
  // …": the purposes follow the licensed object, which need not be the term's first mention.
  for (let at = sentence.indexOf(dataTerm); at >= 0; at = sentence.indexOf(dataTerm, at + dataTerm.length)) {
    const splices = purposeSplicesAfter(sentence, at + dataTerm.length, parties);
    if (splices) return splices;
  }
  return soThatPurposeSplices(sentence);
}

/** The contract's names for what the vendor provides and for the customer, when the caller knows them. */
export interface Parties {
  readonly services?: string;
  readonly customer?: string;
  /** The purposes kept are made the only ones ("solely to monitor …"), where a ban gives way to the narrowing. */
  readonly closeKept?: boolean;
}

/** Verbs that make something: the vendor's own end unless what is made is for the customer ("reports for the Bank"). */
const MAKING_VERB = /^(?:produce|publish|sell|license|licence|distribute)$/i;

/**
 * "to monitor the performance of the Services": a purpose of a neutral verb whose object is the service serves the
 * customer; "to produce industry reports" is the vendor's own unless its object names the customer.
 */
function readGroup(read: { verbs: string[]; object: string }, parties: Parties): 'serving' | 'vendor' | 'neutral' {
  const names = (name: string | undefined) => name !== undefined && name !== '' && new RegExp(`\\b${escapeRegExp(name)}s?\\b`, 'i').test(read.object);
  if (read.verbs.every((v) => MAKING_VERB.test(v))) return names(parties.customer) ? 'neutral' : 'vendor';
  if (read.verbs.every((v) => OTHER_VERB.test(v)) && names(parties.services)) return 'serving';
  return 'neutral';
}

/** "… so that we can ", "so that Provider may ": purposes the party names as what it can then do. */
const SO_THAT = /\bso\s+that\s+(?:we|it|they|[A-Z][\w-]*)\s+(?:can|may|could|will)\s+(?=[a-z])/;

/**
 * "… process and analyze your Farm Data so that we can provide the services to you, develop and refine our yield
 * models, and create Aggregated Data": the same narrowing for purposes written as bare verbs after "so that we can".
 */
function soThatPurposeSplices(sentence: string): Splice[] | undefined {
  const lead = SO_THAT.exec(sentence);
  if (!lead) return undefined;
  const from = lead.index + lead[0].length;
  const end = purposesEnd(sentence, from);
  const groups: Group[] = [];
  const separator = /,\s+(?:and\s+|or\s+)?/g;
  separator.lastIndex = from;
  let cut = from;
  let start = from;
  for (let next = separator.exec(sentence); ; next = separator.exec(sentence)) {
    const at = next && next.index < end ? next.index : end;
    groups.push({ cut, start, end: at, text: sentence.slice(start, at) });
    if (at >= end || !next) break;
    cut = at;
    start = next.index + next[0].length;
  }
  const struck = new Set<Group>();
  let serving = 0;
  for (const group of groups) {
    const read = verbsOf(group.text);
    if (!read) return undefined;
    if (read.verbs.every((v) => VENDOR_VERB.test(v))) struck.add(group);
    else if (read.verbs.some((v) => SERVING_VERB.test(v))) serving++;
  }
  return serving > 0 && struck.size > 0 ? closeGaps(sentence, groups, struck) : undefined;
}

function purposeSplicesAfter(sentence: string, from: number, parties: Parties): Splice[] | undefined {
  const found = groupsAfter(sentence, from, true);
  if (!found) return undefined;
  const partial: Splice[] = [];
  const struck = new Set<Group>();
  let serving = 0;
  for (const group of found.groups) {
    const read = verbsOf(group.text);
    // "to compile Benchmark Norms": a purpose whose verb the lists do not know is neither struck nor counted.
    if (!read) {
      if (/^to\s+[a-z][a-z-]*\s/.test(group.text)) continue;
      return undefined;
    }
    const kind = readGroup(read, parties);
    if (kind === 'serving') serving++;
    if (kind === 'vendor') struck.add(group);
    if (kind !== 'neutral') continue;
    const kept = read.verbs.filter((v) => !VENDOR_VERB.test(v));
    if (kept.some((v) => SERVING_VERB.test(v))) serving++;
    if (kept.length === read.verbs.length) continue;
    // "to operate, maintain, develop and refine the Services, the Routing Models and the Lane Index": a purpose that
    // develops models goes whole; "to operate and maintain … the Lane Index" left would still run them on the data.
    if (kept.length === 0 || MODEL_DEVELOPMENT.test(group.text)) struck.add(group);
    else {
      partial.push({ start: group.start, end: group.end, text: `to ${listed(kept)}${read.object ? ` ${servedObject(read.object, parties)}` : ''}` });
      // "to operate, …, improve and develop its products and services, including to design new modules and offerings for
      // Ordinate's other customers": the example of the struck verbs goes with them (audit173, 395 § 5.4).
      const example = TRAILING_EXAMPLE.exec(sentence.slice(group.end));
      if (example && illustratesVendorEnds(example[0])) partial.push({ start: group.end, end: group.end + example[0].length, text: '' });
    }
  }
  const splices = [...partial, ...closeGaps(sentence, found.groups, struck)];
  if (serving === 0 || splices.length === 0) return undefined;
  // "…, to monitor the performance of the Services" left open could be read as one example of many; "solely" closes it.
  const first = found.groups[0];
  if (parties.closeKept && first && !/\b(?:solely|only|strictly|exclusively)\s+$/i.test(sentence.slice(0, first.start))) {
    splices.push({ start: first.start, end: first.start, text: 'solely ' });
  }
  return splices.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** An example that develops things or serves others: "including to design new modules … for Ordinate's other customers". */
function illustratesVendorEnds(example: string): boolean {
  const words = example.toLowerCase().match(/[a-z-]+/g) ?? [];
  return words.some((w) => VENDOR_VERB.test(w) || w === 'design') || /\bother\s+(?:customers|clients|users)\b/i.test(example) || NEW_OFFERING.test(example);
}
/**
 * "…, including new features": what development makes, named as a thing; once "improve and develop" are struck the
 * example read as licensing the development still (audit215, 474 § 7(c)).
 */
const NEW_OFFERING = /\b(?:new|additional|future)\s+(?:[a-z-]+\s+)?(?:features?|products?|modules?|services|offerings?|functionality|tools?|capabilities)\b/i;

/**
 * "its products and services" once the purposes are narrowed to running them: the vendor's whole business, which the
 * customer's data serves only as the service it buys ("the Platform").
 */
const OWN_BUSINESS = /^(?:its|our|their)\s+(?:own\s+)?products\s+and\s+services$/i;
const servedObject = (object: string, parties: Parties): string =>
  OWN_BUSINESS.test(object) && parties.services ? `the ${parties.services}` : object;

/** A purpose that develops models: "to train, test and benchmark our models", "to develop and refine the algorithms …". */
const MODEL_DEVELOPMENT =
  /^to\s+(?:(?:re-?)?train|fine-?tune)\b|^to\s+(?:[a-z-]+(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*(?:develop|refine|improve|enhance|build|test|benchmark|evaluate|calibrate|tune)\b[^;]{0,120}?\b(?:models?|algorithms?|machine[- ]learning|artificial\s+intelligence|AI)\b/i;

/** "for any lawful purpose" right before the examples ("…, including"). */
const ANY_PURPOSE = /\bfor\s+any\s+(?:[a-z]+\s+)?purposes?$/;

/**
 * Splices that take the model-development purposes out of a derived-data grant, leaving its other purposes: "for any
 * purpose, including to train, test and benchmark our models and to publish research" keeps "to publish research".
 * Purposes are read after "including" and after each mention of `anchors` (the data's names). Undefined when there are
 * none, or when no purpose would be left after the data's name (the grant would lose its point, not a limb).
 */
export function modelPurposeSplices(sentence: string, anchors: readonly string[]): Splice[] | undefined {
  for (const including of sentence.matchAll(/(?:,|(?<![\s,]))\s+including(?=\s+to\s)/g)) {
    const found = groupsAfter(sentence, including.index + including[0].length);
    if (!found) continue;
    const struck = found.groups.filter((group) => MODEL_DEVELOPMENT.test(group.text));
    if (struck.length === 0) continue;
    // Every example struck: the "including" goes with them.
    if (struck.length === found.groups.length) return [{ start: including.index, end: found.end, text: '' }];
    const splices = closeGaps(sentence, found.groups, new Set(struck));
    // "for any purpose, including to publish research" once the model examples are gone: the examples left become
    // the purposes ("to publish research"), or "any purpose" would still reach the models the proviso rules out.
    const anyPurpose = ANY_PURPOSE.exec(sentence.slice(0, including.index));
    const first = found.groups[0];
    if (!anyPurpose || !first) return splices;
    const lead = splices[0]?.start === first.start ? splices.shift() : undefined;
    // "during and after the Term and for any purpose, including …": the "and" would join the time limit to "to
    // compile"; the purposes left are the only ones, "solely" (audit71, 207 § 4.3).
    const joined = JOINED_BY_AND.exec(sentence.slice(0, anyPurpose.index));
    return [{ start: joined?.index ?? anyPurpose.index, end: lead?.end ?? first.start, text: joined ? ', solely ' : '' }, ...splices];
  }
  // "for any purpose, including industry benchmarking … and the training and validation of the Models": nouns, not
  // infinitives; the examples that develop no model become the purposes (lawyer audit of 93).
  const nominal = closeOpenModelPurposes(sentence);
  if (nominal) return nominal.map((op) => (op.kind === 'delete' ? { start: op.start, end: op.end, text: '' } : { start: op.at, end: op.at, text: op.text }));
  for (const anchor of anchors) {
    for (let at = sentence.indexOf(anchor); at >= 0; at = sentence.indexOf(anchor, at + anchor.length)) {
      const found = groupsAfter(sentence, at + anchor.length);
      if (!found) continue;
      const struck = found.groups.filter((group) => MODEL_DEVELOPMENT.test(group.text));
      if (struck.length > 0 && struck.length < found.groups.length) return closeGaps(sentence, found.groups, new Set(struck));
    }
  }
  return undefined;
}

/** ", including by recalibrating …" after a purpose, up to the next purpose, a semicolon or the sentence's end. */
const TRAILING_EXAMPLE = /^,\s+including\s+(?:by\s+)?[^,;.]*(?=[;.]|$|,\s+(?:and\s+|or\s+)?to\s)/;

/** The struck groups as splices, with the separators mended: a struck first group takes the next one's separator, a struck last one leaves "and". */
function closeGaps(sentence: string, groups: readonly Group[], struck: ReadonlySet<Group>): Splice[] {
  // "to measure and improve the Services, including by recalibrating … across its user base": the example goes with
  // the purpose it illustrates.
  const withExample = (group: Group) => group.end + (TRAILING_EXAMPLE.exec(sentence.slice(group.end))?.[0].length ?? 0);
  const splices: Splice[] = groups.filter((group) => struck.has(group)).map((group) => ({ start: group.cut, end: withExample(group), text: '' }));
  const first = groups[0];
  const second = groups[1];
  if (first && second && struck.has(first)) splices[0] = { start: first.start, end: second.start, text: '' };
  const kept = groups.filter((group) => !struck.has(group));
  const lastKept = kept[kept.length - 1];
  const last = groups[groups.length - 1];
  if (last && struck.has(last) && kept.length >= 2 && lastKept && /^,\s+$/.test(sentence.slice(lastKept.cut, lastKept.start))) {
    splices.push({ start: lastKept.cut, end: lastKept.start, text: ' and ' });
  }
  return splices.sort((a, b) => a.start - b.start);
}
