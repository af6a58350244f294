// A clause struck down to "[Reserved.]" takes the playbook clause on the same subject in its place, rather than that
// clause going in elsewhere under a new number (issue 9 §1, places and numbers inserted clauses).
import { issueById } from '../../src/playbook/issueFor';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { fillReserved } from '../../src/review/fillReserved';
import type { EditItem, InsertItem } from '../../src/review';
import type { ContractTerms, Finding } from '../../src/engine/types';

const TERMS: ContractTerms = { customerData: 'Client Files', vendor: 'Supplier', customer: 'Client', agreement: 'Agreement', services: 'Platform', spelling: 'uk' };
const issue = issueById(DEFAULT_PLAYBOOK, 'aggregated-data')!;
const original = '(g) Pooled statistics. The Supplier may pool Client Files with other data and use the result for any purpose.';
const struck = original.slice(4);
const finding = { category: 'aggregated-data', paragraph: 7, start: 4, end: original.length } as unknown as Finding;

const edit: EditItem = {
  kind: 'edit', key: 'edit:p7', paragraph: 7, findings: [finding], issues: [issue], positionId: 'preferred', original,
  target: '(g) [Reserved.]', ops: [{ kind: 'delete', start: 4, end: original.length, text: struck }, { kind: 'insert', at: original.length, text: '[Reserved.]' }],
  wordLevel: true, comment: { internal: '', external: '' }, notes: [],
};
const insert: InsertItem = {
  kind: 'insert', key: 'insert:aggregated-data', answers: 'aggregated-data', target: finding, issue, positionId: 'preferred', after: 9, number: '(j)',
  text: '(j) The Supplier may use statistics made from Client Files only in aggregated and anonymised form.', comment: { internal: '', external: '' },
};

describe('a clause reserved and a clause inserted on the same subject', () => {
  it('become one edit: the new clause in the struck one’s place, under its number, with one comment', () => {
    const items = fillReserved([edit, insert], TERMS);
    expect(items).toHaveLength(1);
    const [merged] = items as EditItem[];
    expect(merged?.target).toBe('(g) The Supplier may use statistics made from Client Files only in aggregated and anonymised form.');
    expect(merged?.comment.external).toMatch(/^We have rewritten this clause\. /);
    expect(merged?.comment.external).not.toMatch(/Reserved/);
  });

  it('leaves a reserved training clause that also read as derived data to its own subject', () => {
    const training = { ...finding, category: 'ai-training' } as unknown as Finding;
    expect(fillReserved([{ ...edit, findings: [finding, training] }, insert], TERMS)).toHaveLength(2);
  });

  it('leaves a reserved clause on another subject alone', () => {
    const other = { ...insert, answers: 'audit' as const, issue: issueById(DEFAULT_PLAYBOOK, 'audit')! };
    expect(fillReserved([edit, other], TERMS)).toHaveLength(2);
  });
});

describe('a new clause numbered after the one that moved into the reserved place', () => {
  it('steps back into the freed number, in its text and its comment', () => {
    const moved = { ...insert, number: '5.9', text: '5.9 The Supplier may use statistics made from Client Files only in aggregated and anonymised form.' };
    const audit: InsertItem = {
      ...insert, key: 'insert:audit', answers: 'audit', issue: issueById(DEFAULT_PLAYBOOK, 'audit')!, number: '5.10',
      text: '5.10 Records and Audit. The Supplier shall keep records of its use of Client Files.',
      comment: { internal: '[Internal] Inserted as clause 5.10.', external: 'We inserted a new clause as clause 5.10.' },
    };
    const items = fillReserved([edit, moved, audit], TERMS);
    const renumbered = items.find((item): item is InsertItem => item.kind === 'insert');
    expect(renumbered?.number).toBe('5.9');
    expect(renumbered?.text).toMatch(/^5\.9 Records and Audit\./);
    expect(renumbered?.comment.external).toBe('We inserted a new clause as clause 5.9.');
  });
});
