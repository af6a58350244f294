// Small helpers for parts of an OPC package: relationship paths, reading XML parts and adding relationships and
// content-type overrides. Must not import Office, the DOM globals or fs.
import type JSZip from 'jszip';
import { InvariantError } from '../engine/types';
import { CONTENT_TYPES_NS, REL_NS } from '../ooxml/namespaces';
import { childElements, parseXml, serializeXml, type XmlDocument } from '../ooxml/xmlDom';
import { describeDocxProblem } from './docxErrors';
import { entryProblem } from './openPackage';
import { readZipEntryText } from './readZipEntry';

/** `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relationshipsPath(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that owns the relationship. */
export function resolveTarget(partPath: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = partPath.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

export type XmlPart = { readonly ok: true; readonly dom: XmlDocument } | { readonly ok: false; readonly error: string };

export async function readXmlPart(zip: JSZip, path: string): Promise<XmlPart | undefined> {
  const entry = zip.file(path);
  if (!entry) return undefined;
  const text = await readZipEntryText(entry);
  if (!text.ok) return { ok: false, error: describeDocxProblem(entryProblem(text.problem, path)) };
  const parsed = parseXml(text.text);
  if (parsed.ok) return parsed;
  return { ok: false, error: describeDocxProblem(parsed.doctype ? { kind: 'doctype', part: path } : { kind: 'malformed-xml', part: path, detail: parsed.error }) };
}

/** An XML declaration and the encoding it names ("UTF-16" for a part Word was asked to save so). */
const DECLARED_ENCODING = /^(<\?xml[^>]*?\sencoding\s*=\s*)(["'])[^"']*\2/;

/** Writes the part as UTF-8 (what jszip stores a string as), so its declaration must say UTF-8 too. */
export function writeXmlPart(zip: JSZip, path: string, document: XmlDocument): void {
  const xml = serializeXml(document);
  const declared = xml.startsWith('<?xml') ? xml.replace(DECLARED_ENCODING, '$1$2UTF-8$2') : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n${xml}`;
  zip.file(path, declared);
}

/** The target of the owner's first relationship of this type, resolved to a package path. */
export function findRelationship(relationships: XmlDocument, ownerPath: string, type: string): string | undefined {
  const root = relationships.documentElement;
  if (!root) return undefined;
  const match = childElements(root).find((element) => element.localName === 'Relationship' && element.getAttribute('Type') === type);
  const target = match?.getAttribute('Target');
  return target ? resolveTarget(ownerPath, target) : undefined;
}

/** Adds a relationship with an id not used yet and returns that id. */
export function addRelationship(relationships: XmlDocument, type: string, target: string): string {
  const root = relationships.documentElement;
  if (!root) throw new InvariantError('relationships part without a root element');
  const used = new Set(childElements(root).map((element) => element.getAttribute('Id')));
  let number = used.size + 1;
  while (used.has(`rId${number}`)) number += 1;
  const relationship = relationships.createElementNS(REL_NS, 'Relationship');
  relationship.setAttribute('Id', `rId${number}`);
  relationship.setAttribute('Type', type);
  relationship.setAttribute('Target', target);
  root.appendChild(relationship);
  return `rId${number}`;
}

export function emptyRelationships(): XmlDocument {
  const parsed = parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${REL_NS}"/>`);
  if (!parsed.ok) throw new InvariantError(parsed.error);
  return parsed.dom;
}

/** Declares a part's content type unless an override for it already exists. */
export function ensureContentTypeOverride(contentTypes: XmlDocument, partPath: string, contentType: string): void {
  const root = contentTypes.documentElement;
  if (!root) throw new InvariantError('[Content_Types].xml without a root element');
  const partName = `/${partPath}`;
  const exists = childElements(root).some((element) => element.localName === 'Override' && element.getAttribute('PartName')?.toLowerCase() === partName.toLowerCase());
  if (exists) return;
  const override = contentTypes.createElementNS(CONTENT_TYPES_NS, 'Override');
  override.setAttribute('PartName', partName);
  override.setAttribute('ContentType', contentType);
  root.appendChild(override);
}
