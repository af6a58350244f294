// What an audit word does not give: an audit of fees or invoices, and a word of a name ("Lumetric Inspection GmbH",
// "the LUMIQ Quality Inspection Platform", "Inspection Results" belong to a company or product whose trade is
// inspection, and give nobody a right to inspect: agreement 270 was read as granting audits in its heading and
// definitions). Pure: reads the frame.
import type { RuleInput, Veto } from './ruleTypes';
import { has, wordsAfter } from './queries';

const capitalised = (word: string): boolean => word !== '' && word[0] !== word[0]?.toLowerCase();

/** A capitalised word beside a capitalised neighbour, mid-sentence: one word of a multi-word name. */
function inName(frame: RuleInput['frame'], start: number, end: number): boolean {
  const word = frame.text.slice(start - frame.start, end - frame.start);
  const before = frame.text.slice(0, start - frame.start).trim().split(' ').pop() ?? '';
  const after = wordsAfter(frame, end, 1)[0] ?? '';
  return capitalised(word) && before !== '' && (capitalised(before) || capitalised(after));
}

export const AUDIT_WORD_IN_NAME: Veto = {
  reason: 'the audit word is part of a name, not a right to audit',
  when: ({ frame, predicate: p }) => p.cues.filter((c) => c.set === 'auditTerm').every((c) => inName(frame, c.start, c.end)),
};

export const COMMERCIAL_AUDIT: Veto = {
  reason: 'an audit of fees or invoices is commercial, not about data',
  when: ({ frame }) => has(frame, 'commercialRecords'),
};
