// Issue 10 items 5 to 7 (R6, R7, R8): review underlines are cleared through their paragraphs and "not licensed" is
// said only for the licensing failure; a build that claims WordApi 1.7 but lacks getText is read another way; every
// Word error code becomes a message with the right next step.
import type { Finding } from '../../src/engine/types';
import { createSimulator, SIM_ERROR_CODES, SimOfficeError } from '../../src/simulator';
import { createWordHost } from '../../src/word/createWordHost';
import { fromOfficeError } from '../../src/word/hostErrors';
import { rewritePlan } from './planFixture';

const CLAUSE = 'Provider may use Customer Data to improve the Services.';
const OTHER = 'Provider may keep Customer Data after termination.';

function finding(paragraph: number, text: string, quote: string): Finding {
  const start = text.indexOf(quote);
  return { id: `f${paragraph}`, category: 'ai-training', stance: 'risk', severity: 'high', paragraph, start, end: start + quote.length, quote, evidence: [], rules: [], explanation: '', playbookIssue: 'ai-training' };
}

describe('review underlines', () => {
  it('clears every underline even after one clause was edited away', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE, OTHER] });
    const host = createWordHost(sim.api);
    await host.readDocument();
    expect(await host.markFindings([finding(0, CLAUSE, 'use Customer Data'), finding(1, OTHER, 'keep Customer Data')])).toMatchObject({ ok: true, value: { marked: 2 } });
    sim.editParagraph(0, 'Provider shall not use Customer Data.');
    expect(await host.clearMarks()).toEqual({ ok: true, value: undefined });
    expect(sim.snapshot().marks).toEqual([]);
  });

  it('does not call a later failure "not licensed" once underlines have worked, and keeps offering them', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE, OTHER] });
    const host = createWordHost(sim.api);
    await host.readDocument();
    await host.markFindings([finding(0, CLAUSE, 'use Customer Data')]);
    sim.failAt({ api: 'Paragraph.insertAnnotations', code: 'GeneralException', message: 'Something went wrong.' });
    expect(await host.markFindings([finding(1, OTHER, 'keep Customer Data')])).toMatchObject({ ok: false, error: { kind: 'sync-failed' } });
    expect((await host.capabilities()).annotations).toBe(true);
  });

  it('says "not licensed" when the very first underline fails at insertAnnotations', async () => {
    const host = createWordHost(createSimulator({ paragraphs: [CLAUSE], annotationsLicensed: false }).api);
    await host.readDocument();
    expect(await host.markFindings([finding(0, CLAUSE, 'use Customer Data')])).toMatchObject({ ok: false, error: { kind: 'annotations-unlicensed' } });
    expect((await host.capabilities()).annotations).toBe(false);
  });
});

describe('a build that claims WordApi 1.7 without getText', () => {
  it('reads, redlines and verifies with getReviewedText instead', async () => {
    const sim = createSimulator({ paragraphs: [CLAUSE], brokenApis: ['Paragraph.getText'] });
    const host = createWordHost(sim.api);
    const read = await host.readDocument();
    expect(read.ok && read.value[0]!.text).toBe(CLAUSE);
    const result = await host.applyPlans([rewritePlan(0, CLAUSE, 'Provider shall not use Customer Data to improve the Services.')], { comment: 'internal' });
    expect(result).toEqual({ ok: true, value: [expect.objectContaining({ mode: 'word-level', verified: true })] });
  });
});

describe('Word error codes', () => {
  const cases: [string, 'windows' | 'web', RegExp, RegExp][] = [
    ['AccessDenied', 'windows', /read-only or protected/, /Restrict Editing/],
    ['SearchDialogIsOpen', 'windows', /Find and Replace dialog is open/, /Close Word's Find and Replace dialog/],
    ['NotAllowed', 'web', /on the web does not allow this/, /desktop app/],
    ['GeneralException', 'web', /at Range\.insertComment/, /Viewing, switch to Editing/],
    ['InvalidOrTimedOutSession', 'web', /connection to Word was lost/, /Reload the pane/],
    ['Timeout', 'windows', /connection to Word was lost/, /open it again/],
    ['NotImplemented', 'windows', /does not implement/, /Update Word/],
    ['SearchStringInvalidOrTooLong', 'windows', /could not search for this clause/, /Select the clause by hand/],
    ['ItemNotFound', 'windows', /could not be found/, /Analyse again/],
  ];

  it.each(cases)('explains %s (%s) with a next step', async (code, platform, message, nextStep) => {
    const sim = createSimulator({ paragraphs: [CLAUSE], platform });
    const host = createWordHost(sim.api);
    await host.readDocument();
    sim.failAt({ api: 'Range.insertComment', code: code as SimOfficeError['code'] });
    const result = await host.insertComment(finding(0, CLAUSE, 'Customer Data'), 'Why?');
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(message), nextStep: expect.stringMatching(nextStep) } });
  });

  it.each([...SIM_ERROR_CODES])('gives %s a message and a next step of its own', (code) => {
    const error = fromOfficeError(new SimOfficeError(code, 'detail'), 'web');
    expect(error.message.length).toBeGreaterThan(10);
    expect(error.nextStep).not.toBe('Try again. If Word is busy (saving, co-authoring), wait a moment first.');
  });
});
