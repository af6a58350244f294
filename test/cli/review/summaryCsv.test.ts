// The batch summary CSV: one row per contract, counts per category and severity, safe against spreadsheet formulas.
import { csvCell, SUMMARY_HEADER, summaryCounts, summaryCsv } from '../../../src/cli/review/summaryCsv';
import type { Analysis, Finding } from '../../../src/engine/types';
import { progressBar } from '../../../src/cli/review/progressBar';

function finding(category: Finding['category'], stance: Finding['stance'], severity: Finding['severity']): Finding {
  return { id: `${category}-${severity}`, category, stance, severity, paragraph: 0, start: 0, end: 1, quote: 'x', evidence: [], rules: [], explanation: 'e', playbookIssue: category };
}

const analysis: Analysis = {
  findings: [finding('ai-training', 'risk', 'high'), finding('ai-training', 'risk', 'medium'), finding('broad-license', 'risk', 'high'), finding('confidentiality', 'protective', 'low')],
  missing: [
    { category: 'deletion', insertAfterParagraph: 3, explanation: 'none', playbookIssue: 'deletion' },
    { category: 'audit', insertAfterParagraph: 3, explanation: 'none', playbookIssue: 'audit' },
  ],
  definitions: [],
  parties: { vendorAliases: [], customerAliases: [] },
  terms: { customerData: 'Customer Data', vendor: 'Provider', customer: 'Customer', agreement: 'Agreement', services: 'services', spelling: 'uk' },
};

describe('summaryCsv', () => {
  const lines = summaryCsv([
    { kind: 'reviewed', file: 'inbox/acme.docx', output: 'inbox/acme.reviewed.docx', posture: 'The vendor may train AI models on your data.', counts: summaryCounts(analysis), applied: 3, skipped: 1, changed: true },
    { kind: 'failed', file: 'inbox/old.doc', error: 'this is a legacy Word 97-2003 .doc file, save it as .docx' },
  ]).split('\r\n');

  it('writes a header and one row per contract', () => {
    expect(lines[0]).toBe(SUMMARY_HEADER.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('counts findings per category and risks per severity, and lists missing protections', () => {
    const row = Object.fromEntries(SUMMARY_HEADER.map((name, index) => [name, lines[1]!.split(',')[index]]));
    expect(row).toMatchObject({ file: 'inbox/acme.docx', status: 'reviewed', 'ai-training': '2', 'broad-license': '1', confidentiality: '1', risks_high: '2', risks_medium: '1', risks_low: '0' });
    expect(row.missing_protections).toBe('deletion; audit');
    expect(row.redlines_applied).toBe('3');
  });

  it('marks a failed contract and quotes its error', () => {
    expect(lines[2]).toMatch(/^inbox\/old\.doc,failed,/);
    expect(lines[2]).toMatch(/"this is a legacy Word 97-2003 \.doc file, save it as \.docx"$/);
    expect(lines[2]!.split(',').length).toBeGreaterThanOrEqual(SUMMARY_HEADER.length);
  });

  it('quotes and neutralises cells', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-2')).toBe("'-2");
  });
});

describe('progressBar', () => {
  it('redraws in place on a terminal and writes lines otherwise', () => {
    const tty: string[] = [];
    const bar = progressBar(4, { write: (text) => tty.push(text), isTTY: true });
    bar.step(2, 'b.docx');
    bar.finish();
    expect(tty[0]).toBe(`\r\u001b[2K[${'#'.repeat(12)}${'-'.repeat(12)}] 2/4 b.docx`);
    const log: string[] = [];
    progressBar(4, { write: (text) => log.push(text), isTTY: false }).step(4, 'd.docx');
    expect(log).toEqual([`[${'#'.repeat(24)}] 4/4 d.docx\n`]);
  });
});
