// The columns of the issues list, shared by the copied table, the CSV export and the memo. Pure.
export const ISSUE_COLUMNS = ['Severity', 'Issue', 'Paragraph', 'Clause', 'Why it matters', 'Status'] as const;

export type IssueRow = Readonly<Record<(typeof ISSUE_COLUMNS)[number], string>>;
