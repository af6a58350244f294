// Edits that keep the rest of the contract in step with the review's own: the refusal of audits made subject to the
// inserted audit clause, the survival list given the inserted clauses that must outlive the contract, and clauses
// that only qualified a clause the review deleted. Pure: engine and playbook only.
import { applyOps } from '../engine/applyOps';
import type { Analysis, Paragraph } from '../engine/types';
import { auditDenial, exceptForClause, provisionWord, referenceTo } from './conformDenial';
import { editKey, type EditItem, type InsertItem, type ReviewChoices, type ReviewItem } from './reviewItems';
import { survivalEdit } from './survivalList';
import { commentWording } from './wording';

/** The contract's refusal of audits, made subject to the audit clause this review inserts (see conformDenial.ts). */
export function denialItem(analysis: Analysis, paragraphs: readonly Paragraph[], items: readonly ReviewItem[], choices: ReviewChoices): EditItem | undefined {
  const audit = items.find((item): item is InsertItem => item.kind === 'insert' && item.answers === 'audit');
  const denial = audit && audit.number !== '' ? auditDenial(paragraphs) : undefined;
  const original = denial && paragraphs[denial.paragraph]?.text;
  if (!audit || !denial || original === undefined || items.some((item) => item.kind === 'edit' && item.paragraph === denial.paragraph)) return undefined;
  const reference = referenceTo(paragraphs, audit.after, audit.number);
  const ops = exceptForClause(original, denial, reference, analysis.terms);
  const where = `${provisionWord(analysis.terms)} ${reference}`;
  return {
    kind: 'edit',
    key: editKey(denial.paragraph),
    paragraph: denial.paragraph,
    findings: [],
    issues: [audit.issue],
    positionId: choices.position,
    original,
    target: applyOps(original, ops),
    ops,
    wordLevel: true,
    comment: {
      internal: `[Internal] The refusal of audits conformed to the new ${where}.`,
      external: `We made this sentence subject to the new ${where}, so that the audit right we ask for and the refusal of audits do not contradict each other.`,
    },
    notes: [],
  };
}

/** The survival clause, conformed to the inserted clauses that must outlive the contract (see survivalList.ts). */
export function survivalItem(analysis: Analysis, paragraphs: readonly Paragraph[], items: readonly ReviewItem[], choices: ReviewChoices): EditItem | undefined {
  const inserts = items.filter((item): item is InsertItem => item.kind === 'insert');
  const busy = new Set(items.flatMap((item) => (item.kind === 'edit' ? [item.paragraph] : [])));
  const found = survivalEdit(paragraphs, analysis, inserts, busy);
  const original = found && paragraphs[found.paragraph]?.text;
  if (!found || original === undefined) return undefined;
  const word = provisionWord(analysis.terms);
  const clauses = found.added.length === 1 ? `${word} ${found.added[0]}` : `${word}s ${found.added.slice(0, -1).join(', ')} and ${found.added[found.added.length - 1]}`;
  const issues = inserts.filter((item) => found.added.some((n) => item.number === n)).map((item) => item.issue);
  const fill = (t: string) => commentWording(t, analysis.terms);
  return {
    kind: 'edit',
    key: editKey(found.paragraph),
    paragraph: found.paragraph,
    findings: [],
    issues,
    positionId: choices.position,
    original,
    target: applyOps(original, found.ops),
    ops: found.ops,
    wordLevel: true,
    comment: {
      internal: `[Internal] Survival conformed to the new ${clauses}.`,
      external: fill(`We added the new ${clauses} to the clauses that survive, so that ${found.added.length === 1 ? 'it continues' : 'they continue'} to protect {{customerData}} that {{vendor}} still holds after this {{agreement}} ends.`),
    },
    notes: [],
  };
}

