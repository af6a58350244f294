// Adds the tracked changes of an opened .docx to its paragraphs (runs, the inserted and deleted ones with their
// authors), so a redline the other side sent back opens in the workbench as tracked changes. Loaded on demand.
import { readDocx } from '../docx/readDocx';
import { docxRevisions } from '../docx/roundTwo/docxRevisions';
import type { WorkbenchParagraph } from './splitParagraphs';

/** The paragraphs as read, with `runs` on those that hold revisions; unchanged when the file cannot be read again. */
export async function withRevisions(file: File, paragraphs: WorkbenchParagraph[]): Promise<WorkbenchParagraph[]> {
  const read = await readDocx(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!read.ok || read.document.paragraphs.length !== paragraphs.length) return paragraphs;
  const revised = new Map(docxRevisions(read.document).paragraphs.map((paragraph) => [paragraph.paragraph, paragraph.segments]));
  return paragraphs.map((paragraph, index) => {
    const segments = revised.get(index);
    if (!segments) return paragraph;
    const by = (author: string | undefined, date: string | undefined) => ({ author: author ?? 'Reviewer', ...(date ? { date } : {}) });
    const runs = segments.map(({ kind, text, author, date }) => ({ text, ...(kind === 'insert' ? { ins: by(author, date) } : kind === 'delete' ? { del: by(author, date) } : {}) }));
    return { ...paragraph, runs };
  });
}
