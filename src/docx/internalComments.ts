// `review --strip-internal`: a copy of the .docx without the comments that start with "[Internal]" (and their replies),
// their anchors and their entries in Word's comment side parts; nothing else changes, and a document without internal
// comments is copied byte for byte. Must not import Office, the DOM globals or fs.
import JSZip from 'jszip';
import { analyzeDocument } from '../engine/analyzeDocument';
import { COMMENTS_REL, W_NS } from '../ooxml/namespaces';
import { childElements, descendantsW, getW, isW, type XmlDocument, type XmlElement } from '../ooxml/xmlDom';
import { issueResolver } from '../playbook/issueFor';
import { isInternalComment } from '../negotiation/internalMark';
import { findRelationship, readXmlPart, relationshipsPath, writeXmlPart } from './packageParts';
import type { DocxDocument } from './readDocx';
import type { ReviewOptions } from './reviewDocx';
import type { OtherReviewResult } from './roundTwo/roundTwoReview';

const W14_NS = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15_NS = 'http://schemas.microsoft.com/office/word/2012/wordml';
const W16CID_NS = 'http://schemas.microsoft.com/office/word/2016/wordml/cid';
const W16CEX_NS = 'http://schemas.microsoft.com/office/word/2018/wordml/cex';

export type StripResult = { readonly ok: true; readonly data: Uint8Array; readonly removed: number } | { readonly ok: false; readonly error: string };

export async function stripInternalComments(document: DocxDocument): Promise<StripResult> {
  const zip = await JSZip.loadAsync(document.bytes);
  const rels = await readXmlPart(zip, relationshipsPath(document.documentPath));
  const commentsPath = rels?.ok ? findRelationship(rels.dom, document.documentPath, COMMENTS_REL) : undefined;
  const comments = commentsPath ? await readXmlPart(zip, commentsPath) : undefined;
  if (!commentsPath || !comments) return { ok: true, data: document.bytes, removed: 0 };
  if (!comments.ok) return { ok: false, error: `${comments.error}; nothing was written` };
  const all = descendantsW(comments.dom, 'comment');
  const doomed = all.filter((comment) => isInternalComment(comment.textContent ?? ''));
  if (doomed.length === 0) return { ok: true, data: document.bytes, removed: 0 };
  const folder = commentsPath.slice(0, commentsPath.lastIndexOf('/') + 1);
  const extended = await readXmlPart(zip, `${folder}commentsExtended.xml`);
  // Replies to an internal comment belong to its thread and go with it, as they do when Word deletes the comment.
  const paraIds = new Set(doomed.map(lastParaId).filter((id): id is string => id !== undefined));
  if (extended?.ok) addReplies(extended.dom, paraIds);
  const ids = new Set(all.filter((comment) => doomed.includes(comment) || paraIds.has(lastParaId(comment) ?? '')).map((comment) => getW(comment, 'id') ?? ''));
  for (const comment of all) if (ids.has(getW(comment, 'id') ?? '')) comment.parentNode?.removeChild(comment);
  writeXmlPart(zip, commentsPath, comments.dom);
  if (extended?.ok) {
    removeWhere(extended.dom, W15_NS, 'commentEx', (element) => paraIds.has(element.getAttributeNS(W15_NS, 'paraId') ?? ''));
    writeXmlPart(zip, `${folder}commentsExtended.xml`, extended.dom);
  }
  const durableIds = new Set<string>();
  const commentIds = await readXmlPart(zip, `${folder}commentsIds.xml`);
  if (commentIds?.ok) {
    removeWhere(commentIds.dom, W16CID_NS, 'commentId', (element) => {
      const gone = paraIds.has(element.getAttributeNS(W16CID_NS, 'paraId') ?? '');
      if (gone) durableIds.add(element.getAttributeNS(W16CID_NS, 'durableId') ?? '');
      return gone;
    });
    writeXmlPart(zip, `${folder}commentsIds.xml`, commentIds.dom);
  }
  const extensible = await readXmlPart(zip, `${folder}commentsExtensible.xml`);
  if (extensible?.ok && durableIds.size > 0) {
    removeWhere(extensible.dom, W16CEX_NS, 'commentExtensible', (element) => durableIds.has(element.getAttributeNS(W16CEX_NS, 'durableId') ?? ''));
    writeXmlPart(zip, `${folder}commentsExtensible.xml`, extensible.dom);
  }
  await removeAnchors(zip, ids, commentsPath);
  const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { ok: true, data, removed: ids.size };
}

/** `review --strip-internal` as one contract's review, in the shape runReview expects. */
export async function stripInternalReview(document: DocxDocument, review: ReviewOptions): Promise<OtherReviewResult> {
  const stripped = await stripInternalComments(document);
  if (!stripped.ok) return stripped;
  const analysis = analyzeDocument(document.paragraphs, { issueFor: issueResolver(review.playbook) });
  const note = stripped.removed === 0 ? 'no internal comments: the copy is the original, byte for byte' : `removed ${stripped.removed} internal comment(s) and nothing else`;
  return { ok: true, analysis, plans: [], verdicts: [], data: stripped.data, changed: stripped.removed > 0, notes: [note] };
}

/** Word gives a comment the paraId of its last paragraph; replies point at their parent by it. */
function lastParaId(comment: XmlElement): string | undefined {
  const paragraphs = childElements(comment).filter((child) => isW(child, 'p'));
  return paragraphs[paragraphs.length - 1]?.getAttributeNS(W14_NS, 'paraId') ?? undefined;
}

function addReplies(extended: XmlDocument, paraIds: Set<string>): void {
  const entries = extended.getElementsByTagNameNS(W15_NS, 'commentEx');
  for (let grew = true; grew; ) {
    grew = false;
    for (let i = 0; i < entries.length; i += 1) {
      const entry = entries.item(i)!;
      const parent = entry.getAttributeNS(W15_NS, 'paraIdParent');
      const own = entry.getAttributeNS(W15_NS, 'paraId');
      if (parent && own && paraIds.has(parent) && !paraIds.has(own)) {
        paraIds.add(own);
        grew = true;
      }
    }
  }
}

function removeWhere(dom: XmlDocument, namespace: string, localName: string, doomed: (element: XmlElement) => boolean): void {
  const found = dom.getElementsByTagNameNS(namespace, localName);
  const matches = Array.from({ length: found.length }, (_, i) => found.item(i)!);
  for (const element of matches.filter(doomed)) element.parentNode?.removeChild(element);
}

/** Drops the comments' range marks and references wherever they are anchored (body, headers, footnotes…). */
async function removeAnchors(zip: JSZip, ids: ReadonlySet<string>, commentsPath: string): Promise<void> {
  const parts = Object.keys(zip.files).filter((path) => /^word\/[^/]+\.xml$/i.test(path) && path !== commentsPath && !/comments/i.test(path));
  for (const path of parts) {
    const raw = await zip.file(path)?.async('string');
    // Only parts that anchor comments are parsed and written again; the rest stay byte for byte.
    if (!raw || !/commentRangeStart|commentReference/.test(raw)) continue;
    const part = await readXmlPart(zip, path);
    if (!part?.ok) continue;
    let changed = false;
    for (const name of ['commentRangeStart', 'commentRangeEnd', 'commentReference']) {
      for (const element of descendantsW(part.dom, name)) {
        if (!ids.has(element.getAttributeNS(W_NS, 'id') ?? '')) continue;
        const run = element.parentNode;
        element.parentNode?.removeChild(element);
        // A run that only held the reference (and its formatting) goes with it.
        if (isW(run, 'r') && childElements(run).every((child) => isW(child, 'rPr'))) run.parentNode?.removeChild(run);
        changed = true;
      }
    }
    if (changed) writeXmlPart(zip, path, part.dom);
  }
}
