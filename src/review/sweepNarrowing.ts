// Narrows a definition that sweeps the customer's content into data the vendor treats as its own ('"Usage Data"
// means … and the content of prompts'): the swept item is struck from the definition's list, the list repaired.
// Pure: engine types only.
import type { Finding, RedlineOp } from '../engine/types';

/**
 * The separator before the list's last item: ", and ", ", ", " or ", " including ". Found from the last comma or
 * semicolon forwards, so the scan is linear however long the list.
 */
function listSeparator(before: string): { readonly index: number; readonly text: string } | undefined {
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  const from = cut + 1;
  // "…, error counts and the prompts": the "and" after the last item, not the comma before it, opens the swept item.
  const word = /(?<!\s)\s+(?:and|or)\s+|(?<!\s)\s*\bincluding\s+/.exec(before.slice(from));
  if (word && before.slice(from, from + word.index).trim() !== '') return { index: from + word.index, text: word[0] };
  if (cut >= 0 && before[cut] === ',') {
    const comma = /^,\s+(?:(?:and|or)\s+)?/.exec(before.slice(cut));
    if (comma) return { index: cut, text: comma[0] };
  }
  return word ? { index: from + word.index, text: word[0] } : undefined;
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
  const swept = [...finding.evidence].reverse().find((e) => e.role === 'object' && e.start > finding.start && !/usage|telemetry|service data/i.test(e.text));
  if (!swept) return undefined;
  const itemEnd = (() => {
    const rest = /[,;.]/.exec(text.slice(swept.end, finding.end));
    return rest ? swept.end + rest.index : finding.end;
  })();
  const before = text.slice(finding.start, swept.start);
  const separator = listSeparator(before);
  if (!separator) return undefined;
  const start = finding.start + separator.index;
  const struck = text.slice(start, itemEnd);
  // An item that opens a bracket closed after it ("(including their length, language …)") cannot go alone: the
  // bracket's other half would be left behind. The lawyer narrows such a list by hand.
  if (struck.split('(').length !== struck.split(')').length) return undefined;
  // A clause is no list item: "…, Customer acknowledges that Supplier may collect and process technical logs" struck
  // as one would take the sentence's own subject and verb with it.
  if (CLAUSE_WORDS.test(struck)) return undefined;
  const ops: RedlineOp[] = [{ kind: 'delete', start, end: itemEnd, text: struck }];
  // "logs, metadata, telemetry, and the content of prompts" → "logs, metadata, and telemetry".
  const conjunction = /\b(and|or)\b/.exec(separator.text)?.[1];
  const lastComma = text.lastIndexOf(', ', start - 1);
  if (conjunction && lastComma > finding.start && text.slice(itemEnd).trimStart().startsWith('.') && !/\b(?:and|or)\b/.test(text.slice(lastComma, start))) {
    // A list written without the serial comma ("a, b and c") keeps that style: the comma becomes the conjunction.
    if (separator.text.includes(',')) ops.unshift({ kind: 'insert', at: lastComma + 2, text: `${conjunction} ` });
    else ops.unshift({ kind: 'delete', start: lastComma, end: lastComma + 1, text: ',' }, { kind: 'insert', at: lastComma + 1, text: ` ${conjunction}` });
  }
  return ops.sort((a, b) => (a.kind === 'delete' ? a.start : a.at) - (b.kind === 'delete' ? b.start : b.at));
}
