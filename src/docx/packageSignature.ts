// Recognises what a file really is from its first bytes and checks a zip's central directory against sane limits
// before anything is decompressed, so encrypted, legacy and zip-bomb files are refused with a clear reason.
// Node-free and pure: must not import Office, the DOM globals or fs.

/** More parts than any real contract has; a crafted archive with millions of entries is refused up front. */
export const MAX_ENTRIES = 10_000;
/** Declared uncompressed size of the whole package; a 1,000-page contract with images stays far below this. */
export const MAX_UNCOMPRESSED_BYTES = 512 * 1024 * 1024;

export type PackageKind = 'zip' | 'ole-encrypted' | 'ole-legacy-doc' | 'ole-other' | 'rtf' | 'other';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function packageKind(data: Uint8Array): PackageKind {
  if (startsWith(data, OLE_SIGNATURE)) {
    // An encrypted .docx is an OLE container whose streams are named EncryptionInfo and EncryptedPackage.
    if (containsUtf16(data, 'EncryptionInfo') || containsUtf16(data, 'EncryptedPackage')) return 'ole-encrypted';
    if (containsUtf16(data, 'WordDocument')) return 'ole-legacy-doc';
    return 'ole-other';
  }
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(data, [...'{\\rtf'].map((c) => c.charCodeAt(0)))) return 'rtf';
  return 'other';
}

export type ZipCheck =
  | { readonly ok: true; readonly entries: number; readonly files: number; readonly uncompressedBytes: number }
  | { readonly ok: false; readonly problem: 'damaged' | 'too-many-entries' | 'too-large' }
  | { readonly ok: false; readonly problem: 'ambiguous-names'; readonly names: readonly string[] };

/** The Info-ZIP Unicode Path extra field: another name for the entry, in UTF-8, for a checksum of the first name. */
const UNICODE_PATH_FIELD = 0x7075;

/** Bytes as a name: UTF-8 when the entry says so (general purpose bit 11), otherwise byte for byte. */
function nameOf(bytes: Uint8Array, utf8: boolean): string {
  return utf8 ? new TextDecoder().decode(bytes) : String.fromCharCode(...bytes);
}

/** The UTF-8 name in an entry's Unicode Path extra field, if it has one. */
function unicodePath(view: DataView, data: Uint8Array, start: number, length: number): string | undefined {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === UNICODE_PATH_FIELD && size > 5) return new TextDecoder().decode(data.subarray(at + 9, at + 4 + size));
    at += 4 + size;
  }
  return undefined;
}

/**
 * Reads the zip's end record and central directory (declared sizes and names only; nothing is inflated here). A
 * package whose entries share a name, or whose Unicode Path names cross over other entries' names, is ambiguous:
 * readers disagree on which part is which, so it is refused rather than have one part silently replace another.
 */
export function checkZipLimits(data: Uint8Array): ZipCheck {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) return { ok: false, problem: 'damaged' };
  const entries = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  // 0xFFFF / 0xFFFFFFFF mean a ZIP64 archive: far beyond any contract, so treat it as too large.
  if (entries === 0xffff || directoryOffset === 0xffffffff) return { ok: false, problem: 'too-large' };
  if (entries > MAX_ENTRIES) return { ok: false, problem: 'too-many-entries' };
  let total = 0;
  let cursor = directoryOffset;
  const headerNames: string[] = [];
  const alternates: { header: string; unicode: string }[] = [];
  for (let index = 0; index < entries; index += 1) {
    if (cursor + 46 > data.byteLength || view.getUint32(cursor, true) !== 0x02014b50) return { ok: false, problem: 'damaged' };
    const uncompressed = view.getUint32(cursor + 24, true);
    if (uncompressed === 0xffffffff) return { ok: false, problem: 'too-large' };
    total += uncompressed;
    if (total > MAX_UNCOMPRESSED_BYTES) return { ok: false, problem: 'too-large' };
    const nameLength = view.getUint16(cursor + 28, true);
    const extraLength = view.getUint16(cursor + 30, true);
    if (cursor + 46 + nameLength + extraLength > data.byteLength) return { ok: false, problem: 'damaged' };
    const header = nameOf(data.subarray(cursor + 46, cursor + 46 + nameLength), (view.getUint16(cursor + 8, true) & 0x0800) !== 0);
    headerNames.push(header);
    const unicode = unicodePath(view, data, cursor + 46 + nameLength, extraLength);
    if (unicode !== undefined && unicode !== header) alternates.push({ header, unicode });
    cursor += 46 + nameLength + extraLength + view.getUint16(cursor + 32, true);
  }
  const ambiguous = ambiguousNames(headerNames, alternates);
  if (ambiguous.length > 0) return { ok: false, problem: 'ambiguous-names', names: ambiguous };
  return { ok: true, entries, files: headerNames.filter((name) => !name.endsWith('/')).length, uncompressedBytes: total };
}

/** Names given to two entries, or Unicode Path names that are another entry's own name. */
function ambiguousNames(headerNames: readonly string[], alternates: readonly { header: string; unicode: string }[]): string[] {
  const seen = new Set<string>();
  const clashes = new Set<string>();
  for (const name of headerNames) {
    if (seen.has(name)) clashes.add(name);
    seen.add(name);
  }
  for (const { unicode } of alternates) if (seen.has(unicode)) clashes.add(unicode);
  return [...clashes];
}

function findEndOfCentralDirectory(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, so it sits in the file's tail.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let position = view.byteLength - 22; position >= lowest; position -= 1) {
    if (view.getUint32(position, true) === 0x06054b50) return position;
  }
  return -1;
}

function startsWith(data: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => data[index] === byte);
}

function containsUtf16(data: Uint8Array, text: string): boolean {
  const needle = [...text].flatMap((c) => [c.charCodeAt(0), 0]);
  const first = needle[0];
  outer: for (let i = 0; i + needle.length <= data.length; i += 1) {
    if (data[i] !== first) continue;
    for (let j = 1; j < needle.length; j += 1) if (data[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
