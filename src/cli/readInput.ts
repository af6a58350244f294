// Reads a contract file from disk into the engine's paragraphs, or explains in one line why it cannot.
// Node-only CLI helper: must not import Office, Word or React. What the bytes mean is decided in src/docx/readContract.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readContractBytes } from '../docx/readContract';
import { paragraphsFromText } from '../engine/paragraphsFromText';
import type { Paragraph } from '../engine/types';
import { checkRegularFile } from './fileChecks';

export { paragraphsFromText };

export type ReadResult = { readonly ok: true; readonly paragraphs: Paragraph[] } | { readonly ok: false; readonly error: string };

/** Refuse files this large before reading them: no contract is (5,000 pages of text are about 10 MB). */
export const MAX_CONTRACT_FILE_BYTES = 64 * 1024 * 1024;

export async function readContractFile(path: string): Promise<ReadResult> {
  const file = await checkRegularFile(path, { what: 'contract', maxBytes: MAX_CONTRACT_FILE_BYTES, hint: 'pass the contract files inside it' });
  if (!file.ok) return file;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, error: file.describe(error) };
  }
  return readContractBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), basename(path));
}
