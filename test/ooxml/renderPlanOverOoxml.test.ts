// Redlining the package Word returns for a paragraph: revisions keep each run's formatting and the other parts stay.
import { applyOps } from '../../src/engine/applyOps';
import type { RedlineOp, RedlinePlan } from '../../src/engine/types';
import { bodyTexts } from '../../src/ooxml/documentParagraphs';
import { W_NS } from '../../src/ooxml/namespaces';
import { renderPlanOverOoxml } from '../../src/ooxml/renderPlanOverOoxml';
import { descendantsW, getW, parseXml } from '../../src/ooxml/xmlDom';

const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const TEXT = 'Supplier may use Client Content to improve its services.';

/** The shape of `paragraph.getOoxml()`: a package with the paragraph, a section, and a styles part. */
const WORD_PACKAGE =
  `<pkg:package xmlns:pkg="${PKG}">` +
  '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/></pkg:xmlData></pkg:part>' +
  `<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData><w:document xmlns:w="${W_NS}"><w:body>` +
  '<w:p><w:pPr><w:pStyle w:val="ListNumber"/></w:pPr><w:r><w:t xml:space="preserve">Supplier may use </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>Client Content</w:t></w:r><w:r><w:t xml:space="preserve"> to improve its services.</w:t></w:r></w:p>' +
  '<w:sectPr/></w:body></w:document></pkg:xmlData></pkg:part>' +
  `<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"><pkg:xmlData><w:styles xmlns:w="${W_NS}"><w:style w:styleId="ListNumber"/></w:styles></pkg:xmlData></pkg:part>` +
  '</pkg:package>';

function plan(ops: RedlineOp[], originalText = TEXT): RedlinePlan {
  return {
    id: 'p',
    kind: 'word-level',
    source: { kind: 'finding', findingId: 'f' },
    positionId: 'preferred',
    paragraph: 0,
    originalText,
    targetText: applyOps(originalText, ops),
    ops,
    newParagraphs: ['Supplier shall not train models on Client Content.'],
    comment: { internal: 'i', external: 'e' },
  };
}

const USE = TEXT.indexOf('use Client Content to improve');
const OPS: RedlineOp[] = [
  { kind: 'delete', start: USE, end: USE + 'use Client Content to improve'.length, text: 'use Client Content to improve' },
  { kind: 'insert', at: USE, text: 'not use Client Content to train models or improve' },
];

describe('renderPlanOverOoxml', () => {
  it('applies the plan inside the package, keeping the italic run and the styles part', () => {
    const result = renderPlanOverOoxml(WORD_PACKAGE, plan(OPS), { author: 'Counsel', date: '2026-11-23T00:00:00Z' });
    if (!result.ok) throw new Error(result.reason);
    const parsed = parseXml(result.ooxml);
    if (!parsed.ok) throw new Error(parsed.error);
    const body = descendantsW(parsed.dom, 'body')[0]!;
    expect(bodyTexts(body, 'rejected')).toEqual([TEXT]);
    expect(bodyTexts(body, 'accepted')).toEqual([applyOps(TEXT, OPS), 'Supplier shall not train models on Client Content.']);
    const deletedItalic = descendantsW(parsed.dom, 'del').flatMap((del) => descendantsW(del, 'r')).filter((r) => descendantsW(r, 'i').length > 0);
    expect(deletedItalic.map((r) => r.textContent)).toEqual(['Client Content']);
    expect(descendantsW(parsed.dom, 'style').map((s) => getW(s, 'styleId'))).toEqual(['ListNumber']);
    for (const revision of [...descendantsW(parsed.dom, 'ins'), ...descendantsW(parsed.dom, 'del')]) expect(getW(revision, 'author')).toBe('Counsel');
  });

  it('refuses a plan made against other text', () => {
    expect(renderPlanOverOoxml(WORD_PACKAGE, plan([], 'Different text.'), { author: 'A', date: '2026-11-23T00:00:00Z' })).toEqual({
      ok: false,
      reason: expect.stringMatching(/no longer reads/),
    });
  });

  it('explains OOXML that does not parse', () => {
    expect(renderPlanOverOoxml('<pkg:package', plan(OPS), { author: 'A', date: '2026-11-23T00:00:00Z' })).toMatchObject({ ok: false });
  });
});
