// Special conditions the parties negotiated into a schedule of the same agreement ("SCHEDULE 1 – SPECIAL CONDITIONS …
// prevail over the remainder of this Agreement"; "SC1 Clause 3.1 is amended by deleting …"): a body clause a special
// condition already amends, deletes or disapplies is not marked up a second time in the body, where the condition would
// then point at words that are gone (audit129: 320 § 3.1 and § 11.4 were edited beside SC1 and SC5). The change, if
// any is still needed, belongs in that special condition. Pure: engine types and the review's helpers only.
import type { Paragraph } from '../engine/types';
import { numberAtStart } from './clauseNumbers';

/** "SCHEDULE 1 – SPECIAL CONDITIONS", "Special Terms": a short heading naming the negotiated conditions. */
const HEADING = /^[^.;]{0,40}\b(?:SPECIAL\s+(?:CONDITIONS|TERMS)|Special\s+(?:Conditions|Terms))\b[^.;]{0,30}$/;
const PREVAILS = /\b(?:prevails?|take\s+precedence|takes\s+precedence|shall\s+control)\b/i;
/** "SC1", "S4", "SC12": a special condition's own label. */
const LABEL = /^\s*([A-Z]{1,3}\d+(?:\.\d+)*)\b/;
/** "Clause 3.1 is amended by", "Clause 4.6 is deleted and replaced with", "Clause 4.4 does not apply". */
const CHANGES = /\b(?:Clauses?|Sections?)\s+(\d+(?:\.\d+)*)(?:\([a-z0-9]{1,3}\))?\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:amended|deleted|replaced|varied)\b|\b(?:Clauses?|Sections?)\s+(\d+(?:\.\d+)*)(?:\([a-z0-9]{1,3}\))?\s+(?:does|do|shall)\s+not\s+apply\b/g;

interface SpecialConditions {
  readonly heading: number;
  readonly name: string;
  /** Body clause number → the special condition that changes it. */
  readonly changed: ReadonlyMap<string, string>;
}

function findSpecialConditions(paragraphs: readonly Paragraph[]): SpecialConditions | undefined {
  const heading = paragraphs.findIndex((p) => HEADING.test(p.text.trim()));
  if (heading < 0 || !paragraphs.slice(heading, heading + 3).some((p) => PREVAILS.test(p.text))) return undefined;
  const name = /special\s+terms/i.test(paragraphs[heading]?.text ?? '') ? 'Special Terms' : 'Special Conditions';
  const changed = new Map<string, string>();
  for (const paragraph of paragraphs.slice(heading + 1)) {
    const label = LABEL.exec(paragraph.text)?.[1];
    if (label === undefined) continue;
    for (const match of paragraph.text.matchAll(CHANGES)) {
      const number = match[1] ?? match[2];
      if (number !== undefined && !changed.has(number)) changed.set(number, label);
    }
  }
  return changed.size > 0 ? { heading, name, changed } : undefined;
}

/**
 * Why the body paragraph at `index` is left to a special condition, or undefined: the reason names the condition that
 * already changes it. Read before the paragraph is reviewed, so nothing that follows (a survival list kept in step)
 * acts on an edit that is not made.
 */
export function specialConditionReason(paragraphs: readonly Paragraph[]): (index: number) => string | undefined {
  const conditions = findSpecialConditions(paragraphs);
  return (index) => {
    if (!conditions || index >= conditions.heading) return undefined;
    const number = numberAtStart(paragraphs[index]?.text ?? '');
    const by = number === undefined ? undefined : conditions.changed.get(number);
    return by === undefined ? undefined : `${by} of the ${conditions.name} already changes clause ${number}, and prevails; a change to it belongs in ${by}`;
  };
}
