// After the pane has put redlines into the document, later plans must point at the paragraphs as they now are:
// inserted clauses shift paragraphs down, and a paragraph already redlined refuses a plan made on its old words.
import { applyOps } from '../../src/review/redline';
import type { RedlinePlan } from '../../src/engine/types';
import { rebasePlan } from '../../src/taskpane/rebasePlan';

const DOCUMENT = ['Title', 'Provider may train on Customer Data.', 'Provider keeps data forever.', 'Termination.'];

function edit(paragraph: number, from: string, to: string): RedlinePlan {
  const text = DOCUMENT[paragraph] ?? '';
  const start = text.indexOf(from);
  return {
    id: `edit-${paragraph}-${to}`,
    kind: 'word-level',
    source: { kind: 'finding', findingId: `f${paragraph}` },
    positionId: 'preferred',
    paragraph,
    originalText: text,
    targetText: text.replace(from, to),
    ops: [{ kind: 'delete', start, end: start + from.length, text: from }, { kind: 'insert', at: start + from.length, text: to }],
    newParagraphs: [],
    comment: { internal: '', external: '' },
  };
}

function insertAfter(paragraph: number, clause: string): RedlinePlan {
  const text = DOCUMENT[paragraph] ?? '';
  return { ...edit(paragraph, '', ''), id: `insert-${paragraph}-${clause}`, kind: 'inserted-paragraph', source: { kind: 'missing', category: 'audit' }, originalText: text, targetText: text, ops: [], newParagraphs: [clause] };
}

/** What the fake host does: bottom-up, edit the anchor and insert new paragraphs after it. */
function applyTo(document: string[], plan: RedlinePlan): string[] {
  expect(document[plan.paragraph]).toBe(plan.originalText);
  const next = [...document];
  next.splice(plan.paragraph, 1, applyOps(plan.originalText, plan.ops), ...plan.newParagraphs);
  return next;
}

describe('rebasePlan', () => {
  it('leaves a plan alone when nothing was applied', () => {
    const plan = edit(2, 'forever', 'for 30 days');
    expect(rebasePlan(plan, [])).toEqual({ kind: 'rebased', plan });
  });

  it('shifts a plan below an inserted clause, so it still finds its paragraph', () => {
    const first = insertAfter(0, 'Definitions clause.');
    const later = rebasePlan(edit(2, 'forever', 'for 30 days'), [first]);
    if (later.kind !== 'rebased') throw new Error(later.message);
    const document = applyTo(applyTo(DOCUMENT, first), later.plan);
    expect(document).toEqual(['Title', 'Definitions clause.', 'Provider may train on Customer Data.', 'Provider keeps data forever.'.replace('forever', 'for 30 days'), 'Termination.']);
  });

  it('puts a second clause at the same place after the first one, against the current text', () => {
    const first = insertAfter(1, 'Audit clause.');
    const second = rebasePlan(insertAfter(1, 'Deletion clause.'), [first]);
    if (second.kind !== 'rebased') throw new Error(second.message);
    expect(applyTo(applyTo(DOCUMENT, first), second.plan).slice(1, 4)).toEqual(['Provider may train on Customer Data.', 'Audit clause.', 'Deletion clause.']);
  });

  it('anchors a clause on a redlined paragraph to its new wording', () => {
    const first = edit(1, 'may', 'shall not');
    const second = rebasePlan(insertAfter(1, 'Audit clause.'), [first]);
    if (second.kind !== 'rebased') throw new Error(second.message);
    expect(applyTo(applyTo(DOCUMENT, first), second.plan).slice(1, 3)).toEqual(['Provider shall not train on Customer Data.', 'Audit clause.']);
  });

  it('refuses a second edit of a paragraph already redlined, with a next step', () => {
    const result = rebasePlan(edit(1, 'Customer Data', 'anonymised data'), [edit(1, 'may', 'shall not')]);
    expect(result).toEqual({ kind: 'conflict', message: expect.stringMatching(/Analyse again/) });
  });

  it('does not shift plans above an inserted clause', () => {
    const plan = edit(1, 'may', 'shall not');
    expect(rebasePlan(plan, [insertAfter(2, 'Retention clause.')])).toEqual({ kind: 'rebased', plan });
  });
});
