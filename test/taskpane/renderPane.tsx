// Renders the whole pane over a fake host and runs the analysis, for the render tests.
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import type { HostCapabilities } from '../../src/host/documentHost';
import { App } from '../../src/taskpane/App';
import type { StorageLike } from '../../src/taskpane/settings/settingsStore';
import { TEST_IDS } from '../../src/taskpane/testIds';
import { createFakeHost, type FakeHost } from './fakeHost';
import { SAMPLE_PARAGRAPHS } from './fixtures/sampleParagraphs';
import { memoryStorage } from './memoryStorage';

// The suite shares two cores with other work: give findBy/waitFor room before calling a slow machine a failure.
configure({ asyncUtilTimeout: 10000 });

export const STORAGE_KEY = 'test-partition:ai-data-terms:settings:v1';

export interface PaneOptions {
  readonly host?: FakeHost;
  readonly capabilities?: Partial<HostCapabilities>;
  readonly storage?: StorageLike | null;
  readonly theme?: 'light' | 'dark';
}

export function renderPane(options: PaneOptions = {}): FakeHost {
  const host = options.host ?? createFakeHost(SAMPLE_PARAGRAPHS, options.capabilities);
  render(<App host={host} storage={options.storage === undefined ? memoryStorage() : options.storage} storageKey={STORAGE_KEY} theme={options.theme ?? 'light'} />);
  return host;
}

export async function renderAndAnalyze(options: PaneOptions = {}): Promise<FakeHost> {
  const host = renderPane(options);
  fireEvent.click(screen.getByTestId(TEST_IDS.analyzeButton));
  // The first analysis in a test file runs on a cold engine (module load and JIT) and the results chunk loads lazily;
  // speed is measured in `npm run bench`, not here, so the wait is generous.
  await screen.findByTestId(TEST_IDS.summary, {}, { timeout: 15_000 });
  return host;
}

/** The first card of that category, opened (cards start collapsed to one line). */
export function cardFor(category: string): HTMLElement {
  const card = screen.getAllByTestId(TEST_IDS.findingCard).find((element) => element.dataset.category === category);
  if (!card) throw new Error(`no ${category} card rendered`);
  return expandCard(card);
}

export function expandCard(card: HTMLElement): HTMLElement {
  if (card.dataset.expanded !== 'true') fireEvent.click(within(card).getByTestId(TEST_IDS.cardToggle));
  return card;
}

export function noticeTitled(title: string): HTMLElement | null {
  return screen.queryAllByTestId(TEST_IDS.messageBar).find((bar) => bar.textContent?.includes(title)) ?? null;
}
