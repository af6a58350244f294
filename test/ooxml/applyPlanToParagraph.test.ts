// Properties of writing a plan into real paragraph markup: for random runs (formatted, inside hyperlinks, smart
// tags, another author's insertions and deletions) and random edits, rejecting all revisions gives the original
// text, accepting gives the target, formatting survives and insertions never nest.
import fc from 'fast-check';
import { applyOps } from '../../src/engine/applyOps';
import type { RedlineOp } from '../../src/engine/types';
import { applyPlanToParagraph } from '../../src/ooxml/applyPlanToParagraph';
import { W_NS } from '../../src/ooxml/namespaces';
import { readParagraphText } from '../../src/ooxml/paragraphText';
import { RevisionIds } from '../../src/ooxml/revisionIds';
import { descendantsW, getW, parseXml } from '../../src/ooxml/xmlDom';

type Piece = { text: string; bold: boolean; wrapper: 'none' | 'hyperlink' | 'smartTag' | 'ins' | 'del' };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const runXml = (piece: Piece, deleted = false) =>
  `<w:r>${piece.bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:${deleted ? 'delText' : 't'} xml:space="preserve">${escape(piece.text)}</w:${deleted ? 'delText' : 't'}></w:r>`;

function paragraphXml(pieces: readonly Piece[]): string {
  const body = pieces
    .map((piece, index) => {
      switch (piece.wrapper) {
        case 'hyperlink':
          return `<w:hyperlink w:anchor="x">${runXml(piece)}</w:hyperlink>`;
        case 'smartTag':
          return `<w:smartTag w:element="place">${runXml(piece)}</w:smartTag>`;
        case 'ins':
          return `<w:ins w:id="${index + 1}" w:author="Other" w:date="2026-01-01T00:00:00Z">${runXml(piece)}</w:ins>`;
        case 'del':
          return `<w:del w:id="${index + 1}" w:author="Other" w:date="2026-01-01T00:00:00Z">${runXml(piece, true)}</w:del>`;
        default:
          return runXml(piece);
      }
    })
    .join('<w:bookmarkStart w:id="0" w:name="b"/>');
  return `<w:document xmlns:w="${W_NS}"><w:body><w:p><w:pPr><w:jc w:val="both"/></w:pPr>${body}</w:p></w:body></w:document>`;
}

const pieceArbitrary = fc.record({
  text: fc.stringMatching(/^[A-Za-z <&'\t]{1,7}$/),
  bold: fc.boolean(),
  wrapper: fc.constantFrom<Piece['wrapper']>('none', 'none', 'hyperlink', 'smartTag', 'ins', 'del'),
});

/** Ops over `text`: at each cut point, maybe delete up to the next cut, maybe insert. */
function opsFor(text: string, cuts: readonly number[], choices: readonly number[], inserts: readonly string[]): RedlineOp[] {
  const points = [...new Set([0, ...cuts.map((cut) => cut % (text.length + 1)), text.length])].sort((a, b) => a - b);
  const ops: RedlineOp[] = [];
  points.forEach((start, index) => {
    const end = points[index + 1];
    const choice = choices[index % choices.length] ?? 0;
    if (end !== undefined && end > start && choice % 2 === 1) ops.push({ kind: 'delete', start, end, text: text.slice(start, end) });
    if (choice >= 2) ops.push({ kind: 'insert', at: choice >= 4 && end !== undefined ? end : start, text: inserts[index % inserts.length] ?? 'x' });
  });
  const position = (op: RedlineOp) => (op.kind === 'delete' ? op.start : op.at);
  return ops.sort((a, b) => position(a) - position(b) || (a.kind === 'delete' ? -1 : 1) - (b.kind === 'delete' ? -1 : 1));
}

function isSubsequence(needle: string, haystack: string): boolean {
  let cursor = 0;
  for (const character of haystack) if (character === needle[cursor]) cursor += 1;
  return cursor === needle.length;
}

describe('applyPlanToParagraph properties', () => {
  it('rejecting gives the original, accepting gives the target, formatting and nesting rules hold', () => {
    fc.assert(
      fc.property(
        fc.array(pieceArbitrary, { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.stringMatching(/^[a-z &<]{1,5}$/), { minLength: 1, maxLength: 3 }),
        (pieces, cuts, choices, inserts) => {
          const parsed = parseXml(paragraphXml(pieces));
          if (!parsed.ok) throw new Error(parsed.error);
          const paragraph = descendantsW(parsed.dom, 'p')[0]!;
          const before = readParagraphText([paragraph], 'accepted').text;
          const rejectedBefore = readParagraphText([paragraph], 'rejected').text;
          const ops = opsFor(before, cuts, choices, inserts);
          const targetText = applyOps(before, ops);
          const context = { stamp: { author: 'Reviewer', date: '2026-11-23T00:00:00Z' }, ids: new RevisionIds(100) };
          const applied = applyPlanToParagraph([paragraph], { originalText: before, targetText, ops, newParagraphs: [] }, context);
          expect(applied.ok).toBe(true);
          expect(readParagraphText([paragraph], 'accepted').text).toBe(targetText);
          expect(readParagraphText([paragraph], 'rejected').text).toBe(rejectedBefore);
          for (const ins of descendantsW(paragraph, 'ins')) expect(descendantsW(ins, 'ins')).toHaveLength(0);
          for (const del of descendantsW(paragraph, 'del')) expect(descendantsW(del, 't')).toHaveLength(0);
          // Every bold character of the original is still bold, kept or deleted (inserted words may add more).
          const boldBefore = pieces.filter((piece) => piece.bold).map((piece) => piece.text).join('');
          const boldAfter = descendantsW(paragraph, 'r')
            .filter((run) => descendantsW(run, 'b').length > 0)
            .flatMap((run) => [...descendantsW(run, 't'), ...descendantsW(run, 'delText')])
            .map((t) => t.textContent)
            .join('');
          expect(isSubsequence(boldBefore, boldAfter)).toBe(true);
          const ids = [...descendantsW(paragraph, 'ins'), ...descendantsW(paragraph, 'del')].map((r) => getW(r, 'id'));
          expect(new Set(ids).size).toBe(ids.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a plan computed against different text, and changes nothing', () => {
    const parsed = parseXml(paragraphXml([{ text: 'Vendor may use data.', bold: false, wrapper: 'none' }]));
    if (!parsed.ok) throw new Error(parsed.error);
    const paragraph = descendantsW(parsed.dom, 'p')[0]!;
    const before = paragraph.toString();
    const context = { stamp: { author: 'Reviewer', date: '2026-11-23T00:00:00Z' }, ids: new RevisionIds(1) };
    const applied = applyPlanToParagraph([paragraph], { originalText: 'Vendor may share data.', targetText: 'x', ops: [], newParagraphs: [] }, context);
    expect(applied).toEqual({ ok: false, reason: expect.stringMatching(/no longer reads/) });
    expect(paragraph.toString()).toBe(before);
  });
});
