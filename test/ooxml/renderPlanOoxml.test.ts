// The Word OOXML renderer: a plan becomes a flat-OPC package whose revisions read back as the plan, both ways.
import fc from 'fast-check';
import { applyOps } from '../../src/engine/applyOps';
import { InvariantError, type RedlineOp, type RedlinePlan } from '../../src/engine/types';
import { W_NS } from '../../src/ooxml/namespaces';
import { bodyTexts } from '../../src/ooxml/documentParagraphs';
import { renderPlanOoxml } from '../../src/ooxml/renderPlanOoxml';
import { descendantsW, getW, parseXml, type XmlDocument } from '../../src/ooxml/xmlDom';

const STAMP = { author: 'Reviewer', date: '2026-11-23T00:00:00Z' };

function plan(originalText: string, ops: RedlineOp[], newParagraphs: string[] = []): RedlinePlan {
  return {
    id: 'plan-1',
    kind: 'word-level',
    source: { kind: 'finding', findingId: 'f-1' },
    positionId: 'preferred',
    paragraph: 0,
    originalText,
    targetText: applyOps(originalText, ops),
    ops,
    newParagraphs,
    comment: { internal: 'internal note', external: 'external note' },
  };
}

function documentOf(ooxml: string): XmlDocument {
  const parsed = parseXml(ooxml);
  if (!parsed.ok) throw new Error(parsed.error);
  const documents = parsed.dom.getElementsByTagNameNS(W_NS, 'document');
  const root = documents.item(0);
  if (!root) throw new Error('no w:document in the package');
  return parsed.dom;
}

function body(document: XmlDocument) {
  const found = document.getElementsByTagNameNS(W_NS, 'body').item(0);
  if (!found) throw new Error('no body');
  return found;
}

const ORIGINAL = 'Provider may use Customer Data to train its models.';
const USE = ORIGINAL.indexOf('use');
const OPS: RedlineOp[] = [
  { kind: 'delete', start: USE, end: USE + 3, text: 'use' },
  { kind: 'insert', at: USE, text: 'not use' },
  { kind: 'insert', at: ORIGINAL.length - 1, text: ' or any third-party models' },
];

describe('renderPlanOoxml', () => {
  it('wraps a flat-OPC package holding the rels part and the main document part', () => {
    const parsed = parseXml(renderPlanOoxml(plan(ORIGINAL, OPS), STAMP));
    if (!parsed.ok) throw new Error(parsed.error);
    const parts = Array.from(parsed.dom.getElementsByTagNameNS('http://schemas.microsoft.com/office/2006/xmlPackage', 'part'));
    expect(parts.map((part) => part.getAttributeNS('http://schemas.microsoft.com/office/2006/xmlPackage', 'name'))).toEqual([
      '/_rels/.rels',
      '/word/document.xml',
    ]);
  });

  it('reads as the original when revisions are rejected and as the target when accepted', () => {
    const document = documentOf(renderPlanOoxml(plan(ORIGINAL, OPS), STAMP));
    expect(bodyTexts(body(document), 'rejected')).toEqual([ORIGINAL]);
    expect(bodyTexts(body(document), 'accepted')).toEqual(['Provider may not use Customer Data to train its models or any third-party models.']);
  });

  it('stamps every revision with the author, the date and a unique id', () => {
    const document = documentOf(renderPlanOoxml(plan(ORIGINAL, OPS, ['A new clause.']), { ...STAMP, firstRevisionId: 40 }));
    const revisions = [...descendantsW(document, 'ins'), ...descendantsW(document, 'del')];
    expect(revisions).toHaveLength(5);
    for (const revision of revisions) {
      expect(getW(revision, 'author')).toBe('Reviewer');
      expect(getW(revision, 'date')).toBe(STAMP.date);
    }
    const ids = revisions.map((revision) => getW(revision, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => Number(id) >= 40)).toBe(true);
  });

  it('uses w:delText inside deletions and never w:t', () => {
    const document = documentOf(renderPlanOoxml(plan(ORIGINAL, OPS), STAMP));
    const deletion = descendantsW(document, 'del')[0]!;
    expect(descendantsW(deletion, 't')).toHaveLength(0);
    expect(descendantsW(deletion, 'delText').map((t) => t.textContent)).toEqual(['use']);
  });

  it('adds new paragraphs with the anchor properties and an inserted paragraph mark, without the section break', () => {
    const pPr = '<w:pPr><w:pStyle w:val="BodyText"/><w:jc w:val="both"/><w:sectPr/></w:pPr>';
    const document = documentOf(renderPlanOoxml(plan('Short clause.', [], ['First new clause.', 'Second new clause.']), { ...STAMP, paragraphPropertiesXml: pPr }));
    const paragraphs = descendantsW(document, 'p');
    expect(paragraphs).toHaveLength(3);
    for (const added of paragraphs.slice(1)) {
      const properties = descendantsW(added, 'pPr')[0]!;
      expect(getW(descendantsW(properties, 'pStyle')[0]!, 'val')).toBe('BodyText');
      expect(descendantsW(properties, 'sectPr')).toHaveLength(0);
      expect(descendantsW(descendantsW(properties, 'rPr')[0]!, 'ins')).toHaveLength(1);
    }
    expect(descendantsW(paragraphs[0]!, 'sectPr')).toHaveLength(1);
    expect(bodyTexts(body(document), 'accepted')).toEqual(['Short clause.', 'First new clause.', 'Second new clause.']);
    expect(bodyTexts(body(document), 'rejected')).toEqual(['Short clause.']);
  });

  it('carries run formatting onto kept and inserted words', () => {
    const document = documentOf(renderPlanOoxml(plan(ORIGINAL, OPS), { ...STAMP, runPropertiesXml: '<w:rPr><w:b/><w:sz w:val="22"/></w:rPr>' }));
    const runs = descendantsW(document, 'r');
    expect(runs.length).toBeGreaterThan(3);
    for (const run of runs) expect(descendantsW(run, 'b')).toHaveLength(1);
  });

  it('escapes markup characters in contract text', () => {
    const text = 'Fees < 5 & "caps" > 3 apply.';
    const document = documentOf(renderPlanOoxml(plan(text, [{ kind: 'insert', at: text.length, text: ' <b>&</b>' }]), STAMP));
    expect(bodyTexts(body(document), 'accepted')).toEqual([`${text} <b>&</b>`]);
  });

  it('refuses broken plans and bad stamps with InvariantError', () => {
    expect(() => renderPlanOoxml(plan(ORIGINAL, []), { author: ' ', date: STAMP.date })).toThrow(InvariantError);
    expect(() => renderPlanOoxml(plan(ORIGINAL, []), { author: 'A', date: 'yesterday' })).toThrow(InvariantError);
    const broken = { ...plan(ORIGINAL, []), ops: [{ kind: 'delete', start: 0, end: 3, text: 'xyz' }] as RedlineOp[] };
    expect(() => renderPlanOoxml(broken, STAMP)).toThrow(InvariantError);
    expect(() => renderPlanOoxml(plan(ORIGINAL, []), { ...STAMP, paragraphPropertiesXml: '<w:pPr>' })).toThrow(InvariantError);
  });
});

/** Random valid ops: walk the text, at each word boundary maybe delete the next word and maybe insert. */
const textAndOps = fc
  .tuple(fc.array(fc.stringMatching(/^[A-Za-z&<>"' \t]{1,8}$/), { minLength: 1, maxLength: 8 }), fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 9, maxLength: 9 }), fc.array(fc.stringMatching(/^[a-z &<]{1,6}$/), { minLength: 9, maxLength: 9 }))
  .map(([words, choices, inserts]) => {
    const text = words.join('');
    const ops: RedlineOp[] = [];
    let cursor = 0;
    words.forEach((word, index) => {
      const choice = choices[index] ?? 0;
      if (choice % 2 === 1) ops.push({ kind: 'delete', start: cursor, end: cursor + word.length, text: word });
      if (choice >= 2) ops.push({ kind: 'insert', at: choice >= 4 ? cursor + word.length : cursor, text: inserts[index] ?? 'x' });
      cursor += word.length;
    });
    ops.sort((a, b) => (a.kind === 'delete' ? a.start : a.at) - (b.kind === 'delete' ? b.start : b.at) || (a.kind === 'delete' ? -1 : 1));
    return { text, ops };
  });

describe('renderPlanOoxml properties', () => {
  it('rejecting every revision gives the original and accepting gives the target, for random edits', () => {
    fc.assert(
      fc.property(textAndOps, ({ text, ops }) => {
        const candidate = plan(text, ops);
        const document = documentOf(renderPlanOoxml(candidate, STAMP));
        expect(bodyTexts(body(document), 'rejected')).toEqual([text]);
        expect(bodyTexts(body(document), 'accepted')).toEqual([candidate.targetText]);
      }),
      { numRuns: 200 },
    );
  });
});
