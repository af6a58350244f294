// Renders one analysed file as the JSON Lines record of the `analyze` contract, or as a readable terminal report.
// Node-free and Office-free: pure string building.
import { CATEGORY_LABELS, PROTECTION_LABELS } from '../engine/labels';
import { summarizePosture } from '../engine/posture';
import type { Analysis, Finding, ReviewMode, Severity } from '../engine/types';
import { issueById } from '../playbook/issueFor';
import type { Playbook } from '../playbook/schema';

/** The JSON contract of `analyze --format json`: field names and order are part of the public interface. */
export function toJsonRecord(file: string, analysis: Analysis): Record<string, unknown> {
  return {
    file,
    findings: analysis.findings.map((f) => ({
      id: f.id,
      category: f.category,
      stance: f.stance,
      severity: f.severity,
      paragraph: f.paragraph,
      start: f.start,
      end: f.end,
      quote: f.quote,
      explanation: f.explanation,
      evidence: f.evidence.map((s) => ({ role: s.role, text: s.text, start: s.start, end: s.end })),
      rules: f.rules,
      ...(f.scope ? { scope: f.scope } : {}),
      playbookIssue: f.playbookIssue,
    })),
    missing: analysis.missing.map((m) => ({
      category: m.category,
      insertAfterParagraph: m.insertAfterParagraph,
      explanation: m.explanation,
      playbookIssue: m.playbookIssue,
    })),
    definitions: analysis.definitions,
    parties: analysis.parties,
    // The default mode adds nothing, so its records are what they always were.
    ...(analysis.mode && analysis.mode !== 'customer' ? { mode: analysis.mode } : {}),
    ...(analysis.suggestedMode ? { suggestedMode: analysis.suggestedMode } : {}),
  };
}

const MODE_LINES: Partial<Record<ReviewMode, string>> = {
  vendor: 'Review mode: vendor (the customer’s paper, read for the vendor).',
  dua: 'Review mode: dua (a data-use agreement for model training, read for the data holder).',
};
const SUGGESTION_LINES: Partial<Record<ReviewMode, string>> = {
  dua: 'This reads as a data-use agreement for model training; run again with --mode dua to review it for the data holder.',
};

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const MAX_QUOTE = 320;

function quoteOf(finding: Finding): string {
  const text = finding.quote.length > MAX_QUOTE ? `${finding.quote.slice(0, MAX_QUOTE - 1)}\u2026` : finding.quote;
  return `"${text}"`;
}

function positionLine(playbook: Playbook, issueId: string): string | undefined {
  const issue = issueById(playbook, issueId);
  const preferred = issue?.positions[0];
  return issue && preferred ? `Playbook: ${issue.title} \u2192 ${preferred.label}` : undefined;
}

/** A report a lawyer can read in a terminal: risks by severity, then protections found, then what is missing. */
export function formatTextReport(file: string, analysis: Analysis, playbook: Playbook): string {
  const risks = analysis.findings
    .filter((f) => f.stance === 'risk')
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.paragraph - b.paragraph || a.start - b.start);
  const protections = analysis.findings.filter((f) => f.stance === 'protective');
  const forReview = analysis.findings.filter((f) => f.stance === 'neutral');
  const counts = (['high', 'medium', 'low'] as const).map((s) => `${risks.filter((f) => f.severity === s).length} ${s}`);
  const modeLine = analysis.mode ? MODE_LINES[analysis.mode] : undefined;
  const suggestion = analysis.suggestedMode ? SUGGESTION_LINES[analysis.suggestedMode] : undefined;
  const lines = [
    `== ${file}`,
    ...(modeLine ? [modeLine] : []),
    ...(suggestion ? [suggestion] : []),
    summarizePosture(analysis),
    `Risks: ${counts.join(', ')}. Protections found: ${protections.length}. For review: ${forReview.length}. Missing protections: ${analysis.missing.length}.`,
  ];
  for (const finding of risks) {
    lines.push(
      '',
      `${finding.severity.toUpperCase()}  ${CATEGORY_LABELS[finding.category]} (${finding.category}), paragraph ${finding.paragraph + 1}`,
      `  ${quoteOf(finding)}`,
      `  ${finding.explanation}`,
      `  Why flagged: rules ${finding.rules.join(', ')}${finding.scope ? `; applies to: ${finding.scope}` : ''}.`,
    );
    const position = positionLine(playbook, finding.playbookIssue);
    if (position) lines.push(`  ${position}`);
  }
  if (protections.length > 0) {
    lines.push('', 'Protections found:');
    for (const finding of protections) {
      lines.push(`  ${CATEGORY_LABELS[finding.category]}, paragraph ${finding.paragraph + 1}: ${quoteOf(finding)}`);
    }
  }
  if (forReview.length > 0) {
    lines.push('', 'For review (neither risk nor protection):');
    for (const finding of forReview) {
      lines.push(`  ${CATEGORY_LABELS[finding.category]}, paragraph ${finding.paragraph + 1}: ${quoteOf(finding)}`);
    }
  }
  if (analysis.missing.length > 0) {
    lines.push('', 'Missing protections:');
    for (const missing of analysis.missing) {
      lines.push(`  ${PROTECTION_LABELS[missing.category]}: insert after paragraph ${missing.insertAfterParagraph + 1}.`);
      lines.push(`    ${missing.explanation}`);
      const position = positionLine(playbook, missing.playbookIssue);
      if (position) lines.push(`    ${position}`);
    }
  }
  if (analysis.findings.length === 0 && analysis.missing.length === 0) lines.push('', 'No AI data-use terms found.');
  return lines.join('\n');
}
