// Issue 13 §2 and F7/F9: contract files in other encodings, in disguise or oversized get one clear line each, and
// the CLI's analyze and review and the workbench's reader say the same thing about the same file.
import { File } from 'node:buffer';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContractFile } from '../../src/cli/readInput';
import { runReview } from '../../src/cli/review/runReview';
import { MAX_CONTRACT_CHARS } from '../../src/docx/docxErrors';
import type { ClauseFinding } from '../../src/engine/detectFindings';
import { findMissingProtections } from '../../src/engine/findMissingProtections';
import { readDocumentFile } from '../../src/workbench/readDocumentFile';
import { buildDocx, buildSampleDocx, sampleParts } from '../fixtures/docx/sampleDocx';

const dir = mkdtempSync(join(tmpdir(), 'adt-bad-contracts-'));
const write = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const CONTRACT_TEXT = readFileSync(join(__dirname, '..', 'cli', 'analyzeFixtures', 'vendor-terms.txt'), 'utf8');

async function readBoth(name: string, bytes: Uint8Array) {
  const cli = await readContractFile(write(name, bytes));
  const workbench = await readDocumentFile(new File([bytes], name) as unknown as globalThis.File);
  return { cli, workbench };
}

describe('text encodings', () => {
  const expected = async () => {
    const read = await readContractFile(write('utf8.txt', Buffer.from(CONTRACT_TEXT, 'utf8')));
    if (!read.ok) throw new Error(read.error);
    return read.paragraphs;
  };

  test.each([
    ['UTF-16 LE with a byte-order mark', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CONTRACT_TEXT, 'utf16le')])],
    ['UTF-16 BE with a byte-order mark', () => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(CONTRACT_TEXT, 'utf16le').swap16()])],
    ['UTF-8 with a byte-order mark', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CONTRACT_TEXT, 'utf8')])],
  ])('%s reads as the same paragraphs in the CLI and the workbench', async (_name, bytes) => {
    const { cli, workbench } = await readBoth('contract.txt', bytes());
    const paragraphs = await expected();
    expect(cli).toEqual({ ok: true, paragraphs });
    expect(workbench.ok && workbench.paragraphs.map((p) => p.text)).toEqual(paragraphs.map((p) => p.text));
  });

  test.each([
    ['Latin-1', Buffer.from('Caf\u00e9 cr\u00e8me \u00a3100.\n(the "Agreement")\n', 'latin1')],
    ['Windows-1252 smart quotes', Buffer.from([0x28, 0x74, 0x68, 0x65, 0x20, 0x93, 0x41, 0x67, 0x72, 0x65, 0x65, 0x6d, 0x65, 0x6e, 0x74, 0x94, 0x29, 0x0a])],
  ])('%s is named as not UTF-8 by both, never binary and never loaded with replacement characters', async (_name, bytes) => {
    const { cli, workbench } = await readBoth('legacy.txt', bytes);
    expect(cli.ok ? 'read' : cli.error).toMatch(/^this file is not UTF-8 \(it looks like Latin-1 or Windows-1252/);
    expect(workbench.ok ? 'read' : workbench.error).toMatch(/^legacy\.txt: this file is not UTF-8/);
  });

  test('UTF-16 without a byte-order mark is named as such', async () => {
    const { cli } = await readBoth('no-bom.txt', Buffer.from(CONTRACT_TEXT, 'utf16le'));
    expect(cli.ok ? 'read' : cli.error).toMatch(/^this file looks like UTF-16 text without a byte-order mark/);
  });

  test('a NUL byte in otherwise plain bytes is binary data', async () => {
    const { cli, workbench } = await readBoth('nul.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
    expect(cli.ok ? 'read' : cli.error).toMatch(/^the file holds binary data, not text/);
    expect(workbench.ok ? 'read' : workbench.error).toMatch(/binary data/);
  });
});

describe('disguised and empty Word files (F7, F9)', () => {
  test('a real .docx renamed .doc or .txt is read as the Word document it is, by both readers', async () => {
    const docx = await buildSampleDocx();
    for (const name of ['renamed.doc', 'renamed.txt']) {
      const { cli, workbench } = await readBoth(name, docx);
      expect(cli.ok && cli.paragraphs.length).toBeGreaterThan(5);
      expect(workbench.ok && workbench.paragraphs.length).toBe(cli.ok && cli.paragraphs.length);
    }
  });

  test('a .docx with no body text: analyze, review and the workbench all give the same reason', async () => {
    const parts = sampleParts();
    parts['word/document.xml'] = parts['word/document.xml']!.replace(/<w:body>[\s\S]*<\/w:body>/, '<w:body><w:p/><w:sectPr/></w:body>');
    const path = write('empty.docx', await buildDocx(parts));
    const reason = /^the document has no text in its body, tables or content controls \(text boxes, headers and footers are not read\)/;
    const analysed = await readContractFile(path);
    expect(analysed.ok ? 'read' : analysed.error).toMatch(reason);
    const err: string[] = [];
    const code = await runReview([path, '--out', join(dir, 'empty-out.docx')], { out: () => undefined, err: (l) => err.push(l), progress: { write: () => undefined, isTTY: false }, now: () => new Date(0) });
    expect(code).toBe(1);
    expect(err[0]?.slice(`${path}: `.length)).toMatch(reason);
    const workbench = await readDocumentFile(new File([readFileSync(path)], 'empty.docx') as unknown as globalThis.File);
    expect(workbench.ok ? 'read' : workbench.error).toMatch(/^empty\.docx: the document has no text/);
  });
});

describe('sizes and paths', () => {
  test('text over the contract limit is refused with the limit named, before any analysis', async () => {
    const line = 'Provider may use Customer Data to train its models.\n';
    const { cli } = await readBoth('huge.txt', Buffer.from(line.repeat(Math.ceil(MAX_CONTRACT_CHARS / line.length) + 10)));
    expect(cli.ok ? 'read' : cli.error).toMatch(/^the contract's text is 10,000,\d{3} characters long, more than the 10,000,000 \(about 5,000 pages\)/);
  });

  test('a symbolic link loop says why it cannot be read', async () => {
    symlinkSync(join(dir, 'b.txt'), join(dir, 'a.txt'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'b.txt'));
    const read = await readContractFile(join(dir, 'a.txt'));
    expect(read.ok ? 'read' : read.error).toBe('the path is a loop of symbolic links that never reaches a file; point at the real file');
  });
});

describe('hundreds of thousands of findings', () => {
  test('the missing-protection anchors do not overflow the call stack (Math.max over every finding)', () => {
    const finding = (paragraph: number): ClauseFinding => ({
      id: `ai-training-p${paragraph}-0-10`,
      category: 'ai-training',
      stance: 'risk',
      severity: 'high',
      paragraph,
      start: 0,
      end: 10,
      quote: 'Provider may',
      evidence: [],
      rules: ['training-grant'],
    });
    const findings = Array.from({ length: 400_000 }, (_, i) => finding(i));
    const paragraphs = Array.from({ length: 400_000 }, () => ({ text: 'Provider may use Customer Data to train its models.' }));
    const terms = { customerData: 'Customer Data', vendor: 'Provider', customer: 'Customer', agreement: 'Agreement', services: 'Services', spelling: 'us' as const };
    const missing = findMissingProtections(paragraphs, findings, [], terms);
    expect(missing.find((m) => m.category === 'no-training')?.insertAfterParagraph).toBe(399_999);
  });
});

describe('a field whose result spans hundreds of thousands of runs', () => {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  /** A bare-bones element: what fieldSpans walks (children, names, the fldCharType attribute), built in milliseconds. */
  class FakeElement {
    readonly nodeType = 1;
    readonly namespaceURI = W;
    parentNode: FakeElement | null = null;
    firstChild: FakeElement | null = null;
    nextSibling: FakeElement | null = null;
    constructor(
      readonly localName: string,
      private readonly fieldCharType: string | null = null,
    ) {}
    getAttributeNS(_namespace: string, name: string): string | null {
      return name === 'fldCharType' ? this.fieldCharType : null;
    }
    append(children: readonly FakeElement[]): this {
      this.firstChild = children[0] ?? null;
      children.forEach((child, index) => {
        child.parentNode = this;
        child.nextSibling = children[index + 1] ?? null;
      });
      return this;
    }
  }
  const run = (fieldCharType?: string) => new FakeElement('r').append([fieldCharType ? new FakeElement('fldChar', fieldCharType) : new FakeElement('t')]);

  test('the span of its result does not overflow the call stack (Math.min over every run)', async () => {
    const { fieldSpans } = await import('../../src/ooxml/fieldSpans');
    const count = 150_000;
    const results: FakeElement[] = [];
    for (let i = 0; i < count; i += 1) results.push(run());
    const paragraph = new FakeElement('p').append([run('begin'), run('separate'), ...results, run('end')]);
    const pieces = results.map((result, index) => ({ kind: 'text' as const, node: result.firstChild, run: result, start: index, end: index + 1 }));
    const spans = fieldSpans([paragraph] as never, pieces as never);
    expect(spans.map((span) => [span.start, span.end])).toEqual([[0, count]]);
  });

  test('a simple field (w:fldSimple) of as many runs is read in one pass', async () => {
    const { fieldSpans } = await import('../../src/ooxml/fieldSpans');
    const count = 150_000;
    const results: FakeElement[] = [];
    for (let i = 0; i < count; i += 1) results.push(run());
    const paragraph = new FakeElement('p').append([new FakeElement('fldSimple').append(results)]);
    const pieces = results.map((result, index) => ({ kind: 'text' as const, node: result.firstChild, run: result, start: index, end: index + 1 }));
    const spans = fieldSpans([paragraph] as never, pieces as never);
    expect(spans.map((span) => [span.start, span.end, span.runs.length])).toEqual([[0, count, count]]);
  });
});
