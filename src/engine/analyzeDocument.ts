// The engine's entry point: paragraphs in, findings, missing protections, definitions and parties out.
// Pure and deterministic: no clock, randomness, environment, DOM or Office.
import type { Analysis, CategoryId, Finding, Paragraph, ProtectionId, ReviewMode } from './types';
import { segmentDocument } from './segmentDocument';
import { extractDefinitions } from './extractDefinitions';
import { detectFindings, type TraceEntry } from './detectFindings';
import { explainFinding } from './explainFinding';
import { modeDefinition, modeVocabulary } from './modes';
import { suggestMode } from './modes/suggestMode';

export interface AnalyzeOptions {
  /** Maps a category or protection id to a playbook issue id; default: the id itself. */
  readonly issueFor?: (id: CategoryId | ProtectionId) => string | undefined;
  /** Record, per sentence, the frame and the rules that fired or were vetoed (`analyze --explain`). */
  readonly trace?: boolean;
  /** Whose chair the review sits in: its rule table, categories and missing protections. Default `customer`. */
  readonly mode?: ReviewMode;
}

export function analyzeDocument(paragraphs: readonly Paragraph[], options: AnalyzeOptions = {}): Analysis & { readonly trace?: readonly TraceEntry[] } {
  const issueFor = (id: CategoryId | ProtectionId): string => options.issueFor?.(id) ?? id;
  const mode = options.mode ?? 'customer';
  const definition = modeDefinition(mode);
  const sentences = segmentDocument(paragraphs);
  const { definitions, parties, terms } = definition.readParties(extractDefinitions(paragraphs), paragraphs);
  const vocabulary = modeVocabulary(mode);
  const detection = detectFindings(paragraphs, sentences, definitions, parties, {
    trace: options.trace === true,
    rules: definition.rules,
    ...(vocabulary ? { modeVocabulary: vocabulary } : {}),
  });
  const clauses = detection.findings;
  const findings = clauses.map((c) => ({ ...c, explanation: explainFinding(c, terms), playbookIssue: issueFor(c.category) }));
  const missing = definition.findMissing(paragraphs, clauses, definitions, terms).map((m) => ({ ...m, playbookIssue: issueFor(m.category) }));
  const suggested = mode === 'customer' ? suggestMode(paragraphs, detection.frames) : undefined;
  return {
    findings,
    missing,
    definitions,
    parties,
    terms,
    mode,
    ...(suggested ? { suggestedMode: suggested } : {}),
    ...(detection.customerModels.length > 0 ? { customerModels: detection.customerModels } : {}),
    ...(detection.trace ? { trace: detection.trace } : {}),
  };
}

/**
 * The findings of one paragraph as it would read with `text`, in the document's own terms (its definitions and
 * parties), with the paragraph before it for context. Used to see what an edit leaves behind without analysing the
 * whole document again; offsets are in `text`, paragraph indices are `index`.
 */
export function analyzeParagraphText(
  text: string,
  index: number,
  contract: Pick<Analysis, 'definitions' | 'parties' | 'terms'> & { readonly mode?: ReviewMode },
  options: AnalyzeOptions & { readonly previous?: Paragraph } = {},
): Finding[] {
  const issueFor = (id: CategoryId | ProtectionId): string => options.issueFor?.(id) ?? id;
  const paragraphs: Paragraph[] = options.previous ? [options.previous, { text }] : [{ text }];
  const at = paragraphs.length - 1;
  // The paragraph is read in the document's own mode: the same rule table and vocabulary as the whole analysis.
  const mode = options.mode ?? contract.mode ?? 'customer';
  const vocabulary = modeVocabulary(mode);
  const detection = detectFindings(paragraphs, segmentDocument(paragraphs), contract.definitions, contract.parties, {
    rules: modeDefinition(mode).rules,
    ...(vocabulary ? { modeVocabulary: vocabulary } : {}),
  });
  return detection.findings
    .filter((f) => f.paragraph === at)
    .map((c) => ({ ...c, id: c.id.replace(`-p${at}-`, `-p${index}-`), paragraph: index, explanation: explainFinding(c, contract.terms), playbookIssue: issueFor(c.category) }));
}
