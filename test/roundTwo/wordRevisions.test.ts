// Round two through the Word host over the simulator: the other side's tracked changes read back paragraph by
// paragraph with their authors, one change accepted or rejected (WordApi 1.6+), countered with a comment or our own
// tracked redline, and a clear refusal below WordApi 1.6.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { planRedline } from '../../src/review/redline';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueById, issueResolver, positionFor } from '../../src/playbook/issueFor';
import { createSimulator, type ApiLevel, type SimParagraphInput } from '../../src/simulator';
import { createWordHost } from '../../src/word/createWordHost';

const THEM = 'Vendor Counsel';
const PARAGRAPHS: SimParagraphInput[] = [
  'AI Services Addendum',
  'This Addendum is between Quillstone Software Ltd ("Supplier") and Marlow & Tate LLP ("Client").',
  { runs: [{ text: '2.1 Supplier shall ' }, { text: 'not ', del: { author: THEM } }, { text: 'use Client Materials to train any artificial intelligence model.' }] },
  { runs: [{ text: '2.2 Supplier may use Client Materials to improve the Services' }, { text: ' and to train its models', ins: { author: THEM } }, { text: '.' }] },
  '3.1 Client shall pay the fees within thirty days.',
];

function open(apiLevel: ApiLevel = '1.7') {
  const simulator = createSimulator({ paragraphs: PARAGRAPHS, apiLevel, user: 'You' });
  return { simulator, host: createWordHost(simulator.api, { author: 'You' }) };
}

const refOf = (paragraph: number, type: 'insert' | 'delete', text: string) => ({ paragraph, type, author: THEM, text, occurrence: 0 });

describe('round two in Word', () => {
  it.each(['1.3', '1.4', '1.7'] as const)('reads only the paragraphs with tracked changes, with their authors, at WordApi %s', async (level) => {
    const { host } = open(level);
    const read = await host.readRevisions();
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.map((paragraph) => paragraph.paragraph)).toEqual([2, 3]);
    expect(read.value[0]?.segments).toEqual([
      { kind: 'keep', text: '2.1 Supplier shall ' },
      expect.objectContaining({ kind: 'delete', text: 'not ', author: THEM }),
      { kind: 'keep', text: 'use Client Materials to train any artificial intelligence model.' },
    ]);
  });

  it('rejects one change and accepts another, leaving the rest of the document alone', async () => {
    const { simulator, host } = open();
    expect(await host.resolveRevisions([refOf(2, 'delete', 'not ')], 'reject')).toEqual({ ok: true, value: undefined });
    expect(simulator.currentText()[2]).toBe('2.1 Supplier shall not use Client Materials to train any artificial intelligence model.');
    expect(await host.resolveRevisions([refOf(3, 'insert', ' and to train its models')], 'accept')).toEqual({ ok: true, value: undefined });
    expect(simulator.snapshot().revisions).toEqual([]);
    expect(simulator.currentText()[3]).toBe('2.2 Supplier may use Client Materials to improve the Services and to train its models.');
    expect(simulator.currentText()[4]).toBe('3.1 Client shall pay the fees within thirty days.');
  });

  it('counters with a comment, or with our position as a tracked redline by us', async () => {
    const { simulator, host } = open();
    await host.resolveRevisions([refOf(2, 'delete', 'not ')], 'reject', { kind: 'comment', text: 'We have not accepted this change to clause 2.1.' });
    expect(simulator.snapshot().comments).toEqual([expect.objectContaining({ paragraph: 2, text: 'We have not accepted this change to clause 2.1.' })]);

    const after = simulator.currentText().map((text) => ({ text }));
    after[3] = { text: '2.2 Supplier may use Client Materials to improve the Services.' };
    const analysis = analyzeDocument(after, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const finding = analysis.findings.find((candidate) => candidate.paragraph === 3 && candidate.stance === 'risk')!;
    const plan = planRedline(finding, positionFor(issueById(DEFAULT_PLAYBOOK, finding.playbookIssue)!, 'preferred'), analysis, after);
    const countered = await host.resolveRevisions([refOf(3, 'insert', ' and to train its models')], 'reject', { kind: 'redline', plan });
    expect(countered).toEqual({ ok: true, value: undefined });
    const revisions = simulator.snapshot().revisions;
    expect(revisions.length).toBeGreaterThan(0);
    expect(revisions.every((revision) => revision.author === 'You')).toBe(true);
    simulator.acceptAll();
    expect(simulator.currentText()[3]).toBe(plan.targetText);
  });

  it('refuses a change that is no longer there, and says why below WordApi 1.6', async () => {
    const { host } = open();
    expect(await host.resolveRevisions([refOf(2, 'delete', 'never ')], 'reject')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    const older = open('1.4').host;
    expect(await older.resolveRevisions([refOf(2, 'delete', 'not ')], 'reject')).toMatchObject({ ok: false, error: { kind: 'api-unsupported', message: expect.stringMatching(/WordApi 1\.6/) } });
    expect(await older.selectRevision(refOf(2, 'delete', 'not '))).toEqual({ ok: true, value: undefined });
  });

  it('selects the change itself at WordApi 1.6+', async () => {
    const { simulator, host } = open();
    await host.selectRevision(refOf(3, 'insert', ' and to train its models'));
    expect(simulator.snapshot().selection).toMatchObject({ paragraph: 3 });
  });
});

describe('a .docx with their tracked changes opened in the workbench', () => {
  it('opens with the same revisions, by the same authors, as the file holds', async () => {
    const { readDocx } = await import('../../src/docx/readDocx');
    const { fromEngineParagraphs } = await import('../../src/workbench/splitParagraphs');
    const { withRevisions } = await import('../../src/workbench/readRevisedDocx');
    const { buildRoundTwoDocx, THEIR_AUTHOR: AUTHOR } = await import('./roundTwoDocx');
    const bytes = await buildRoundTwoDocx();
    const read = await readDocx(bytes, 'addendum.docx');
    if (!read.ok) throw new Error(read.error);
    const paragraphs = await withRevisions(new File([new Uint8Array(bytes)], 'addendum.docx'), fromEngineParagraphs(read.document.paragraphs));
    const simulator = createSimulator({ paragraphs: paragraphs.map(({ runs, text }) => (runs ? { runs } : { text })), apiLevel: '1.7' });
    // The simulated document reads as the file does, and lists the file's revisions.
    expect(simulator.currentText()).toEqual(read.document.paragraphs.map((paragraph) => paragraph.text));
    const revisions = simulator.snapshot().revisions;
    expect(revisions.filter((revision) => revision.author === AUTHOR).map((revision) => `${revision.type}:${revision.text}`)).toEqual(
      expect.arrayContaining(['delete:not ', 'insert:, except to improve the Services', 'delete:thirty', 'insert:sixty']),
    );
    const read2 = await createWordHost(simulator.api).readRevisions();
    expect(read2.ok && read2.value.length).toBe(8);
  });
});
