// The limb that takes the vendor's derived data out of confidentiality: "Customer Data is Customer's Confidential
// Information, but Usage Data … are not Customer's Confidential Information", "…; and, notwithstanding …, Benchmark
// Data, Usage Data and Models shall not constitute Customer's Confidential Information". Struck from its turn to the end
// of its clause, the sentence keeps the duty it gives; the whole clause put in its place would take that duty with it.
// Pure: engine types and helpers only.
import { applyOps } from '../engine/applyOps';
import type { Finding, RedlineOp } from '../engine/types';

/** ", but", "; however,", ", provided that", ", except that", "; and,", ", and nothing …": where the limb begins. */
const TURN = /(?:,|;)\s+(?:but|however,?|provided(?:,\s*however,)?\s+that|except\s+that)\s+|;\s+and,?\s+|,\s+and\s+(?=nothing\b)/g;
/** "shall not be Confidential Information of Customer", "are not Customer's Confidential Information". */
const DENIED_CONFIDENCE =
  /\b(?:is|are|shall|will|does|do)\s+not\s+(?:be\s+(?:deemed\s+|considered\s+|treated\s+as\s+)?|constitute\s+|form\s+part\s+of\s+)?(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?Confidential\s+Information\b/;

/**
 * The deletion of the limb after the last turn before the denial, up to the end of its clause (the next semicolon or
 * the sentence's end), when the sentence then no longer frees the data; undefined where the denial opens the sentence.
 */
export function freedLimbStrike(text: string, finding: Finding, risks: (text: string) => readonly Finding[]): RedlineOp[] | undefined {
  const sentence = text.slice(finding.start, finding.end);
  const denial = DENIED_CONFIDENCE.exec(sentence);
  if (denial === null) return undefined;
  const turn = [...sentence.matchAll(TURN)].filter((t) => (t.index ?? 0) < denial.index && !sentence.slice(t.index ?? 0, denial.index).slice(1).includes(';')).pop();
  if (turn?.index === undefined) return undefined;
  const after = denial.index + denial[0].length;
  const semicolon = sentence.indexOf(';', after);
  const stop = semicolon >= 0 ? semicolon : (/[.:]\s*$/.exec(sentence)?.index ?? sentence.length);
  const start = finding.start + turn.index;
  const ops: RedlineOp[] = [{ kind: 'delete', start, end: finding.start + stop, text: text.slice(start, finding.start + stop) }];
  const inSentence = (f: Finding) => f.start < finding.end && f.end > finding.start;
  return risks(applyOps(text, ops)).some((f) => f.category === finding.category && inSentence(f)) ? undefined : ops;
}
