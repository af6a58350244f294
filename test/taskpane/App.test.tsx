/** @jest-environment jsdom */
// The task pane end to end in jsdom, over a fake host and the real engine: analyse, read findings, redline, insert a
// missing clause, apply all, import a broken playbook, and recover from a changed document or corrupt storage.
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { summarizePosture } from '../../src/engine/posture';
import { applyAllPlans } from '../../src/taskpane/applyAllPlans';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { App } from '../../src/taskpane/App';
import { TEST_IDS } from '../../src/taskpane/testIds';
import { createFakeHost } from './fakeHost';
import { cardFor, expandCard, renderAndAnalyze, STORAGE_KEY } from './renderPane';
import { SAMPLE_PARAGRAPHS } from './fixtures/sampleParagraphs';
import { memoryStorage } from './memoryStorage';

const KEY = STORAGE_KEY;
const expected = analyzeDocument(SAMPLE_PARAGRAPHS.map((text) => ({ text })), { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
const trainingCard = () => cardFor('ai-training');

describe('the task pane', () => {
  it('the engine finds what these tests rely on in the sample', () => {
    expect(expected.findings.some((finding) => finding.category === 'ai-training' && finding.stance === 'risk')).toBe(true);
    expect(expected.missing.length).toBeGreaterThan(0);
  });

  it('shows one card per finding with category and severity, the posture summary, and the missing protections', async () => {
    const host = await renderAndAnalyze();
    const cards = screen.getAllByTestId(TEST_IDS.findingCard);
    expect(cards.map((card) => [card.dataset.category, card.dataset.severity]).sort()).toEqual(
      expected.findings.map((finding) => [finding.category, finding.severity]).sort(),
    );
    expect(screen.getByTestId(TEST_IDS.summary).textContent).toContain(summarizePosture(expected));
    expect(screen.getAllByTestId(TEST_IDS.missingProtection).map((card) => card.dataset.category)).toEqual(expected.missing.map((gap) => gap.category));
    expect(host.calls).toContain(`markFindings:${expected.findings.length}`);
  });

  it('emphasises the trigger words of a finding as real elements', async () => {
    await renderAndAnalyze();
    const finding = expected.findings.find((f) => f.category === 'ai-training');
    const emphasised = [...trainingCard().querySelectorAll('blockquote strong')].map((element) => element.textContent);
    expect(emphasised.length).toBeGreaterThan(0);
    for (const word of emphasised) expect(finding?.quote).toContain(word);
  });

  it('goes to the clause through the host', async () => {
    const host = await renderAndAnalyze();
    fireEvent.click(within(trainingCard()).getByTestId(TEST_IDS.goToClause));
    await act(async () => undefined);
    expect(host.calls.some((call) => call.startsWith('selectFinding:'))).toBe(true);
  });

  it('previews the redline and inserts it as a tracked change with the chosen comment, then shows what was done', async () => {
    const host = await renderAndAnalyze();
    const card = trainingCard();
    const preview = within(card).getByTestId(TEST_IDS.redlinePreview);
    expect(preview.querySelectorAll('ins').length + preview.querySelectorAll('del').length).toBeGreaterThan(0);
    fireEvent.change(within(card).getByTestId(TEST_IDS.positionPicker), { target: { value: 'fallback1' } });
    fireEvent.change(within(card).getByTestId(TEST_IDS.commentChoice), { target: { value: 'external' } });
    fireEvent.click(within(card).getByTestId(TEST_IDS.insertTrackedChange));
    expect(await within(card).findByText(/Done: Fallback 1 position inserted/)).toBeTruthy();
    expect(host.applied).toHaveLength(1);
    expect(host.applied[0]?.options).toEqual({ comment: 'external' });
    expect(host.applied[0]?.plans[0]?.positionId).toBe('fallback1');
    expect(card.dataset.status).toBe('applied');
  });

  it('inserts a missing protection as a new clause after the suggested paragraph', async () => {
    const host = await renderAndAnalyze();
    const gap = expected.missing[0]!;
    const card = screen.getAllByTestId(TEST_IDS.missingProtection)[0]!;
    expect(within(card).getByTestId(TEST_IDS.redlinePreview).textContent).toContain(`after ¶ ${gap.insertAfterParagraph + 1}`);
    fireEvent.click(within(card).getByTestId(TEST_IDS.insertClause));
    await within(card).findByText(/Done:/);
    expect(host.paragraphs.length).toBe(SAMPLE_PARAGRAPHS.length + 1);
    expect(host.applied[0]?.plans[0]?.kind).toBe('inserted-paragraph');
  });

  it('keeps redlining after earlier changes: a missing clause, then every open risk, one by one', async () => {
    const host = await renderAndAnalyze();
    fireEvent.click(within(screen.getAllByTestId(TEST_IDS.missingProtection)[0]!).getByTestId(TEST_IDS.insertClause));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    const risks = () => screen.getAllByTestId(TEST_IDS.findingCard).filter((card) => card.dataset.stance === 'risk');
    for (let index = 0; index < risks().length; index += 1) {
      const card = expandCard(risks()[index]!);
      const insert = within(card).queryByTestId(TEST_IDS.insertTrackedChange) as HTMLButtonElement | null;
      // A second finding in a paragraph already redlined is refused with a next step instead of being inserted.
      if (!insert || insert.disabled) continue;
      fireEvent.click(insert);
      await waitFor(() => expect(card.dataset.status).toBe('applied'));
    }
    expect(screen.queryByText('The tracked change was not inserted')).toBeNull();
    expect(host.applied.length).toBeGreaterThan(1);
  });

  it('dismisses a finding with a reason and can undo it', async () => {
    await renderAndAnalyze();
    fireEvent.click(within(trainingCard()).getByTestId(TEST_IDS.dismiss));
    fireEvent.click(within(trainingCard()).getByLabelText('Covered elsewhere in the contract'));
    fireEvent.click(within(trainingCard()).getByTestId(TEST_IDS.dismissConfirm));
    expect(within(trainingCard()).getByText('Dismissed: Covered elsewhere in the contract')).toBeTruthy();
    // The form the keyboard was in is gone; focus lands on what replaced it, not on the top of the page.
    expect(document.activeElement).toBe(within(trainingCard()).getByTestId(TEST_IDS.itemStatus));
    fireEvent.click(within(trainingCard()).getByText('Undo dismiss'));
    expect(trainingCard().dataset.status).toBe('open');
  });

  it('applies all preferred positions in one host call after a confirmation that lists the changes', async () => {
    const host = await renderAndAnalyze();
    fireEvent.click(screen.getByTestId(TEST_IDS.applyAll));
    const confirm = await screen.findByTestId(TEST_IDS.confirmApplyAll);
    // By the dialog element rather than its role: in jsdom, tabster marks the open dialog aria-hidden after a moment
    // (not so in Chromium, where test/e2e/accessibility.test.ts finds it by role and runs axe on it).
    expect(confirm.closest('[role="dialog"]')?.textContent).toMatch(/Nothing is accepted for you/);
    fireEvent.click(confirm);
    await waitFor(() => expect(host.applied).toHaveLength(1));
    expect(host.applied[0]?.plans.every((plan) => plan.positionId === 'preferred')).toBe(true);
    // One plan per paragraph: each answers every risk there, and missing protections ride with their anchor.
    const plans = host.applied[0]?.plans ?? [];
    expect(new Set(plans.map((plan) => plan.paragraph)).size).toBe(plans.length);
    expect(plans.some((plan) => plan.newParagraphs.length > 0)).toBe(true);
  });

  it('after Apply all stops part-way, marks the change that went in as inserted and the others as not inserted', async () => {
    const host = await renderAndAnalyze();
    host.failPartway = { kind: 'sync-failed', message: 'Word stopped part-way: NotAllowed.', nextStep: 'Check those paragraphs in Word.' };
    fireEvent.click(screen.getByTestId(TEST_IDS.applyAll));
    fireEvent.click(await screen.findByTestId(TEST_IDS.confirmApplyAll));
    expect(await screen.findByText('Some tracked changes were not inserted')).toBeTruthy();
    // Finding cards are collapsed to one line, so the status is read from each card rather than its status line.
    const cards = [...screen.getAllByTestId(TEST_IDS.findingCard), ...screen.getAllByTestId(TEST_IDS.missingProtection)];
    const statuses = cards.map((card) => card.dataset.status);
    // The first paragraph's plan went in: every item it answers reads as inserted, the rest as not inserted.
    const { planned } = applyAllPlans(DEFAULT_PLAYBOOK, expected, SAMPLE_PARAGRAPHS.map((text) => ({ text })), {}, []);
    const last = [...planned].sort((a, b) => b.plan.paragraph - a.plan.paragraph)[0]!;
    expect(statuses.filter((status) => status === 'applied')).toHaveLength(1 + last.alsoKeys.length);
    expect(statuses.filter((status) => status === 'failed').length).toBeGreaterThan(0);
  });

  it('offers to analyse again when the document changed since the analysis', async () => {
    const host = await renderAndAnalyze();
    host.paragraphs[3] = { text: 'Provider shall not use Customer Data for any model training.' };
    fireEvent.click(within(trainingCard()).getByTestId(TEST_IDS.insertTrackedChange));
    const bar = await screen.findByText('The tracked change was not inserted');
    const notice = bar.closest(`[data-testid="${TEST_IDS.messageBar}"]`) as HTMLElement;
    fireEvent.click(within(notice).getByText('Analyse again'));
    await waitFor(() => expect(host.calls.filter((call) => call === 'readDocument')).toHaveLength(2));
    await waitFor(() => expect(screen.queryByText('The tracked change was not inserted')).toBeNull());
  });

  it('shows a read-only document error with the next step', async () => {
    const host = createFakeHost(SAMPLE_PARAGRAPHS);
    host.failNext.readDocument = { kind: 'read-only', message: 'The document is read-only.', nextStep: 'Choose Enable Editing, then analyse again.' };
    render(<App host={host} storage={null} storageKey={KEY} theme="dark" />);
    fireEvent.click(screen.getByTestId(TEST_IDS.analyzeButton));
    expect(await screen.findByText(/Choose Enable Editing, then analyse again./)).toBeTruthy();
  });

  it('refuses a broken playbook, lists each path and message, and keeps the playbook in use', async () => {
    const storage = memoryStorage();
    render(<App host={createFakeHost(SAMPLE_PARAGRAPHS)} storage={storage} storageKey={KEY} theme="light" />);
    fireEvent.click(screen.getByTestId(TEST_IDS.settingsButton));
    const broken = JSON.stringify({ version: 1, name: 'Broken', issues: [{ id: 'Bad Id', appliesTo: [], title: '' }] });
    const file = new File([broken], 'broken.json', { type: 'application/json' });
    fireEvent.change(await screen.findByTestId(TEST_IDS.playbookImport), { target: { files: [file] } });
    const error = await screen.findByTestId(TEST_IDS.playbookError);
    expect(error.textContent).toContain('issues.0.id');
    expect(error.textContent).toContain('issues.0.appliesTo');
    expect(screen.getByText(DEFAULT_PLAYBOOK.name)).toBeTruthy();
    expect(storage.data.has(KEY)).toBe(false);
  });

  it('falls back to the defaults with a notice when stored settings are corrupt', () => {
    render(<App host={createFakeHost(SAMPLE_PARAGRAPHS)} storage={memoryStorage({ [KEY]: '{not json' })} storageKey={KEY} theme="light" />);
    expect(screen.getByTestId(TEST_IDS.messageBar).textContent).toMatch(/Saved settings were reset/);
  });
});
