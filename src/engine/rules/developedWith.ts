// Data named only as what the vendor's own things were made with: "Kestrelwood … own … the Kestrelwood Models, …,
// whether or not developed using Subscriber Data, Prompts, Outputs or Usage Data" owns the models; the usage data is
// their source, which no grant over usage data makes (audit193, 437 § 10.1). Pure: string operations on the frame only.
import type { RuleInput, Veto } from './ruleTypes';

/** Words that name what a thing was made with, after what is owned. */
const SOURCE_WORDS = ['whether or not', 'developed using', 'developed with', 'created using', 'derived from', 'made using', 'built using'];

export const USAGE_DATA_AS_SOURCE: Veto = {
  reason: 'the usage data is named only as what the vendor’s own things were developed with; the clause owns those things',
  when: ({ predicate: p, frame }: RuleInput) => {
    const own = p.actions.find((a) => a.kind === 'own' && !a.negated);
    const data = p.objects.filter((o) => o.kind === 'usage-data');
    if (own === undefined || data.length === 0) return false;
    return data.every((o) => {
      const between = frame.text.slice(own.end - frame.start, o.start - frame.start).toLowerCase();
      return o.start > own.end && SOURCE_WORDS.some((words) => between.includes(words));
    });
  },
};
