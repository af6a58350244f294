// The vendor's ownership reaching what is made with the customer's data: "Kestrelwood … own … the Services, the
// Documentation and the Kestrelwood Models, whether or not developed using Subscriber Data, Prompts, Outputs or Usage
// Data". The vendor keeps its product; the "whether or not" condition says it may be developed with the customer's data,
// and owns what that makes (audit193, 437 § 10.1). Pure: string operations on the clause frame only.
import type { Rule, RuleInput } from './ruleTypes';
import type { Cue } from '../reading/frame';

/** Words of a condition on how the owned things were made. */
const MADE_WORDS = ['developed', 'created', 'derived', 'generated', 'improved', 'trained', 'made', 'built'];
const OPENERS = ['whether or not', 'regardless of whether', 'irrespective of whether', 'even if'];
const DATA_SETS: ReadonlySet<string> = new Set(['customerDataTerm', 'docCustomerData', 'outputNoun', 'docOutput']);

/** The customer's data or outputs named in a "whether or not developed using …" condition of an ownership clause. */
function reachedData({ predicate: p, frame }: RuleInput): Cue | undefined {
  const own = p.actions.find((a) => a.kind === 'own' && !a.negated);
  if (own === undefined || (p.actor.side !== 'vendor' && !p.objects.some((o) => o.kind === 'vendor-material'))) return undefined;
  for (const c of p.conditions) {
    if (c.start < own.end) continue;
    const text = frame.text.slice(c.start - frame.start, c.end - frame.start).toLowerCase();
    if (!OPENERS.some((o) => text.startsWith(o)) || !MADE_WORDS.some((w) => text.includes(` ${w} `))) continue;
    const data = frame.cues.find((k) => DATA_SETS.has(k.set) && k.start >= c.start && k.end <= c.end);
    if (data) return data;
  }
  return undefined;
}

export const OWNERSHIP_REACH_RULE: Rule = {
  id: 'ownership-reaches-customer-data',
  category: 'service-improvement',
  stance: 'risk',
  severity: 'medium',
  when: (i) => reachedData(i) !== undefined,
  vetoes: [],
  evidence: (i) => [i.predicate.actor.cue, i.predicate.actions.find((a) => a.kind === 'own'), reachedData(i)],
};
