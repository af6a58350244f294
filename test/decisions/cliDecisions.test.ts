// The .docx CLI and the decision record: `review` records each redline it makes in the reviewed copy (on top of the
// decisions already there), `analyze --format json` reads them back as "decisions", and a damaged or newer record
// is reported and left exactly as it was.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { runAnalyze } from '../../src/cli/runAnalyze';
import { buildDocx } from '../../src/docx/buildDocx';
import { readDecisionPart, writeDecisionPart } from '../../src/docx/decisions/decisionPart';
import { serializeDecisionRecord } from '../../src/negotiation/decisionRecord';
import { missingFingerprint } from '../../src/negotiation/fingerprint';
import { runReview } from '../../src/cli/review/runReview';

const DATE = '2026-11-23T08:30:00Z';
const CONTRACT = [
  { text: '1. Use of Data', isHeading: true },
  { text: '1.1 Vendor may use Customer Data, including prompts and outputs, to train and improve its artificial intelligence models.' },
  { text: '1.2 Vendor may share Customer Data with third-party model providers to operate the AI features.' },
  { text: '2. Fees', isHeading: true },
  { text: '2.1 Customer shall pay the fees within thirty days of each invoice.' },
];
const EARLIER = { fingerprint: missingFingerprint('audit'), category: 'audit', status: 'accepted', reason: 'Business sign-off obtained', paragraph: 4 } as const;

async function analyzeJson(path: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAnalyze(['--format', 'json', path], { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, err, record: JSON.parse(out[0] ?? '{}') };
}

async function review(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), progress: { write: () => undefined, isTTY: false }, now: () => new Date(DATE) };
  return { code: await runReview(argv, io), out, err };
}

async function withRecord(bytes: Uint8Array, xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const written = await writeDecisionPart(zip, 'word/document.xml', xml);
  if (!written.ok) throw new Error(written.error);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('the decision record through the CLI', () => {
  let folder = '';
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'adt-decisions-'));
  });
  afterEach(async () => rm(folder, { recursive: true, force: true }));

  it('review records its redlines on top of the earlier decisions, and analyze reads them back', async () => {
    const input = join(folder, 'vendor.docx');
    await writeFile(input, await withRecord(await buildDocx(CONTRACT), serializeDecisionRecord([EARLIER])));
    const reviewed = await review(input, '--position', 'fallback1', '--comments', 'external');
    expect(reviewed.err).toEqual([]);
    expect(reviewed.code).toBe(0);
    const { code, err, record } = await analyzeJson(join(folder, 'vendor.reviewed.docx'));
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(Object.keys(record)).toEqual(['file', 'findings', 'missing', 'definitions', 'parties', 'decisions', 'changes']);
    for (const decision of record.decisions) expect(Object.keys(decision)).toEqual(['fingerprint', 'category', 'status', 'position', 'reason', 'paragraph']);
    expect(record.decisions[0]).toEqual({ ...EARLIER, position: null });
    const redlined = record.decisions.filter((decision: { status: string }) => decision.status === 'redlined');
    expect(redlined.map((decision: { category: string }) => decision.category).sort()).toEqual(['ai-training', 'third-party-ai']);
    expect(redlined.every((decision: { position: string; reason: null }) => decision.position === 'fallback1' && decision.reason === null)).toBe(true);
    expect(redlined.find((decision: { category: string }) => decision.category === 'ai-training').paragraph).toBe(1);
  });

  it('analyze reports no decisions for a .docx without a record, and leaves .txt output as it was', async () => {
    const input = join(folder, 'plain.docx');
    await writeFile(input, await buildDocx(CONTRACT));
    expect((await analyzeJson(input)).record.decisions).toEqual([]);
    const text = join(folder, 'plain.txt');
    await writeFile(text, CONTRACT.map((paragraph) => paragraph.text).join('\n'));
    expect(Object.keys((await analyzeJson(text)).record)).toEqual(['file', 'findings', 'missing', 'definitions', 'parties']);
  });

  it('reports a newer record, ignores it, and review copies it untouched', async () => {
    const newer = serializeDecisionRecord([EARLIER]).replace('version="1"', 'version="3"');
    const input = join(folder, 'newer.docx');
    await writeFile(input, await withRecord(await buildDocx(CONTRACT), newer));
    const { record } = await analyzeJson(input);
    expect(record.decisions).toEqual([]);
    expect(record.decisionRecordProblem).toMatch(/newer version of AI Data Terms \(format 3/);
    const reviewed = await review(input);
    expect(reviewed.code).toBe(0);
    expect(reviewed.out.join('\n')).toMatch(/newer version .*left as it is/);
    const zip = await JSZip.loadAsync(await readFile(join(folder, 'newer.reviewed.docx')));
    expect(await readDecisionPart(zip, 'word/document.xml')).toEqual({ ok: true, value: newer });
  });
});
