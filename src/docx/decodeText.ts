// Decodes the bytes of a text file or an XML part the way Word and browsers do: a byte-order mark decides (UTF-8,
// UTF-16 LE or BE), otherwise UTF-8. Text in another encoding is named, never called binary or silently mangled.
// Pure and browser-safe: must not import Office, the DOM globals, fs or Node.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';
/** 'declared': an 8-bit encoding named by an XML declaration. */
type DecodedEncoding = TextEncodingName | 'declared';

/** Why bytes are not text we can read: binary data, a legacy 8-bit encoding, or UTF-16 without its mark. */
export type TextProblem = 'binary' | 'not-utf8' | 'utf16-without-bom';

export type DecodedText =
  | { readonly ok: true; readonly text: string; readonly encoding: DecodedEncoding }
  | { readonly ok: false; readonly problem: TextProblem };

const BOMS: readonly (readonly [TextEncodingName, readonly number[]])[] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

function decodeStrictly(bytes: Uint8Array, encoding: TextEncodingName): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** C0 control characters other than tab, line feed, form feed and carriage return: text editors do not write them. */
function hasControlBytes(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d);
}

/** Mostly-ASCII text saved as UTF-16: in nearly every byte pair one byte is zero and the other a printable one. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.min(2048, Math.floor(bytes.length / 2));
  if (pairs < 8) return false;
  const printable = (byte: number) => byte === 0x09 || byte === 0x0a || byte === 0x0d || (byte >= 0x20 && byte < 0x7f);
  let textLike = 0;
  for (let i = 0; i < pairs; i += 1) {
    const [a, b] = [bytes[2 * i] ?? 0, bytes[2 * i + 1] ?? 0];
    if ((a === 0 && printable(b)) || (b === 0 && printable(a))) textLike += 1;
  }
  return textLike >= pairs * 0.9;
}

/** The text of a file or part. A byte-order mark is dropped; UTF-16 needs one (as XML requires). */
export function decodeText(bytes: Uint8Array): DecodedText {
  for (const [encoding, mark] of BOMS) {
    if (mark.every((byte, index) => bytes[index] === byte)) {
      const text = decodeStrictly(bytes.subarray(mark.length), encoding);
      return text === undefined ? { ok: false, problem: 'binary' } : { ok: true, text, encoding };
    }
  }
  if (bytes.includes(0)) return { ok: false, problem: looksLikeUtf16(bytes) ? 'utf16-without-bom' : 'binary' };
  const text = decodeStrictly(bytes, 'utf-8');
  if (text !== undefined) return { ok: true, text, encoding: 'utf-8' };
  // Not UTF-8 but no control characters: Latin-1 or Windows-1252, as older Windows editors save.
  return { ok: false, problem: hasControlBytes(bytes) ? 'binary' : 'not-utf8' };
}

/**
 * An XML part's text: a byte-order mark decides, and without one UTF-16 is recognised by the "<?" it must start
 * with (XML 1.0, appendix F); anything else must be UTF-8.
 */
export function decodeXmlBytes(bytes: Uint8Array): DecodedText {
  const starts = (...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);
  if (starts(0x3c, 0x00, 0x3f, 0x00)) return decodeAs(bytes, 'utf-16le');
  if (starts(0x00, 0x3c, 0x00, 0x3f)) return decodeAs(bytes, 'utf-16be');
  const decoded = decodeText(bytes);
  if (decoded.ok || decoded.problem !== 'not-utf8') return decoded;
  // An 8-bit encoding the declaration names (encoding="windows-1252"): XML allows it, and the platform can decode it.
  const label = /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(String.fromCharCode(...bytes.subarray(0, 200)))?.[1];
  try {
    if (label) return { ok: true, text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding: 'declared' };
  } catch {
    // an unknown label or bytes that do not fit it: not text we can read
  }
  return { ok: false, problem: 'binary' };
}

function decodeAs(bytes: Uint8Array, encoding: TextEncodingName): DecodedText {
  const text = decodeStrictly(bytes, encoding);
  return text === undefined ? { ok: false, problem: 'binary' } : { ok: true, text, encoding };
}

/** What is wrong and what to do, as the end of a sentence naming the file; `binaryAdvice` says what to save instead. */
export function describeTextProblem(problem: TextProblem, binaryAdvice = 'save the contract as plain text (.txt, UTF-8) or as .docx'): string {
  switch (problem) {
    case 'binary':
      return `the file holds binary data, not text; ${binaryAdvice}`;
    case 'not-utf8':
      return 'this file is not UTF-8 (it looks like Latin-1 or Windows-1252, which older editors save); save it as UTF-8 and try again';
    case 'utf16-without-bom':
      return 'this file looks like UTF-16 text without a byte-order mark, so its byte order is unknown; save it as UTF-8 and try again';
  }
}
