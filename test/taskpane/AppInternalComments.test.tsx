/** @jest-environment jsdom */
// Internal comments in the pane: marked "[Internal]" when inserted (external ones are not), and "Remove internal
// comments" in Settings deletes them and nothing else.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TEST_IDS } from '../../src/taskpane/testIds';
import { createFakeHost } from './fakeHost';
import { NUMBERED_PARAGRAPHS } from './fixtures/numberedParagraphs';
import { cardFor, noticeTitled, renderAndAnalyze } from './renderPane';

function insert(category: string, comment: 'internal' | 'external'): void {
  const card = cardFor(category);
  fireEvent.change(within(card).getByTestId(TEST_IDS.commentChoice), { target: { value: comment } });
  fireEvent.click(within(card).getByTestId(TEST_IDS.insertTrackedChange));
}

describe('internal comments in the pane', () => {
  it('marks internal comments, and removes them alone from Settings', async () => {
    const host = await renderAndAnalyze({ host: createFakeHost(NUMBERED_PARAGRAPHS) });
    insert('ai-training', 'internal');
    await waitFor(() => expect(host.comments).toHaveLength(1));
    insert('third-party-ai', 'external');
    await waitFor(() => expect(host.comments).toHaveLength(2));
    expect(host.comments[0]).toMatch(/^\[Internal\] /);
    expect(host.comments[1]).not.toMatch(/\[Internal\]/);
    const paragraphs = host.paragraphs.map((paragraph) => paragraph.text);

    fireEvent.click(screen.getByTestId(TEST_IDS.settingsButton));
    fireEvent.click(await screen.findByTestId(TEST_IDS.removeInternalComments));
    await waitFor(() => expect(noticeTitled('1 internal comment removed')).not.toBeNull());
    expect(host.comments).toEqual([expect.not.stringContaining('[Internal]')]);
    expect(host.paragraphs.map((paragraph) => paragraph.text)).toEqual(paragraphs);
  });

  it('says so when this Word cannot list comments', async () => {
    const host = createFakeHost(NUMBERED_PARAGRAPHS);
    host.removeInternalComments = async () => ({ ok: false, error: { kind: 'api-unsupported', message: 'This version of Word cannot list comments for an add-in (it needs WordApi 1.4).', nextStep: 'Delete them by hand.' } });
    await renderAndAnalyze({ host });
    fireEvent.click(screen.getByTestId(TEST_IDS.settingsButton));
    fireEvent.click(await screen.findByTestId(TEST_IDS.removeInternalComments));
    await waitFor(() => expect(noticeTitled('The internal comments were not removed')?.textContent).toMatch(/WordApi 1\.4/));
  });
});
