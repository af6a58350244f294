// Inflates one zip entry as text while counting bytes and checking its checksum, and stops as soon as it grows past
// a limit or past the size its directory entry declares: a zip bomb can lie about its sizes, so the real output is
// what must be bounded. The text is decoded as XML is (byte-order mark, UTF-16 by its first bytes, else UTF-8).
// Must not import Office, the DOM globals or fs.
import type JSZip from 'jszip';
import { Crc32 } from './crc32';
import { decodeXmlBytes } from './decodeText';

/** Far above any real document.xml (a 1,000-page contract is about 30 MB), far below what would exhaust memory. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

/**
 * `too-large`: past MAX_PART_BYTES; `size-mismatch`: more (or less) data than the directory declares, as a lying zip
 * bomb has; `damaged`: the data cannot be inflated or fails its checksum; `not-text`: not UTF-8 or UTF-16.
 */
export type EntryProblem = 'too-large' | 'size-mismatch' | 'damaged' | 'not-text';
export type EntryText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: EntryProblem };

/** jszip streams entries internally and keeps the directory's size and checksum, but does not declare either. */
type Streamable = { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> };
type Declared = { _data?: { uncompressedSize?: unknown; crc32?: unknown } };

function declared(entry: JSZip.JSZipObject): { size?: number; crc32?: number } {
  const data = (entry as unknown as Declared)._data;
  const size = typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : undefined;
  const crc32 = typeof data?.crc32 === 'number' ? data.crc32 >>> 0 : undefined;
  return { ...(size !== undefined ? { size } : {}), ...(crc32 !== undefined ? { crc32 } : {}) };
}

export function readZipEntryBytes(entry: JSZip.JSZipObject, limit = MAX_PART_BYTES): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; problem: EntryProblem }> {
  const expected = declared(entry);
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    const crc = new Crc32();
    let total = 0;
    let settled = false;
    const settle = (result: { ok: true; bytes: Uint8Array } | { ok: false; problem: EntryProblem }): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    let stream: JSZip.JSZipStreamHelper<Uint8Array>;
    try {
      stream = (entry as unknown as Streamable).internalStream('uint8array');
    } catch {
      settle({ ok: false, problem: 'damaged' });
      return;
    }
    const stop = (problem: EntryProblem): void => {
      stream.pause();
      chunks.length = 0;
      settle({ ok: false, problem });
    };
    stream
      .on('data', (chunk) => {
        if (settled) return;
        total += chunk.length;
        if (expected.size !== undefined && total > expected.size) return stop('size-mismatch');
        if (total > limit) return stop('too-large');
        crc.update(chunk);
        chunks.push(chunk);
      })
      .on('error', () => settle({ ok: false, problem: 'damaged' }))
      .on('end', () => {
        if (settled) return;
        if (expected.size !== undefined && total !== expected.size) return settle({ ok: false, problem: 'size-mismatch' });
        if (expected.crc32 !== undefined && crc.value() !== expected.crc32) return settle({ ok: false, problem: 'damaged' });
        const bytes = new Uint8Array(total);
        let offset = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, offset);
          offset += chunk.length;
        }
        settle({ ok: true, bytes });
      })
      .resume();
  });
}

export async function readZipEntryText(entry: JSZip.JSZipObject, limit = MAX_PART_BYTES): Promise<EntryText> {
  const read = await readZipEntryBytes(entry, limit);
  if (!read.ok) return read;
  const decoded = decodeXmlBytes(read.bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, problem: 'not-text' };
}
