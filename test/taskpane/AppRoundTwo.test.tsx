/** @jest-environment jsdom */
// Round two in the pane: after an analysis the pane finds the other side's tracked changes, lists only those that
// touch AI and data terms with what they do, and answers each with Accept, Reject or Counter (our position as a
// redline where the clause still falls short, else a comment); below WordApi 1.6 it explains why it cannot.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { RevisedParagraph } from '../../src/negotiation/revisions';
import { TEST_IDS } from '../../src/taskpane/testIds';
import { createFakeHost, type FakeHost } from './fakeHost';
import { noticeTitled, renderAndAnalyze } from './renderPane';

const THEM = 'Vendor Counsel';
const PARAGRAPHS = [
  'AI Services Addendum',
  'This Addendum is between Quillstone Software Ltd ("Supplier") and Marlow & Tate LLP ("Client").',
  '1.1 "Client Materials" means all documents, prompts and other content that Client uploads to the Platform.',
  '2.1 Supplier shall use Client Materials to train any artificial intelligence model.',
  '2.2 Supplier may use Client Materials to improve the Services and to train its models.',
  '2.4 Supplier will process Client Materials only to provide the Platform.',
  '3.1 Client shall pay the fees within sixty days of each invoice.',
];
const REVISIONS: RevisedParagraph[] = [
  { paragraph: 3, segments: [{ kind: 'keep', text: '2.1 Supplier shall ' }, { kind: 'delete', text: 'not ', author: THEM }, { kind: 'keep', text: 'use Client Materials to train any artificial intelligence model.' }] },
  { paragraph: 4, segments: [{ kind: 'keep', text: '2.2 Supplier may use Client Materials to improve the Services' }, { kind: 'insert', text: ' and to train its models', author: THEM }, { kind: 'keep', text: '.' }] },
  {
    paragraph: 5,
    segments: [
      { kind: 'keep', text: '2.4 Supplier will process Client Materials only to provide the Platform.' },
      { kind: 'delete', text: ' Client may opt out of any use of Client Materials for model training at any time by notice to Supplier.', author: THEM },
    ],
  },
  { paragraph: 6, segments: [{ kind: 'keep', text: '3.1 Client shall pay the fees within ' }, { kind: 'delete', text: 'thirty', author: THEM }, { kind: 'insert', text: 'sixty', author: THEM }, { kind: 'keep', text: ' days of each invoice.' }] },
];

async function openRoundTwo(apiLevel = '1.7'): Promise<FakeHost> {
  const host = createFakeHost(PARAGRAPHS, { apiLevel });
  host.revisions = REVISIONS;
  await renderAndAnalyze({ host });
  return host;
}

// Waits for the list's own button, not the on-request one that shares its test id, then opens the list.
async function openTheirChanges(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Review their changes' }, { timeout: 20000 }));
  await screen.findAllByTestId(TEST_IDS.theirChange);
}

const changes = () => screen.getAllByTestId(TEST_IDS.theirChange);
const change = (clause: string) => changes().find((card) => card.getAttribute('aria-label')?.includes(`clause ${clause},`))!;

describe('round two in the pane', () => {
  it('lists only their changes to AI and data terms, each with what it does', async () => {
    await openRoundTwo();
    const panel = await screen.findByTestId(TEST_IDS.roundTwo);
    await within(panel).findByText(/3 tracked changes by others touch AI or data terms: 2 add risk, 1 removes a protection\. One other change does not touch them\./);
    fireEvent.click(within(panel).getByTestId(TEST_IDS.reviewTheirChanges));
    expect(changes().map((card) => card.dataset.effect)).toEqual(['adds-risk', 'adds-risk', 'removes-protection']);
    expect(change('2.1').getAttribute('aria-label')).toBe('Adds risk: AI training on your data, clause 2.1, by Vendor Counsel');
    expect(change('2.1').textContent).toContain('Deleted: not');
    expect(changes().some((card) => card.textContent?.includes('sixty'))).toBe(false);
  });

  it('rejects a change, reads the list again and says the findings need a new analysis', async () => {
    const host = await openRoundTwo();
    await openTheirChanges();
    fireEvent.click(within(change('2.1')).getByTestId(TEST_IDS.rejectChange));
    await waitFor(() => expect(host.resolved).toHaveLength(1));
    expect(host.resolved[0]).toEqual({ refs: [{ paragraph: 3, type: 'delete', author: THEM, text: 'not ', occurrence: 0 }], action: 'reject' });
    await waitFor(() => expect(screen.getByLabelText('Answered').textContent).toContain('Rejected: 2.1, Vendor Counsel deleted “not”.'));
    expect(noticeTitled('The document changed')?.textContent).toMatch(/Analyse again/);
    expect(changes().map((card) => card.dataset.paragraph)).toEqual(['4', '5']);
    expect(host.paragraphs[3]?.text).toBe('2.1 Supplier shall not use Client Materials to train any artificial intelligence model.');
  });

  it('accepts a change as they made it', async () => {
    const host = await openRoundTwo();
    await openTheirChanges();
    fireEvent.click(within(change('2.4')).getByTestId(TEST_IDS.acceptChange));
    await waitFor(() => expect(host.resolved[0]?.action).toBe('accept'));
  });

  it('counters with our position as a redline where the clause still falls short, and with a comment where rejecting is enough', async () => {
    const host = await openRoundTwo();
    await openTheirChanges();
    fireEvent.click(within(change('2.2')).getByTestId(TEST_IDS.counterChange));
    await waitFor(() => expect(host.resolved).toHaveLength(1));
    const redline = host.resolved[0]?.counter;
    expect(redline?.kind).toBe('redline');
    if (redline?.kind === 'redline') {
      expect(redline.plan.originalText).toBe('2.2 Supplier may use Client Materials to improve the Services.');
      expect(redline.plan.comment.external).toMatch(/^We have not accepted this change to clause 2\.2/);
    }
    await waitFor(() => expect(changes()).toHaveLength(2));
    // Putting "not" back already restores the prohibition: the counter is the rejection and a comment saying why.
    fireEvent.click(within(change('2.1')).getByTestId(TEST_IDS.counterChange));
    await waitFor(() => expect(host.resolved).toHaveLength(2));
    expect(host.resolved[1]?.counter).toEqual({ kind: 'comment', text: expect.stringMatching(/^We have not accepted this change to clause 2\.1 because with it Supplier may use Client Materials to build or improve AI/) });
  });

  it('below WordApi 1.6 lists the changes with Go to clause and explains why it cannot answer them', async () => {
    const host = await openRoundTwo('1.4');
    await openTheirChanges();
    expect(screen.getByTestId(TEST_IDS.roundTwo).textContent).toMatch(/needs WordApi 1\.6/);
    expect((within(change('2.1')).getByTestId(TEST_IDS.rejectChange) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(change('2.1')).getByTestId(TEST_IDS.goToChange));
    await waitFor(() => expect(host.calls).toContain('selectRevision:3'));
  });

  it('from WordApi 1.4 never shows the on-request button, even for a moment before it reads by itself', async () => {
    const seen: string[] = [];
    const watcher = new MutationObserver(() => {
      if (document.body.textContent?.includes('Look for their tracked changes')) seen.push('on-request button');
    });
    watcher.observe(document.body, { childList: true, subtree: true, characterData: true });
    await openRoundTwo('1.4');
    await screen.findByRole('button', { name: 'Review their changes' });
    watcher.disconnect();
    expect(seen).toEqual([]);
  });

  it('looks for their changes only when asked below WordApi 1.4', async () => {
    const host = await openRoundTwo('1.3');
    expect(host.calls).not.toContain('readRevisions');
    fireEvent.click(screen.getByText('Look for their tracked changes'));
    await screen.findByText(/3 tracked changes by others/);
    expect(host.calls).toContain('readRevisions');
  });
});
