// CSV export and the copied table: every row and column present, quoting per RFC 4180, no formula injection.
import type { IssueRow } from '../../src/taskpane/report/issueColumns';
import { issuesCsv } from '../../src/taskpane/report/issuesCsv';
import { issuesTableHtml, issuesTableText } from '../../src/taskpane/report/issuesTable';

const ROWS: IssueRow[] = [
  {
    Clause: '3.3',
    Severity: 'High',
    Category: 'AI training on your data',
    Quote: 'Provider may use "Customer Data", files and prompts\nto train models.',
    'Why it matters': 'Your data could shape a model others use.',
    'Proposed position': 'Preferred: Prohibit training',
    'Proposed wording': 'Provider shall not use Customer Data to train any model.',
    Status: 'Open',
    Reason: '',
  },
  {
    Clause: 'new clause after 5.3',
    Severity: 'Missing',
    Category: 'Audit rights',
    Quote: '',
    'Why it matters': '=HYPERLINK("x")',
    'Proposed position': 'Preferred: Audit',
    'Proposed wording': '-1 day',
    Status: 'Dismissed',
    Reason: 'Covered elsewhere',
  },
];
const HEADER = 'Clause,Severity,Category,Quote,Why it matters,Proposed position,Proposed wording,Status,Reason';

describe('issuesCsv', () => {
  it('writes a header and one CRLF line per row, quoting commas, quotes and line breaks', () => {
    const csv = issuesCsv(ROWS);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines[1]).toBe(
      '3.3,High,AI training on your data,"Provider may use ""Customer Data"", files and prompts\nto train models.",Your data could shape a model others use.,' +
        'Preferred: Prohibit training,Provider shall not use Customer Data to train any model.,Open,',
    );
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const line = issuesCsv(ROWS).slice(1).split('\r\n')[2];
    expect(line).toBe(`new clause after 5.3,Missing,Audit rights,,"'=HYPERLINK(""x"")",Preferred: Audit,'-1 day,Dismissed,Covered elsewhere`);
  });

  it('writes only the header for no rows', () => {
    expect(issuesCsv([])).toBe(`\uFEFF${HEADER}\r\n`);
  });
});

describe('issuesTable', () => {
  it('gives tab-separated text with line breaks inside cells flattened', () => {
    const lines = issuesTableText(ROWS).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]?.split('\t').slice(0, 5)).toEqual(['3.3', 'High', 'AI training on your data', 'Provider may use "Customer Data", files and prompts to train models.', 'Your data could shape a model others use.']);
  });

  it('escapes document text in the HTML table', () => {
    const html = issuesTableHtml([{ ...ROWS[0]!, Quote: '<script>alert(1)</script> & more' }]);
    expect(html).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</td>');
    expect(html).not.toContain('<script>');
  });
});
