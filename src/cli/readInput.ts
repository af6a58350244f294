// Reads a contract file from disk into the engine's paragraphs, or explains in one line why it cannot.
// Node-only CLI helper: must not import Office, Word or React.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readDocx } from '../docx/readDocx';
import { paragraphsFromText } from '../engine/paragraphsFromText';
import type { Paragraph } from '../engine/types';

export { paragraphsFromText };

export type ReadResult = { readonly ok: true; readonly paragraphs: Paragraph[] } | { readonly ok: false; readonly error: string };

/** Refuse files this large: no contract is, and reading one would stall the terminal. */
const MAX_BYTES = 64 * 1024 * 1024;

export async function readContractFile(path: string): Promise<ReadResult> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, error: 'this is a folder, not a file; pass the contract files inside it' };
    if (!info.isFile()) return { ok: false, error: 'this is not a regular file; pass a .txt contract' };
    size = info.size;
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  }
  const extension = extname(path).toLowerCase();
  if (extension === '.doc') return { ok: false, error: 'this is a legacy Word .doc file; open it in Word and save it as .docx or .txt' };
  if (size > MAX_BYTES) return { ok: false, error: `the file is larger than ${MAX_BYTES / 1024 / 1024} MB; split it or check it is a contract` };
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, error: describeFsError(error) };
  }
  if (extension === '.docx') return paragraphsFromDocx(bytes, basename(path));
  return paragraphsFromBytes(bytes);
}

/** A .docx reads as the document now reads: tracked insertions in, deletions out, table cells in order. */
async function paragraphsFromDocx(bytes: Uint8Array, name: string): Promise<ReadResult> {
  const read = await readDocx(bytes, name);
  if (!read.ok) return { ok: false, error: read.reason };
  if (read.document.paragraphs.length === 0) return { ok: false, error: 'the document has no text; check that it is the contract' };
  return { ok: true, paragraphs: [...read.document.paragraphs] };
}

export function paragraphsFromBytes(bytes: Uint8Array): ReadResult {
  if (bytes.includes(0)) return binaryError();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return binaryError();
  }
  const paragraphs = paragraphsFromText(text);
  if (paragraphs.length === 0) return { ok: false, error: 'the file is empty; check that you saved the contract text into it' };
  return { ok: true, paragraphs };
}

function binaryError(): ReadResult {
  return { ok: false, error: 'the file holds binary data, not text; save the contract as plain text (.txt, UTF-8)' };
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'file not found; check the path and the spelling';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; check that you can read this file';
  return `could not read the file (${error instanceof Error ? error.message : String(error)})`;
}
