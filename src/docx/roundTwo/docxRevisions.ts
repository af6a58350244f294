// The tracked changes of a .docx, paragraph by paragraph in the reader's numbering (the analysis's paragraphs), with
// the elements behind each piece so round two can reject in place. Must not import Office, the DOM globals or fs.
import { InvariantError } from '../../engine/types';
import { parseXml, type XmlDocument, type XmlElement } from '../../ooxml/xmlDom';
import { bodyOf, documentParagraphs, type DocxDocument } from '../readDocx';
import { paragraphSegments, type SegmentedParagraph } from '../../negotiation/paragraphSegments';
import type { RevisedParagraph } from '../../negotiation/revisions';

export interface DocxParagraphRevisions extends SegmentedParagraph {
  readonly paragraph: number;
  readonly elements: readonly XmlElement[];
}

export interface DocxRevisions {
  readonly dom: XmlDocument;
  /** Only the paragraphs that hold a tracked insertion or deletion. */
  readonly paragraphs: readonly DocxParagraphRevisions[];
}

/** Takes the parsed tree from the reader (or parses the stored text again), so edits can be made in place. */
export function docxRevisions(document: DocxDocument): DocxRevisions {
  const parsed = document.parsed.take() ?? parseAgain(document);
  if (parsed.elements.length !== document.paragraphs.length) throw new InvariantError('the document paragraphs changed between reading and round two');
  const paragraphs = parsed.elements.flatMap((elements, paragraph) => {
    const segmented = paragraphSegments(elements);
    return segmented.segments.some((segment) => segment.kind !== 'keep') ? [{ paragraph, elements, ...segmented }] : [];
  });
  return { dom: parsed.dom, paragraphs };
}

export function revisedParagraphs(revisions: DocxRevisions): RevisedParagraph[] {
  return revisions.paragraphs.map(({ paragraph, segments }) => ({ paragraph, segments }));
}

function parseAgain(document: DocxDocument): { dom: XmlDocument; elements: readonly (readonly XmlElement[])[] } {
  const parsed = parseXml(document.documentXml);
  const body = parsed.ok ? bodyOf(parsed.dom) : undefined;
  if (!parsed.ok || !body) throw new InvariantError(`${document.documentPath} parsed when read but not in round two`);
  return { dom: parsed.dom, elements: documentParagraphs(body).map((entry) => entry.elements) };
}
