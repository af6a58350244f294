// The OOXML namespace and content-type strings the renderer and the .docx writer share.
// Pure constants: must not import anything.

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const PKG_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';
export const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CONTENT_TYPES_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

export const OFFICE_DOCUMENT_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
export const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
/** The main part's conventional name in a package (flat-OPC part names start with a slash). */
export const MAIN_PART_NAME = '/word/document.xml';
export const MAIN_DOCUMENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
export const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
export const RELATIONSHIPS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';
