// Reads a file the user opened in the workbench through the same reader as the CLI (src/docx/readContract, loaded
// on demand: it is large), so both say the same about the same file: a Word package by its content, text in its
// own encoding (UTF-8 or UTF-16 with a byte-order mark), never Latin-1 silently turned into replacement characters.
import { fromEngineParagraphs, type WorkbenchParagraph } from './splitParagraphs';

export type ReadFileResult = { readonly ok: true; readonly paragraphs: WorkbenchParagraph[] } | { readonly ok: false; readonly error: string };

/** As the CLI: no contract file is this large, and reading one would freeze the page. */
export const MAX_DOCUMENT_FILE_BYTES = 64 * 1024 * 1024;

export async function readDocumentFile(file: File): Promise<ReadFileResult> {
  if (file.size > MAX_DOCUMENT_FILE_BYTES) {
    return { ok: false, error: `${file.name} is ${Math.round(file.size / 1024 / 1024)} MB, larger than the ${MAX_DOCUMENT_FILE_BYTES / 1024 / 1024} MB a contract can be. Check that it is the right file.` };
  }
  try {
    const { readContractBytes } = await import('../docx/readContract');
    const result = await readContractBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!result.ok) return { ok: false, error: `${file.name}: ${result.error}. You can also paste the text.` };
    return { ok: true, paragraphs: fromEngineParagraphs(result.paragraphs) };
  } catch (error) {
    return { ok: false, error: `${file.name} could not be read (${error instanceof Error ? error.message : String(error)}). Try pasting its text instead.` };
  }
}
