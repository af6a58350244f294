// Finds the highest w:id already used in the document and its annotation parts, so new revisions and comments
// never reuse one. Must not import Office, the DOM globals or fs.
import type JSZip from 'jszip';
import { W_NS } from '../ooxml/namespaces';
import { isElement, type XmlDocument, type XmlNode } from '../ooxml/xmlDom';
import { readXmlPart } from './packageParts';

/** Parts whose w:id values share Word's revision and comment id spaces. */
const ANNOTATION_PARTS = ['word/comments.xml', 'word/footnotes.xml', 'word/endnotes.xml'];

export async function highestIdInUse(zip: JSZip, document: XmlDocument): Promise<number> {
  let highest = highestIn(document);
  for (const path of ANNOTATION_PARTS) {
    const part = await readXmlPart(zip, path);
    if (part?.ok) highest = Math.max(highest, highestIn(part.dom));
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
