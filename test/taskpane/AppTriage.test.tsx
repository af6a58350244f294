/** @jest-environment jsdom */
// Triage in the pane: one-line cards, filters by severity, category and status, Next / Previous issue (buttons and
// Alt+arrows) that open the card and select the clause, clause numbers instead of paragraph counts, "Accept as is",
// and a short "Why it matters" that neither lists trigger words nor repeats itself.
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { TEST_IDS } from '../../src/taskpane/testIds';
import { createFakeHost } from './fakeHost';
import { NUMBERED_PARAGRAPHS } from './fixtures/numberedParagraphs';
import { cardFor, expandCard, renderAndAnalyze } from './renderPane';

const cards = () => screen.getAllByTestId(TEST_IDS.findingCard);
const EXPECTED = analyzeDocument(NUMBERED_PARAGRAPHS.map((text) => ({ text })), { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
const ids = () => cards().map((card) => card.dataset.findingId);
const RANK: Record<string, number> = { 'risk:high': 0, 'risk:medium': 1, 'risk:low': 2, 'protective:low': 3, 'protective:medium': 3, 'protective:high': 3 };
const categoriesShown = () => cards().map((card) => card.dataset.category);
const analyseNumbered = () => renderAndAnalyze({ host: createFakeHost(NUMBERED_PARAGRAPHS) });
const select = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('triage in the pane', () => {
  it('shows every card collapsed to one line with its clause number and the quote\'s first words', async () => {
    await analyseNumbered();
    const training = cards().find((card) => card.dataset.category === 'ai-training')!;
    expect(training.dataset.expanded).toBe('false');
    expect(within(training).queryByTestId(TEST_IDS.insertTrackedChange)).toBeNull();
    const header = within(training).getByTestId(TEST_IDS.cardToggle);
    expect(header.getAttribute('aria-expanded')).toBe('false');
    expect(header.textContent).toContain('2.1');
    expect(header.textContent).toContain('“2.1 Provider may use Customer Data to train');
    expect(header.textContent).not.toMatch(/¶/);
    expect(training.getAttribute('aria-label')).toBe('High risk: AI training on your data, clause 2.1');
    fireEvent.click(header);
    expect(training.dataset.expanded).toBe('true');
    expect(within(training).getByTestId(TEST_IDS.insertTrackedChange)).toBeTruthy();
  });

  it('filters by severity, category and status, and says how many are shown', async () => {
    await analyseNumbered();
    const all = cards().length;
    select(TEST_IDS.filterSeverity, 'medium');
    const medium = EXPECTED.findings.filter((finding) => finding.stance === 'risk' && finding.severity === 'medium');
    expect(medium.length).toBeGreaterThan(0);
    expect(cards().map((card) => `${card.dataset.stance}:${card.dataset.severity}`)).toEqual(medium.map(() => 'risk:medium'));
    expect(screen.getByTestId(TEST_IDS.triageBar).textContent).toContain(`Showing ${medium.length} of ${all} findings.`);
    select(TEST_IDS.filterSeverity, 'protections');
    expect(categoriesShown()).toEqual(['confidentiality']);
    select(TEST_IDS.filterSeverity, 'all');
    select(TEST_IDS.filterCategory, 'survival-retention');
    expect(categoriesShown()).toEqual(['survival-retention']);
    select(TEST_IDS.filterCategory, 'all');

    const card = cardFor('third-party-ai');
    fireEvent.click(within(card).getByTestId(TEST_IDS.dismiss));
    fireEvent.click(within(card).getByTestId(TEST_IDS.dismissConfirm));
    select(TEST_IDS.filterStatus, 'dismissed');
    expect(categoriesShown()).toEqual(['third-party-ai']);
    select(TEST_IDS.filterStatus, 'open');
    expect(categoriesShown()).not.toContain('third-party-ai');
    expect(categoriesShown()).not.toContain('confidentiality');
    fireEvent.click(screen.getByText('Clear filters'));
    expect(cards()).toHaveLength(all);
  });

  it('lists risks by severity, then protections, and walks them in that order with Next and Previous', async () => {
    const host = await analyseNumbered();
    const ranks = cards().map((card) => RANK[`${card.dataset.stance}:${card.dataset.severity}`]!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const order = ids();
    expect(order).toHaveLength(EXPECTED.findings.length);
    const selected = () => host.calls.filter((call) => call.startsWith('selectFinding:'));
    for (const [index, id] of order.entries()) {
      fireEvent.click(screen.getByTestId(TEST_IDS.nextIssue));
      const card = cards().find((element) => element.dataset.findingId === id)!;
      await waitFor(() => expect(document.activeElement).toBe(card));
      expect(card.dataset.expanded).toBe('true');
      expect(selected()).toHaveLength(index + 1);
      expect(selected()[index]).toBe(`selectFinding:${id}`);
      expect(screen.getByTestId(TEST_IDS.triageBar).textContent).toContain(`Issue ${index + 1} of ${order.length}.`);
    }
    fireEvent.click(screen.getByTestId(TEST_IDS.previousIssue));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-finding-id')).toBe(order[order.length - 2]));
  });

  it('moves with Alt+Down and Alt+Up, but leaves Alt+arrows in a select alone', async () => {
    await analyseNumbered();
    const [first, second] = ids();
    const focused = () => document.activeElement?.getAttribute('data-finding-id');
    act(() => void fireEvent.keyDown(document.body, { key: 'ArrowDown', altKey: true }));
    await waitFor(() => expect(focused()).toBe(first));
    act(() => void fireEvent.keyDown(document.body, { key: 'ArrowDown', altKey: true }));
    await waitFor(() => expect(focused()).toBe(second));
    act(() => void fireEvent.keyDown(document.body, { key: 'ArrowUp', altKey: true }));
    await waitFor(() => expect(focused()).toBe(first));
    const severity = screen.getByTestId(TEST_IDS.filterSeverity);
    severity.focus();
    fireEvent.keyDown(severity, { key: 'ArrowDown', altKey: true });
    expect(document.activeElement).toBe(severity);
  });

  it('accepts a risk as it is with a reason, and counts it in the summary', async () => {
    await analyseNumbered();
    const card = cardFor('survival-retention');
    fireEvent.click(within(card).getByTestId(TEST_IDS.acceptAsIs));
    fireEvent.click(within(card).getByLabelText('Business sign-off obtained'));
    fireEvent.click(within(card).getByTestId(TEST_IDS.acceptConfirm));
    expect(card.dataset.status).toBe('accepted');
    expect(within(card).getByText('Accepted as is: Business sign-off obtained')).toBeTruthy();
    expect(screen.getByTestId(TEST_IDS.summary).textContent).toContain('1 accepted as is');
    fireEvent.click(within(card).getByText('Reopen'));
    expect(card.dataset.status).toBe('open');
  });

  it('closes the reason form with Escape', async () => {
    await analyseNumbered();
    const card = cardFor('ai-training');
    fireEvent.click(within(card).getByTestId(TEST_IDS.dismiss));
    fireEvent.keyDown(within(card).getByRole('form'), { key: 'Escape' });
    expect(within(card).queryByTestId(TEST_IDS.dismissConfirm)).toBeNull();
  });

  it('explains why it matters once, without listing the trigger words in prose', async () => {
    await analyseNumbered();
    const card = cardFor('ai-training');
    fireEvent.click(within(card).getByText('Why it matters'));
    const text = card.textContent ?? '';
    expect(text).not.toMatch(/The clause says/);
    expect(text).not.toMatch(/Ask the vendor:/);
    const sentences = text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length > 40);
    expect(new Set(sentences).size).toBe(sentences.length);
    expect(card.querySelectorAll('blockquote strong').length).toBeGreaterThan(0);
  });

  it('names missing protections and report rows by clause number', async () => {
    await analyseNumbered();
    const deletion = screen.getAllByTestId(TEST_IDS.missingProtection).find((card) => card.dataset.category === 'deletion')!;
    expect(deletion.textContent).toContain('It belongs after 3.2.');
    expandCard(cardFor('ai-training'));
  });
});
