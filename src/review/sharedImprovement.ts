// "Parcelight may use Customer Data … to monitor, maintain, troubleshoot and improve the Platform, including to calibrate
// screening rules, refine forecasts and develop new functionality, provided that …": verbs sharing one object, the last
// of them the improving one, with examples of the improvement after the object. The improving verb and its examples go;
// the upkeep the customer needs stays (audit80, 223 § 3.2 went "[Reserved.]" and took troubleshooting with it). Pure.
import { applyOps } from '../engine/applyOps';
import type { Finding, RedlineOp } from '../engine/types';

/** "to monitor, maintain, troubleshoot and improve the …": single-word verbs, then the improving verb and its object. */
const VERB_RUN = /\bto\s+([a-z]+(?:,\s+[a-z]+){0,5})\s+and\s+(?:improve|enhance|develop)(?=\s+(?:the|its|our|their)\s)/g;
/** The object after the verb, up to the next comma or the sentence's end. */
const OBJECT = /^\s+(?:the|its|our|their)\s+[^,;.]+/;
/** ", including to calibrate …": examples of the improvement, up to a proviso or the sentence's end. */
const EXAMPLES = /^,\s+(?:including|such\s+as|for\s+example)\b[^;]*?(?=,\s+(?:provided|subject|unless|except|save)\b|[;]|\.(?!\d)|$)/;

/**
 * Only for a grant to improve, and only where no risk of any kind is left in the sentence: a licence's purposes are
 * narrowed by the licence clause, and derived data keeps its own answer (agreement-06 § 3.4).
 */
export function strikeSharedImprovement(text: string, finding: Finding, anyRisk: (text: string) => boolean): RedlineOp[] | undefined {
  if (finding.category !== 'service-improvement') return undefined;
  const sentence = text.slice(finding.start, finding.end);
  for (const run of sentence.matchAll(VERB_RUN)) {
    const verbs = run[1] ?? '';
    const runStart = finding.start + (run.index ?? 0) + run[0].indexOf(verbs);
    const improveStart = runStart + verbs.length;
    const improveEnd = finding.start + (run.index ?? 0) + run[0].length;
    const ops: RedlineOp[] = [];
    // "monitor, maintain, troubleshoot and improve" becomes "monitor, maintain and troubleshoot".
    const lastComma = verbs.lastIndexOf(', ');
    if (lastComma >= 0) {
      const at = runStart + lastComma;
      ops.push({ kind: 'delete', start: at, end: at + 2, text: ', ' }, { kind: 'insert', at: at + 2, text: ' and ' });
    }
    ops.push({ kind: 'delete', start: improveStart, end: improveEnd, text: text.slice(improveStart, improveEnd) });
    const object = OBJECT.exec(text.slice(improveEnd));
    // "improve the Services and for the other purposes described in …": more than one object follows; not this shape.
    if (object && /\b(?:and|or|for)\s/.test(object[0])) continue;
    const examplesAt = improveEnd + (object?.[0].length ?? 0);
    const examples = object ? EXAMPLES.exec(text.slice(examplesAt)) : null;
    if (examples) ops.push({ kind: 'delete', start: examplesAt, end: examplesAt + examples[0].length, text: examples[0] });
    if (!anyRisk(applyOps(text, ops))) return ops;
  }
  return undefined;
}
