/** @jest-environment jsdom */
// A long contract: the findings list shows the first cards of each section at once and the rest on request, so
// rendering hundreds of findings never freezes the pane; nothing is dropped. (A small section limit keeps it fast.)
import { fireEvent, render, screen } from '@testing-library/react';
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { FindingsList } from '../../src/taskpane/components/FindingsList';
import type { ItemActions } from '../../src/taskpane/components/itemActions';
import { createPlanner } from '../../src/taskpane/planner';
import { TEST_IDS } from '../../src/taskpane/testIds';
import { SAMPLE_PARAGRAPHS } from './fixtures/sampleParagraphs';

const LONG = Array.from({ length: 3 }, () => SAMPLE_PARAGRAPHS).flat().map((text) => ({ text }));
const analysis = analyzeDocument(LONG, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
const LIMIT = 2;

const actions: ItemActions = {
  plan: createPlanner(DEFAULT_PLAYBOOK, analysis, LONG, []),
  canInsert: true,
  commentsAvailable: true,
  defaultComment: 'internal',
  goTo: () => undefined,
  apply: () => undefined,
  dismiss: () => undefined,
  accept: () => undefined,
  locate: (paragraph) => `¶ ${paragraph + 1}`,
  restore: () => undefined,
  copyClause: () => undefined,
};

function sectionSizes(): number[] {
  const risks = analysis.findings.filter((finding) => finding.stance === 'risk');
  const bySeverity = (['high', 'medium', 'low'] as const).map((severity) => risks.filter((finding) => finding.severity === severity).length);
  return [...bySeverity, analysis.findings.length - risks.length].filter((size) => size > 0);
}

describe('the findings list on a long contract', () => {
  it('has a section longer than the limit (or this test proves nothing)', () => {
    expect(Math.max(...sectionSizes())).toBeGreaterThan(LIMIT);
  });

  it('shows the limit per section, one more batch per "Show more", and in the end every finding', () => {
    render(<FindingsList findings={analysis.findings} items={{}} playbook={DEFAULT_PLAYBOOK} actions={actions} terms={analysis.terms} cardsPerSection={LIMIT} />);
    const sizes = sectionSizes();
    const shownAfter = (batches: number) => sizes.reduce((sum, size) => sum + Math.min(size, LIMIT * batches), 0);
    expect(screen.getAllByTestId(TEST_IDS.findingCard)).toHaveLength(shownAfter(1));
    for (const button of screen.getAllByRole('button', { name: /^Show \d+ more \(\d+ not shown yet\)$/ })) fireEvent.click(button);
    expect(screen.getAllByTestId(TEST_IDS.findingCard)).toHaveLength(shownAfter(2));
    for (let batch = 3; screen.queryAllByRole('button', { name: /^Show \d+ more/ }).length > 0; batch += 1) {
      for (const button of screen.getAllByRole('button', { name: /^Show \d+ more/ })) fireEvent.click(button);
      expect(screen.getAllByTestId(TEST_IDS.findingCard)).toHaveLength(shownAfter(batch));
    }
    expect(screen.getAllByTestId(TEST_IDS.findingCard)).toHaveLength(analysis.findings.length);
  });
});
