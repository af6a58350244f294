// Strikes that take out only the words carrying a risk: a sentence (the half after ", but" is in contrastStrike.ts), an
// "including …" example, and the run-in heading a struck clause leaves behind. Pure: engine types and helpers only.
import { applyOps } from '../engine/applyOps';
import type { Finding, RedlineOp } from '../engine/types';
import { numberingPrefixLength } from './redline/sentenceSpan';
import { closeOpenPurposes, inOrder, strikePurposes, strikeSecondPurpose } from './purposeList';
import { lastItemStruck, tailStruck } from './listTail';
import { continuingLimbStrike } from './survivalList';
import { strikeTrainedPlace } from './redline/surgical/keepingEdits';
import { RESERVED, RESERVED_ITEM } from './reviewComments';
import { keepServingVerbs } from './itemVerbs';
import { exampleAsException } from './exampleException';
import { OPEN_PURPOSE_BEFORE, restatesWholeClass } from './exampleScope';
import { servingPurposeStrike } from './servingPurpose';
import { splicesToOps } from './redline/surgical/splice';
import { takesWhatMustStand } from './mustStand';
import { throughAcknowledgedNeed, throughDescribingSentence } from './describingSentence';
import { strikeBanCondition } from './banCondition';
import { strikeSharedImprovement } from './sharedImprovement';
import { banList, SERVES, strikeContrast } from './contrastStrike';
import { OTHER_BUSINESS } from './contentFreeUsage';
import { joinedLimbStrike } from './joinedLimb';
import { rejoinPredicates } from './predicateRejoin';

/** The vendor's other business right before an example: " and the Supplier's other products and services". */
const OTHER_BUSINESS_BEFORE = new RegExp(`${OTHER_BUSINESS.source}$`);

/**
 * Deletes the finding's sentence and the space after it; undefined when that would empty the clause. A clause struck
 * whole takes everything in it with it (the service licence, the customer's own rights), which a lawyer rarely sends.
 */
export function strikeSentence(text: string, finding: Finding): RedlineOp[] | undefined {
  // "3.4 ", "B.7 ", "Section 2(b) " at the start: kept when the clause is struck, so the numbering does not move.
  const lead = text.length - text.trimStart().length;
  const number = text.slice(0, lead + numberingPrefixLength(text.slice(lead)));
  const from = throughAcknowledgedNeed(text, number.length, Math.max(finding.start, finding.start === 0 ? number.length : 0));
  let end = finding.end;
  while (end < text.length && /\s/.test(text[end] ?? '')) end++;
  // A paragraph without a number that is only the sentence and the one describing it goes whole: nothing is left to
  // point at, and no numbering moves.
  const described = throughDescribingSentence(text, end);
  if (described > end && number === '' && from === 0) return [{ kind: 'delete', start: 0, end: text.length, text }];
  end = described;
  if (from <= number.length && text.slice(end).trim() === '') return undefined;
  const start = end === text.length ? trimBack(text, from) : from;
  return [{ kind: 'delete', start, end, text: text.slice(start, end) }];
}

/** At the end of a paragraph, the space before the struck sentence goes with it. */
function trimBack(text: string, start: number): number {
  let at = start;
  while (at > 0 && /\s/.test(text[at - 1] ?? '')) at--;
  return at;
}

/**
 * ", into the Service": a comma before the complement of the verb the example interrupted (not ", to the extent");
 * ", shall belong to Supplier": a comma before the verb of the subject the example interrupted ("the Learned Models,
 * including …, shall belong" would keep "the Learned Models, shall belong").
 */
// ", cannot practically be separated": any auxiliary of the subject's verb (296 Policy summary D kept "Interaction
// Data, cannot").
const COMPLEMENT_AFTER_COMMA = /^,\s(?:into|onto|in|within)\s|^,\sto\s(?!the\s+extent\b)|^,\s(?:shall|will|may|must|can|cannot|could|would|should|does|do|has|have|is|are|remains?|belongs?|vests?)\s/;

/** ", including to train and improve our models": an example of a use, set off by a comma. */
// A full stop inside a clause number ("Section A.4") ends nothing.
// Nor does one inside a web address ("https://www.example.com/list", audit71, 206 § 8.3 was cut at "www.").
const EXAMPLE = /,\s+(?:including|such as|for example,?)\s+(?:[^,;.]|\.(?=[\w/]))+(?=[,;.]|$)/gi;
/** The rest of a list the example's comma cut into: ", diarisation and intent-detection models on which …". */
// ", dialects, background noise and menu items": the list may run through several commas before its "and" (audit101,
// 264 § 5.2 was left "…, dialects, background noise and menu items" after its example went).
// "including any improvements made using Service Data, Aggregated Data or Model Feedback": the items may be defined
// terms (audit155, 361 § 7.1 kept ", Aggregated Data or Model Feedback" as things the vendor owns) — never a party
// that opens a clause of its own ("…, Customer may terminate").
// Nor the sentence's own verb after the example: "…, including any improvement …, are and shall remain the property of
// Supplier" (454 Sch 4 § 4.1 lost its verb with the example).
const LIST_WORD = String.raw`,\s(?!(?:and|or|but|provided|subject|unless|except|save|which|who|whether|where|if|in|to|for|with|without|including|such|as|each|any|all|the|a|an|is|are|was|were|shall|will|may|must|can|remains?|belongs?|vests?|has|have)\b)(?![A-Z][\w-]*(?:\s[A-Z][\w-]*)?\s+(?:may|shall|will|must|can|agrees?|acknowledges?)\b)(?!(?:The|This|These|Any|All|Each|No|If|Where|Unless)\b)[a-zA-Z][\w-]*(?:\s[\w-]+){0,3}`;
// Not a clause of its own after the "and": in "…, including those trained with Your Content, belong exclusively to us,
// and you will have no rights in them" the words after the example are the sentence's verb and a second clause, which
// struck with the example left "All models … we develop." (audit131, 324 § 14.8).
const NEW_CLAUSE = String.raw`(?!(?:you|we|they|it|he|she|(?:the\s+)?[A-Z][\w-]*)\s+(?:will|shall|may|must|can|cannot|agrees?|acknowledges?)\b)`;
// A full stop inside a web address ends nothing here either ("… listed at https://www.example.com/list", audit221).
const EXAMPLE_LIST_TAIL = new RegExp(String.raw`^(?:${LIST_WORD}(?=,)){0,6}${LIST_WORD},?\s(?:and|or)\s${NEW_CLAUSE}(?:[^,;.]|\.(?=[a-z/]))+(?=[,;.]|$)`);
/** After "including to operate, …" the words after the commas are verbs of the sentence's own purposes: one item only. */
const INFINITIVE_LIST_TAIL = new RegExp(String.raw`^${LIST_WORD}\s(?:and|or)\s[^,;.]+(?=[,;.]|$)`);
/** ", and build new features": the last item of an infinitive list, its "to" understood (a bare verb, never a subject). */
const BARE_LAST_ITEM = /^,\s+(?:and|or)\s+(?!(?:to|the|a|an|its|their|any|all|such|each|it|they|we|you)\b)[a-z][\w-]*\s[^,;.]+(?=[,;.]|$)/;
/** ", and demonstrating …": a further item of a list after its "and" (a gerund or bare noun, never a clause's subject). */
const LIST_GOES_ON = /^,\s+(?:and|or)\s+[a-z][\w-]*ing\b/;
/** The example's lead-in (", including "), kept when other examples follow. */
const LEAD_WORD = /^,\s+(?:including|such as|for example,?)\s+/i;
/** ", whether or not resulting from …": a qualifier of the example just before it. */
// ", as updated from time to time" after an example that names a web page is the page's, and goes with it.
const EXAMPLE_QUALIFIER = /^,\s+(?:whether\s+or\s+not\s+[^,;.]+|as\s+(?:updated|amended|modified|revised|changed)\s+from\s+time\s+to\s+time)(?=[;.]|$)/i;
/** The separator before a further infinitive example: ", to prepare …", ", and to publish …". */
const MORE_EXAMPLES = /^,\s+(?:and\s+|or\s+)?(?=to\s)/;
/** An example named by a gerund: "including training and benchmarking Shared Models". */
const GERUND_EXAMPLE = /^,\s+(?:including|such as|for example,?)\s+[a-z][\w-]*ing\s/i;
/** The separator before a further gerund example: ", publishing industry indices", ", and developing new products". */
// Not a noun list's next item: in "speech recognition, anti-spoofing and summarisation capabilities" the "-ing" word
// is a noun, hyphenated or followed by the list's "and" (287 § B3.2).
const MORE_GERUNDS = /^,\s+(?:and\s+|or\s+)?(?=[a-z]+ing\s+(?!(?:and|or)\b)[a-z])/;

/**
 * "we may use it for any purpose, including to train and improve our models, without obligation": only the example
 * that names the risky use is struck when that alone takes the risk away.
 */
export function strikeExample(text: string, finding: Finding, stillRisky: (text: string) => boolean): RedlineOp[] | undefined {
  // "… to its service providers, including the providers of … language model services listed at …": the example names
  // who receives the data; struck, the providers still receive it as "service providers", now unnamed (audit221, 485 § 7.5).
  if (finding.category === 'third-party-ai') return undefined;
  const sentence = text.slice(finding.start, finding.end);
  for (const example of sentence.matchAll(EXAMPLE)) {
    if (example.index === undefined) continue;
    const matchEnd = finding.start + example.index + example[0].length;
    // "including by retraining the speech recognition, diarisation and intent-detection models on which …": the comma
    // was inside the example's own list, which runs on to its "and" (audit71, 207 § 3.3 kept "diarisation and …").
    const tail = /^,\s+(?:including|such as|for example,?)\s+to\s/i.test(example[0]) ? INFINITIVE_LIST_TAIL : EXAMPLE_LIST_TAIL;
    // "including fine-tuning its models, preparing reports, and developing products": after a gerund example, the
    // next gerund is another example, not more of this one's list.
    const nextGerund = GERUND_EXAMPLE.test(example[0]) && MORE_GERUNDS.test(text.slice(matchEnd));
    const tailEnd = matchEnd + (nextGerund ? 0 : (tail.exec(text.slice(matchEnd))?.[0].length ?? 0));
    // "including to diagnose problems, tune search and processing performance, and build new features": the list's
    // last item, its "to" understood, belongs to the example too; left behind it read "… services, and build new
    // features" (audit153, 359 § 5.2).
    const lastItem = tail === INFINITIVE_LIST_TAIL ? BARE_LAST_ITEM.exec(text.slice(tailEnd)) : null;
    const exampleEnd = tailEnd + (lastItem?.[0].length ?? 0);
    // "including to fine-tune our models, to prepare reports and to publish studies": other examples follow, so only
    // this one goes and the list keeps its "including" ("including to prepare reports and to publish studies").
    // Only examples of the same form: after "including by tuning …", ", and to develop new features" is a purpose of
    // the sentence's own, not another example (264 § 5.2). "including training Shared Models, publishing indices, and
    // developing new products": so with gerunds, which struck alone left "for any purpose, publishing …" (308 § 3.4).
    const more = /^,\s+(?:including|such as|for example,?)\s+to\s/i.test(example[0])
      ? MORE_EXAMPLES.exec(text.slice(exampleEnd))
      : GERUND_EXAMPLE.test(example[0])
        ? MORE_GERUNDS.exec(text.slice(exampleEnd))
        : null;
    // "including research, developing and training new Models, and demonstrating …": the list runs on past its "and",
    // and struck there it would leave "for any lawful purpose, and demonstrating …" (audit104, 271 § 6.1).
    if (!more && LIST_GOES_ON.test(text.slice(exampleEnd))) continue;
    // "in all improvements, modifications and derivative works of any of them, including improvements derived from
    // Customer's use": the example names again what "all improvements" already takes in, so striking it changes
    // nothing (audit174, 397 § 8.1 called it a no-op).
    if (restatesWholeClass(text.slice(Math.max(0, finding.start + example.index - 160), finding.start + example.index), example[0])) continue;
    const lead = more ? LEAD_WORD.exec(example[0]) : null;
    const start = finding.start + example.index + (lead ? lead[0].length : 0);
    // "incorporate that Feedback, including …, into the Service": the example sat between the verb's object and its
    // complement, so the comma that closed it goes too ("Feedback, into" would read as a slip).
    // "including every improvement made to them, whether or not resulting from the processing of Client Data": the
    // qualifier after the example is the example's, and left behind it would qualify the words before it.
    const qualifier = more ? null : EXAMPLE_QUALIFIER.exec(text.slice(exampleEnd));
    const end = more && lead ? exampleEnd + more[0].length : qualifier ? exampleEnd + qualifier[0].length : exampleEnd + (COMPLEMENT_AFTER_COMMA.test(text.slice(exampleEnd)) ? 1 : 0);
    // "for any purpose, including to improve the AI Features": struck, the example leaves "for any purpose", which still
    // covers it (audit124, 309 § 6.1 and 310 § 3.3: "the edit has no effect"). The example becomes the exception.
    const gerunds = more && GERUND_EXAMPLE.test(example[0]) ? { at: exampleEnd, separator: more[0] } : undefined;
    const exception = more && !gerunds ? undefined : exampleAsException(text, finding.start + example.index, example[0], gerunds);
    if (exception && !stillRisky(applyOps(text, exception))) return exception;
    // "improve the Solution and the Supplier's other products and services, including the development of Models made
    // available to its other clients": the other business the example illustrated still covers it, and goes with it
    // (audit166, 382 § 9.6: "removes an example, not the permission").
    // "using Service Data for any lawful purpose, including to improve and develop the Services, to benchmark …": with
    // other examples after it, the open purpose goes with the first, so those left are the purposes (audit174, 397 § 6.6
    // and 389 § 16.1: "including" only illustrates, so an example struck alone changed nothing).
    const open = more && lead ? OPEN_PURPOSE_BEFORE.exec(text.slice(0, finding.start + example.index)) : null;
    const business = more ? null : OTHER_BUSINESS_BEFORE.exec(text.slice(0, start));
    const from = open ? open.index : business ? business.index : start;
    const ops: RedlineOp[] = [{ kind: 'delete', start: from, end, text: text.slice(from, end) }];
    if (!stillRisky(applyOps(text, ops))) return ops;
  }
  return undefined;
}

/** A clause's run-in heading: a few capitalised words and a full stop ("Aggregated information."). */
const RUN_IN_HEADING = /^[A-Z][\w ,'’&/()-]{0,60}\.$/;
/** A verb or a party's pronoun makes the words a short sentence ("Your training data remains yours."), not a heading. */
export const SENTENCE_WORDS = /\b(?:is|are|was|were|remains?|stays?|will|shall|may|must|can|does|do|has|have|you|your|yours|we|our|us)\b/i;

/**
 * "(g) Aggregated information." left after the clause's only sentences were struck says nothing: the heading goes
 * too, and "[Reserved.]" keeps the number that the contract's cross-references rely on. A clause without a number
 * keeps its heading (there is no number to hold).
 */
export function orphanedHeading(original: string, current: string): RedlineOp[] | undefined {
  const prefix = numberingPrefixLength(current);
  const rest = current.slice(prefix).trimEnd();
  if (prefix === 0 || current.length >= original.length || !RUN_IN_HEADING.test(rest) || SENTENCE_WORDS.test(rest) || rest.split(/\s+/).length > 8) return undefined;
  const end = prefix + rest.length;
  return [
    { kind: 'delete', start: prefix, end, text: rest },
    { kind: 'insert', at: end, text: RESERVED },
  ];
}

/** "B.5 Notwithstanding Section B.4, …", "Despite anything to the contrary …", "In addition to clause 4.1, …" (audit62). */
export const OVERRIDES_A_CLAUSE = /^(?:[A-Z]?\.?\d+(?:\.\d+)*\.?\s+)?(?:Notwithstanding|Despite|In\s+addition\s+to)\s+(?:(?:Sections?|[Cc]lauses?|[Pp]aragraphs?|Articles?)\s+\(?[A-Z0-9]|anything\s+(?:to\s+the\s+contrary|in\s+(?:this|these|the)\b))/;
/**
 * "3.2 Without limiting clause 3.1, Developer may use the Licensed Content … to research, develop … its products and
 * services": a grant that only widens the licence another clause gives. Lawyer audits 204 and 207 (459 and 463 § 3.2)
 * struck it, leaving that clause's purpose to govern, rather than put a stock purpose clause beside it.
 */
export const EXTENDS_A_CLAUSE = /^(?:[A-Z]?\.?\d+(?:\.\d+)*\.?\s+)?(?:Without\s+(?:limiting|prejudice\s+to)|In\s+addition\s+to)\s+(?:the\s+(?:rights|licen[cs]es?)\s+(?:granted\s+)?(?:in|under)\s+)?(?:Sections?|[Cc]lauses?|[Pp]aragraphs?|Articles?)\s+\(?[A-Z0-9][^,]{0,20},\s+(?:the\s+)?[A-Z][\w-]*\s+may\b/;
/**
 * "Termination does not require Corvane to delete …, all of which Corvane may continue to use": a sentence whose main
 * clause lifts the vendor's duty to delete exists only to override the deletion the contract gives, like a
 * "Notwithstanding Section 13.3" (audit201, 452 § 13.4 was skipped beside that deletion).
 */
export const LIFTS_DELETION =
  /^(?:[A-Z]?\.?\d+(?:\.\d+)*\.?\s+)?(?:[\w'’-]+\s+){1,4}(?:(?:does|do|shall|will)\s+not\s+(?:require|oblige|obligate)\s+(?:the\s+)?[\w'’-]+|(?:is|are|shall\s+not\s+be|will\s+not\s+be)\s+(?:not\s+)?(?:required|obliged|obligated))\s+to\s+(?:delete|destroy|erase|purge|return)\b/;

/**
 * A numbered clause struck whole ("B.5 Notwithstanding Section B.4, Customer authorises …"): its words go and
 * "[Reserved.]" keeps the number that the contract's cross-references rely on. Undefined for a clause without a
 * number, whose paragraph would be left empty.
 */
export function reserveClause(text: string): RedlineOp[] | undefined {
  const lead = text.length - text.trimStart().length;
  const prefix = lead + numberingPrefixLength(text.slice(lead));
  const end = text.trimEnd().length;
  if (prefix === lead || end <= prefix) return undefined;
  return [
    { kind: 'delete', start: prefix, end, text: text.slice(prefix, end) },
    { kind: 'insert', at: end, text: RESERVED },
  ];
}

/** "(a) ", "(iv) ": the marker of an item in a list inside a sentence. */
// Not a cross-reference to one: "data used under clause (ii) is de-identified" names an item, it opens none (337 A.5).
const ITEM_MARKER = /(?<!\w)(?<!\b(?:[Cc]lause|[Ss]ection|[Pp]aragraph|[Ii]tem|[Ll]imb|[Ss]ub-?clause|[Ss]ubsection)s?\s)\((?:[a-z]|[ivx]{1,4})\)\s+/g;
/** What ends an item: the join before the next ("; and ", ", or ") is kept with the list, not struck with the item. */
export function withoutJoin(item: string): string {
  let end = item.trimEnd().length;
  const word = /(?:^|\s)(?:and|or)$/.exec(item.slice(Math.max(0, end - 4), end));
  if (word) end = item.slice(0, end - word[0].trimStart().length).trimEnd().length;
  while (end > 0 && /[;,]/.test(item[end - 1] ?? '')) end--;
  return item.slice(0, item.slice(0, end).trimEnd().length);
}
/**
 * The last item stops before a proviso, a clause of its own joined on (", and clause 7.1 shall continue to apply to any
 * information so retained": audit73, 210 § 7.3 lost it with "(b) Learnings") or the full stop.
 */
const LAST_ITEM_END = /,\s+provided\b|,\s+and\s+(?=(?:[^,;.]|\.(?=\d)){0,60}?\s(?:shall|will|must|may)\s)|[.;:]\s*$/;

/**
 * "may use Client Data to (a) support the Platform; (b) generate statistics; (c) develop its products, including its
 * machine learning features; and (d) comply with law": the item that alone carries the risk becomes "[Reserved]", so
 * the letters and any reference to them ("paragraphs (b) and (c)") hold, and the other purposes stay.
 */

export function strikeListItem(text: string, finding: Finding, stillRisky: (text: string) => boolean): RedlineOp[] | undefined {
  const sentence = text.slice(finding.start, finding.end);
  const markers = [...sentence.matchAll(ITEM_MARKER)];
  if (markers.length < 2) return undefined;
  if (banList(sentence)) return undefined;
  let lastAlone: RedlineOp[] | undefined;
  const verbEdits: RedlineOp[][] = [];
  const items = markers.flatMap((marker, i): RedlineOp[][] => {
    const from = (marker.index ?? 0) + marker[0].length;
    const next = markers[i + 1];
    let to = next?.index ?? sentence.length;
    if (!next) to = from + (LAST_ITEM_END.exec(sentence.slice(from))?.index ?? sentence.length - from);
    const item = withoutJoin(sentence.slice(from, to));
    if (item.trim() === '') return [];
    const start = finding.start + from;
    const serving = keepServingVerbs(item);
    if (serving !== undefined) verbEdits.push(splicesToOps(item, [{ start: 0, end: item.length, text: serving }], start));
    // The last item goes with its marker and the "and" before it, which moves to the new last item: nothing after it
    // needs its number held, and "(iii) [Reserved]." closing a list reads as a gap (lawyer audit of 94).
    const last = !next && i > 0 ? lastItemStruck(sentence, markers[i - 1] as RegExpMatchArray, marker, from + item.length, markers.length, finding.start, withoutJoin) : undefined;
    if (last) lastAlone = withProvisoOnItem(sentence, marker[0].trim(), from + item.length, finding.start, last);
    return [[{ kind: 'delete', start, end: start + item.length, text: item }, { kind: 'insert', at: start + item.length, text: RESERVED_ITEM }]];
  });
  // "a licence to use, reproduce and modify Claims Data for the purposes of (a) performing the Services; (b) generating
  // Derived Data; (c) making Improvements; and (d) monitoring …": a licence's list is also closed with "solely", so
  // what stays is all the licence is for (lawyer audit of 86: the list had been cut at its first item).
  const opener = LICENCE.test(sentence) && !/\b(?:solely|only|exclusively)\b/i.test(sentence) ? LIST_OPENER.exec(sentence.slice(0, markers[0]?.index ?? 0)) : null;
  const closing: RedlineOp[] = opener ? [{ kind: 'insert', at: finding.start + opener.index, text: 'solely ' }] : [];
  const clear = (unsorted: RedlineOp[]): RedlineOp[] | undefined => {
    const ops = inOrder(unsorted);
    const closed = inOrder([...closing, ...unsorted]);
    return !stillRisky(applyOps(text, ops)) ? ops : closing.length > 0 && !stillRisky(applyOps(text, closed)) ? closed : undefined;
  };
  // An item that mixes serving verbs with the vendor's own keeps the serving ones before anything is reserved whole.
  for (const ops of verbEdits) {
    const cleared = clear(ops);
    if (cleared) return cleared;
  }
  // Alone, the last item goes whole; with another, both are "[Reserved]" so the letters still read in order.
  for (const [i, ops] of items.entries()) {
    const cleared = clear(i === items.length - 1 && lastAlone ? lastAlone : ops);
    if (cleared) return cleared;
  }
  // "(i) to provide the Platform, (ii) to calculate Fees, (iii) to develop its algorithms, and (iv) to create new
  // products": two items may carry the risk between them; never more, or the list is the risk and not an item of it.
  if (items.length > 6) return undefined;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const cleared = clear([...(items[i] as RedlineOp[]), ...(items[j] as RedlineOp[])]);
      if (cleared) return cleared;
    }
  }
  // "… Customer Data (a) to provide the Platform, (b) to create Aggregated Data, and (c) to develop, train … the Forelane
  // Models": the items that carry the risk close the list, so they go whole and the licence keeps only its service
  // purpose, "solely" (audit46, 115 2.2: the clause on aggregated data had taken the licence's place).
  const solely = LICENCE.test(sentence) && !/\b(?:solely|only|exclusively)\b/i.test(sentence);
  const tail = tailStruck(sentence, markers, finding.start, solely, withoutJoin, LAST_ITEM_END);
  return tail && !stillRisky(applyOps(text, inOrder(tail))) ? inOrder(tail) : undefined;
}


/**
 * "…, and (ii) to train … models used across the Services, provided that data used under clause (ii) is de-identified":
 * the proviso on the struck item goes with it, or it would point at nothing (337 A.5).
 */
function withProvisoOnItem(sentence: string, label: string, itemEnd: number, offset: number, ops: RedlineOp[]): RedlineOp[] {
  const proviso = /^,\s+provided\s+(?:that\s+)?[^;.]*/i.exec(sentence.slice(itemEnd));
  if (!proviso || !proviso[0].includes(label)) return ops;
  const last = ops.find((op) => op.kind === 'delete' && op.end === offset + itemEnd);
  if (!last || last.kind !== 'delete') return ops;
  const end = itemEnd + proviso[0].length;
  return ops.map((op) => (op === last ? { ...op, end: offset + end, text: sentence.slice(op.start - offset, end) } : op));
}

const LICENCE = /\blicen[cs]e\b/i;
/** "for the purposes of " or "for the purpose of " just before the list's first letter. */
const LIST_OPENER = /\bfor\s+the\s+purposes?\s+of\s+$/i;

/**
 * Striking only the words that carry the risk (", but …", "; and all rights … belong to Supplier", ", including to
 * train …", one item of a list) takes nothing else. `risks` reads a text's risks; an item struck from a list must
 * leave its sentence with none at all, since the sentence keeps its other purposes and a risk left in them would have
 * no other answer.
 */
export function partialStrike(text: string, finding: Finding, risks: (text: string) => readonly Finding[]): RedlineOp[] | undefined {
  const inSentence = (f: Finding) => f.start < finding.end && f.end > finding.start;
  const stillRisky = (after: string) => risks(after).some((f) => f.category === finding.category && inSentence(f));
  const anyRisk = (after: string) => risks(after).some(inSentence);
  return rejoinPredicates(
    text,
    duringTermOnly(text, finding, stillRisky) ??
      continuingLimbStrike(text, finding, stillRisky) ??
      joinedLimbStrike(text, finding, stillRisky) ??
      trainedPlaceStrike(text, finding, stillRisky) ??
      strikeBanCondition(text, finding, stillRisky) ??
      closeOpenPurposes(text, finding, anyRisk) ??
      strikeContrast(text, finding, stillRisky) ??
      servingPurposeStrike(text, finding, risks) ??
      strikeExample(text, finding, stillRisky) ??
      strikeListItem(text, finding, anyRisk) ??
      strikeSecondPurpose(text, finding, anyRisk) ??
      strikePurposes(text, finding, anyRisk) ??
      strikeSharedImprovement(text, finding, anyRisk) ??
      reserveOwnItem(text, finding, anyRisk),
  );
}

/** "both during and after the term of this Agreement", "during and following the Term": the words that outlast it. */
const AND_AFTER = /\b(?:both\s+)?during\s+and\s+(?:after|following)\s+(?=(?:the\s+)?(?:[Tt]erm|[Ss]ubscription\s+[Tt]erm)\b)/;

/**
 * "… may use Usage Data for …, both during and after the term of this Agreement": the right ends with the term; the
 * uses stand (answered, if at all, by their own edits), and no deletion clause takes the sentence's place.
 */
function duringTermOnly(text: string, finding: Finding, stillRisky: (text: string) => boolean): RedlineOp[] | undefined {
  // A data-use agreement's keeping too: "… retain Derived Datasets for the purposes in clauses 3.1 and 3.2, both during
  // and after the Term" (audit207, 463 § 3.3 was rewritten into a stock deletion clause).
  if (finding.category !== 'survival-retention' && finding.category !== 'dua-data-retention') return undefined;
  const found = AND_AFTER.exec(text.slice(finding.start, finding.end));
  if (!found) return undefined;
  // Only the words that go are struck: "[-both -]during [-and after -]the Term", not all of it struck and "during" retyped
  // (audit132, 328 § 5.3).
  const start = finding.start + found.index;
  const during = found[0].indexOf('during');
  const and = found[0].indexOf('and', during);
  const both: RedlineOp[] = during > 0 ? [{ kind: 'delete', start, end: start + during, text: found[0].slice(0, during) }] : [];
  const ops: RedlineOp[] = [...both, { kind: 'delete', start: start + and, end: start + found[0].length, text: found[0].slice(and) }];
  return stillRisky(applyOps(text, ops)) ? undefined : ops;
}

/** "(c) ", "c) ", "(iv) " opening a paragraph: the paragraph is one item of a list whose lead-in stands before it. */
const OWN_ITEM_MARKER = /^\s*\(?(?:[a-z]|[ivx]{1,4})\)\s+/;

/**
 * "(c) to develop and improve Corvalis's other products using Customer Personal Data; and" as a paragraph of its own:
 * the item becomes "(c) [Reserved]; and", so the list still reads and its letters hold. Rewriting it as a clause of
 * its own breaks the list the lead-in opened.
 */
function reserveOwnItem(text: string, finding: Finding, stillRisky: (text: string) => boolean): RedlineOp[] | undefined {
  const marker = OWN_ITEM_MARKER.exec(text);
  if (!marker || finding.start > marker[0].length || text.slice(finding.end).trim() !== '') return undefined;
  const item = withoutJoin(text.slice(marker[0].length).replace(/\.\s*$/, ''));
  // "(c) You grant Glyphora a licence … as necessary to provide … the Services": an item the service itself needs is
  // narrowed by the playbook's edits, never reserved whole (the audits' overreach).
  if (item.trim() === '' || SERVES.test(item)) return undefined;
  const start = marker[0].length;
  const ops: RedlineOp[] = [
    { kind: 'delete', start, end: start + item.length, text: item },
    { kind: 'insert', at: start + item.length, text: RESERVED_ITEM },
  ];
  return stillRisky(applyOps(text, ops)) ? undefined : ops;
}

/** What the law makes the vendor keep or do: an exception the customer's lawyer leaves standing. */
const LAW_REQUIRES = /\b(?:required\s+(?:to\s+\w+\s+)?by\s+(?:applicable\s+)?law|legally\s+required|required\s+to\s+(?:keep|retain)\b[^.;]{0,60}\blaw|legal\s+(?:hold|obligations?)|to\s+comply\s+with\s+(?:applicable\s+)?(?:law|laws|legal)|law\s+enforcement|court\s+order)\b/i;

/**
 * What an edit would take that must stand, for the lawyer's list: the customer's own words of ownership ("Your
 * training data remains yours") unless the edit writes them back, or, in a strike that only deletes ("…, and we may
 * keep information we are legally required to keep"), what the law requires the vendor to keep or do.
 */
export function strikesWhatMustStand(ops: readonly RedlineOp[], after?: string, ours: readonly string[] = []): string | undefined {
  const onlyDeletes = ops.every((op) => op.kind === 'delete' || op.text === RESERVED || op.text === RESERVED_ITEM);
  const keeps = (kind: RedlineOp['kind']) => ops.some((op) => op.kind === kind && CUSTOMER_KEEPS.test(op.text));
  if (keeps('delete') && !keeps('insert')) return 'the customer\'s own ownership of its data';
  if (onlyDeletes && ops.some((op) => op.kind === 'delete' && LAW_REQUIRES.test(op.text))) return 'an exception for what the law requires';
  // What still stands after the edit (the paragraph as edited, or what the edit inserts) gives it back.
  return takesWhatMustStand(ops.filter((op) => op.kind === 'delete').map((op) => op.text), after !== undefined ? [after] : ops.filter((op) => op.kind === 'insert').map((op) => op.text), ours);
}

/**
 * "Your training data remains yours", "Customer retains all right, title and interest in Customer Data": the
 * customer's ownership, which a strike of the vendor's half of the sentence must not take with it (the lawyer audit of
 * agreements 45–48 found "Your training data remains yours" deleted with the vendor's claim to the model weights).
 */
const CUSTOMER_KEEPS =
  /\b(?:remains?|stays?|(?:shall|will)\s+(?:remain|stay))\s+(?:yours|your\s+property|the\s+(?:sole\s+)?property\s+of\s+(?:the\s+)?(?:Customer|Client|Licensee|Subscriber))\b|\b(?:you|Customer|Client|Licensee|Subscriber)\s+(?:retains?|keeps?)\s+(?:all\s+)?(?:right,\s+title|ownership|all\s+rights|its\s+rights)\b/i;

/**
 * The keeping's place inside what was trained struck (see strikeTrainedPlace), where the finding's own risk is gone. Other
 * risks of the sentence (the licence the keeping carries on) are answered for themselves (456 § 12.5).
 */
function trainedPlaceStrike(text: string, finding: Finding, stillRisky: (text: string) => boolean): RedlineOp[] | undefined {
  const splices = strikeTrainedPlace(text.slice(finding.start, finding.end));
  if (!splices) return undefined;
  const ops: RedlineOp[] = splices.map((s) => ({ kind: 'delete', start: finding.start + s.start, end: finding.start + s.end, text: text.slice(finding.start + s.start, finding.start + s.end) }));
  return stillRisky(applyOps(text, ops)) ? undefined : ops;
}
