/** @jest-environment jsdom */
// Review modes in the rendered pane: the mode chosen in Settings drives the analysis, the summary and the playbook;
// a data-use agreement read as the customer is offered the switch; a playbook for another mode is refused and the
// playbook in use stays; each mode exports its own playbook.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPlaybookFor } from '../../src/playbook/modePlaybooks';
import { readFileText } from '../../src/taskpane/browser/readFileText';
import { loadSettings } from '../../src/taskpane/settings/settingsStore';
import { TEST_IDS } from '../../src/taskpane/testIds';
import { createFakeHost } from './fakeHost';
import { memoryStorage } from './memoryStorage';
import { renderPane, STORAGE_KEY } from './renderPane';

const DUA_SAMPLE = readFileSync(join(__dirname, '..', '..', 'samples', 'sample-data-use-agreement.txt'), 'utf8')
  .split(/\r?\n/)
  .filter((line) => line.trim() !== '');
const DATA_HOLDER = 'The data holder, reviewing a data-use agreement for model training';

async function openSettings(): Promise<void> {
  fireEvent.click(screen.getByTestId(TEST_IDS.settingsButton));
  await screen.findByTestId(TEST_IDS.reviewMode);
}

// A busy machine runs several suites at once: the first analysis also loads the results chunk.
const SLOW = { timeout: 15000 };

async function analyse(): Promise<void> {
  fireEvent.click(screen.getByTestId(TEST_IDS.analyzeButton));
  await screen.findByTestId(TEST_IDS.summary, {}, SLOW);
}

const categories = () => screen.getAllByTestId(TEST_IDS.findingCard).map((card) => card.dataset.category);

describe('review modes in the pane', () => {
  it('analyses in the mode chosen in Settings, with that mode’s posture, note and missing protections', async () => {
    const storage = memoryStorage();
    renderPane({ host: createFakeHost(DUA_SAMPLE), storage });
    await openSettings();
    fireEvent.click(screen.getByLabelText(DATA_HOLDER));
    await waitFor(() => expect(loadSettings(storage, STORAGE_KEY).settings.mode).toBe('dua'));
    await analyse();
    expect(new Set(categories())).toEqual(new Set(['dua-purpose-limit', 'dua-use-beyond-purpose', 'dua-data-disclosure', 'dua-privacy-techniques', 'dua-confidentiality', 'dua-security', 'dua-model-release', 'dua-deletion', 'dua-data-retention']));
    const summary = screen.getByTestId(TEST_IDS.summary);
    expect(summary.textContent).toContain('The recipient may use your data for more than training the named model.');
    expect(within(summary).getByTestId(TEST_IDS.modeNote).textContent).toContain('for the data holder');
    expect(screen.getAllByTestId(TEST_IDS.missingProtection).map((card) => card.dataset.category)).toEqual(['dua-human-review-limit', 'dua-no-reidentification']);
    expect(screen.queryByTestId(TEST_IDS.modeSuggestion)).toBeNull();
  });

  it('offers the data-use mode for a data-use agreement read as the customer, and switches and re-analyses on request', async () => {
    const storage = memoryStorage();
    const host = renderPane({ host: createFakeHost(DUA_SAMPLE), storage });
    await analyse();
    expect(categories().some((category) => category?.startsWith('dua-'))).toBe(false);
    const suggestion = await screen.findByTestId(TEST_IDS.modeSuggestion);
    expect(suggestion.textContent).toContain('This looks like a data-use agreement for model training');
    fireEvent.click(within(suggestion).getByTestId(TEST_IDS.switchMode));
    await waitFor(() => expect(categories()).toContain('dua-use-beyond-purpose'), SLOW);
    expect(loadSettings(storage, STORAGE_KEY).settings.mode).toBe('dua');
    expect(host.calls.filter((call) => call === 'readDocument')).toHaveLength(2);
    expect(screen.queryByTestId(TEST_IDS.modeSuggestion)).toBeNull();
  });

  it('says the findings are for another mode after the mode changes, until the next analysis', async () => {
    renderPane({ host: createFakeHost(DUA_SAMPLE) });
    await analyse();
    await openSettings();
    fireEvent.click(screen.getByLabelText('The vendor, reviewing the customer’s paper'));
    const notice = await screen.findByText('The findings are for another review mode');
    expect(notice.closest(`[data-testid="${TEST_IDS.modeSuggestion}"]`)?.textContent).toContain('Analyse again to review for the vendor');
    fireEvent.click(within(notice.closest(`[data-testid="${TEST_IDS.modeSuggestion}"]`) as HTMLElement).getByText('Analyse again'));
    expect((await screen.findByTestId(TEST_IDS.modeNote, {}, SLOW)).textContent).toContain('You review for the vendor');
    expect(screen.queryByText('The findings are for another review mode')).toBeNull();
  });

  it('refuses a playbook for another mode with a clear message and keeps the playbook in use', async () => {
    const storage = memoryStorage();
    renderPane({ storage });
    await openSettings();
    const file = new File([JSON.stringify(defaultPlaybookFor('dua'))], 'dua.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId(TEST_IDS.playbookImport), { target: { files: [file] } });
    const error = await screen.findByTestId(TEST_IDS.playbookError);
    expect(error.textContent).toContain('is for the data holder, reviewing a data-use agreement for model training (mode "dua"), but this review is for the customer');
    expect(error.textContent).toContain('Switch the review mode to "dua" first');
    expect(screen.getByText(defaultPlaybookFor('customer').name)).toBeTruthy();
    expect(loadSettings(storage, STORAGE_KEY).customPlaybook).toBeNull();
  });

  it('imports and exports each mode’s own playbook', async () => {
    const storage = memoryStorage();
    renderPane({ storage });
    await openSettings();
    fireEvent.click(screen.getByLabelText(DATA_HOLDER));
    expect(await screen.findByText(defaultPlaybookFor('dua').name)).toBeTruthy();
    const extended = { ...defaultPlaybookFor('dua'), name: 'Firm data-use positions' };
    fireEvent.change(screen.getByTestId(TEST_IDS.playbookImport), { target: { files: [new File([JSON.stringify(extended)], 'firm.json')] } });
    await screen.findByText('Firm data-use positions');
    expect(loadSettings(storage, STORAGE_KEY).customPlaybook?.mode).toBe('dua');

    const downloads: { name: string; blob: Blob }[] = [];
    const original = { create: URL.createObjectURL, click: HTMLAnchorElement.prototype.click };
    let pending: Blob | undefined;
    URL.createObjectURL = (blob: Blob) => ((pending = blob), 'blob:test');
    URL.revokeObjectURL = () => undefined;
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      if (pending) downloads.push({ name: this.download, blob: pending });
    };
    try {
      fireEvent.click(screen.getByTestId(TEST_IDS.playbookExport));
      fireEvent.click(screen.getByLabelText('The vendor, reviewing the customer’s paper'));
      await screen.findByText(defaultPlaybookFor('vendor').name);
      fireEvent.click(screen.getByTestId(TEST_IDS.playbookExport));
    } finally {
      URL.createObjectURL = original.create;
      HTMLAnchorElement.prototype.click = original.click;
    }
    expect(downloads.map((d) => d.name)).toEqual(['ai-data-terms-dua-playbook.json', 'ai-data-terms-vendor-playbook.json']);
    expect(JSON.parse(await readFileText(downloads[0]!.blob))).toEqual(extended);
    expect(JSON.parse(await readFileText(downloads[1]!.blob))).toEqual(defaultPlaybookFor('vendor'));
  });
});
