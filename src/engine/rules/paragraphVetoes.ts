// Vetoes that need the whole paragraph: a note one sentence raises that another sentence of the same paragraph
// settles. Pure: imports only the rule outcome types and engine types.
import type { RuleOutcome, Verdict } from './evaluateRules';

interface ParagraphVeto {
  readonly rule: string;
  readonly reason: string;
  /** The verdicts of the whole paragraph decide whether the veto applies at all. */
  readonly applies: (paragraph: readonly Verdict[]) => boolean;
  readonly drops: (verdict: Verdict) => boolean;
}

const PARAGRAPH_VETOES: readonly ParagraphVeto[] = [
  {
    rule: 'retention-note-beside-deletion',
    // "All data is deleted when you delete your account. This includes data stored in your account." The storage
    // described around a deletion promise is what gets deleted; a bare note that data "is stored" would read as the
    // opposite. A named period ("kept for up to 30 days") stays: how long data lives is what the lawyer must know.
    reason: 'the paragraph promises deletion: the storage it describes without a period is what gets deleted',
    applies: (paragraph) => paragraph.some((v) => v.category === 'deletion' && v.stance === 'protective'),
    drops: (v) => v.category === 'survival-retention' && v.stance === 'neutral' && v.rules.every((r) => r === 'retention'),
  },
];

/** The outcomes of one paragraph's sentences with the paragraph vetoes applied (and recorded for the trace). */
export function applyParagraphVetoes(outcomes: readonly RuleOutcome[]): RuleOutcome[] {
  const all = outcomes.flatMap((o) => o.verdicts);
  const active = PARAGRAPH_VETOES.filter((veto) => veto.applies(all));
  if (active.length === 0) return [...outcomes];
  return outcomes.map((outcome) => {
    const vetoed = [...outcome.vetoed];
    const verdicts = outcome.verdicts.filter((verdict) => {
      const veto = active.find((v) => v.drops(verdict));
      if (veto) vetoed.push({ rule: `${verdict.rules[0] ?? verdict.category} (${veto.rule})`, reason: veto.reason });
      return veto === undefined;
    });
    return { ...outcome, verdicts, vetoed };
  });
}
