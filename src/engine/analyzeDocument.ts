// The engine's entry point: paragraphs in, findings, missing protections, definitions and parties out.
// Pure and deterministic: no clock, randomness, environment, DOM or Office.
import type { Analysis, CategoryId, Paragraph, ProtectionId } from './types';
import { segmentDocument } from './segmentDocument';
import { extractDefinitions } from './extractDefinitions';
import { detectFindings, type TraceEntry } from './detectFindings';
import { explainFinding } from './explainFinding';
import { findMissingProtections } from './findMissingProtections';

export interface AnalyzeOptions {
  /** Maps a category or protection id to a playbook issue id; default: the id itself. */
  readonly issueFor?: (id: CategoryId | ProtectionId) => string | undefined;
  /** Record, per sentence, the frame and the rules that fired or were vetoed (`analyze --explain`). */
  readonly trace?: boolean;
}

export function analyzeDocument(paragraphs: readonly Paragraph[], options: AnalyzeOptions = {}): Analysis & { readonly trace?: readonly TraceEntry[] } {
  const issueFor = (id: CategoryId | ProtectionId): string => options.issueFor?.(id) ?? id;
  const sentences = segmentDocument(paragraphs);
  const { definitions, parties, terms } = extractDefinitions(paragraphs);
  const detection = detectFindings(paragraphs, sentences, definitions, parties, { trace: options.trace === true });
  const clauses = detection.findings;
  const findings = clauses.map((c) => ({ ...c, explanation: explainFinding(c, terms), playbookIssue: issueFor(c.category) }));
  const missing = findMissingProtections(paragraphs, clauses, definitions, terms).map((m) => ({ ...m, playbookIssue: issueFor(m.category) }));
  return { findings, missing, definitions, parties, terms, ...(detection.trace ? { trace: detection.trace } : {}) };
}
