// Vetoes that need the whole paragraph: a note one sentence raises that another sentence of the same paragraph
// settles. Pure: imports only the rule outcome types, engine types and the frame reading of an opt-out's object.
import type { ClauseFrame } from '../reading/frame';
import { namesOtherThing, optsOutOfOtherThing } from './optOutObject';
import type { RuleOutcome, Verdict } from './evaluateRules';

interface ParagraphVeto {
  readonly rule: string;
  readonly reason: string;
  /** The verdicts (and the sentences) of the whole paragraph decide whether the veto applies at all. */
  readonly applies: (paragraph: readonly Verdict[], frames: readonly ClauseFrame[]) => boolean;
  /** Whether a verdict goes, given the other verdicts of its own sentence. */
  readonly drops: (verdict: Verdict, sentence: readonly Verdict[]) => boolean;
}

/** Words of data use anywhere in a paragraph: an opt-out beside them may well be a lever over it. */
const DATA_USE_SETS: ReadonlySet<string> = new Set(['aiNoun', 'aiAcronym', 'trainVerb', 'improveVerb', 'docCustomerData', 'customerDataTerm', 'usageData', 'derivedData']);
const optsOutOfNamedOtherThing = (frame: ClauseFrame) =>
  optsOutOfOtherThing(frame) || (namesOtherThing(frame) && frame.cues.some((c) => c.set === 'optOutVerb'));

const PARAGRAPH_VETOES: readonly ParagraphVeto[] = [
  {
    rule: 'bare-opt-out-beside-other-opt-out',
    // "You may opt out of this agreement to arbitrate by mailing notice … . Your notice must include … that you wish to
    // opt out.": the bare opt-out is the one the paragraph already named, and that one is not about data.
    reason: 'the paragraph names what is opted out of (arbitration, marketing, a scheme), and it is not the use of data',
    applies: (_paragraph, frames) =>
      frames.some(optsOutOfNamedOtherThing) && !frames.some((f) => f.cues.some((c) => DATA_USE_SETS.has(c.set))),
    drops: (v) => v.category === 'opt-out' && v.stance === 'protective',
  },
  {
    rule: 'retention-note-beside-deletion',
    // "All data is deleted when you delete your account. This includes data stored in your account." The storage
    // described around a deletion promise is what gets deleted; a bare note that data "is stored" would read as the
    // opposite. A named period ("kept for up to 30 days") stays: how long data lives is what the lawyer must know.
    reason: 'the paragraph promises deletion: the storage it describes without a period is what gets deleted',
    applies: (paragraph) => paragraph.some((v) => v.category === 'deletion' && v.stance === 'protective'),
    drops: (v) => v.category === 'survival-retention' && v.stance === 'neutral' && v.rules.every((r) => r === 'retention'),
  },
  {
    rule: 'provider-disclosure-beside-flow-down',
    // "Certain models are operated by third parties. Vendor shall not disclose Customer Data to any such provider
    // unless Customer has approved it and it is bound by terms at least as protective …", or "… has bound each provider
    // not to train on it": the paragraph's own ban or flow-down governs the flow it describes. A sentence that itself
    // lets a provider retain or train stays a risk.
    reason: 'the paragraph binds the model providers (a ban on disclosure except on its conditions, or a flow-down), which governs the flow it describes',
    applies: (paragraph) =>
      paragraph.some(
        (v) => (v.category === 'confidentiality' && v.rules.includes('non-disclosure')) || (v.stance === 'protective' && (v.category === 'no-training' || v.category === 'deletion')),
      ) && paragraph.some((v) => v.category === 'third-party-ai' && v.stance === 'neutral'),
    drops: (v, sentence) =>
      v.category === 'third-party-ai' &&
      v.stance === 'risk' &&
      v.rules.every((r) => DISCLOSURE_RULES.has(r)) &&
      sentence.every((other) => other.category === 'third-party-ai'),
  },
  {
    rule: 'provider-flow-beside-flow-down',
    // "… authorisation … to engage sub-processors …, including the Model Providers listed on … . The Licensor shall enter
    // into a written contract with each sub-processor on terms that offer at least the same level of protection …": the
    // paragraph's own flow-down governs the flow its first sentence describes (audit71, 206 § 8.3).
    reason: 'the paragraph binds each provider to the same protections as the vendor (a flow-down), which governs the flow it describes',
    applies: (_paragraph, frames) => frames.some((f) => f.cues.some((c) => c.set === 'flowDownTerms') && f.cues.some((c) => c.set === 'dutyModal')),
    // A sentence that also lets the provider keep or use the data ("… under its own terms, which may permit it to
    // retain …") stays a risk.
    drops: (v, sentence) =>
      v.category === 'third-party-ai' && v.stance === 'risk' && v.rules.every((r) => DISCLOSURE_RULES.has(r)) &&
      sentence.every((other) => other.category === 'third-party-ai' || other.category === 'policy-by-reference'),
  },
  {
    rule: 'usage-improvement-beside-no-training',
    // "We use telemetry to see which features are used and improve the app. We never train models on your data." The
    // improvement finding warns that "improve" may hide training; a promise in the same paragraph that the vendor does
    // not train on the customer's data settles that, and the usage data itself stays reported as derived data.
    reason: 'the paragraph promises no training on the customer data: improving the product from usage data is not a hidden training grant',
    applies: (paragraph) => paragraph.some((v) => v.category === 'no-training' && v.stance === 'protective' && v.rules.includes('training-prohibited')),
    drops: (v) => v.category === 'service-improvement' && v.stance === 'risk' && v.rules.every((r) => r === 'usage-improvement-grant'),
  },
];

/** Rules that say only that data reaches a provider, not what the provider may do with it. */
const DISCLOSURE_RULES: ReadonlySet<string> = new Set(['third-party-ai-flow', 'third-party-ai-limited', 'ai-provider-named', 'subprocessors', 'provider-row']);

/** The outcomes of one paragraph's sentences with the paragraph vetoes applied (and recorded for the trace). */
export function applyParagraphVetoes(outcomes: readonly RuleOutcome[], frames: readonly ClauseFrame[]): RuleOutcome[] {
  const all = outcomes.flatMap((o) => o.verdicts);
  const active = PARAGRAPH_VETOES.filter((veto) => veto.applies(all, frames));
  if (active.length === 0) return [...outcomes];
  return outcomes.map((outcome) => {
    const vetoed = [...outcome.vetoed];
    const verdicts = outcome.verdicts.filter((verdict) => {
      const veto = active.find((v) => v.drops(verdict, outcome.verdicts));
      if (veto) vetoed.push({ rule: `${verdict.rules[0] ?? verdict.category} (${veto.rule})`, reason: veto.reason });
      return veto === undefined;
    });
    return { ...outcome, verdicts, vetoed };
  });
}
