// Reads a file the user opened in the workbench: .docx through src/docx/readDocx (loaded on demand, it is large),
// anything else as UTF-8 text. Returns paragraphs or a message that says what to do.
import { fromEngineParagraphs, splitParagraphs, type WorkbenchParagraph } from './splitParagraphs';

export type ReadFileResult = { readonly ok: true; readonly paragraphs: WorkbenchParagraph[] } | { readonly ok: false; readonly error: string };

export async function readDocumentFile(file: File): Promise<ReadFileResult> {
  try {
    if (/\.docx$/i.test(file.name)) {
      const { readDocx } = await import('../docx/readDocx');
      const result = await readDocx(new Uint8Array(await file.arrayBuffer()), file.name);
      if (!result.ok) return { ok: false, error: `${result.error} Save it again from Word as .docx, or paste its text.` };
      return { ok: true, paragraphs: fromEngineParagraphs(result.document.paragraphs) };
    }
    const text = await file.text();
    if (text.includes('\u0000')) return { ok: false, error: `${file.name} holds binary data, not text. Open a .txt or .docx file, or paste the text.` };
    return { ok: true, paragraphs: splitParagraphs(text) };
  } catch (error) {
    return { ok: false, error: `${file.name} could not be read (${error instanceof Error ? error.message : String(error)}). Try pasting its text instead.` };
  }
}
