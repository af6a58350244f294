// LibreOffice still reads every output of the workflow: a reviewed copy carrying the decision record (custom XML
// part), a round-two answer (rejected revisions, counter comments, the other revisions kept) and a copy stripped of
// internal comments. Needs soffice (libreoffice-writer-nogui); fails under CI when missing.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildDocx } from '../../src/docx/buildDocx';
import { runReview } from '../../src/cli/review/runReview';
import { parseXml } from '../../src/ooxml/xmlDom';
import { convertWithSoffice, describeWithSoffice } from '../docx/soffice';
import { buildRoundTwoDocx, OUR_AUTHOR, THEIR_AUTHOR } from './roundTwoDocx';

const TEXT_NS = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const OFFICE_NS = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

async function review(...argv: string[]): Promise<void> {
  const err: string[] = [];
  const io = { out: () => undefined, err: (l: string) => err.push(l), progress: { write: () => undefined, isTTY: false }, now: () => new Date('2026-12-04T09:00:00Z') };
  if ((await runReview(argv, io)) !== 0) throw new Error(err.join('\n'));
}

describeWithSoffice('workflow outputs in LibreOffice', () => {
  let folder = '';
  const odt = async (name: string) => {
    const zip = await JSZip.loadAsync(await readFile(join(folder, name.replace(/\.docx$/, '.odt'))));
    const parsed = parseXml(await zip.file('content.xml')!.async('string'));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.dom;
  };
  const creators = (dom: Awaited<ReturnType<typeof odt>>) =>
    Array.from(dom.getElementsByTagNameNS(TEXT_NS, 'changed-region')).map((region) => region.getElementsByTagNameNS(DC_NS, 'creator').item(0)?.textContent);
  const annotations = (dom: Awaited<ReturnType<typeof odt>>) =>
    Array.from(dom.getElementsByTagNameNS(OFFICE_NS, 'annotation')).map((annotation) => Array.from(annotation.getElementsByTagNameNS(TEXT_NS, 'p')).map((p) => p.textContent).join('\n'));

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'adt-workflow-lo-'));
    await writeFile(join(folder, 'vendor.docx'), await buildDocx([{ text: '1.1 Vendor may use Customer Data, including prompts, to train and improve its artificial intelligence models.' }]));
    await review(join(folder, 'vendor.docx'));
    await writeFile(join(folder, 'addendum.docx'), await buildRoundTwoDocx());
    await review(join(folder, 'addendum.docx'), '--round2', '--author', OUR_AUTHOR, '--out', join(folder, 'answered.docx'));
    await review(join(folder, 'vendor.reviewed.docx'), '--strip-internal', '--out', join(folder, 'sent.docx'));
    for (const name of ['vendor.reviewed.docx', 'answered.docx', 'sent.docx']) await convertWithSoffice(join(folder, name), 'odt', folder, join(folder, 'profile'));
  }, 240_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('opens a reviewed copy carrying the decision record, with its revisions and comments', async () => {
    const dom = await odt('vendor.reviewed.docx');
    expect(creators(dom).length).toBeGreaterThan(0);
    expect(annotations(dom).every((text) => text.startsWith('[Internal] '))).toBe(true);
    expect(annotations(dom).length).toBeGreaterThan(0);
  });

  it('opens a round-two answer: their remaining revisions and ours as changed regions, and the counter comments', async () => {
    const dom = await odt('answered.docx');
    expect(new Set(creators(dom))).toEqual(new Set([THEIR_AUTHOR, OUR_AUTHOR]));
    expect(annotations(dom).filter((text) => text.includes('We have not accepted this change'))).toHaveLength(6);
  });

  it('opens a copy stripped of internal comments, with its revisions intact', async () => {
    const dom = await odt('sent.docx');
    expect(annotations(dom)).toEqual([]);
    expect(creators(dom)).toEqual(creators(await odt('vendor.reviewed.docx')));
  });
});
