// Round two from the command line: `analyze` reports every tracked change with its author, type, paragraph, text,
// whether it touches AI terms, its category and its effect; `review --round2` answers the other side's adverse
// changes (rejected, with a comment giving our position) and keeps every other revision exactly as it was.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { runAnalyze } from '../../src/cli/runAnalyze';
import { runReview } from '../../src/cli/review/runReview';
import { bodyTexts } from '../../src/ooxml/documentParagraphs';
import { descendantsW, getW, parseXml, type XmlDocument } from '../../src/ooxml/xmlDom';
import { bodyOf } from '../../src/docx/readDocx';
import { buildRoundTwoDocx, OUR_AUTHOR, ROUND_TWO, THEIR_AUTHOR } from './roundTwoDocx';

const DATE = '2026-12-02T09:00:00Z';

async function analyzeJson(path: string) {
  const out: string[] = [];
  const code = await runAnalyze(['--format', 'json', path], { out: (line) => out.push(line), err: () => undefined });
  return { code, record: JSON.parse(out[0] ?? '{}') as { changes: { revision: string; author: string; type: string; paragraph: number; text: string; aiTerms: boolean; category: string | null; effect: string }[] } };
}

async function review(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), progress: { write: () => undefined, isTTY: false }, now: () => new Date(DATE) };
  return { code: await runReview(argv, io), out, err };
}

async function documentOf(path: string) {
  const zip = await JSZip.loadAsync(await readFile(path));
  const parsed = parseXml(await zip.file('word/document.xml')!.async('string'));
  if (!parsed.ok) throw new Error(parsed.error);
  const comments = zip.file('word/comments.xml') ? parseXml(await zip.file('word/comments.xml')!.async('string')) : undefined;
  return { dom: parsed.dom, comments: comments?.ok ? descendantsW(comments.dom, 'comment') : [] };
}

const texts = (dom: XmlDocument, view: 'accepted' | 'rejected') => bodyTexts(bodyOf(dom)!, view).filter((text) => text.length > 0);

describe('round two from the command line', () => {
  let folder = '';
  let input = '';
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'adt-round2-'));
    input = join(folder, 'addendum.docx');
    await writeFile(input, await buildRoundTwoDocx());
  });
  afterEach(async () => rm(folder, { recursive: true, force: true }));

  it('analyze reports each revision with its verdict', async () => {
    const { code, record } = await analyzeJson(input);
    expect(code).toBe(0);
    for (const change of record.changes) expect(Object.keys(change)).toEqual(['revision', 'author', 'type', 'paragraph', 'text', 'aiTerms', 'category', 'effect']);
    const verdict = (text: string) => record.changes.find((change) => change.text === text);
    expect(verdict('not ')).toMatchObject({ type: 'delete', author: THEIR_AUTHOR, paragraph: 3, aiTerms: true, category: 'ai-training', effect: 'adds-risk' });
    expect(verdict(', except to improve the Services')).toMatchObject({ type: 'insert', aiTerms: true, effect: 'adds-risk' });
    // A carve-out of the deletion duty: judged a risk even where the clause still reads as the promise.
    expect(verdict(', except that Supplier may retain copies for as long as it considers necessary')).toMatchObject({ effect: 'adds-risk' });
    expect(verdict(' Client may opt out of any use of Client Materials for model training at any time by notice to Supplier.')).toMatchObject({ effect: 'removes-protection', category: 'opt-out' });
    expect(verdict('delete or ')).toMatchObject({ effect: 'removes-protection', category: 'deletion' });
    expect(verdict(ROUND_TWO.addedPromise)).toMatchObject({ type: 'insert', effect: 'adds-protection', category: 'no-training' });
    expect(verdict('sixty')).toMatchObject({ aiTerms: false, category: null, effect: 'neutral' });
    expect(verdict('thirty')).toMatchObject({ aiTerms: false, type: 'delete' });
    expect(record.changes.filter((change) => change.author === OUR_AUTHOR)).toHaveLength(1);
    expect(new Set(record.changes.map((change) => change.revision)).size).toBe(record.changes.length);
  });

  it('review --round2 rejects their adverse AI-terms changes with a comment and keeps every other revision', async () => {
    const { code, out, err } = await review(input, '--round2', '--author', OUR_AUTHOR, '--comments', 'external');
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('answered 6 of their changes to the AI terms');
    expect(out.join('\n')).toMatch(/2\.6: left for you to accept or reject: Vendor Counsel inserted/);
    const before = await documentOf(input);
    const after = await documentOf(join(folder, 'addendum.reviewed.docx'));
    // Rejecting every revision still gives the text before any of them: nothing was lost or invented.
    expect(texts(after.dom, 'rejected')).toEqual(texts(before.dom, 'rejected'));
    const accepted = texts(after.dom, 'accepted');
    expect(accepted).toContain('2.1 Supplier shall not use Client Materials to train any artificial intelligence model.');
    expect(accepted).toContain('2.2 Supplier shall not use Client Materials to develop or improve any machine learning model.');
    expect(accepted).toContain('2.3 Supplier shall delete all Client Materials within thirty days after termination.');
    expect(accepted).toContain('2.4 Supplier will process Client Materials only to provide the Platform. Client may opt out of any use of Client Materials for model training at any time by notice to Supplier.');
    // Once "delete or" is back, striking "and all copies" narrows a deletion duty too: answered in a second pass.
    expect(accepted).toContain('2.5 Supplier shall delete or return Client Materials and all copies and backups of them on termination.');
    // Their favourable insertion, their fee change and our own revision are untouched tracked changes.
    expect(accepted).toContain(ROUND_TWO.addedPromise);
    expect(accepted).toContain(ROUND_TWO.fees);
    const revisions = ['ins', 'del'].flatMap((name) => descendantsW(after.dom, name)).map((element) => `${element.localName}:${getW(element, 'author')}:${element.textContent}`);
    expect(revisions.sort()).toEqual(
      [`ins:${THEIR_AUTHOR}:`, `ins:${THEIR_AUTHOR}:${ROUND_TWO.addedPromise}`, `del:${THEIR_AUTHOR}:thirty`, `ins:${THEIR_AUTHOR}:sixty`, `ins:${OUR_AUTHOR}:thirty`].sort(),
    );
    expect(after.comments).toHaveLength(6);
    const comment = after.comments.map((element) => element.textContent ?? '').find((text) => text.includes('clause 2.1'));
    expect(comment).toMatch(/^We have not accepted this change to clause 2\.1 because with it Supplier may use Client Materials to build or improve AI/);
    expect(comment).toMatch(/Our position \(Prohibit training\): “Supplier shall not use/);
    const carveOut = after.comments.map((element) => element.textContent ?? '').find((text) => text.includes('clause 2.3'));
    expect(carveOut).toMatch(/because (it carves an exception out of the promise that Supplier must delete|with it Supplier may keep)/);
    expect(after.comments.every((element) => getW(element, 'author') === OUR_AUTHOR && getW(element, 'date') === DATE)).toBe(true);
  });

  it('marks internal counter comments and leaves our own changes alone', async () => {
    await review(input, '--round2', '--author', OUR_AUTHOR);
    const after = await documentOf(join(folder, 'addendum.reviewed.docx'));
    expect(after.comments.length).toBeGreaterThan(0);
    for (const comment of after.comments) expect(comment.textContent).toMatch(/^\[Internal\] /);
    const analysed = await analyzeJson(join(folder, 'addendum.reviewed.docx'));
    expect(analysed.record.changes.filter((change) => change.author === THEIR_AUTHOR && (change.effect === 'adds-risk' || change.effect === 'removes-protection'))).toEqual([]);
  });
});

describe('review options for round two', () => {
  it('parses --round2', async () => {
    const { parseReviewArgs } = await import('../../src/cli/review/reviewOptions');
    expect(parseReviewArgs(['a.docx', '--round2'])).toMatchObject({ ok: true, options: { round2: true } });
    expect(parseReviewArgs(['a.docx'])).toMatchObject({ ok: true, options: { round2: false } });
  });
});
