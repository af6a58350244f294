// The columns of the issues list, shared by the copied table, the CSV export and the memo. Pure.
export const ISSUE_COLUMNS = ['Clause', 'Severity', 'Category', 'Quote', 'Why it matters', 'Proposed position', 'Proposed wording', 'Status', 'Reason'] as const;

export type IssueRow = Readonly<Record<(typeof ISSUE_COLUMNS)[number], string>>;
