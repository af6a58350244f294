// Parsing, serialising and walking WordprocessingML with @xmldom/xmldom, the one XML parser of the project.
// Pure: must not import Office, the DOM globals, fs or Node; never parses XML with regular expressions.
import { DOMParser, XMLSerializer, type Document as XmlDocument, type Element as XmlElement, type Node as XmlNode } from '@xmldom/xmldom';
import { InvariantError } from '../engine/types';
import { W_NS } from './namespaces';

export type { XmlDocument, XmlElement, XmlNode };

export type ParsedXml =
  | { readonly ok: true; readonly dom: XmlDocument }
  | { readonly ok: false; readonly error: string; readonly doctype?: true };

/**
 * XML 1.0 line endings: CR LF and a lone CR become LF, nothing else. The parser's default applies XML 1.1 rules,
 * which also turn U+0085, U+2028 and U+2029 into line feeds and so silently change a contract's text.
 */
export function xml10LineEndings(input: string): string {
  return input.replace(/\r\n?/g, '\n');
}

const DOCTYPE_REFUSED =
  'it declares a DOCTYPE (a document type definition), which Word never writes and which can pull in outside files';

const ELEMENT_NODE = 1;

/** Parses a whole XML part; malformed markup is a value, not an exception, because it comes from a user's file. */
export function parseXml(xml: string): ParsedXml {
  let firstProblem: string | undefined;
  try {
    const dom = new DOMParser({
      normalizeLineEndings: xml10LineEndings,
      onError: (level, message) => {
        // Warnings (such as a missing XML declaration) are harmless; errors mean the markup is not well formed.
        if (level !== 'warning' && firstProblem === undefined) firstProblem = message;
      },
    }).parseFromString(xml, 'text/xml');
    if (firstProblem !== undefined) return { ok: false, error: firstLine(firstProblem) };
    if (dom.doctype) return { ok: false, error: DOCTYPE_REFUSED, doctype: true };
    if (!dom.documentElement) return { ok: false, error: 'the part has no root element' };
    return { ok: true, dom };
  } catch (error) {
    return { ok: false, error: firstLine(firstProblem ?? (error instanceof Error ? error.message : String(error))) };
  }
}

export function serializeXml(node: XmlNode): string {
  return new XMLSerializer().serializeToString(node);
}

function firstLine(message: string): string {
  return message.split('\n').map((line) => line.trim()).find((line) => line.length > 0) ?? 'malformed XML';
}

export function isElement(node: XmlNode | null | undefined): node is XmlElement {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/** True for a WordprocessingML element with this local name (`w:p`, `w:r`...). */
export function isW(node: XmlNode | null | undefined, localName: string): node is XmlElement {
  return isElement(node) && node.namespaceURI === W_NS && node.localName === localName;
}

export function childElements(element: XmlNode): XmlElement[] {
  const result: XmlElement[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) if (isElement(child)) result.push(child);
  return result;
}

export function firstW(element: XmlNode, localName: string): XmlElement | undefined {
  return childElements(element).find((child) => isW(child, localName));
}

/** A new `w:` element. The `w:` prefix is kept so serialised parts read like Word's own. */
export function createW(owner: XmlDocument, localName: string, attributes: Readonly<Record<string, string>> = {}): XmlElement {
  const element = owner.createElementNS(W_NS, `w:${localName}`);
  for (const [name, value] of Object.entries(attributes)) element.setAttributeNS(W_NS, `w:${name}`, value);
  return element;
}

export function getW(element: XmlElement, name: string): string | null {
  return element.getAttributeNS(W_NS, name);
}

/** The document a node belongs to; every node we touch was parsed or created in one. */
export function ownerDocumentOf(node: XmlNode): XmlDocument {
  const owner = node.ownerDocument;
  if (!owner) throw new InvariantError('an XML node outside any document was passed to the OOXML writer');
  return owner;
}

export function insertAfter(reference: XmlNode, node: XmlNode): void {
  const parent = reference.parentNode;
  if (!parent) return;
  parent.insertBefore(node, reference.nextSibling);
}

/** Every element below `root` (document order) whose namespace and local name match. */
export function descendantsW(root: XmlNode, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlNode): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (!isElement(child)) continue;
      if (isW(child, localName)) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}
