// Renders the engine's explain trace for a terminal: per sentence, how it was read and which rules fired or were
// vetoed and why. Pure string building; must not import Node, Office or React.
import type { TraceEntry } from '../engine/detectFindings';
import type { Paragraph } from '../engine/types';

const MAX_SENTENCE = 200;

/** Sentences that said nothing the vocabulary knows are left out, so the trace stays readable on a long contract. */
function worthShowing(entry: TraceEntry): boolean {
  return entry.fired.length > 0 || entry.vetoed.length > 0 || entry.frame.predicates.some((p) => p.actions.length > 0 && p.objects.length > 0);
}

export function formatTrace(paragraphs: readonly Paragraph[], trace: readonly TraceEntry[]): string {
  const lines = ['Explain (how each sentence was read):'];
  for (const entry of trace.filter(worthShowing)) {
    const text = (paragraphs[entry.paragraph]?.text ?? '').slice(entry.start, entry.end);
    lines.push('', `  paragraph ${entry.paragraph + 1} [${entry.start}, ${entry.end}): "${text.length > MAX_SENTENCE ? `${text.slice(0, MAX_SENTENCE - 1)}\u2026` : text}"`);
    if (entry.frame.heading) lines.push(`    under heading: ${entry.frame.heading}`);
    for (const p of entry.frame.predicates) {
      const parts = [
        `actor ${p.actor}`,
        p.recipient ? `to ${p.recipient}` : '',
        p.modal ? `modal "${p.modal}"` : '',
        p.negation ? `${p.polarity} ("${p.negation}")` : p.polarity,
        p.actions.length ? `does ${p.actions.join(', ')}` : '',
        p.objects.length ? `with ${p.objects.join(', ')}` : '',
        p.ai.length ? `AI: ${p.ai.join(', ')}` : '',
        p.conditions.length ? `conditions: ${p.conditions.join('; ')}` : '',
      ].filter((part) => part !== '');
      lines.push(`    clause: ${parts.join(' | ')}`);
    }
    if (entry.frame.scope.length) lines.push(`    scope: ${entry.frame.scope.join(', ')}`);
    lines.push(`    fired: ${entry.fired.length ? entry.fired.join(', ') : 'none'}`);
    for (const v of entry.vetoed) lines.push(`    vetoed ${v.rule}: ${v.reason}`);
  }
  return lines.join('\n');
}
