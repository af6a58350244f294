/** @jest-environment jsdom */
// Apply all shows the document's review plan as a checklist before anything changes: every item ticked, each with its
// redline or new clause; unticking, another position or new wording rebuild the plan, and the confirmation writes
// exactly the ticked items. A card's preview is its item of the same plan.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { applyAllPlans, NO_CHOICES, type ChecklistChoices } from '../../src/taskpane/applyAllPlans';
import { TEST_IDS } from '../../src/taskpane/testIds';
import { SAMPLE_PARAGRAPHS } from './fixtures/sampleParagraphs';
import { cardFor, expandCard, renderAndAnalyze } from './renderPane';

const paragraphs = SAMPLE_PARAGRAPHS.map((text) => ({ text }));
const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
const review = (choices: ChecklistChoices = NO_CHOICES) => applyAllPlans(DEFAULT_PLAYBOOK, analysis, paragraphs, {}, [], choices);

const rows = () => screen.getAllByTestId(TEST_IDS.checklistRow);
const row = (key: string) => rows().find((element) => element.dataset.key === key)!;

async function openChecklist() {
  const host = await renderAndAnalyze();
  fireEvent.click(screen.getByTestId(TEST_IDS.applyAll));
  await screen.findByTestId(TEST_IDS.confirmApplyAll);
  return host;
}

describe('the Apply all checklist', () => {
  it('lists every item of the review plan, ticked, with its redline or clause, before anything changes', async () => {
    const host = await openChecklist();
    const expected = review().rows;
    expect(expected.length).toBeGreaterThan(2);
    expect(rows().map((element) => element.dataset.key)).toEqual(expected.map((item) => item.key));
    expect(rows().every((element) => element.dataset.ticked === 'true')).toBe(true);
    for (const item of expected) {
      const element = row(item.key);
      const tick = within(element).getByTestId(TEST_IDS.checklistTick) as HTMLInputElement;
      expect(tick.checked).toBe(true);
      // The checkbox is named by the clause and the issue, so a screen reader hears what it ticks.
      expect(tick.type).toBe('checkbox');
      expect(tick.labels?.[0]?.textContent).toMatch(new RegExp(`^(New clause|\\S+) .*· ${item.title.replace(/[()]/g, '.')}$`));
      if (item.kind === 'edit') {
        // The preview shows the very words the plan strikes and inserts.
        const preview = within(element).getByTestId(TEST_IDS.redlinePreview);
        const inserted = item.plan.ops.flatMap((op) => ('text' in op && op.kind !== 'delete' ? [op.text] : []));
        for (const text of inserted) expect(preview.textContent).toContain(text.trim());
      } else {
        expect((within(element).getByTestId(TEST_IDS.checklistWording) as HTMLTextAreaElement).value).toBe(item.wording);
      }
    }
    expect(host.calls.some((call) => call.startsWith('applyPlans'))).toBe(false);
  });

  it('applies exactly the ticked items, rebuilt without the unticked one', async () => {
    const host = await openChecklist();
    const [first] = review().rows;
    fireEvent.click(within(row(first!.key)).getByTestId(TEST_IDS.checklistTick));
    await waitFor(() => expect(row(first!.key).dataset.ticked).toBe('false'));
    expect(row(first!.key).textContent).toContain('Left as it is.');
    fireEvent.click(screen.getByTestId(TEST_IDS.confirmApplyAll));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    const expected = review({ perItem: { [first!.key]: 'skip' }, wording: {} }).planned.map((item) => item.plan);
    expect(host.applied[0]?.plans).toEqual(expected);
    expect(host.applied[0]?.plans.some((plan) => plan.paragraph === first!.place && plan.ops.length > 0)).toBe(false);
    const untouched = first!.targets[0]!;
    const card = screen.getAllByTestId(TEST_IDS.findingCard).find((element) => element.dataset.category === untouched.category);
    expect(card?.dataset.status).toBe('open');
  });

  it('switches an item to another position and inserts what the row showed', async () => {
    const host = await openChecklist();
    const [first] = review().rows;
    const fallback = review({ perItem: { [first!.key]: 'fallback1' }, wording: {} });
    const shown = fallback.rows.find((item) => item.key === first!.key)!;
    expect(shown.plan.ops).not.toEqual(first!.plan.ops);
    fireEvent.change(within(row(first!.key)).getByTestId(TEST_IDS.checklistPosition), { target: { value: 'fallback1' } });
    await waitFor(() => expect((within(row(first!.key)).getByTestId(TEST_IDS.checklistPosition) as HTMLSelectElement).value).toBe('fallback1'));
    const inserted = shown.plan.ops.flatMap((op) => ('text' in op && op.kind !== 'delete' ? [op.text.trim()] : [])).filter(Boolean);
    for (const text of inserted) expect(within(row(first!.key)).getByTestId(TEST_IDS.redlinePreview).textContent).toContain(text);
    fireEvent.click(screen.getByTestId(TEST_IDS.confirmApplyAll));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    const written = host.applied[0]!.plans.find((plan) => plan.paragraph === first!.place)!;
    expect(written.ops).toEqual(shown.plan.ops);
    expect(written.positionId).toBe('fallback1');
    expect(within(cardFor(first!.targets[0]!.category)).getByTestId(TEST_IDS.itemStatus).textContent).toContain('Fallback 1 position inserted');
  });

  it('inserts a new clause in the lawyer\'s own wording, and will not insert an empty one', async () => {
    const host = await openChecklist();
    const clause = review().rows.find((item) => item.wording !== undefined)!;
    const box = () => within(row(clause.key)).getByTestId(TEST_IDS.checklistWording) as HTMLTextAreaElement;
    fireEvent.change(box(), { target: { value: '   ' } });
    expect(row(clause.key).textContent).toContain('Write the clause, or untick it to leave it out.');
    expect((screen.getByTestId(TEST_IDS.confirmApplyAll) as HTMLButtonElement).disabled).toBe(true);
    const ours = 'Customer may audit Provider\'s records of its use of Customer Data once a year on reasonable notice.';
    fireEvent.change(box(), { target: { value: ours } });
    fireEvent.blur(box());
    await waitFor(() => expect(box().value).toBe(ours));
    fireEvent.click(screen.getByTestId(TEST_IDS.confirmApplyAll));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    const added = host.applied[0]!.plans.flatMap((plan) => plan.newParagraphs);
    expect(added.some((text) => text.endsWith(ours))).toBe(true);
    expect(added.some((text) => text.includes(clause.wording!))).toBe(false);
  });

  it('previews on a card the same edit the review plan makes for its paragraph', async () => {
    const host = await renderAndAnalyze();
    // An edit that answers two risks in one paragraph: each card previews the whole edit, not a redline of its own.
    const edit = review().rows.find((item) => item.kind === 'edit' && item.targets.length > 1)!;
    const target = edit.targets[0]! as { id: string };
    const card = expandCard(screen.getAllByTestId(TEST_IDS.findingCard).find((element) => element.dataset.findingId === target.id)!);
    const preview = within(card).getByTestId(TEST_IDS.redlinePreview);
    const inserted = edit.plan.ops.flatMap((op) => ('text' in op && op.kind !== 'delete' ? [op.text.trim()] : [])).filter(Boolean);
    expect(inserted.length).toBeGreaterThan(0);
    for (const text of inserted) expect(preview.textContent).toContain(text);
    // Inserting from the card writes that plan and marks both cards redlined.
    fireEvent.click(within(card).getByTestId(TEST_IDS.insertTrackedChange));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    expect(host.applied[0]!.plans[0]!.ops).toEqual(edit.plan.ops);
    const answered = (element: HTMLElement) => edit.targets.some((t) => 'id' in t && t.id === element.dataset.findingId);
    const cards = screen.getAllByTestId(TEST_IDS.findingCard).filter(answered);
    expect(cards.map((element) => element.dataset.status)).toEqual(edit.targets.map(() => 'applied'));
  });
});

describe('Analyse again after Apply all', () => {
  it('keeps the statuses, and reads the clauses we inserted as ours and as protections', async () => {
    const host = await openChecklist();
    fireEvent.click(screen.getByTestId(TEST_IDS.confirmApplyAll));
    await waitFor(() => expect(host.applied).toHaveLength(1));
    // The fake host keeps the document as it reads with every change accepted.
    const inserted = host.applied[0]!.plans.flatMap((plan) => plan.newParagraphs);
    const edited = host.applied[0]!.plans.filter((plan) => plan.ops.length > 0).map((plan) => plan.targetText);
    expect(inserted.length).toBeGreaterThan(0);
    const reads = host.calls.filter((call) => call === 'readDocument').length;
    fireEvent.click(screen.getByTestId(TEST_IDS.analyzeButton));
    await waitFor(() => expect(host.calls.filter((call) => call === 'readDocument')).toHaveLength(reads + 1));
    await screen.findByTestId(TEST_IDS.summary);
    const textOf = (element: HTMLElement) => host.paragraphs[Number(element.dataset.paragraph)]!.text;
    const cards = screen.getAllByTestId(TEST_IDS.findingCard);
    // No risk is found in a clause we inserted, so no card offers to strike our own drafting.
    const risks = cards.filter((card) => card.dataset.stance === 'risk');
    expect(risks.filter((card) => inserted.includes(textOf(card)))).toEqual([]);
    // Our clauses read as the protections they were inserted for: nothing is missing any more.
    const protective = cards.filter((card) => card.dataset.stance === 'protective').map(textOf);
    for (const clause of inserted) expect(protective).toContain(clause);
    expect(screen.queryAllByTestId(TEST_IDS.missingProtection).filter((card) => card.dataset.status === 'open')).toEqual([]);
    // A risk still read in a paragraph we redlined keeps its status: it is not open again.
    for (const card of risks.filter((element) => edited.includes(textOf(element)))) expect(card.dataset.status).not.toBe('open');
  });
});
