// "… may use Customer Data … to maintain, improve and develop the Services and Provider's other products and services":
// the purpose's verbs mix serving the customer with the vendor's own ends, and so may its objects. Striking the
// vendor's verbs and its other products leaves "to maintain the Services", which the customer needs; the sentence's
// other obligations stay, and no rival clause is inserted beside a no-training promise the contract already has
// (lawyer audit of agreement 149, where the whole grant was left standing). Pure: engine types and applyOps only.
import { applyOps } from '../engine/applyOps';
import type { Finding, RedlineOp } from '../engine/types';
import { IMPROVED_MEASURE_EXAMPLE, keepServingVerbs, NEW_THINGS_EXAMPLE, OTHER_BUSINESS } from './itemVerbs';
import { NAMES_A_LICENCE } from './paragraphPolicy';

/** "to maintain, improve and develop ": a purpose opened by "to" with a list of verbs. */
const PURPOSE_VERBS = /\bto\s+[a-z]+(?:,\s+[a-z]+)*,?\s+(?:and|or)\s+[a-z]+\s/g;
/** " and to develop new features": a purpose of the vendor's own joined on after the first, up to a comma or stop. */
// It starts at a comma or where a run of spaces starts, never inside the run (linear on long runs of spaces).
const SECOND_OWN_PURPOSE = /(?:,\s|(?<=\S)\s)and\sto\s(?:develop|improve|build|create|train|enhance)\b[^,;.]*/;
/** "and to use it ", "to use such data ": a use whose purpose follows, inside a licence. */
const USE_BEFORE = /\bto\s+use\s+(?:it|them|(?:such|the|that)\s+[\w-]+(?:\s+[\w-]+)?)\s+$/;
/** ", including …" up to the next comma or stop. */
const EXAMPLE_TAIL = /^,\s+including\b(?:[^;,.]|\.(?=\d))*/;
/** The second and later items of an infinitive list: ", to tune …", " and to develop …". */
const LATER_INFINITIVE = /(?:,\s+(?:and\s+|or\s+)?|(?<![\s,])\s+(?:and|or)\s+)(?=to\s)/g;

/** Where two texts differ: the shortest middle, kept to whole words. */
function middleEdit(before: string, after: string, at: number): RedlineOp[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  while (head > 0 && /\w/.test(before[head - 1] ?? '')) head--;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  while (tail > 0 && /\w/.test(before[before.length - tail] ?? '')) tail--;
  const removed = before.slice(head, before.length - tail);
  const added = after.slice(head, after.length - tail);
  const ops: RedlineOp[] = [];
  if (removed !== '') ops.push({ kind: 'delete', start: at + head, end: at + head + removed.length, text: removed });
  if (added !== '') ops.push({ kind: 'insert', at: at + head + removed.length, text: added });
  return ops;
}

/** The ops that keep only the serving verbs (and drop the vendor's other business) of the sentence's first such purpose. */
function keepServingPurpose(text: string, finding: Finding, anyRisk: (text: string) => boolean): RedlineOp[] | undefined {
  const sentence = text.slice(finding.start, finding.end);
  // A licence's purposes are narrowed by the licence edits, which keep its serving purpose whole; only the purpose of
  // a use it adds ("…, and to use it to provide, maintain, support and improve our services", audit58, 159 § 3.3) is
  // read here, never the licence's own list of rights ("to host, copy, process …").
  const licence = /\b(?:licen[cs]e|sublicens)/i.test(sentence);
  for (const found of sentence.matchAll(PURPOSE_VERBS)) {
    if (licence && !USE_BEFORE.test(sentence.slice(0, found.index ?? 0))) continue;
    const at = finding.start + (found.index ?? 0);
    const item = text.slice(at, finding.end);
    const kept = keepServingVerbs(item);
    if (kept === undefined) continue;
    const listLength = found[0].trimEnd().length;
    const rebuilt = kept.slice(0, kept.length - (item.length - listLength));
    const ops = middleEdit(item.slice(0, listLength), rebuilt, at);
    const object = OTHER_BUSINESS.exec(item.slice(listLength).trimStart());
    if (!object?.[1]) {
      // "to maintain the Services, including new features and products": the example of building new things goes with
      // the verbs of building (audit199, 447 § 7.2).
      const objectStart = at + listLength + (item.slice(listLength).length - item.slice(listLength).trimStart().length);
      // So does ", including the accuracy of …", what the struck verbs would have improved (audit224, 491 § 3.4).
      const example = NEW_THINGS_EXAMPLE.exec(text.slice(objectStart, finding.end)) ?? IMPROVED_MEASURE_EXAMPLE.exec(text.slice(objectStart, finding.end));
      const exampleAt = example?.[1] ? objectStart + example[0].length - example[1].length : -1;
      const withExample: RedlineOp[] = example?.[1] ? [...ops, { kind: 'delete', start: exampleAt, end: exampleAt + example[1].length, text: example[1] }] : ops;
      if (!anyRisk(applyOps(text, withExample))) return withExample;
      // "to operate, fix and improve Lumasnap and to develop new features": the vendor's second purpose goes too.
      const second = SECOND_OWN_PURPOSE.exec(text.slice(at + listLength, finding.end));
      if (second) {
        const from = at + listLength + second.index;
        const withSecond: RedlineOp[] = [...ops, { kind: 'delete', start: from, end: from + second[0].length, text: second[0] }];
        if (!anyRisk(applyOps(text, withSecond))) return withSecond;
      }
      continue;
    }
    const objectAt = at + listLength + (item.slice(listLength).length - item.slice(listLength).trimStart().length) + object[0].length - object[1].length;
    const strike = (length: number): RedlineOp[] => [...ops, { kind: 'delete', start: objectAt, end: objectAt + length, text: text.slice(objectAt, objectAt + length) }];
    if (!anyRisk(applyOps(text, strike(object[1].length)))) return strike(object[1].length);
    // ", including the machine-learning features described in clause 6": an example of the vendor's business that
    // still carries the risk goes too, up to the next comma.
    const example = EXAMPLE_TAIL.exec(text.slice(objectAt + object[1].length, finding.end))?.[0];
    if (example && !anyRisk(applyOps(text, strike(object[1].length + example.length)))) return strike(object[1].length + example.length);
    // ", including to diagnose faults, to tune intent libraries and to develop new features": the examples that carry
    // the risk go from the first such one to the end, and the serving ones before them stay (audit225, 494 § 5.3).
    const tailAt = objectAt + object[1].length;
    const trimmed = text.slice(tailAt, finding.end).trimEnd();
    const tail = '.;:'.includes(trimmed.slice(-1)) ? trimmed.slice(0, -1) : trimmed;
    if (!/^,\s+including\s+to\s/.test(tail)) continue;
    for (const item of tail.matchAll(LATER_INFINITIVE)) {
      const from = tailAt + (item.index ?? 0);
      const ops: RedlineOp[] = [...strike(object[1].length), { kind: 'delete', start: from, end: tailAt + tail.length, text: text.slice(from, tailAt + tail.length) }];
      if (!anyRisk(applyOps(text, ops))) return ops;
    }
  }
  return undefined;
}

/**
 * The serving-purpose strike, checked against what the sentence still reads as a risk. "Customer agrees that Provider
 * may use …" reads as a licence but names none: no licence edit answers it, so it does not count (149 4.3).
 */
export function servingPurposeStrike(text: string, finding: Finding, risks: (text: string) => readonly Finding[]): RedlineOp[] | undefined {
  const inSentence = (f: Finding) => f.start < finding.end && f.end > finding.start;
  return keepServingPurpose(text, finding, (after) => risks(after).some((f) => inSentence(f) && (f.category !== 'broad-license' || NAMES_A_LICENCE.test(f.quote))));
}
