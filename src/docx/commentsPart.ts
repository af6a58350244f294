// Adds review comments to a package's comments part, creating the part, its relationship and its content type when
// the document has none yet. Must not import Office, the DOM globals or fs.
import type JSZip from 'jszip';
import { InvariantError } from '../engine/types';
import { COMMENTS_REL, COMMENTS_TYPE, W_NS } from '../ooxml/namespaces';
import { appendRunText } from '../ooxml/revisionElements';
import { createW, parseXml, type XmlDocument } from '../ooxml/xmlDom';
import {
  addRelationship,
  emptyRelationships,
  ensureContentTypeOverride,
  findRelationship,
  readXmlPart,
  relationshipsPath,
  writeXmlPart,
} from './packageParts';

export interface NewComment {
  readonly id: string;
  readonly text: string;
  readonly author: string;
  readonly date: string;
}

export type CommentsResult = { readonly ok: true } | { readonly ok: false; readonly error: string };

export async function addComments(zip: JSZip, documentPath: string, comments: readonly NewComment[]): Promise<CommentsResult> {
  if (comments.length === 0) return { ok: true };
  const relsPath = relationshipsPath(documentPath);
  const rels = await readXmlPart(zip, relsPath);
  if (rels && !rels.ok) return rels;
  const relationships = rels?.dom ?? emptyRelationships();
  const folder = documentPath.slice(0, documentPath.lastIndexOf('/') + 1);
  const related = findRelationship(relationships, documentPath, COMMENTS_REL);
  const commentsPath = related ?? `${folder}comments.xml`;
  const existing = await readXmlPart(zip, commentsPath);
  if (existing && !existing.ok) return existing;
  if (!existing) {
    // A new part needs its content type, and a relationship unless a dangling one already points at it.
    const types = await readXmlPart(zip, '[Content_Types].xml');
    if (!types) return { ok: false, error: 'the package has no [Content_Types].xml' };
    if (!types.ok) return types;
    ensureContentTypeOverride(types.dom, commentsPath, COMMENTS_TYPE);
    writeXmlPart(zip, '[Content_Types].xml', types.dom);
    if (!related) {
      addRelationship(relationships, COMMENTS_REL, commentsPath.slice(folder.length));
      writeXmlPart(zip, relsPath, relationships);
    }
  }
  const document = existing?.dom ?? emptyComments();
  const root = document.documentElement;
  if (!root) throw new InvariantError('comments part without a root element');
  for (const comment of comments) root.appendChild(commentElement(document, comment));
  writeXmlPart(zip, commentsPath, document);
  return { ok: true };
}

function commentElement(document: XmlDocument, comment: NewComment) {
  const initials = comment.author.split(/\s+/).map((word) => word.charAt(0)).join('').toUpperCase().slice(0, 9);
  const element = createW(document, 'comment', { id: comment.id, author: comment.author, date: comment.date, initials });
  comment.text.split(/\r?\n/).forEach((line, index) => {
    const paragraph = createW(document, 'p');
    if (index === 0) {
      const marker = createW(document, 'r');
      marker.appendChild(createW(document, 'annotationRef'));
      paragraph.appendChild(marker);
    }
    const run = createW(document, 'r');
    appendRunText(document, run, line);
    paragraph.appendChild(run);
    element.appendChild(paragraph);
  });
  return element;
}

function emptyComments(): XmlDocument {
  const parsed = parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W_NS}"/>`);
  if (!parsed.ok) throw new InvariantError(parsed.error);
  return parsed.dom;
}
