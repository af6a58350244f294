// What `analyze --format json` adds for a .docx besides the findings: the decision record read back as "decisions"
// (a damaged or newer record is reported, never read as empty). Must not import Office, the DOM globals or fs.
import type { DocxDocument } from './readDocx';
import { readDecisionPart } from './decisions/decisionPart';
import { parseDecisionRecord } from './decisions/decisionRecord';

/** The JSON contract: field names are part of the public interface of `analyze`. */
export interface JsonDecision {
  readonly fingerprint: string;
  readonly category: string;
  readonly status: string;
  readonly position: string | null;
  readonly reason: string | null;
  readonly paragraph: number;
}

export interface DocxExtras {
  readonly decisions: readonly JsonDecision[];
  /** Set when the document holds a decision record that could not be used. */
  readonly decisionRecordProblem?: string;
}

export async function docxExtras(document: DocxDocument): Promise<DocxExtras> {
  const part = await readDecisionPart(document.zip, document.documentPath);
  if (!part.ok) return { decisions: [], decisionRecordProblem: `the decision record could not be read (${part.error})` };
  if (part.value === null) return { decisions: [] };
  const parsed = parseDecisionRecord(part.value);
  if (!parsed.ok) return { decisions: [], decisionRecordProblem: `${parsed.message}; it was ignored` };
  return {
    decisions: parsed.decisions.map((decision) => ({
      fingerprint: decision.fingerprint,
      category: decision.category,
      status: decision.status,
      position: decision.position ?? null,
      reason: decision.reason ?? null,
      paragraph: decision.paragraph,
    })),
  };
}

/** The same from the file's bytes (the CLI reads the file once more; contracts are small next to the analysis). */
export async function docxExtrasFromBytes(bytes: Uint8Array, fileName: string): Promise<DocxExtras> {
  const { readDocx } = await import('./readDocx');
  const read = await readDocx(bytes, fileName);
  return read.ok ? docxExtras(read.document) : { decisions: [], decisionRecordProblem: `the document could not be read again (${read.reason})` };
}
