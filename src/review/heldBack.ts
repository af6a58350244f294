// Whether a paragraph's edits are held back by a risk that had to stay: a sibling meant to go that stayed may still
// point at words struck earlier, and a risk left because answering it would strike what the contract leans on leaves
// the lawyer the paragraph whole or not at all. Pure: engine types only.
import type { Finding, RedlineOp } from '../engine/types';

/** The prefix of a reason that blocks the paragraph's edits. */
export const BLOCKED = 'no edit was made because ';

/** The reason the paragraph's edits are held back, or undefined (see the file's note). */
export function heldBackReason(
  attempted: ReadonlyMap<string, string>,
  keyOf: (f: Finding) => string,
  before: readonly Finding[],
  after: readonly Finding[],
  ops: readonly RedlineOp[],
): string | undefined {
  const blocked = [...attempted.values()].find((reason) => reason.startsWith(BLOCKED));
  if (blocked === undefined || ops.length === 0) return undefined;
  const blockedHere = (f: Finding) => attempted.get(keyOf(f))?.startsWith(BLOCKED) === true;
  if (!after.some(blockedHere)) return undefined;
  // A sentence left whole because answering it would strike a definition does not hold back the edits of the
  // paragraph's other sentences (460 § 8.4: "… ("Aggregated Data"). We may use Aggregated Data … and to train our
  // models" kept its training purpose because the defining sentence before it had to stay).
  const spans = ops.map((op) => (op.kind === 'delete' ? [op.start, op.end] : [op.at, op.at]));
  const touched = (f: Finding) => spans.some(([from = 0, to = 0]) => from <= f.end && to >= f.start);
  if (blocked.includes('strike the definition') && !before.some((f) => blockedHere(f) && touched(f))) return undefined;
  return blocked.slice(BLOCKED.length);
}

/** The grants a clause of their own may lose whole where the protection is given elsewhere. */
const SOLE_GRANT_KINDS: ReadonlySet<string> = new Set(['ai-training']);
/**
 * A sentence that also restricts or conditions the vendor keeps what it gives, and a keeping the law or safety needs
 * stands (440 § 12.6, a statutory retention; a trust-and-safety hold): only a bare permission ("may") goes whole.
 */
const RESTRICTS = /\b(?:shall|will|must|may)\s+not\b|\bprovided\s+that\b|\bsubject\s+to\b|\b(?:law|laws|legal|statutory|regulat\w*|safety|abuse|security|backups?)\b|^(?![\s\S]*\bmay\b)/i;

/**
 * "A5.3 Transcripts … may continue to be held by Quillmark for Model Training after …": a numbered clause that is
 * nothing but a serious grant of training, its finding's sentence the whole clause after its number (audit205).
 */
export function soleGrant(text: string, f: Finding): boolean {
  return f.severity === 'high' && SOLE_GRANT_KINDS.has(f.category) && !RESTRICTS.test(f.quote) &&
    text.slice(f.end).trim() === '' && /^\s*(?:[A-Z]?\d+(?:\.\d+)*\.?\s+)?$/.test(text.slice(0, f.start));
}
