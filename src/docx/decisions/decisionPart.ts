// Reads, writes and removes the decision record as a custom XML part of a .docx package, as Word stores one: the
// item under customXml/ with its properties part, the relationship from the main document and the content types.
// Other custom XML parts are never touched. Must not import Office, the DOM globals or fs.
import type JSZip from 'jszip';
import { CONTENT_TYPES_NS } from '../../ooxml/namespaces';
import { childElements, parseXml, type XmlDocument } from '../../ooxml/xmlDom';
import { addRelationship, emptyRelationships, ensureContentTypeOverride, readXmlPart, relationshipsPath, resolveTarget, writeXmlPart } from '../packageParts';
import { readZipEntryText } from '../readZipEntry';
import { DECISION_NAMESPACE } from '../../negotiation/decisionRecord';

const CUSTOM_XML_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const CUSTOM_XML_PROPS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const CUSTOM_XML_PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const DATASTORE_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/customXml';
/** Our part's datastore id: fixed, so writing the same record twice gives the same package. */
const ITEM_ID = '{6D1E5A4C-3F2B-4C8D-9A7E-AD7A7E5DEC15}';

/** Our part, if the package has one: its path, the relationship that points at it and its text. */
interface FoundPart {
  readonly path: string;
  readonly relationshipId: string;
  readonly xml: string;
}

export type PartResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** The record's XML text, or null when the package has no decision record. */
export async function readDecisionPart(zip: JSZip, documentPath: string): Promise<PartResult<string | null>> {
  const found = await findPart(zip, documentPath);
  if (!found.ok) return found;
  return { ok: true, value: found.value?.xml ?? null };
}

export async function writeDecisionPart(zip: JSZip, documentPath: string, xml: string): Promise<PartResult<void>> {
  const found = await findPart(zip, documentPath);
  if (!found.ok) return found;
  if (found.value) {
    zip.file(found.value.path, xml);
    return { ok: true, value: undefined };
  }
  const types = await readXmlPart(zip, '[Content_Types].xml');
  if (!types?.ok) return { ok: false, error: types ? types.error : 'the package has no [Content_Types].xml' };
  const relsPath = relationshipsPath(documentPath);
  const rels = await readXmlPart(zip, relsPath);
  if (rels && !rels.ok) return rels;
  const relationships = rels?.dom ?? emptyRelationships();
  let n = 1;
  while (zip.file(`customXml/item${n}.xml`) || zip.file(`customXml/itemProps${n}.xml`)) n += 1;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  zip.file(item, xml);
  zip.file(props, `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n<ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="${DATASTORE_NS}"><ds:schemaRefs/></ds:datastoreItem>`);
  const itemRels = emptyRelationships();
  addRelationship(itemRels, CUSTOM_XML_PROPS_REL, `itemProps${n}.xml`);
  writeXmlPart(zip, relationshipsPath(item), itemRels);
  addRelationship(relationships, CUSTOM_XML_REL, relativeTarget(documentPath, item));
  writeXmlPart(zip, relsPath, relationships);
  ensureContentTypeOverride(types.dom, props, CUSTOM_XML_PROPS_TYPE);
  if (!hasXmlDefault(types.dom)) ensureContentTypeOverride(types.dom, item, 'application/xml');
  writeXmlPart(zip, '[Content_Types].xml', types.dom);
  return { ok: true, value: undefined };
}

/** Removes our part, its properties, their relationships and content types; true when there was one. */
export async function removeDecisionPart(zip: JSZip, documentPath: string): Promise<PartResult<boolean>> {
  const found = await findPart(zip, documentPath);
  if (!found.ok) return found;
  const part = found.value;
  if (!part) return { ok: true, value: false };
  const itemRelsPath = relationshipsPath(part.path);
  const itemRels = await readXmlPart(zip, itemRelsPath);
  const doomed = [part.path, itemRelsPath];
  if (itemRels?.ok) {
    for (const relationship of childElements(itemRels.dom.documentElement!)) {
      const target = relationship.getAttribute('Target');
      if (relationship.getAttribute('Type') === CUSTOM_XML_PROPS_REL && target) doomed.push(resolveTarget(part.path, target));
    }
  }
  for (const path of doomed) zip.remove(path);
  const relsPath = relationshipsPath(documentPath);
  const rels = await readXmlPart(zip, relsPath);
  if (rels?.ok) {
    const root = rels.dom.documentElement!;
    for (const relationship of childElements(root)) if (relationship.getAttribute('Id') === part.relationshipId) root.removeChild(relationship);
    writeXmlPart(zip, relsPath, rels.dom);
  }
  const types = await readXmlPart(zip, '[Content_Types].xml');
  if (types?.ok) {
    const root = types.dom.documentElement!;
    const names = new Set(doomed.map((path) => `/${path}`.toLowerCase()));
    for (const override of childElements(root)) if (override.localName === 'Override' && names.has((override.getAttribute('PartName') ?? '').toLowerCase())) root.removeChild(override);
    writeXmlPart(zip, '[Content_Types].xml', types.dom);
  }
  return { ok: true, value: true };
}

async function findPart(zip: JSZip, documentPath: string): Promise<PartResult<FoundPart | undefined>> {
  const rels = await readXmlPart(zip, relationshipsPath(documentPath));
  if (!rels) return { ok: true, value: undefined };
  if (!rels.ok) return rels;
  for (const relationship of childElements(rels.dom.documentElement!)) {
    if (relationship.getAttribute('Type') !== CUSTOM_XML_REL) continue;
    const target = relationship.getAttribute('Target');
    if (!target || relationship.getAttribute('TargetMode') === 'External') continue;
    const path = resolveTarget(documentPath, target);
    const entry = zip.file(path);
    if (!entry) continue;
    const text = await readZipEntryText(entry, 16 * 1024 * 1024);
    // Someone else's part that cannot be read is not ours to judge; ours is recognised by its root element.
    if (!text.ok) continue;
    if (!isOurs(text.text)) continue;
    return { ok: true, value: { path, relationshipId: relationship.getAttribute('Id') ?? '', xml: text.text } };
  }
  return { ok: true, value: undefined };
}

/** True when the part's root element is in our namespace, even if the rest of it is damaged. */
function isOurs(xml: string): boolean {
  const parsed = parseXml(xml);
  if (parsed.ok) return parsed.dom.documentElement?.namespaceURI === DECISION_NAMESPACE;
  // A damaged part of ours must still be found (and reported), never silently duplicated.
  return xml.slice(0, 512).includes(DECISION_NAMESPACE);
}

function hasXmlDefault(types: XmlDocument): boolean {
  return childElements(types.documentElement!).some(
    (element) => element.namespaceURI === CONTENT_TYPES_NS && element.localName === 'Default' && element.getAttribute('Extension')?.toLowerCase() === 'xml',
  );
}

/** `word/document.xml` + `customXml/item1.xml` → `../customXml/item1.xml`. */
function relativeTarget(fromPart: string, toPart: string): string {
  const depth = fromPart.split('/').length - 1;
  return `${'../'.repeat(depth)}${toPart}`;
}
