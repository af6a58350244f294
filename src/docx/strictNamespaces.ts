// ISO/IEC 29500 Strict names the same WordprocessingML with other namespace URIs. Reading maps them to the
// Transitional URIs the rest of the code knows; the markup itself is the same for what the review reads.
// Pure: must not import Office, the DOM globals, fs or Node.

export const STRICT_W_NS = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
export const STRICT_OFFICE_DOCUMENT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument';

/** Strict URI → Transitional URI, for the vocabularies a contract's text is read from. */
const STRICT_TO_TRANSITIONAL: readonly (readonly [string, string])[] = [
  [STRICT_W_NS, 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'],
  ['http://purl.oclc.org/ooxml/officeDocument/relationships', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'],
  ['http://purl.oclc.org/ooxml/officeDocument/math', 'http://schemas.openxmlformats.org/officeDocument/2006/math'],
  ['http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing', 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'],
  ['http://purl.oclc.org/ooxml/drawingml/main', 'http://schemas.openxmlformats.org/drawingml/2006/main'],
];

/** True when the part declares the Strict WordprocessingML namespace. */
export function isStrictXml(xml: string): boolean {
  return xml.includes(`"${STRICT_W_NS}"`) || xml.includes(`'${STRICT_W_NS}'`);
}

/** The part with each Strict namespace URI, as a quoted attribute value, replaced by its Transitional twin. */
export function strictToTransitional(xml: string): string {
  let mapped = xml;
  for (const [strict, transitional] of STRICT_TO_TRANSITIONAL) {
    mapped = mapped.split(`"${strict}"`).join(`"${transitional}"`).split(`'${strict}'`).join(`'${transitional}'`);
  }
  return mapped;
}
