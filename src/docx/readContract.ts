// Turns the bytes of a contract file into the engine's paragraphs, by what the bytes are rather than by the file's
// name: a Word package (or an old .doc, an RTF) goes through the .docx reader, anything else is read as text in
// its own encoding. The CLI and the workbench share it, so both say the same about the same file.
// Browser-safe: must not import Office, the DOM globals, fs or Node.
import { paragraphsFromText } from '../engine/paragraphsFromText';
import type { Paragraph } from '../engine/types';
import { decodeText, describeTextProblem } from './decodeText';
import { describeDocxProblem, MAX_CONTRACT_CHARS } from './docxErrors';
import { packageKind } from './packageSignature';

/** `error` says what is wrong and what to do, without the file's name (the caller adds it). */
export type ContractRead = { readonly ok: true; readonly paragraphs: Paragraph[] } | { readonly ok: false; readonly error: string };

const WORD_EXTENSION = /\.(?:docx|docm|dotx|dotm|doc|dot)$/i;

export async function readContractBytes(bytes: Uint8Array, fileName: string): Promise<ContractRead> {
  // A Word package renamed .doc or .txt is still a Word package: the content decides, as Word itself does.
  if (packageKind(bytes) !== 'other' || WORD_EXTENSION.test(fileName)) {
    // Loaded on demand: the zip and XML libraries are most of the start-up time of a command reading plain text.
    const { readDocx } = await import('./readDocx');
    const read = await readDocx(bytes, fileName);
    return read.ok ? { ok: true, paragraphs: [...read.document.paragraphs] } : { ok: false, error: read.reason };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: describeTextProblem(decoded.problem) };
  if (decoded.text.length > MAX_CONTRACT_CHARS) return { ok: false, error: describeDocxProblem({ kind: 'too-much-text', characters: decoded.text.length }) };
  const paragraphs = paragraphsFromText(decoded.text);
  if (paragraphs.length === 0) return { ok: false, error: 'the file is empty; check that you saved the contract text into it' };
  return { ok: true, paragraphs };
}
