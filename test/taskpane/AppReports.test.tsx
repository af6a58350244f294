/** @jest-environment jsdom */
// The pane's report actions and how it tells the lawyer about Word's limits: CSV, copied table, summary memo, an old
// Word without tracked changes, unlicensed annotations, and a host without createDocument.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { summarizePosture } from '../../src/engine/posture';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { fillClause } from '../../src/playbook/fillPlaceholders';
import { issueById, issueForCategory, issueResolver, positionFor } from '../../src/playbook/issueFor';
import { readFileText } from '../../src/taskpane/browser/readFileText';
import { TEST_IDS } from '../../src/taskpane/testIds';
import { createFakeHost } from './fakeHost';
import { SAMPLE_PARAGRAPHS } from './fixtures/sampleParagraphs';
import { cardFor, noticeTitled, renderAndAnalyze, renderPane } from './renderPane';

const expected = analyzeDocument(SAMPLE_PARAGRAPHS.map((text) => ({ text })), { issueFor: issueResolver(DEFAULT_PLAYBOOK) });

describe('report actions', () => {
  it('exports the issues as CSV through a Blob download', async () => {
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    const original = { create: URL.createObjectURL, click: HTMLAnchorElement.prototype.click };
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:test');
    URL.revokeObjectURL = () => undefined;
    // jsdom cannot navigate; record which file the link would have saved instead.
    HTMLAnchorElement.prototype.click = function recordDownload(this: HTMLAnchorElement) {
      downloads.push(this.download);
    };
    try {
      await renderAndAnalyze();
      fireEvent.click(screen.getByTestId(TEST_IDS.exportCsv));
      expect(downloads).toEqual(['ai-data-terms-issues.csv']);
      expect(blobs).toHaveLength(1);
      // FileReader decodes UTF-8 and drops the BOM; the BOM itself is covered by the CSV unit test.
      const csv = await readFileText(blobs[0]!);
      expect(csv.split('\r\n')[0]).toBe('Clause,Severity,Category,Quote,Why it matters,Proposed position,Proposed wording,Status,Reason');
      expect(csv.split('\r\n').length).toBe(expected.findings.length + expected.missing.length + 2);
    } finally {
      URL.createObjectURL = original.create;
      // revokeObjectURL stays a no-op: the download helper calls it on a timer that may fire after this test.
      HTMLAnchorElement.prototype.click = original.click;
    }
  });

  it('copies the issues as a tab-separated table when the Clipboard API allows text', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    try {
      await renderAndAnalyze();
      fireEvent.click(screen.getByTestId(TEST_IDS.copyTable));
      await waitFor(() => expect(noticeTitled('Issues copied')).not.toBeNull());
      const lines = written[0]?.trimEnd().split('\n') ?? [];
      expect(lines[0]).toBe('Clause\tSeverity\tCategory\tQuote\tWhy it matters\tProposed position\tProposed wording\tStatus\tReason');
      expect(lines).toHaveLength(expected.findings.length + expected.missing.length + 1);
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('says what to do instead when the clipboard is blocked', async () => {
    await renderAndAnalyze();
    fireEvent.click(screen.getByTestId(TEST_IDS.copyTable));
    const notice = await waitFor(() => {
      const found = noticeTitled('The clipboard is blocked here');
      if (!found) throw new Error('no clipboard notice yet');
      return found;
    });
    expect(notice.textContent).toMatch(/Use Export CSV instead/);
  });

  it('opens a summary memo through the host with the posture and every open issue', async () => {
    const host = await renderAndAnalyze();
    fireEvent.click(screen.getByTestId(TEST_IDS.openMemo));
    await waitFor(() => expect(host.createdDocuments).toHaveLength(1));
    const memo = host.createdDocuments[0] ?? [];
    expect(memo).toContain(summarizePosture(expected));
    const risks = expected.findings.filter((finding) => finding.stance === 'risk');
    for (const finding of risks) expect(memo.some((line) => line.includes(finding.quote))).toBe(true);
  });

  it('disables the memo and says why when Word cannot create documents', async () => {
    await renderAndAnalyze({ capabilities: { createDocument: false } });
    expect((screen.getByTestId(TEST_IDS.openMemo) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/cannot open a new document from an add-in/)).toBeTruthy();
  });
});

describe("Word's limits", () => {
  it('explains an old Word without tracked changes and disables inserting', async () => {
    await renderAndAnalyze({ capabilities: { apiLevel: '1.3', tracking: false, ooxmlRevisions: false } });
    expect(noticeTitled('Redlines cannot be inserted in this version of Word')?.textContent).toMatch(/Track Changes switched on/);
    expect((within(cardFor('ai-training')).getByTestId(TEST_IDS.insertTrackedChange) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId(TEST_IDS.applyAll) as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers to copy the clause wording instead when redlines cannot be inserted', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void written.push(text) } });
    try {
      await renderAndAnalyze({ capabilities: { apiLevel: '1.3', tracking: false, ooxmlRevisions: false } });
      const gap = expected.missing[0]!;
      fireEvent.click(within(screen.getAllByTestId(TEST_IDS.missingProtection)[0]!).getByTestId(TEST_IDS.copyClause));
      await waitFor(() => expect(noticeTitled('Clause copied')?.textContent).toMatch(/Track Changes/));
      const position = positionFor(issueById(DEFAULT_PLAYBOOK, gap.playbookIssue) ?? issueForCategory(DEFAULT_PLAYBOOK, gap.category)!, 'preferred');
      expect(written).toEqual([fillClause(position.clause, expected.terms)]);
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('warns that redlines go in as revision markup on Word without WordApi 1.4, and still inserts', async () => {
    const host = await renderAndAnalyze({ capabilities: { apiLevel: '1.3', tracking: false, ooxmlRevisions: true } });
    expect(noticeTitled('cannot switch on Track Changes for add-ins')?.textContent).toMatch(/revision markup/);
    fireEvent.click(within(cardFor('ai-training')).getByTestId(TEST_IDS.insertTrackedChange));
    await waitFor(() => expect(host.applied).toHaveLength(1));
  });

  it('tells the lawyer when annotations are not licensed, without blocking the analysis', async () => {
    const host = createFakeHost(SAMPLE_PARAGRAPHS);
    host.failNext.markFindings = { kind: 'annotations-unlicensed', message: 'Underlining clauses in Word needs a Microsoft 365 subscription.', nextStep: 'Use Go to clause to find each clause.' };
    await renderAndAnalyze({ host });
    await waitFor(() => expect(noticeTitled('The clauses could not be underlined in the document')?.textContent).toMatch(/Use Go to clause/));
    expect(screen.getAllByTestId(TEST_IDS.findingCard)).toHaveLength(expected.findings.length);
  });

  it('inserts without a comment and says so when comments are unavailable', async () => {
    const host = await renderAndAnalyze({ capabilities: { comments: false } });
    expect(noticeTitled('Comments are not available here')).not.toBeNull();
    const card = cardFor('ai-training');
    expect((within(card).getByTestId(TEST_IDS.commentChoice) as HTMLSelectElement).disabled).toBe(true);
    fireEvent.click(within(card).getByTestId(TEST_IDS.insertTrackedChange));
    await waitFor(() => expect(host.applied[0]?.options).toEqual({ comment: 'none' }));
  });

  it('shows an unexpected exception from the host as a message instead of hanging', async () => {
    const host = createFakeHost(SAMPLE_PARAGRAPHS);
    host.readDocument = async () => {
      throw new Error('RichApi.Error: GeneralException');
    };
    renderPane({ host });
    fireEvent.click(screen.getByTestId(TEST_IDS.analyzeButton));
    await waitFor(() => expect(noticeTitled('The document could not be analysed')?.textContent).toMatch(/GeneralException.*Try again/));
    expect((screen.getByTestId(TEST_IDS.analyzeButton) as HTMLButtonElement).disabled).toBe(false);
  });

  it('marks a card as not inserted when applying throws, so it never stays on "Inserting"', async () => {
    const host = await renderAndAnalyze();
    host.applyPlans = async () => {
      throw new Error('Word closed the connection');
    };
    const card = cardFor('ai-training');
    fireEvent.click(within(card).getByTestId(TEST_IDS.insertTrackedChange));
    await waitFor(() => expect(within(card).getByTestId(TEST_IDS.itemStatus).textContent).toMatch(/Not inserted: .*Word closed the connection/));
  });
});
