// A compact, serialisable view of a clause frame for the explain trace: what a lawyer needs to see why a sentence
// was or was not flagged. Pure: imports only the frame types.
import type { ClauseFrame, Cue, Predicate } from './frame';

export interface PredicateSummary {
  readonly actor: string;
  readonly recipient?: string;
  readonly modal?: string;
  readonly polarity: 'positive' | 'negative';
  readonly negation?: string;
  readonly actions: readonly string[];
  readonly objects: readonly string[];
  readonly ai: readonly string[];
  readonly purposes: readonly string[];
  readonly conditions: readonly string[];
}

export interface FrameSummary {
  readonly heading?: string;
  readonly isHeading?: true;
  readonly customerRestrictionList?: true;
  readonly predicates: readonly PredicateSummary[];
  readonly scope: readonly string[];
  readonly time: readonly string[];
}

const quote = (c: Cue | undefined): string | undefined => (c ? c.text : undefined);

function summarizePredicate(p: Predicate): PredicateSummary {
  return {
    actor: `${p.actor.side}${p.actor.cue ? ` (${p.actor.cue.text})` : ''}${p.actor.passive ? ', passive' : ''}`,
    ...(p.recipient ? { recipient: `${p.recipient.side}${p.recipient.cue ? ` (${p.recipient.cue.text})` : ''}` } : {}),
    ...(p.modal ? { modal: p.modal.text } : {}),
    polarity: p.polarity,
    ...(p.negation ? { negation: p.negation.text } : p.doubleNegative ? { negation: `double negative: ${p.doubleNegative.text}` } : {}),
    actions: p.actions.map((a) => `${a.kind}: ${a.text}`),
    objects: p.objects.map((o) => `${o.kind}: ${o.text}`),
    ai: p.ai.map((c) => c.text),
    purposes: p.purposes.map((c) => `${c.set}: ${c.text}`),
    conditions: p.conditions.map((c) => `${c.kind}${c.opener ? ` (${c.opener.text}` : ' ('}${c.cue ? `… ${c.cue.text})` : ')'}`),
  };
}

export function summarizeFrame(frame: ClauseFrame): FrameSummary {
  return {
    ...(frame.heading ? { heading: frame.heading.text } : {}),
    ...(frame.isHeading ? { isHeading: true as const } : {}),
    ...(frame.inCustomerRestrictionList ? { customerRestrictionList: true as const } : {}),
    predicates: frame.predicates.map(summarizePredicate),
    scope: [...new Set(frame.scope.map((c) => quote(c) ?? ''))],
    time: [...new Set(frame.time.map((c) => `${c.set}: ${c.text}`))],
  };
}
