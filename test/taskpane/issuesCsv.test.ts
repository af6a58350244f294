// CSV export and the copied table: every row and column present, quoting per RFC 4180, no formula injection.
import type { IssueRow } from '../../src/taskpane/report/issueColumns';
import { issuesCsv } from '../../src/taskpane/report/issuesCsv';
import { issuesTableHtml, issuesTableText } from '../../src/taskpane/report/issuesTable';

const ROWS: IssueRow[] = [
  {
    Severity: 'High',
    Issue: 'AI training on your data',
    Paragraph: '3',
    Clause: 'Provider may use "Customer Data", files and prompts\nto train models.',
    'Why it matters': 'Your data could shape a model others use.',
    Status: 'Open',
  },
  { Severity: 'Missing', Issue: 'Audit rights', Paragraph: 'after 5', Clause: '', 'Why it matters': '=HYPERLINK("x")', Status: 'Dismissed: Covered elsewhere' },
];

describe('issuesCsv', () => {
  it('writes a header and one CRLF line per row, quoting commas, quotes and line breaks', () => {
    const csv = issuesCsv(ROWS);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Severity,Issue,Paragraph,Clause,Why it matters,Status');
    expect(lines[1]).toBe('High,AI training on your data,3,"Provider may use ""Customer Data"", files and prompts\nto train models.",Your data could shape a model others use.,Open');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const line = issuesCsv(ROWS).slice(1).split('\r\n')[2];
    expect(line).toBe(`Missing,Audit rights,after 5,,"'=HYPERLINK(""x"")",Dismissed: Covered elsewhere`);
  });

  it('writes only the header for no rows', () => {
    expect(issuesCsv([])).toBe('\uFEFFSeverity,Issue,Paragraph,Clause,Why it matters,Status\r\n');
  });
});

describe('issuesTable', () => {
  it('gives tab-separated text with line breaks inside cells flattened', () => {
    const lines = issuesTableText(ROWS).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]?.split('\t')).toEqual(['High', 'AI training on your data', '3', 'Provider may use "Customer Data", files and prompts to train models.', 'Your data could shape a model others use.', 'Open']);
  });

  it('escapes document text in the HTML table', () => {
    const html = issuesTableHtml([{ ...ROWS[0]!, Clause: '<script>alert(1)</script> & more' }]);
    expect(html).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</td>');
    expect(html).not.toContain('<script>');
  });
});
