// Opens a .docx package for reading: checks the zip directory (limits, parts that two names could refer to), finds
// the main document part through the package relationships, and reads its text in its own encoding. A Strict Open XML
// document is read through the Transitional names. Must not import Office, the DOM globals or fs.
import JSZip from 'jszip';
import { OFFICE_DOCUMENT_REL, REL_NS } from '../ooxml/namespaces';
import { parseXml } from '../ooxml/xmlDom';
import type { DocxProblem } from './docxErrors';
import { checkZipLimits, packageKind } from './packageSignature';
import { readZipEntryText, type EntryProblem } from './readZipEntry';
import { isStrictXml, STRICT_OFFICE_DOCUMENT_REL, strictToTransitional } from './strictNamespaces';

export interface OpenedPackage {
  readonly zip: JSZip;
  /** Path of the main document part, normally word/document.xml. */
  readonly documentPath: string;
  /** The main part's text as stored (decoded; a Strict part with Transitional namespace names). */
  readonly documentXml: string;
  readonly stylesXml: string | undefined;
  /** ISO/IEC 29500 Strict (read through Transitional names) or the usual Transitional. */
  readonly conformance: 'strict' | 'transitional';
}

export type OpenResult = { readonly ok: true; readonly opened: OpenedPackage } | { readonly ok: false; readonly problem: DocxProblem };

export function entryProblem(problem: EntryProblem, part: string): DocxProblem {
  switch (problem) {
    case 'too-large':
      return { kind: 'too-large' };
    case 'size-mismatch':
      return { kind: 'size-mismatch', part };
    case 'damaged':
      return { kind: 'damaged-part', part };
    case 'not-text':
      return { kind: 'part-not-text', part };
  }
}

export async function openPackage(data: Uint8Array): Promise<OpenResult> {
  const fail = (problem: DocxProblem): OpenResult => ({ ok: false, problem });
  const kind = packageKind(data);
  if (kind !== 'zip') return fail({ kind: 'not-zip', packageKind: kind });
  const limits = checkZipLimits(data);
  if (!limits.ok) return fail(limits.problem === 'damaged' ? { kind: 'damaged-zip' } : limits.problem === 'ambiguous-names' ? { kind: 'ambiguous-names', names: limits.names } : { kind: limits.problem });
  let zip: JSZip;
  try {
    // No checksum pass here: it would inflate every part (images included) up front, before any size limit applies.
    // Each part read is checked against its checksum and declared size as it streams (readZipEntry.ts).
    zip = await JSZip.loadAsync(data);
  } catch {
    return fail({ kind: 'damaged-zip' });
  }
  // Two directory entries that collapse into one name would lose a part on writing: never drop one silently.
  if (Object.values(zip.files).filter((file) => !file.dir).length !== limits.files) return fail({ kind: 'ambiguous-names', names: [] });
  const documentPath = await mainDocumentPath(zip);
  const entry = zip.file(documentPath);
  if (!entry) return fail({ kind: 'no-document', looksLikeOdt: zip.file('content.xml') !== null });
  const documentText = await readZipEntryText(entry);
  if (!documentText.ok) return fail(entryProblem(documentText.problem, documentPath));
  const stylesEntry = zip.file('word/styles.xml');
  const stylesText = stylesEntry ? await readZipEntryText(stylesEntry) : undefined;
  const strict = isStrictXml(documentText.text);
  const transitional = (xml: string): string => (strict ? strictToTransitional(xml) : xml);
  return {
    ok: true,
    opened: {
      zip,
      documentPath,
      documentXml: transitional(documentText.text),
      stylesXml: stylesText?.ok ? transitional(stylesText.text) : undefined,
      conformance: strict ? 'strict' : 'transitional',
    },
  };
}

/**
 * The main part named by the package relationships (Transitional or Strict), or the conventional path when they
 * are missing. The relationships part is decoded like any XML part, so a byte-order mark does not hide it.
 */
async function mainDocumentPath(zip: JSZip): Promise<string> {
  const entry = zip.file('_rels/.rels');
  const rels = entry ? await readZipEntryText(entry) : undefined;
  const parsed = rels?.ok ? parseXml(rels.text) : undefined;
  if (parsed?.ok) {
    const relationships = parsed.dom.getElementsByTagNameNS(REL_NS, 'Relationship');
    for (let i = 0; i < relationships.length; i += 1) {
      const relationship = relationships.item(i);
      const type = relationship?.getAttribute('Type');
      if (type !== OFFICE_DOCUMENT_REL && type !== STRICT_OFFICE_DOCUMENT_REL) continue;
      const target = (relationship?.getAttribute('Target') ?? '').replace(/^\//, '');
      if (target.length > 0 && zip.file(target)) return target;
    }
  }
  return 'word/document.xml';
}
