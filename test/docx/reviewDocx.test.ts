// The whole .docx review with the real engine and default playbook: the project's sample agreement (or, until it
// exists, our own short agreement) and the formatted fixture with a table, a footnote and a tracked change.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { paragraphsFromText } from '../../src/cli/readInput';
import { buildDocx } from '../../src/docx/buildDocx';
import { bodyOf, readDocx } from '../../src/docx/readDocx';
import { reviewDocx, type ReviewOptions } from '../../src/docx/reviewDocx';
import { applyOps } from '../../src/engine/applyOps';
import type { RedlineOp, RedlinePlan } from '../../src/engine/types';
import { bodyTexts } from '../../src/ooxml/documentParagraphs';
import { descendantsW, getW, parseXml } from '../../src/ooxml/xmlDom';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { buildSampleDocx } from '../fixtures/docx/sampleDocx';
import { convertWithSoffice, describeWithSoffice } from './soffice';

const OPTIONS: ReviewOptions = {
  playbook: DEFAULT_PLAYBOOK,
  position: 'preferred',
  comments: 'internal',
  author: 'AI Data Terms',
  date: '2026-11-23T00:00:00Z',
  insertMissing: true,
};

/** Own drafting, used only while samples/sample-agreement.txt is not in the repository. */
const FALLBACK_AGREEMENT = [
  'SOFTWARE SERVICES AGREEMENT',
  '1. Customer Data',
  'Vendor may use Customer Data, including prompts and outputs, to train and improve its artificial intelligence models.',
  'Vendor may disclose Customer Data to third-party model providers to deliver the AI features.',
  'Customer grants Vendor a perpetual, irrevocable, worldwide licence to use Customer Data for any purpose.',
  '2. Term',
  'This Agreement continues for one year and renews automatically.',
].join('\n');

function sampleAgreementParagraphs() {
  const path = join(__dirname, '..', '..', 'samples', 'sample-agreement.txt');
  return paragraphsFromText(existsSync(path) ? readFileSync(path, 'utf8') : FALLBACK_AGREEMENT);
}

const position = (op: RedlineOp) => (op.kind === 'delete' ? op.start : op.at);

/** What the accepted document must read: every applied plan's ops on its paragraph, then its new paragraphs. */
function expectedAfterAccepting(paragraphs: readonly string[], plans: readonly RedlinePlan[], applied: ReadonlySet<string>): string[] {
  return paragraphs.flatMap((text, index) => {
    const mine = plans.filter((plan) => plan.paragraph === index && applied.has(plan.id));
    const ops = mine
      .flatMap((plan, order) => plan.ops.map((op) => ({ op, order })))
      .sort((a, b) => position(a.op) - position(b.op) || Number(a.op.kind === 'insert') - Number(b.op.kind === 'insert') || a.order - b.order)
      .map(({ op }) => op);
    return [applyOps(text, ops), ...mine.flatMap((plan) => plan.newParagraphs)];
  });
}

async function reviewAndRead(data: Uint8Array) {
  const read = await readDocx(data, 'contract.docx');
  if (!read.ok) throw new Error(read.error);
  const reviewed = await reviewDocx(read.document, OPTIONS);
  if (!reviewed.ok) throw new Error(reviewed.error);
  const zip = await JSZip.loadAsync(reviewed.data);
  const parsed = parseXml(await zip.file('word/document.xml')!.async('string'));
  if (!parsed.ok) throw new Error(parsed.error);
  const original = parseXml(read.document.documentXml);
  if (!original.ok) throw new Error(original.error);
  const applied = new Set(reviewed.verdicts.filter((v) => v.status === 'applied').map((v) => v.planId));
  return { read, reviewed, document: parsed.dom, original: original.dom, applied };
}

describe.each([
  ['the sample agreement', async () => buildDocx(sampleAgreementParagraphs())],
  ['the formatted fixture', buildSampleDocx],
])('reviewDocx on %s', (_name, build) => {
  it('plans and applies redlines for the risks it finds', async () => {
    const { reviewed, applied } = await reviewAndRead(await build());
    expect(reviewed.analysis.findings.some((finding) => finding.stance === 'risk')).toBe(true);
    expect(applied.size).toBeGreaterThan(0);
  });

  it('rejecting every revision gives the original and accepting gives the planned text', async () => {
    const { read, reviewed, document, original, applied } = await reviewAndRead(await build());
    expect(bodyTexts(bodyOf(document)!, 'rejected').filter(Boolean)).toEqual(bodyTexts(bodyOf(original)!, 'rejected').filter(Boolean));
    const expected = expectedAfterAccepting(read.document.paragraphs.map((p) => p.text), reviewed.plans, applied);
    expect(bodyTexts(bodyOf(document)!, 'accepted').filter(Boolean)).toEqual(expected);
  });

  it('stamps every new revision with the author and the date', async () => {
    const { document } = await reviewAndRead(await build());
    const ours = ['ins', 'del'].flatMap((name) => descendantsW(document, name)).filter((r) => getW(r, 'author') !== 'Counterparty');
    expect(ours.length).toBeGreaterThan(0);
    for (const revision of ours) expect([getW(revision, 'author'), getW(revision, 'date')]).toEqual(['AI Data Terms', OPTIONS.date]);
  });
});

describeWithSoffice('engine-reviewed .docx in LibreOffice', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'adt-review-lo-'));
  });
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it.each([
    ['sample', async () => buildDocx(sampleAgreementParagraphs())],
    ['fixture', buildSampleDocx],
  ])('LibreOffice reads the %s review as tracked changes and comments: rejecting all gives the original', async (name, build) => {
    const { reviewed, original, applied } = await reviewAndRead(await build());
    const input = join(folder, `${name}.reviewed.docx`);
    await writeFile(input, reviewed.data);
    await convertWithSoffice(input, 'docx:MS Word 2007 XML', join(folder, 'out'), join(folder, 'profile'));
    const zip = await JSZip.loadAsync(await readFile(join(folder, 'out', `${name}.reviewed.docx`)));
    const parsed = parseXml(await zip.file('word/document.xml')!.async('string'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(bodyTexts(bodyOf(parsed.dom)!, 'rejected').filter(Boolean)).toEqual(bodyTexts(bodyOf(original)!, 'rejected').filter(Boolean));
    const authors = new Set(['ins', 'del'].flatMap((n) => descendantsW(parsed.dom, n)).map((r) => getW(r, 'author')));
    expect(authors.has('AI Data Terms')).toBe(true);
    const comments = parseXml(await zip.file('word/comments.xml')!.async('string'));
    if (!comments.ok) throw new Error(comments.error);
    expect(descendantsW(comments.dom, 'comment')).toHaveLength(applied.size);
  }, 120_000);
});
