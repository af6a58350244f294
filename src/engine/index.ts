// The engine's public surface: the analysis pipeline verbs, labels, posture and applying redline ops.
// Pure: re-exports only; must not import Office, React, the DOM or Node.
export * from './types';
export { analyzeDocument, type AnalyzeOptions } from './analyzeDocument';
export { segmentDocument, type Sentence } from './segmentDocument';
export { extractDefinitions, type DefinitionsResult } from './extractDefinitions';
export { detectFindings, type ClauseFinding, type Detection, type TraceEntry } from './detectFindings';
export { explainFinding } from './explainFinding';
export { findMissingProtections, type MissingDraft } from './findMissingProtections';
export { CATEGORY_LABELS, PROTECTION_LABELS } from './labels';
export { summarizePosture } from './posture';
export { applyOps, validateOps } from './applyOps';
