// Finds the highest w:id already used in the document and its annotation parts, so new revisions and comments
// never reuse one. Must not import Office, the DOM globals or fs.
import type JSZip from 'jszip';
import { W_NS } from '../ooxml/namespaces';
import { isElement, parseXml, type XmlDocument, type XmlNode } from '../ooxml/xmlDom';

/** Parts whose w:id values share Word's revision and comment id spaces. */
const ANNOTATION_PARTS = ['word/comments.xml', 'word/footnotes.xml', 'word/endnotes.xml'];

export async function highestIdInUse(zip: JSZip, document: XmlDocument): Promise<number> {
  let highest = highestIn(document);
  for (const path of ANNOTATION_PARTS) {
    const entry = zip.file(path);
    if (!entry) continue;
    const parsed = parseXml(await entry.async('string'));
    if (parsed.ok) highest = Math.max(highest, highestIn(parsed.document));
  }
  return highest;
}

function highestIn(root: XmlNode): number {
  let highest = 0;
  const visit = (node: XmlNode): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (!isElement(child)) continue;
      const value = Number(child.getAttributeNS(W_NS, 'id'));
      if (Number.isSafeInteger(value) && value > highest) highest = value;
      visit(child);
    }
  };
  visit(root);
  return highest;
}
