// `npm run review` end to end, in-process: single file, overwrite rules, batch summary with a failed file, usage.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildDocx } from '../../../src/docx/buildDocx';
import { runReview } from '../../../src/cli/review/runReview';
import { SUMMARY_HEADER } from '../../../src/cli/review/summaryCsv';
import { descendantsW, getW, parseXml } from '../../../src/ooxml/xmlDom';
import { buildSampleDocx } from '../../fixtures/docx/sampleDocx';

const DATE = '2026-11-23T08:30:00Z';

/** Own drafting: a short vendor agreement with an unmistakable training grant and no deletion clause. */
const RISKY = [
  { text: '1. Use of Data', isHeading: true },
  { text: 'Vendor may use Customer Data, including prompts and outputs, to train and improve its artificial intelligence models.' },
  { text: 'Vendor may share Customer Data with third-party model providers to operate the AI features.' },
  { text: '2. Fees', isHeading: true },
  { text: 'Customer shall pay the fees within thirty days of each invoice.' },
];

function harness() {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), progress: { write: (t: string) => progress.push(t), isTTY: false }, now: () => new Date(DATE) };
  return { io, out, err, progress };
}

async function revisionsIn(path: string) {
  const zip = await JSZip.loadAsync(await readFile(path));
  const parsed = parseXml(await zip.file('word/document.xml')!.async('string'));
  if (!parsed.ok) throw new Error(parsed.error);
  return ['ins', 'del'].flatMap((name) => descendantsW(parsed.dom, name));
}

describe('runReview', () => {
  let folder = '';
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'adt-review-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes contract.reviewed.docx with tracked changes by the author, and leaves the input alone', async () => {
    const input = join(folder, 'vendor.docx');
    const bytes = await buildDocx(RISKY);
    await writeFile(input, bytes);
    const { io, out, err } = harness();
    expect(await runReview([input, '--author', 'Jane Roe', '--insert-missing'], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out.join('\n')).toContain(`${input} -> ${join(folder, 'vendor.reviewed.docx')}`);
    const revisions = await revisionsIn(join(folder, 'vendor.reviewed.docx'));
    expect(revisions.length).toBeGreaterThan(0);
    for (const revision of revisions) {
      expect(getW(revision, 'author')).toBe('Jane Roe');
      expect(getW(revision, 'date')).toBe(DATE);
    }
    expect(new Uint8Array(await readFile(input))).toEqual(bytes);
  });

  it('says "no changes" and writes the original bytes when nothing can be redlined', async () => {
    const input = join(folder, 'plain.docx');
    const bytes = await buildDocx([{ text: 'Customer shall pay the fees within thirty days of each invoice.' }, { text: 'Either party may terminate on notice.' }]);
    await writeFile(input, bytes);
    const { io, out, err } = harness();
    expect(await runReview([input], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toMatch(/plain\.reviewed\.docx: no changes \(the copy is the original, byte for byte\)/);
    expect(Buffer.from(await readFile(join(folder, 'plain.reviewed.docx'))).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses to overwrite an existing output without --force, and overwrites with it', async () => {
    const input = join(folder, 'vendor.docx');
    await writeFile(input, await buildDocx(RISKY));
    await writeFile(join(folder, 'mine.docx'), 'keep me');
    const first = harness();
    expect(await runReview([input, '--out', join(folder, 'mine.docx')], first.io)).toBe(1);
    expect(first.err.join('\n')).toMatch(/already exists; pass --force/);
    expect(await readFile(join(folder, 'mine.docx'), 'utf8')).toBe('keep me');
    expect(await runReview([input, '--out', join(folder, 'mine.docx'), '--force'], harness().io)).toBe(0);
    expect((await revisionsIn(join(folder, 'mine.docx'))).length).toBeGreaterThan(0);
  });

  it('never writes over its input, even with --force', async () => {
    const input = join(folder, 'vendor.docx');
    await writeFile(input, await buildDocx(RISKY));
    const { io, err } = harness();
    expect(await runReview([input, '--out', input, '--force'], io)).toBe(1);
    expect(err.join('\n')).toMatch(/would overwrite the input/);
  });

  it('reviews a folder into a CSV summary, reports a failed file and goes on, writing nothing for it', async () => {
    const inbox = join(folder, 'inbox');
    await mkdir(inbox);
    await writeFile(join(inbox, 'a-risky.docx'), await buildDocx(RISKY));
    await writeFile(join(inbox, 'b-sample.docx'), await buildSampleDocx());
    await writeFile(join(inbox, 'c-broken.docx'), 'not really a docx');
    await writeFile(join(inbox, 'notes.txt'), 'ignored');
    const summary = join(folder, 'summary.csv');
    const { io, err, progress } = harness();
    expect(await runReview([inbox, '--summary', summary], io)).toBe(1);
    expect(err).toEqual([expect.stringMatching(/c-broken\.docx: this is not a \.docx file/)]);
    expect(progress.some((line) => line.includes('3/3'))).toBe(true);
    const names = (await readdir(inbox)).sort();
    expect(names).toEqual(['a-risky.docx', 'a-risky.reviewed.docx', 'b-sample.docx', 'b-sample.reviewed.docx', 'c-broken.docx', 'notes.txt']);
    const lines = (await readFile(summary, 'utf8')).trim().split('\r\n');
    expect(lines[0]).toBe(SUMMARY_HEADER.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/a-risky\.docx,reviewed,/);
    expect(lines[3]).toMatch(/c-broken\.docx,failed,/);
    const risky = Object.fromEntries(SUMMARY_HEADER.map((name, index) => [name, lines[1]!.split(',')[index]]));
    expect(Number(risky['ai-training'])).toBeGreaterThan(0);
  });

  it('refuses to overwrite an existing summary without --force', async () => {
    const summary = join(folder, 'summary.csv');
    await writeFile(summary, 'old');
    await writeFile(join(folder, 'a.docx'), await buildDocx(RISKY));
    const { io, err } = harness();
    expect(await runReview([join(folder, 'a.docx'), '--summary', summary], io)).toBe(2);
    expect(err.join('\n')).toMatch(/summary\.csv already exists; pass --force/);
    expect(await readFile(summary, 'utf8')).toBe('old');
  });

  it('stops on bad usage and on an invalid playbook with exit code 2', async () => {
    expect(await runReview(['--position', 'best', 'a.docx'], harness().io)).toBe(2);
    const playbook = join(folder, 'playbook.json');
    await writeFile(playbook, '{"version": 2}');
    const { io, err } = harness();
    expect(await runReview([join(folder, 'a.docx'), '--playbook', playbook], io)).toBe(2);
    expect(err.join('\n')).toMatch(/invalid playbook/);
  });
});
