// One-line explanations for files that cannot be reviewed: what is wrong and what to do next.
// Pure: must not import Office, the DOM globals or fs.
import { MAX_ENTRIES, MAX_UNCOMPRESSED_BYTES, type PackageKind } from './packageSignature';

/** About 5,000 pages: far beyond any contract, and about what analyses in a few seconds in bounded memory. */
export const MAX_CONTRACT_CHARS = 10_000_000;

export type DocxProblem =
  | { readonly kind: 'not-zip'; readonly packageKind: PackageKind }
  | { readonly kind: 'damaged-zip' }
  | { readonly kind: 'too-many-entries' }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'no-document'; readonly looksLikeOdt: boolean }
  | { readonly kind: 'malformed-xml'; readonly part: string; readonly detail: string }
  | { readonly kind: 'no-text' }
  | { readonly kind: 'ambiguous-names'; readonly names: readonly string[] }
  | { readonly kind: 'size-mismatch'; readonly part: string }
  | { readonly kind: 'damaged-part'; readonly part: string }
  | { readonly kind: 'part-not-text'; readonly part: string }
  | { readonly kind: 'doctype'; readonly part: string }
  | { readonly kind: 'no-body'; readonly part: string }
  | { readonly kind: 'strict-review' }
  | { readonly kind: 'too-much-text'; readonly characters: number };

const count = (n: number): string => n.toLocaleString('en-US');

export function describeDocxProblem(problem: DocxProblem): string {
  switch (problem.kind) {
    case 'not-zip':
      switch (problem.packageKind) {
        case 'ole-encrypted':
          return 'the document is password-protected; open it in Word, remove the password (File > Info > Protect Document) and save a copy';
        case 'ole-legacy-doc':
          return 'this is a legacy Word 97-2003 .doc file; open it in Word and save it as .docx (File > Save As > Word Document)';
        case 'ole-other':
          return 'this is an old Office binary file, not a .docx; open it in Word and save it as .docx';
        case 'rtf':
          return 'this is an RTF file, not a .docx; open it in Word and save it as .docx';
        default:
          return 'this is not a .docx file (it is not a zip package); save the contract from Word as .docx and try again';
      }
    case 'damaged-zip':
      return 'the .docx package is damaged (its zip directory cannot be read); open it in Word, let Word repair it and save a copy';
    case 'too-many-entries':
      return `the package holds more than ${MAX_ENTRIES} parts, which no contract needs; refusing it as a possible zip bomb`;
    case 'too-large':
      return `the package would unpack to more than ${MAX_UNCOMPRESSED_BYTES / 1024 / 1024} MB, which no contract needs; refusing it as a possible zip bomb`;
    case 'no-document':
      return problem.looksLikeOdt
        ? 'this is an OpenDocument (.odt) file, not a .docx; save it as Word .docx and try again'
        : 'the zip has no word/document.xml, so it is not a Word document; save the contract from Word as .docx';
    case 'malformed-xml':
      return `${problem.part} is not well-formed XML (${problem.detail}); open the file in Word, let it repair the document and save a copy`;
    case 'ambiguous-names':
      return `the package's zip directory gives two parts the same name${problem.names.length > 0 ? ` (${problem.names.slice(0, 3).join(', ')})` : ''}, so readers disagree on which is which; refusing it rather than lose a part (open it in Word and save a copy)`;
    case 'size-mismatch':
      return `${problem.part} unpacks to a different size than the zip directory declares, as a zip bomb does; refusing the file (if it came from Word, open it there and save a copy)`;
    case 'damaged-part':
      return `${problem.part} is damaged (its data does not inflate or does not match its checksum); open the file in Word, let Word repair it and save a copy`;
    case 'part-not-text':
      return `${problem.part} is not text in UTF-8 or UTF-16, as Word writes it; open the file in Word and save a copy`;
    case 'doctype':
      return `${problem.part} declares a DOCTYPE (a document type definition), which Word never writes and which can pull in outside files; refusing the file (open it in Word and save a copy)`;
    case 'no-body':
      return `${problem.part} is the package's main part but holds no document body (w:body), so this is not a Word document (perhaps a theme or a template part); open it in Word and save it as .docx`;
    case 'strict-review':
      return 'the document is saved as Strict Open XML; it can be analysed, but tracked changes are written only into the usual Word Document format: in Word use File > Save As > Word Document (.docx) and review that copy';
    case 'no-text':
      return 'the document has no text in its body, tables or content controls (text boxes, headers and footers are not read); check that it is the contract';
    case 'too-much-text':
      return `the contract's text is ${count(problem.characters)} characters long, more than the ${count(MAX_CONTRACT_CHARS)} (about 5,000 pages) this tool reads; split it or check that it is the contract`;
  }
}
