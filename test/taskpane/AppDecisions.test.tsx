/** @jest-environment jsdom */
// Decisions that travel with the document: saved into it after each decision, kept across "Analyse again", read back
// when the document is opened again, a damaged or newer record left alone with a notice, and removed from Settings.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { parseDecisionRecord, serializeDecisionRecord } from '../../src/negotiation/decisionRecord';
import { clauseFingerprint } from '../../src/negotiation/fingerprint';
import { App } from '../../src/taskpane/App';
import { TEST_IDS } from '../../src/taskpane/testIds';
import { createFakeHost, type FakeHost } from './fakeHost';
import { NUMBERED_PARAGRAPHS } from './fixtures/numberedParagraphs';
import { memoryStorage } from './memoryStorage';
import { cardFor, noticeTitled, renderAndAnalyze, STORAGE_KEY } from './renderPane';

const decisionsIn = (host: FakeHost) => {
  const parsed = parseDecisionRecord(host.record ?? '');
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.decisions;
};

async function analyseAgain(): Promise<void> {
  fireEvent.click(screen.getByTestId(TEST_IDS.analyzeButton));
  await waitFor(() => expect(screen.getByTestId(TEST_IDS.analyzeButton).textContent).toMatch(/Analyse again/));
  await screen.findByTestId(TEST_IDS.summary, {}, { timeout: 15000 });
}

function dismiss(category: string, reason: string): void {
  const card = cardFor(category);
  fireEvent.click(within(card).getByTestId(TEST_IDS.dismiss));
  fireEvent.click(within(card).getByLabelText(reason));
  fireEvent.click(within(card).getByTestId(TEST_IDS.dismissConfirm));
}

describe('decisions that travel with the document', () => {
  it('saves each decision into the document and keeps statuses across Analyse again', async () => {
    const host = await renderAndAnalyze({ host: createFakeHost(NUMBERED_PARAGRAPHS) });
    dismiss('third-party-ai', 'Covered elsewhere in the contract');
    await waitFor(() => expect(host.record).not.toBeNull());
    expect(decisionsIn(host)).toEqual([
      expect.objectContaining({ category: 'third-party-ai', status: 'dismissed', reason: 'Covered elsewhere in the contract', clause: '2.3', paragraph: 7 }),
    ]);
    fireEvent.click(within(cardFor('ai-training')).getByTestId(TEST_IDS.insertTrackedChange));
    await waitFor(() => expect(decisionsIn(host)).toHaveLength(2));
    expect(decisionsIn(host)[1]).toMatchObject({ category: 'ai-training', status: 'redlined', position: 'preferred', clause: '2.1' });

    await analyseAgain();
    expect(cardFor('third-party-ai').dataset.status).toBe('dismissed');
    expect(within(cardFor('third-party-ai')).getByText('Dismissed: Covered elsewhere in the contract')).toBeTruthy();
  });

  it('shows the decisions of an earlier session when the document is opened again, and lists those whose clause is gone', async () => {
    const host = createFakeHost(NUMBERED_PARAGRAPHS);
    const retention = NUMBERED_PARAGRAPHS[10]!;
    host.record = serializeDecisionRecord([
      { fingerprint: clauseFingerprint('survival-retention', retention.replace('as long as it sees fit', 'as long as it thinks fit')), category: 'survival-retention', status: 'accepted', reason: 'Business sign-off obtained', paragraph: 10, clause: '3.1' },
      { fingerprint: clauseFingerprint('output-ownership', 'Provider owns all Outputs.'), category: 'output-ownership', status: 'redlined', position: 'fallback1', paragraph: 9, clause: '2.9' },
    ]);
    await renderAndAnalyze({ host });
    expect(cardFor('survival-retention').dataset.status).toBe('accepted');
    expect(screen.getByTestId(TEST_IDS.summary).textContent).toContain('1 accepted as is');
    expect(screen.getByTestId(TEST_IDS.earlierDecisions).textContent).toContain('2.9 – Ownership of outputs: Redlined (Fallback 1)');
    expect(host.calls).not.toContain('writeDecisionRecord');
  });

  it.each([
    ['damaged', '<decisionRecord xmlns="urn:ai-data-terms:decision-record" version="1"><decision status="maybe"/></decisionRecord>', /damaged/],
    ['newer', '<decisionRecord xmlns="urn:ai-data-terms:decision-record" version="9"/>', /newer version/],
  ])('reports a %s record and never overwrites it', async (_case, xml, message) => {
    const host = createFakeHost(NUMBERED_PARAGRAPHS);
    host.record = xml;
    await renderAndAnalyze({ host });
    const notice = noticeTitled('The decision record could not be used');
    expect(notice?.textContent).toMatch(message);
    dismiss('ai-training', 'Not relevant to this contract');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(host.record).toBe(xml);
    expect(host.calls).not.toContain('writeDecisionRecord');
  });

  it('says so when saving fails, and keeps the status in the pane', async () => {
    const host = await renderAndAnalyze({ host: createFakeHost(NUMBERED_PARAGRAPHS) });
    host.failNext.writeDecisionRecord = { kind: 'read-only', message: 'The document is read-only.', nextStep: 'Choose Enable Editing.' };
    dismiss('ai-training', 'Not relevant to this contract');
    await waitFor(() => expect(noticeTitled('The decision was not saved in the document')).not.toBeNull());
    expect(cardFor('ai-training').dataset.status).toBe('dismissed');
  });

  it('removes the record from Settings before the file goes out', async () => {
    const host = createFakeHost(NUMBERED_PARAGRAPHS);
    render(<App host={host} storage={memoryStorage()} storageKey={STORAGE_KEY} theme="light" />);
    fireEvent.click(screen.getByTestId(TEST_IDS.analyzeButton));
    await screen.findByTestId(TEST_IDS.summary, {}, { timeout: 15000 });
    dismiss('ai-training', 'Not relevant to this contract');
    await waitFor(() => expect(host.record).not.toBeNull());
    fireEvent.click(screen.getByTestId(TEST_IDS.settingsButton));
    fireEvent.click(await screen.findByTestId(TEST_IDS.removeRecord));
    await waitFor(() => expect(noticeTitled('Decision record removed')).not.toBeNull());
    expect(host.record).toBeNull();
    expect(host.paragraphs.map((paragraph) => paragraph.text)).toEqual(NUMBERED_PARAGRAPHS);
  });
});
