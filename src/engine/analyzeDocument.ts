// The engine's entry point: paragraphs in, findings, missing protections, definitions and parties out.
// Pure and deterministic: no clock, randomness, environment, DOM or Office.
import type { Analysis, CategoryId, Finding, Paragraph, ProtectionId } from './types';
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

/**
 * The findings of one paragraph as it would read with `text`, in the document's own terms (its definitions and
 * parties), with the paragraph before it for context. Used to see what an edit leaves behind without analysing the
 * whole document again; offsets are in `text`, paragraph indices are `index`.
 */
export function analyzeParagraphText(
  text: string,
  index: number,
  contract: Pick<Analysis, 'definitions' | 'parties' | 'terms'>,
  options: AnalyzeOptions & { readonly previous?: Paragraph } = {},
): Finding[] {
  const issueFor = (id: CategoryId | ProtectionId): string => options.issueFor?.(id) ?? id;
  const paragraphs: Paragraph[] = options.previous ? [options.previous, { text }] : [{ text }];
  const at = paragraphs.length - 1;
  const detection = detectFindings(paragraphs, segmentDocument(paragraphs), contract.definitions, contract.parties);
  return detection.findings
    .filter((f) => f.paragraph === at)
    .map((c) => ({ ...c, id: c.id.replace(`-p${at}-`, `-p${index}-`), paragraph: index, explanation: explainFinding(c, contract.terms), playbookIssue: issueFor(c.category) }));
}
