// What `analyze --format json` adds for a .docx besides the findings: the decision record read back as "decisions"
// (a damaged or newer record is reported, never read as empty), and every tracked change as "changes", each judged by
// analysing its paragraph with and without it. Must not import Office, the DOM globals or fs.
import type { Analysis } from '../engine/types';
import type { AnalyzeOptions } from '../engine/analyzeDocument';
import type { DocxDocument } from './readDocx';
import { docxRevisions, revisedParagraphs } from './roundTwo/docxRevisions';
import { judgeChanges, type ChangeEffect } from '../negotiation/judgeChanges';
import { readDecisionPart } from './decisions/decisionPart';
import { parseDecisionRecord } from '../negotiation/decisionRecord';

/** The JSON contract: field names are part of the public interface of `analyze`. */
export interface JsonDecision {
  readonly fingerprint: string;
  readonly category: string;
  readonly status: string;
  readonly position: string | null;
  readonly reason: string | null;
  readonly paragraph: number;
}

export interface JsonChange {
  readonly revision: string;
  readonly author: string;
  readonly type: 'insert' | 'delete';
  readonly paragraph: number;
  readonly text: string;
  readonly aiTerms: boolean;
  readonly category: string | null;
  readonly effect: ChangeEffect;
}

export interface DocxExtras {
  readonly decisions: readonly JsonDecision[];
  readonly changes: readonly JsonChange[];
  /** Set when the document holds a decision record that could not be used. */
  readonly decisionRecordProblem?: string;
}

export async function docxExtras(document: DocxDocument, analysis: Analysis, options: AnalyzeOptions = {}): Promise<DocxExtras> {
  const changes = trackedChanges(document, analysis, options);
  const part = await readDecisionPart(document.zip, document.documentPath);
  if (!part.ok) return { decisions: [], changes, decisionRecordProblem: `the decision record could not be read (${part.error})` };
  if (part.value === null) return { decisions: [], changes };
  const parsed = parseDecisionRecord(part.value);
  if (!parsed.ok) return { decisions: [], changes, decisionRecordProblem: `${parsed.message}; it was ignored` };
  return {
    decisions: parsed.decisions.map((decision) => ({
      fingerprint: decision.fingerprint,
      category: decision.category,
      status: decision.status,
      position: decision.position ?? null,
      reason: decision.reason ?? null,
      paragraph: decision.paragraph,
    })),
    changes,
  };
}

/** The same from the file's bytes (the CLI reads the file once more; contracts are small next to the analysis). */
export async function docxExtrasFromBytes(bytes: Uint8Array, fileName: string, analysis: Analysis, options: AnalyzeOptions = {}): Promise<DocxExtras> {
  const { readDocx } = await import('./readDocx');
  const read = await readDocx(bytes, fileName);
  return read.ok ? docxExtras(read.document, analysis, options) : { decisions: [], changes: [], decisionRecordProblem: `the document could not be read again (${read.reason})` };
}

/** One entry per revision; the revisions a lawyer answers together (a deletion and its replacement) share a verdict. */
function trackedChanges(document: DocxDocument, analysis: Analysis, options: AnalyzeOptions): JsonChange[] {
  const revised = revisedParagraphs(docxRevisions(document));
  const judged = judgeChanges(document.paragraphs, revised, analysis.definitions.map((definition) => definition.paragraph), options);
  const byParagraph = new Map(revised.map((paragraph) => [paragraph.paragraph, paragraph]));
  return judged.flatMap(({ unit, aiTerms, category, effect }) =>
    unit.segments.map((index) => {
      const segment = byParagraph.get(unit.paragraph)!.segments[index]!;
      return {
        revision: segment.revision ?? '',
        author: segment.author ?? '',
        type: segment.kind === 'delete' ? ('delete' as const) : ('insert' as const),
        paragraph: unit.paragraph,
        text: segment.text,
        aiTerms,
        category,
        effect,
      };
    }),
  );
}
