// `npm run analyze` reads .docx through readContractFile: the same paragraphs as readDocx, and one-line errors.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContractFile } from '../../src/cli/readInput';
import { buildSampleDocx, SAMPLE_PARAGRAPHS } from '../fixtures/docx/sampleDocx';

describe('readContractFile on .docx', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'adt-read-docx-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('gives the paragraphs as the document now reads', async () => {
    const path = join(folder, 'agreement.docx');
    await writeFile(path, await buildSampleDocx());
    const result = await readContractFile(path);
    expect(result.ok && result.paragraphs.map((p) => p.text)).toEqual([...SAMPLE_PARAGRAPHS]);
  });

  it('explains a file that only pretends to be a .docx', async () => {
    const path = join(folder, 'fake.docx');
    await writeFile(path, 'Provider may use Customer Data.');
    const result = await readContractFile(path);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^this is not a \.docx file .*save the contract from Word as \.docx/) });
  });
});
