// Inflates one zip entry as text while counting bytes, and stops as soon as it grows past a limit: a zip bomb can
// lie about its sizes in the directory, so the real output is what must be bounded. Must not import Office or fs.
import type JSZip from 'jszip';

/** Far above any real document.xml (a 1,000-page contract is about 30 MB), far below what would exhaust memory. */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

export type EntryText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: 'too-large' | 'damaged' };

/** jszip streams entries internally but does not declare it in its types. */
type Streamable = { internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array> };

export function readZipEntryText(entry: JSZip.JSZipObject, limit = MAX_PART_BYTES): Promise<EntryText> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let settled = false;
    const settle = (result: EntryText): void => {
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
    stream
      .on('data', (chunk) => {
        total += chunk.length;
        if (total > limit) {
          stream.pause();
          chunks.length = 0;
          settle({ ok: false, problem: 'too-large' });
          return;
        }
        chunks.push(chunk);
      })
      .on('error', () => settle({ ok: false, problem: 'damaged' }))
      .on('end', () => {
        if (settled) return;
        const bytes = new Uint8Array(total);
        let offset = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, offset);
          offset += chunk.length;
        }
        try {
          settle({ ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) });
        } catch {
          settle({ ok: false, problem: 'damaged' });
        }
      })
      .resume();
  });
}
