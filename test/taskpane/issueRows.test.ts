// The issues list behind the CSV, the copied table and the memo: clause numbers, category and severity, the quote,
// the proposed position and its wording, and the status with its reason.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { clauseLabels } from '../../src/engine/clauseLabels';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { itemKey } from '../../src/taskpane/itemKey';
import { issueRows } from '../../src/taskpane/report/issueRows';
import { summaryMemo } from '../../src/taskpane/report/summaryMemo';
import { NUMBERED_PARAGRAPHS } from './fixtures/numberedParagraphs';

const paragraphs = NUMBERED_PARAGRAPHS.map((text) => ({ text }));
const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
const labels = clauseLabels(paragraphs);
const context = { playbook: DEFAULT_PLAYBOOK, locate: (paragraph: number) => labels[paragraph]?.text ?? '' };
const finding = (category: string) => analysis.findings.find((candidate) => candidate.category === category)!;

describe('issueRows', () => {
  const items = {
    [itemKey(finding('ai-training'))]: { kind: 'dismissed', reason: 'Covered elsewhere in the contract' },
    [itemKey(finding('survival-retention'))]: { kind: 'redlined', positionId: 'fallback1' },
  } as const;
  const rows = issueRows(analysis, items, context);

  it('gives each risk its clause number, category, severity, quote, position, wording, status and reason', () => {
    const training = rows.find((row) => row.Category === 'AI training on your data')!;
    expect(training).toMatchObject({ Clause: '2.1', Severity: 'High', Status: 'Dismissed', Reason: 'Covered elsewhere in the contract' });
    expect(training.Quote).toBe(finding('ai-training').quote);
    expect(training['Proposed position']).toMatch(/^Preferred: /);
    expect(training['Proposed wording']).toMatch(/Quillstone Software Ltd|Provider/);
    expect(training['Proposed wording']).not.toMatch(/\{\{/);
    expect(training['Why it matters']).not.toMatch(/The clause says/);
  });

  it('reports the position actually redlined, and new clauses by the clause they follow', () => {
    expect(rows.find((row) => row.Clause === '3.1' && row.Category === 'Data kept or used after termination')).toMatchObject({ Status: 'Redlined', 'Proposed position': expect.stringMatching(/^Fallback 1: /) });
    expect(rows.find((row) => row.Severity === 'Missing' && row.Clause === 'new clause after 3.2')).toBeTruthy();
    expect(rows.find((row) => row.Severity === 'Protection')).toMatchObject({ Clause: '2.4', Status: 'Present' });
  });

  it('writes the memo by clause with the decision and the proposed wording', () => {
    const memo = summaryMemo(analysis, items, context);
    const line = memo.find((text) => text.startsWith('2.1 – AI training'))!;
    expect(line).toContain('Status: Dismissed (Covered elsewhere in the contract).');
    expect(line).toContain('Proposed: Preferred:');
    expect(memo.some((text) => /paragraph \d/.test(text))).toBe(false);
  });
});
