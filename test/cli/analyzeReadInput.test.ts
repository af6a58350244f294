// readContractFile: .txt lines become paragraphs; every bad input becomes one clear error value, never a throw.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paragraphsFromText, readContractFile } from '../../src/cli/readInput';

const dir = mkdtempSync(join(tmpdir(), 'adt-read-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readContractFile', () => {
  it('turns each non-empty line into a paragraph, with heading and list flags', async () => {
    const path = file('a.txt', '\uFEFF1. Definitions\r\n\r\n  "Customer Data" means data.  \n(a) first item;\nPROVIDER TERMS\n');
    expect(await readContractFile(path)).toEqual({
      ok: true,
      paragraphs: [
        { text: '1. Definitions', isHeading: true },
        { text: '"Customer Data" means data.' },
        { text: '(a) first item;', isListItem: true },
        { text: 'PROVIDER TERMS', isHeading: true },
      ],
    });
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.txt'), /file not found/],
    ['a directory', () => { mkdirSync(join(dir, 'folder'), { recursive: true }); return join(dir, 'folder'); }, /folder, not a file/],
    ['binary data', () => file('bin.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0xff])), /binary data/],
    ['a zip that is not a Word package', () => file('bin.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff])), /\.docx package is damaged/],
    ['invalid UTF-8 (Latin-1)', () => file('latin.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])), /not UTF-8 \(it looks like Latin-1 or Windows-1252/],
    ['an empty file', () => file('empty.txt', ''), /empty/],
    ['a file of blank lines', () => file('blank.txt', '\n  \n\t\n'), /empty/],
    ['a .docx that is not a zip package', () => file('c.docx', 'PK'), /not a \.docx file/],
    ['a .doc that is not a Word file', () => file('c.doc', 'x'), /not a \.docx file \(it is not a zip package\)/],
  ])('returns one clear error for %s', async (_case, make, message) => {
    const result = await readContractFile(make());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(message);
      expect(result.error).not.toContain('\n');
    }
  });
});

describe('paragraphsFromText', () => {
  it('does not take a sentence ending in a full stop for a heading', () => {
    expect(paragraphsFromText('4.2 Provider shall comply.')).toEqual([{ text: '4.2 Provider shall comply.' }]);
  });
});
