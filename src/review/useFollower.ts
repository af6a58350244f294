// "… we use Business Data … to train … the models that power the AI Features. This use is part of Service
// Operations.": a sentence that only says what the struck use is, by pointing back at it ("This use", "Such
// processing"), goes with it; left, it points at nothing and invites the argument that some use survives (audit190,
// 429 § 6.3). Pure: engine types only.
import { applyOps } from '../engine/applyOps';
import type { RedlineOp } from '../engine/types';
import { sentenceSpan } from './redline/sentenceSpan';

/** "This use is …", "Such processing shall be …": a short sentence about the use just described, and nothing else. */
const ABOUT_THE_USE_BEFORE = /^\s*(?:This|Such|That|These|Those)\s+(?:use|uses|processing|activity|activities|training)\b[^.;]{0,160}\.(?=\s|$)/;

const NUMBER_ONLY = /^\s*(?:\d+(?:\.\d+)*\.?|\(?[a-z]{1,4}\))\s*$/;

/** The strike widened to the sentence that only points back at the use it struck, or the strike as it was. */
export function withUseFollowerStruck(text: string, ops: readonly RedlineOp[]): RedlineOp[] {
  const last = ops.reduce<RedlineOp | undefined>((found, op) => (op.kind === 'delete' && (!found || op.start > (found.kind === 'delete' ? found.start : found.at)) ? op : found), undefined);
  if (!last || last.kind !== 'delete' || ops.some((op) => op.kind === 'insert')) return [...ops];
  // Only after a whole sentence struck: from its start (or its clause number) to its full stop.
  const rest = text.slice(last.end);
  const sentence = sentenceSpan(text, { start: last.start, end: last.end });
  const opensIt = /^\s*(?:\d+(?:\.\d+)*\.?\s*)?$/.test(text.slice(sentence.start, last.start));
  const closes = opensIt && (/[.]\s*$/.test(last.text) || /^[.]/.test(rest));
  const follower = closes ? ABOUT_THE_USE_BEFORE.exec(rest.startsWith('.') ? rest.slice(1) : rest) : null;
  if (!follower) return [...ops];
  const end = last.end + (rest.startsWith('.') ? 1 : 0) + follower[0].length;
  const widened = ops.map((op) => (op === last ? { ...last, end, text: text.slice(last.start, end) } : op));
  // Nothing left but the clause's number: it is reserved, so the numbering holds.
  return NUMBER_ONLY.test(applyOps(text, widened)) ? [...widened, { kind: 'insert', at: end, text: '[Reserved.]' }] : widened;
}
