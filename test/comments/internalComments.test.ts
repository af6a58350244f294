// Internal comments: marked "[Internal]" wherever they are written, and removed, with nothing else, in Word (WordApi
// 1.4+) and by `review --strip-internal`, which keeps the replies' thread tidy and copies a clean file byte for byte.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildDocx as buildPlainDocx } from '../../src/docx/buildDocx';
import { runReview } from '../../src/cli/review/runReview';
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { descendantsW, getW, parseXml } from '../../src/ooxml/xmlDom';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { createSimulator, type ApiLevel } from '../../src/simulator';
import { createWordHost } from '../../src/word/createWordHost';
import { buildDocx, sampleParts } from '../fixtures/docx/sampleDocx';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
const W16CID = 'http://schemas.microsoft.com/office/word/2016/wordml/cid';
const DATE = '2026-12-03T09:00:00Z';

const comment = (id: string, paraId: string, text: string, author = 'Harbour Legal') =>
  `<w:comment w:id="${id}" w:author="${author}" w:date="${DATE}"><w:p w14:paraId="${paraId}"><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:comment>`;
const anchored = (id: string, text: string) =>
  `<w:p><w:commentRangeStart w:id="${id}"/><w:r><w:t xml:space="preserve">${text}</w:t></w:r><w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r></w:p>`;

/** A contract with an internal comment (and a reply to it), an external one, and the other side's own comment. */
function commentedParts(): Record<string, string> {
  const parts = sampleParts();
  parts['word/document.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="${W}"><w:body>` +
    anchored('1', 'Provider may use Customer Data to train its models.') +
    anchored('3', 'Provider may keep Customer Data after termination.') +
    anchored('4', 'Provider may share Customer Data with its affiliates.') +
    '<w:sectPr/></w:body></w:document>';
  parts['word/comments.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W}" xmlns:w14="${W14}">` +
    comment('1', '0A000001', '[Internal] Business sign-off needed before offering the fallback.') +
    comment('2', '0A000002', 'Agreed, I will ask the client.') +
    comment('3', '0A000003', 'We need a deletion certificate here.') +
    comment('4', '0A000004', 'Affiliates are bound by the same terms.', 'Vendor Counsel') +
    '</w:comments>';
  parts['word/commentsExtended.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w15:commentsEx xmlns:w15="${W15}">` +
    '<w15:commentEx w15:paraId="0A000001" w15:done="0"/><w15:commentEx w15:paraId="0A000002" w15:paraIdParent="0A000001" w15:done="0"/>' +
    '<w15:commentEx w15:paraId="0A000003" w15:done="0"/><w15:commentEx w15:paraId="0A000004" w15:done="0"/></w15:commentsEx>';
  parts['word/commentsIds.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w16cid:commentsIds xmlns:w16cid="${W16CID}">` +
    ['0A000001', '0A000002', '0A000003', '0A000004'].map((id, i) => `<w16cid:commentId w16cid:paraId="${id}" w16cid:durableId="1000000${i}"/>`).join('') +
    '</w16cid:commentsIds>';
  parts['word/_rels/document.xml.rels'] = parts['word/_rels/document.xml.rels']!.replace(
    '</Relationships>',
    '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>',
  );
  return parts;
}

async function commentsIn(path: string) {
  const zip = await JSZip.loadAsync(await readFile(path));
  const parsed = parseXml(await zip.file('word/comments.xml')!.async('string'));
  if (!parsed.ok) throw new Error(parsed.error);
  return descendantsW(parsed.dom, 'comment');
}

async function review(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), progress: { write: () => undefined, isTTY: false }, now: () => new Date(DATE) };
  return { code: await runReview(argv, io), out, err };
}

describe('review --strip-internal', () => {
  let folder = '';
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'adt-strip-'));
  });
  afterEach(async () => rm(folder, { recursive: true, force: true }));

  it('removes internal comments and their replies with their anchors, and nothing else', async () => {
    const input = join(folder, 'commented.docx');
    await writeFile(input, await buildDocx(commentedParts()));
    const { code, out, err } = await review(input, '--strip-internal');
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out.join('\n')).toContain('removed 2 internal comment(s) and nothing else');
    const zip = await JSZip.loadAsync(await readFile(join(folder, 'commented.reviewed.docx')));
    const part = async (path: string) => {
      const parsed = parseXml(await zip.file(path)!.async('string'));
      if (!parsed.ok) throw new Error(parsed.error);
      return parsed.dom;
    };
    const comments = descendantsW(await part('word/comments.xml'), 'comment');
    expect(comments.map((element) => getW(element, 'id'))).toEqual(['3', '4']);
    const body = await part('word/document.xml');
    for (const name of ['commentRangeStart', 'commentRangeEnd', 'commentReference']) expect(descendantsW(body, name).map((element) => getW(element, 'id'))).toEqual(['3', '4']);
    expect(descendantsW(body, 't').map((element) => element.textContent)).toEqual([
      'Provider may use Customer Data to train its models.',
      'Provider may keep Customer Data after termination.',
      'Provider may share Customer Data with its affiliates.',
    ]);
    expect(await zip.file('word/commentsExtended.xml')!.async('string')).not.toMatch(/0A00000[12]/);
    expect(await zip.file('word/commentsIds.xml')!.async('string')).not.toMatch(/0A00000[12]/);
    expect(await zip.file('word/styles.xml')!.async('string')).toBe(sampleParts()['word/styles.xml']);
  });

  it('copies a document without internal comments byte for byte', async () => {
    const input = join(folder, 'clean.docx');
    const bytes = await buildPlainDocx([{ text: 'Provider may use Customer Data to train its models.' }]);
    await writeFile(input, bytes);
    const { code, out } = await review(input, '--strip-internal');
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('no internal comments');
    expect(Buffer.compare(await readFile(join(folder, 'clean.reviewed.docx')), Buffer.from(bytes))).toBe(0);
  });

  it('review marks its internal comments, so a later --strip-internal finds them all', async () => {
    const input = join(folder, 'risky.docx');
    await writeFile(input, await buildPlainDocx([{ text: 'Vendor may use Customer Data to train and improve its artificial intelligence models.' }]));
    await review(input);
    const written = await commentsIn(join(folder, 'risky.reviewed.docx'));
    expect(written.length).toBeGreaterThan(0);
    for (const element of written) expect(element.textContent).toMatch(/^\[Internal\] /);
    await review(join(folder, 'risky.reviewed.docx'), '--strip-internal', '--out', join(folder, 'risky.sent.docx'));
    expect(await commentsIn(join(folder, 'risky.sent.docx'))).toHaveLength(0);
  });
});

describe('Remove internal comments in Word', () => {
  const TEXT = ['Terms', 'Provider may use Customer Data to train its machine learning models.'];
  async function commented(level: ApiLevel) {
    const simulator = createSimulator({ paragraphs: TEXT, apiLevel: level, user: 'You' });
    const host = createWordHost(simulator.api, { author: 'You' });
    const analysis = analyzeDocument(TEXT.map((text) => ({ text })), { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const finding = analysis.findings.find((candidate) => candidate.stance === 'risk')!;
    await host.readDocument();
    return { simulator, host, finding };
  }

  it('deletes only the comments marked [Internal] (WordApi 1.4+)', async () => {
    const { simulator, host, finding } = await commented('1.7');
    await host.insertComment(finding, '[Internal] Business sign-off needed.');
    await host.insertComment(finding, 'Please confirm the prohibition covers affiliates.');
    const revisionsBefore = simulator.snapshot().revisions;
    expect(await host.removeInternalComments()).toEqual({ ok: true, value: 1 });
    expect(simulator.snapshot().comments.map((c) => c.text)).toEqual(['Please confirm the prohibition covers affiliates.']);
    expect(simulator.snapshot().revisions).toEqual(revisionsBefore);
    expect(simulator.currentText()).toEqual(TEXT);
  });

  it('says why it cannot below WordApi 1.4', async () => {
    const { host } = await commented('1.3');
    expect(await host.removeInternalComments()).toMatchObject({ ok: false, error: { kind: 'api-unsupported', message: expect.stringMatching(/WordApi 1\.4/) } });
  });
});
