// A labelled list ("Nature and purpose of the processing: recording …; generation of …; and the development of the
// Supplier's products"), as data-processing schedules write them: where no playbook edit fits, only the items that
// carry the risk go, not the whole line (the audits' overreach: a processing description replaced by a data clause).
// Pure: must not import Office, React, the DOM or Node.
import type { Finding } from '../../../engine/types';
import type { SurgicalResult } from './planSurgical';
import { applySplices, splicesToOps, type Splice } from './splice';

/** "Nature and purpose of the processing: ": a short label and its colon opening the sentence. */
const LABEL = /^[A-Z][^:;.]{2,80}:\s+/;
/** Between items: "; " and an optional "and" with the comma that may follow it. */
const SEPARATOR = /;\s+(?:(?:and|or)\b,?\s*)?/g;
/** Evidence of what is done with the data; an actor ("student") names who, and says nothing about which item is risky. */
const ITEM_ROLES = new Set(['object', 'purpose', 'action']);

interface Item {
  /** Where the item's separator starts (the label's end for the first item). */
  readonly cut: number;
  readonly start: number;
  readonly end: number;
}

function itemsOf(sentence: string): Item[] | undefined {
  const label = LABEL.exec(sentence);
  if (!label) return undefined;
  const close = /[.;]\s*$/.exec(sentence)?.index ?? sentence.length;
  const items: Item[] = [];
  let cut = label[0].length;
  let start = cut;
  for (const separator of sentence.slice(0, close).matchAll(SEPARATOR)) {
    if (separator.index < start) continue;
    items.push({ cut, start, end: separator.index });
    cut = separator.index;
    start = separator.index + separator[0].length;
  }
  items.push({ cut, start, end: close });
  return items.length >= 3 ? items : undefined;
}

/**
 * The sentence without the list items that hold the finding's evidence, or undefined when it is no labelled list of
 * three or more items, or when every item (or none) carries the risk. A struck last item leaves its "and" to the
 * item before it. `start` is where the sentence starts in its paragraph.
 */
export function labelledListEdit(sentence: string, start: number, finding: Finding): SurgicalResult | undefined {
  const items = itemsOf(sentence);
  if (!items) return undefined;
  const evidence = finding.evidence.filter((signal) => ITEM_ROLES.has(signal.role)).map((signal) => signal.start - start);
  const risky = items.filter((item) => evidence.some((at) => at >= item.start && at < item.end));
  if (risky.length === 0 || risky.length === items.length) return undefined;
  // The kept items rebuilt as one list, and diffed word by word inside it, so only the struck items are marked.
  const kept = items.filter((item) => !risky.includes(item)).map((item) => sentence.slice(item.start, item.end));
  const last = items[items.length - 1]!;
  const joined = /\band\b/.test(sentence.slice(last.cut, last.start)) && kept.length >= 2;
  const list = joined ? `${kept.slice(0, -1).join('; ')}; and ${kept[kept.length - 1]}` : kept.join('; ');
  const splices: Splice[] = [{ start: items[0]!.start, end: last.end, text: list }];
  const target = applySplices(sentence, splices);
  return target === undefined ? undefined : { target, ops: splicesToOps(sentence, splices, start) };
}
