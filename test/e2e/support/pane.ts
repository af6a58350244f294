// Helpers that drive the workbench page the way a user does: by the pane's data-testids (src/taskpane/testIds.ts)
// and the workbench's own wb-* ids. Reads the simulated document through window.workbench.snapshot().
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { TEST_IDS } from '../../../src/taskpane/testIds';

export const ARTIFACTS = join(__dirname, '..', '..', '..', 'test-artifacts');

export const byTestId = (page: Page | Locator, id: string): Locator => page.locator(`[data-testid="${id}"]`);

export async function openWorkbench(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await byTestId(page, TEST_IDS.analyzeButton).waitFor({ state: 'visible', timeout: 30000 });
  await page.waitForFunction(() => window.workbench !== undefined);
}

export async function analyse(page: Page): Promise<void> {
  await byTestId(page, TEST_IDS.analyzeButton).click();
  await byTestId(page, TEST_IDS.summary).waitFor({ state: 'visible', timeout: 30000 });
  await byTestId(page, TEST_IDS.findingCard).first().waitFor({ state: 'visible', timeout: 30000 });
}

export interface SnapshotShape {
  readonly paragraphs: readonly { readonly text: string }[];
  readonly revisions: readonly { readonly type: string; readonly text: string; readonly paragraph: number }[];
  readonly comments: readonly unknown[];
  readonly selection?: { readonly paragraph?: number; readonly start?: number; readonly end?: number; readonly text?: string } | null;
  readonly syncs: number;
}

export function snapshot(page: Page): Promise<SnapshotShape> {
  return page.evaluate(() => JSON.parse(JSON.stringify(window.workbench?.snapshot())) as SnapshotShape);
}

/** The document side's visible text of a paragraph: with tracked insertions, without tracked deletions. */
export function documentParagraphText(page: Page, index: number): Promise<string> {
  return page.locator(`[data-testid="wb-document"] p[data-paragraph="${index}"]`).evaluate((element) => {
    const clone = element.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('del').forEach((node) => node.remove());
    return clone.textContent ?? '';
  });
}

export async function screenshot(page: Page, name: string, target?: Locator): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  if (target) await target.screenshot({ path });
  else await page.screenshot({ path });
}

export const paragraphOfCard = async (card: Locator): Promise<number> => {
  const paragraph = await card.getAttribute('data-paragraph');
  if (paragraph === null) throw new Error('The finding card does not say its paragraph (data-paragraph).');
  return Number(paragraph);
};

/** Opens a card collapsed to one line (cards start collapsed). */
export async function expandCard(card: Locator): Promise<Locator> {
  if ((await card.getAttribute('data-expanded')) !== 'true') await byTestId(card, TEST_IDS.cardToggle).click();
  await byTestId(card, TEST_IDS.goToClause).waitFor({ timeout: 10000 });
  return card;
}

/**
 * The first finding and position whose preview is a word-level redline (some fallbacks rightly replace a whole
 * sentence). Leaves that position selected on the card; identifies the card by its accessible name.
 */
export async function findWordLevelRedline(page: Page): Promise<{ label: string; position: string; id: string }> {
  const cards = page.locator(`[data-testid="${TEST_IDS.findingCard}"][data-stance="risk"]`);
  for (let i = 0; i < (await cards.count()); i++) {
    const card = await expandCard(cards.nth(i));
    if ((await byTestId(card, TEST_IDS.insertTrackedChange).count()) === 0) continue;
    const picker = byTestId(card, TEST_IDS.positionPicker);
    const positions = await picker.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    for (const position of positions) {
      await picker.selectOption(position);
      if ((await byTestId(card, TEST_IDS.redlinePreview).getAttribute('data-plan-kind')) === 'word-level') {
        return { label: (await card.getAttribute('aria-label')) ?? '', position, id: (await card.getAttribute('data-finding-id')) ?? '' };
      }
    }
  }
  throw new Error('No finding in the sample offers a word-level redline; the sample or the planner changed.');
}

/** Replaces the simulated document (a fresh pane mounts, as when Word opens another file). */
export async function loadDocument(page: Page, text: string): Promise<void> {
  await page.evaluate((input) => window.workbench?.load(input), text);
  await page.waitForFunction((first) => (window.workbench?.snapshot() as { paragraphs: { text: string }[] }).paragraphs[0]?.text === first, text.split('\n')[0]?.trim() ?? '');
  await byTestId(page, TEST_IDS.analyzeButton).waitFor({ state: 'visible' });
}
