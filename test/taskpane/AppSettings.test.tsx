/** @jest-environment jsdom */
// Settings in the rendered pane: a valid playbook import takes effect and is saved, export downloads the playbook in
// use, reset goes back to the default, and the review mode and comment audience persist under the storage key.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { readFileText } from '../../src/taskpane/browser/readFileText';
import { loadSettings } from '../../src/taskpane/settings/settingsStore';
import { TEST_IDS } from '../../src/taskpane/testIds';
import { CUSTOM_PLAYBOOK } from './fixtures/customPlaybook';
import { memoryStorage } from './memoryStorage';
import { renderPane, STORAGE_KEY } from './renderPane';

async function openSettings(): Promise<void> {
  fireEvent.click(screen.getByTestId(TEST_IDS.settingsButton));
  await screen.findByTestId(TEST_IDS.playbookImport);
}

function importFile(text: string): void {
  const file = new File([text], 'playbook.json', { type: 'application/json' });
  fireEvent.change(screen.getByTestId(TEST_IDS.playbookImport), { target: { files: [file] } });
}

describe('settings in the pane', () => {
  it('imports a valid playbook, saves it, exports it, and resets to the default', async () => {
    const storage = memoryStorage();
    renderPane({ storage });
    await openSettings();
    importFile(JSON.stringify(CUSTOM_PLAYBOOK));
    await screen.findByText(CUSTOM_PLAYBOOK.name);
    expect(loadSettings(storage, STORAGE_KEY).customPlaybook).toEqual(CUSTOM_PLAYBOOK);

    const blobs: Blob[] = [];
    const original = { create: URL.createObjectURL, click: HTMLAnchorElement.prototype.click };
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:test');
    URL.revokeObjectURL = () => undefined;
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      fireEvent.click(screen.getByTestId(TEST_IDS.playbookExport));
      expect(JSON.parse(await readFileText(blobs[0]!))).toEqual(CUSTOM_PLAYBOOK);
    } finally {
      URL.createObjectURL = original.create;
      HTMLAnchorElement.prototype.click = original.click;
    }

    fireEvent.click(screen.getByTestId(TEST_IDS.playbookReset));
    expect(screen.getByText(DEFAULT_PLAYBOOK.name)).toBeTruthy();
    expect(loadSettings(storage, STORAGE_KEY).customPlaybook).toBeNull();
  });

  it('says a non-JSON file is not JSON, with the whole file as the path', async () => {
    renderPane();
    await openSettings();
    importFile('version: 1');
    const error = await screen.findByTestId(TEST_IDS.playbookError);
    expect(error.textContent).toMatch(/\(whole file\): the playbook is not valid JSON/);
  });

  it('keeps the review mode and comment audience across reloads', async () => {
    const storage = memoryStorage();
    renderPane({ storage });
    await openSettings();
    fireEvent.click(screen.getByLabelText('The vendor, reviewing the customer’s paper'));
    fireEvent.click(screen.getByLabelText('External (for the vendor)'));
    await waitFor(() => expect(loadSettings(storage, STORAGE_KEY).settings).toEqual({ mode: 'vendor', commentAudience: 'external' }));
    cleanup();
    renderPane({ storage });
    await openSettings();
    expect((screen.getByLabelText('The vendor, reviewing the customer’s paper') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('External (for the vendor)') as HTMLInputElement).checked).toBe(true);
  });
});
