// What makes a review mode: the words it adds to the vocabulary, its rule table, how it names the parties and where
// it looks for missing protections. One interface, one small file per mode. Types only.
import type { DefinitionsResult } from '../extractDefinitions';
import type { MissingDraft } from '../findMissingProtections';
import type { ClauseFinding } from '../detectFindings';
import type { WordSet } from '../language/wordSet';
import type { Rule } from '../rules/ruleTypes';
import type { ContractTerms, Definition, Paragraph, ReviewMode } from '../types';

export interface ModeDefinition {
  readonly id: ReviewMode;
  /** Word sets read on top of the built-in vocabulary; compiled once per process. */
  readonly vocabulary: readonly WordSet[];
  readonly rules: readonly Rule[];
  /** The parties, definitions and placeholder words as this mode reads them (a data holder sits where the customer does). */
  readonly readParties: (read: DefinitionsResult, paragraphs: readonly Paragraph[]) => DefinitionsResult;
  readonly findMissing: (
    paragraphs: readonly Paragraph[],
    findings: readonly ClauseFinding[],
    definitions: readonly Definition[],
    terms: ContractTerms,
  ) => MissingDraft[];
}
