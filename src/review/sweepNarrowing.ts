// Narrows a definition that sweeps the customer's content into data the vendor treats as its own ('"Usage Data"
// means … and the content of prompts'): the swept item is struck from the definition's list, the list repaired.
// Pure: engine types only.
import type { Finding, RedlineOp } from '../engine/types';

/**
 * The separator before the list's last item: ", and ", ", ", " or ", " including ". Found from the last comma or
 * semicolon forwards, so the scan is linear however long the list.
 */
function listSeparator(before: string, listGoesOn = false): { readonly index: number; readonly text: string } | undefined {
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  const from = cut + 1;
  // "…, error counts and the prompts": the "and" after the last item, not the comma before it, opens the swept item.
  // Not where the list goes on after the item ("…, driver and fleet manager interactions, and labelled event clips"):
  // there the "and" is the item's own, and the comma opens it (audit128, 318 Sch 2 ¶2.2 was left "driver,").
  const word = /(?<!\s)\s+(?:and|or)\s+|(?<!\s)\s*\bincluding\s+/.exec(before.slice(from));
  const ownAnd = listGoesOn && word !== null && /\b(?:and|or)\b/.test(word[0]) && cut >= 0 && before[cut] === ',';
  if (word && !ownAnd && before.slice(from, from + word.index).trim() !== '') return { index: from + word.index, text: word[0] };
  if (cut >= 0 && before[cut] === ',') {
    const comma = /^,\s+(?:(?:and|or)\s+)?/.exec(before.slice(cut));
    if (comma) return { index: cut, text: comma[0] };
  }
  return word ? { index: from + word.index, text: word[0] } : undefined;
}

/**
 * Where a limb of a list ends: at a semicolon or full stop outside brackets, or at a comma that opens what the whole
 * list is said to be ("…, all of which Quillmark may use") or a clause of its own ("…, and Service Data is not …").
 * The commas of a clause inside the limb ("such that it does not identify Bank, any User or any caller") do not end it.
 */
function limbEnd(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (ch === ';' || (ch === '.' && !/\d/.test(text[i + 1] ?? ''))) return i;
    else if (ch === ',' && /^,\s+(?:(?:and|but)\s+)?(?:(?:(?:all|each|both|any|none)\s+of\s+)?which\b|provided\b|[A-Z\u201c"])/.test(text.slice(i, i + 40))) return i;
  }
  return to;
}

/**
 * '"Service Data" means telemetry …, together with any data derived from Bank Data that has been aggregated …': the
 * limb that sweeps data made from the customer's into the vendor's pool is struck, with its separator; the rest of
 * the definition (the telemetry the vendor needs to run the service) stands.
 */
export function narrowDerivedSweep(text: string, finding: Finding, dataNames: readonly string[]): RedlineOp[] | undefined {
  const sentence = text.slice(finding.start, finding.end);
  const means = /\b(?:means|includes)\b/.exec(sentence);
  if (!means) return undefined;
  const lower = sentence.toLowerCase();
  let source: { start: number; end: number } | undefined;
  for (const found of lower.matchAll(/\bderived\b(?:\s+[\w'\u2019-]+){0,6}?\s+from\s+(?:the\s+)?/g)) {
    const at = (found.index ?? 0) + found[0].length;
    const name = dataNames.find((n) => lower.startsWith(n, at));
    if (found.index !== undefined && found.index > means.index && name) {
      source = { start: finding.start + found.index, end: finding.start + at + name.length };
      break;
    }
  }
  if (!source) return undefined;
  const separator = listSeparator(text.slice(finding.start, source.start));
  if (!separator) return undefined;
  const start = finding.start + separator.index;
  const end = limbEnd(text, source.end, finding.end);
  const struck = text.slice(start, end);
  // The limb is an item of its own ("and any other data derived from …", "together with information derived from …"),
  // not the tail of the item before it ("scores and metadata derived from Customer Content" describes the whole list).
  if (!/^[,;]?\s*(?:(?:and|or|including|together\s+with|as\s+well\s+as|plus)\s+)?(?:any|all|other|such|together\s+with|as\s+well\s+as)\b|^,\s+including\b/i.test(struck)) return undefined;
  // The limb is a list item, not a clause with its own verb ("…, and the Supplier may use data derived from …").
  if (/\b(?:may|shall|will|must|can|agrees?|acknowledges?)\b/i.test(struck) || struck.split('(').length !== struck.split(')').length) return undefined;
  const ops: RedlineOp[] = [{ kind: 'delete', start, end, text: struck }];
  // "…, the edits made …, and any other data derived from Customer Data, all of which …": the struck limb was the
  // list's last item, so the "and" moves to the item now last.
  // "…, performance metrics, Signals and other information derived from …" keeps its style: "metrics and Signals".
  return [...conjunctionMoved(text, start, separator.text, finding.start + means.index), ...ops];
}

/**
 * The list's last item was struck from `start`: the conjunction its separator carried (", and ", " and ") moves to the
 * item now last, unless that item already has one or the last comma lies before `floor`. A list written without the
 * serial comma ("a, b and c") keeps that style: the comma becomes the conjunction.
 */
function conjunctionMoved(text: string, start: number, separator: string, floor: number): RedlineOp[] {
  const conjunction = /\b(and|or)\b/.exec(separator)?.[1];
  const lastComma = text.lastIndexOf(', ', start - 1);
  if (!conjunction || lastComma <= floor || /\b(?:and|or)\b/.test(text.slice(lastComma, start))) return [];
  // "…, including query patterns": the comma opens the list, whose one item left needs no conjunction (fresh195 499).
  if (LIST_OPENERS.test(text.slice(lastComma + 2, start))) return [];
  if (separator.includes(',')) return [{ kind: 'insert', at: lastComma + 2, text: `${conjunction} ` }];
  return [{ kind: 'delete', start: lastComma, end: lastComma + 1, text: ',' }, { kind: 'insert', at: lastComma + 1, text: ` ${conjunction}` }];
}

/** Words that open a list of examples: a comma before them is not a separator between its items. */
const LIST_OPENERS = /^(?:including|such as|for example|e\.g\.|namely)\b/i;

/** Participles that make the data named after them the source of a list, not an item of it ("scores computed from"). */
const MADE_FROM = /\b(?:generated|derived|created|produced|obtained|extracted|made|computed|calculated|inferred|compiled)\b/i;

/**
 * "…any information derived from the Customer's use of the Platform, including derived features, feature weights and
 * statistical signals computed from Customer Data, and …": the examples the "including" brings in are all made from the
 * customer's data, so the whole "including" list goes; what it exemplified (the usage information) stands. Without
 * such a list the source cannot be struck alone and the lawyer narrows the definition by hand.
 */
function includingListStruck(text: string, finding: Finding, listStart: number, itemEnd: number): RedlineOp[] | undefined {
  const including = text.lastIndexOf(', including ', listStart);
  if (including < finding.start || /[;:]/.test(text.slice(including + 1, listStart))) return undefined;
  const struck = text.slice(including, itemEnd);
  if (CLAUSE_WORDS.test(struck) || struck.split('(').length !== struck.split(')').length) return undefined;
  return [{ kind: 'delete', start: including, end: itemEnd, text: struck }];
}

/** Words that make a span a clause of its own, not an item of a list. */
const CLAUSE_WORDS = /\b(?:may|shall|will|must|can|that|acknowledges?|agrees?)\b/i;

/**
 * The ops that strike the swept item: from the list separator before it (", and ", ", ") to the end of the item (the
 * next comma, semicolon or full stop). When the struck item was the last, the "and" moves to the new last item.
 */
export function narrowSweep(text: string, finding: Finding): RedlineOp[] | undefined {
  // The swept item is the last object quoted: the first is the defined term itself, whatever its name ("Service
  // Generated Data" is no more "usage" than "Platform Signals").
  const swept = [...finding.evidence].reverse().find((e) => e.role === 'object' && e.start > finding.start && !/\b(?:usage|uses?|telemetry|service data|metadata|logs?)\b/i.test(e.text));
  if (!swept) return undefined;
  const itemEnd = (() => {
    const rest = /[,;.]/.exec(text.slice(swept.end, finding.end));
    return rest ? swept.end + rest.index : finding.end;
  })();
  const before = text.slice(finding.start, swept.start);
  const separator = listSeparator(before, /^,\s+(?:and\s+|or\s+)?[a-z]/.test(text.slice(itemEnd)));
  if (!separator) return undefined;
  const start = finding.start + separator.index;
  const struck = text.slice(start, itemEnd);
  // '"Signals" means data, scores and metadata generated by the Platform from Customer Content': the data named is
  // the source of the whole list, not an item swept into it; struck, the definition would lose what anchors it.
  const lead = text.slice(start, swept.start);
  const madeAt = lead.search(MADE_FROM);
  if (madeAt >= 0 && /\b(?:from|to)\s+(?:the\s+)?$/i.test(lead) && !/[,;]/.test(lead.slice(madeAt))) return includingListStruck(text, finding, start, itemEnd);
  // An item that opens a bracket closed after it ("(including their length, language …)") cannot go alone: the
  // bracket's other half would be left behind. The lawyer narrows such a list by hand.
  if (struck.split('(').length !== struck.split(')').length) return undefined;
  // A clause is no list item: "…, Customer acknowledges that Supplier may collect and process technical logs" struck
  // as one would take the sentence's own subject and verb with it.
  if (CLAUSE_WORDS.test(struck)) return undefined;
  const ops: RedlineOp[] = [{ kind: 'delete', start, end: itemEnd, text: struck }];
  // "logs, metadata, telemetry, and the content of prompts" → "logs, metadata, and telemetry".
  // "…, click paths, search queries and configuration settings" loses its own "and" with its last two items: the
  // list's joining word, comma or not, moves to what is now its last item ("workflow timings and click paths").
  const inner = /\b(and|or)\b/.test(separator.text) ? null : /(,?)\s(and|or)\s/.exec(struck.slice(separator.text.length));
  const joining = inner ? `${inner[1]} ${inner[2]} ` : separator.text;
  if (text.slice(itemEnd).trimStart().startsWith('.')) ops.unshift(...conjunctionMoved(text, start, joining, finding.start));
  return ops.sort((a, b) => (a.kind === 'delete' ? a.start : a.at) - (b.kind === 'delete' ? b.start : b.at));
}
