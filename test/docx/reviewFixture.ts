// Hand-built redline plans against the sample agreement, shared by the writer and LibreOffice tests.
import { applyOps } from '../../src/engine/applyOps';
import type { RedlineOp, RedlinePlan } from '../../src/engine/types';
import { SAMPLE_PARAGRAPHS } from '../fixtures/docx/sampleDocx';

function replace(text: string, from: string, to: string): RedlineOp[] {
  const start = text.indexOf(from);
  if (start < 0) throw new Error(`"${from}" is not in "${text}"`);
  const ops: RedlineOp[] = [{ kind: 'delete', start, end: start + from.length, text: from }];
  if (to) ops.push({ kind: 'insert', at: start, text: to });
  return ops;
}

function insertAfter(text: string, after: string, inserted: string): RedlineOp[] {
  const at = text.indexOf(after);
  if (at < 0) throw new Error(`"${after}" is not in "${text}"`);
  return [{ kind: 'insert', at: at + after.length, text: inserted }];
}

export function makePlan(id: string, paragraph: number, ops: RedlineOp[], newParagraphs: string[] = []): RedlinePlan {
  const originalText = SAMPLE_PARAGRAPHS[paragraph];
  if (originalText === undefined) throw new Error(`no sample paragraph ${paragraph}`);
  return {
    id,
    kind: newParagraphs.length > 0 && ops.length === 0 ? 'inserted-paragraph' : 'word-level',
    source: { kind: 'finding', findingId: `finding-${id}` },
    positionId: 'preferred',
    paragraph,
    originalText,
    targetText: applyOps(originalText, ops),
    ops,
    newParagraphs,
    comment: { internal: `Internal note for ${id}: push back.`, external: `Please accept the change ${id}.` },
  };
}

const P = SAMPLE_PARAGRAPHS;
const sortOps = (ops: RedlineOp[]): RedlineOp[] =>
  [...ops].sort((a, b) => (a.kind === 'delete' ? a.start : a.at) - (b.kind === 'delete' ? b.start : b.at) || (a.kind === 'delete' ? -1 : 1));

export const NEW_CLAUSE = 'Provider shall delete Customer Data within thirty days after termination and confirm the deletion in writing.';

/** Plans touching formatted runs, a footnote, another author's revisions, a hyperlink and field, a table cell, the last paragraph. */
export const SAMPLE_PLANS: readonly RedlinePlan[] = [
  makePlan('across-formatting', 3, replace(P[3], 'may use Customer Data to train and improve its', 'shall not use Customer Data to train')),
  makePlan('inside-other-revision', 4, sortOps([...insertAfter(P[4], 'of Customer', ' and its users'), ...replace(P[4], 'at all ', '')])),
  makePlan('around-hyperlink-and-field', 5, sortOps([...replace(P[5], ', as updated from time to time', ''), ...replace(P[5], 'Section 4.2', 'Section 4.2 and Schedule 2')])),
  makePlan('table-cell', 10, replace(P[10], 'for as long as it considers necessary', 'for no longer than thirty days')),
  makePlan('last-paragraph-edit', 11, insertAfter(P[11], 'Provider may ', 'not ')),
  makePlan('missing-deletion', 11, [], [NEW_CLAUSE, 'Customer may request a deletion certificate at any time.']),
  makePlan('collides', 3, replace(P[3], 'train and improve', 'develop')),
];

/** Each paragraph as it should read once every applied revision is accepted. */
export function expectedAcceptedTexts(): string[] {
  const result: string[] = [];
  P.forEach((text, index) => {
    const plans = SAMPLE_PLANS.filter((plan) => plan.paragraph === index && plan.id !== 'collides');
    const ops = sortOps(plans.flatMap((plan) => [...plan.ops]));
    result.push(applyOps(text, ops));
    result.push(...plans.flatMap((plan) => [...plan.newParagraphs]));
  });
  return result;
}
