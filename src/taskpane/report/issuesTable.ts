// Renders issue rows as a table for the clipboard: tab-separated text (pastes as a table into Word, Excel and
// Outlook) and an HTML table built with escaped text. Pure: must not import React or Office.
import { ISSUE_COLUMNS, type IssueRow } from './issueColumns';

export function issuesTableText(rows: readonly IssueRow[]): string {
  const clean = (value: string) => value.replace(/[\t\r\n]+/g, ' ');
  const lines = [ISSUE_COLUMNS.join('\t'), ...rows.map((row) => ISSUE_COLUMNS.map((column) => clean(row[column])).join('\t'))];
  return `${lines.join('\n')}\n`;
}

export function issuesTableHtml(rows: readonly IssueRow[]): string {
  const head = `<tr>${ISSUE_COLUMNS.map((column) => `<th>${escapeHtml(column)}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${ISSUE_COLUMNS.map((column) => `<td>${escapeHtml(row[column])}</td>`).join('')}</tr>`);
  return `<table><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
