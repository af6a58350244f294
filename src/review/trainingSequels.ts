// "Quorvant shall not use Candidate Data … to train … models. Before using such data for training, Quorvant will remove
// direct identifiers … Artefacts resulting from such training are owned exclusively by Quorvant.": once the permission
// is a ban, the sentences after it that arrange the training it allowed speak of training that may no longer happen,
// and read as if it still could (audit66, 189 A.5). They go with the ban. Pure: engine types only.
import type { RedlineOp } from '../engine/types';
import { inOrder } from './purposeList';
import { NAMES_A_SWITCH, SWITCH_SENTENCE } from './withdrawalSibling';

/** The ban the edit wrote: "shall not", "will not", "must not". */
const BAN = /\b(?:shall|will|must)\s+not\b/i;
/** A sentence that points back at the training: "such training", "that training", "using such data for training". */
// "Before AI Data is added to a training dataset we apply automated tools …" arranges the training too (225 § A4.2).
const SEQUEL = /\b(?:such|that|this|the\s+same)\s+training\b|\bsuch\s+(?:data|content|information)\s+for\s+training\b|^\s*Before\b[^.]{0,80}\btraining\s+(?:data\s*set|dataset|corpus|set)s?\b/i;
/** The name a sentence gives what it describes: ("Model Training"), (the "Programme"). */
const NAMED_USE = /\((?:the\s+)?["“]([A-Z][^"”]{1,40})["”]\)\s*$/;
/** One sentence at a time after the edit: from a full stop and space to the next full stop. */
const NEXT_SENTENCE = /^\.\s+([^.]+\.)/;

/** The ban widened to strike each later sentence of the paragraph that arranges the training it banned, or undefined. */
export function withTrainingSequelsStruck(text: string, ops: readonly RedlineOp[]): RedlineOp[] | undefined {
  if (!ops.some((op) => op.kind === 'insert' && BAN.test(op.text))) return undefined;
  const lastEdit = Math.max(...ops.map((op) => (op.kind === 'delete' ? op.end : op.at)));
  // A cut that took its sentence's full stop ("… model. ") ends where the next sentence starts.
  let back = lastEdit;
  while (back > 0 && /\s/.test(text[back - 1] ?? '')) back--;
  let at = text[back - 1] === '.' ? back - 1 : text.indexOf('.', lastEdit);
  // '… to train … the models that power the Service ("Model Training"). Model Training is switched on by default for
  // those plans.': the name the banned sentence gives the training is the training too (audit67, 196 § 5.2).
  const named = NAMED_USE.exec(text.slice(0, at < 0 ? text.length : at))?.[1];
  // "Unless Customer has switched off the "Share to Improve" setting, … to train …. The setting is enabled by default
  // …": once the training is banned, the switch it hung on is gone, and so is its default (audit70, 201 § 3.1).
  const struck = ops.flatMap((op) => (op.kind === 'delete' ? [op.text] : [])).join(' ');
  const switched = NAMES_A_SWITCH.test(struck);
  const sequels: RedlineOp[] = [];
  while (at >= 0 && at < text.length) {
    const next = NEXT_SENTENCE.exec(text.slice(at));
    if (next === null) break;
    const start = Math.max(at + 1, lastEdit);
    const end = at + next[0].length;
    if (SEQUEL.test(next[1] ?? '') || (named !== undefined && (next[1] ?? '').includes(named)) || (switched && SWITCH_SENTENCE.test(next[1] ?? ''))) sequels.push({ kind: 'delete', start, end, text: text.slice(start, end) });
    at = end - 1;
  }
  return sequels.length === 0 ? undefined : inOrder([...ops, ...sequels]);
}
