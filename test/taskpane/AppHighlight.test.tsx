/** @jest-environment jsdom */
// The highlight switch: highlight colour goes into the document only when the lawyer turns it on, comes off through
// clearMarks, and a host error shows in the message bar with the switch back where the document really is.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings/settingsStore';
import { initialPaneState, paneReducer } from '../../src/taskpane/state/paneState';
import { TEST_IDS } from '../../src/taskpane/testIds';
import { SAMPLE_PARAGRAPHS } from './fixtures/sampleParagraphs';
import { noticeTitled, renderAndAnalyze } from './renderPane';

const findingCount = analyzeDocument(SAMPLE_PARAGRAPHS.map((text) => ({ text })), { issueFor: issueResolver(DEFAULT_PLAYBOOK) }).findings.length;
const highlightCall = `markFindings:${findingCount}:highlight`;

function highlightSwitch(): HTMLInputElement {
  return screen.getByRole('switch', { name: 'Highlight findings in the document' });
}

describe('highlight switch', () => {
  it('is off after analysis and never highlights without being asked', async () => {
    const host = await renderAndAnalyze();
    expect(findingCount).toBeGreaterThan(0);
    expect(highlightSwitch().checked).toBe(false);
    expect(highlightSwitch()).toBe(screen.getByTestId(TEST_IDS.highlightToggle));
    expect(highlightSwitch().getAttribute('aria-describedby')).toBeTruthy();
    expect(host.calls).not.toContain(highlightCall);
  });

  it('turning it on asks the host to highlight every finding', async () => {
    const host = await renderAndAnalyze();
    fireEvent.click(highlightSwitch());
    await waitFor(() => expect(highlightSwitch().getAttribute('aria-busy')).toBe('false'));
    expect(host.calls.filter((call) => call === highlightCall)).toHaveLength(1);
    expect(highlightSwitch().checked).toBe(true);
  });

  it('turning it off calls clearMarks and puts the non-destructive underlines back', async () => {
    const host = await renderAndAnalyze();
    fireEvent.click(highlightSwitch());
    await waitFor(() => expect(highlightSwitch().checked).toBe(true));
    await waitFor(() => expect(highlightSwitch().getAttribute('aria-busy')).toBe('false'));
    const before = host.calls.length;
    fireEvent.click(highlightSwitch());
    await waitFor(() => expect(highlightSwitch().checked).toBe(false));
    await waitFor(() => expect(highlightSwitch().getAttribute('aria-busy')).toBe('false'));
    expect(host.calls.slice(before)).toEqual(['clearMarks', `markFindings:${findingCount}`]);
  });

  it('shows a host error in the message bar and returns the switch to off', async () => {
    const host = await renderAndAnalyze();
    host.failNext.markFindings = { kind: 'read-only', message: 'The document is read-only.', nextStep: 'Choose Enable Editing, then try again.' };
    fireEvent.click(highlightSwitch());
    const notice = await waitFor(() => {
      const found = noticeTitled('The clauses could not be highlighted');
      if (!found) throw new Error('no highlight notice yet');
      return found;
    });
    expect(notice.textContent).toContain('The document is read-only.');
    expect(notice.textContent).toContain('Choose Enable Editing, then try again.');
    expect(highlightSwitch().checked).toBe(false);
    expect(highlightSwitch().getAttribute('aria-busy')).toBe('false');
  });

  it('stays on when the highlights could not be removed, so the lawyer can try again', async () => {
    const host = await renderAndAnalyze();
    fireEvent.click(highlightSwitch());
    await waitFor(() => expect(highlightSwitch().checked).toBe(true));
    await waitFor(() => expect(highlightSwitch().getAttribute('aria-busy')).toBe('false'));
    host.failNext.clearMarks = { kind: 'sync-failed', message: 'Word did not answer.', nextStep: 'Try again in a moment.' };
    fireEvent.click(highlightSwitch());
    await waitFor(() => expect(noticeTitled('The highlights could not be removed')).not.toBeNull());
    expect(highlightSwitch().checked).toBe(true);
  });

  it('is a focusable native switch that keeps keyboard focus while Word works', async () => {
    const host = await renderAndAnalyze();
    const input = highlightSwitch();
    expect(input.tagName).toBe('INPUT');
    input.focus();
    expect(document.activeElement).toBe(input);
    // Space on a focused native checkbox input is a click; the switch must not be disabled (dropping focus) meanwhile.
    fireEvent.click(input);
    expect(input.disabled).toBe(false);
    await waitFor(() => expect(host.calls).toContain(highlightCall));
    expect(document.activeElement).toBe(highlightSwitch());
  });
});

describe('highlight state in the reducer', () => {
  const start = initialPaneState(DEFAULT_SETTINGS, null);

  it('follows the request and lands where the document really is', () => {
    expect(start.highlight).toBe('off');
    const turningOn = paneReducer(start, { type: 'highlightRequested', on: true });
    expect(turningOn.highlight).toBe('turning-on');
    expect(paneReducer(turningOn, { type: 'highlightSucceeded', on: true }).highlight).toBe('on');
    expect(paneReducer(turningOn, { type: 'highlightFailed', on: true }).highlight).toBe('off');
    const turningOff = paneReducer({ ...start, highlight: 'on' }, { type: 'highlightRequested', on: false });
    expect(turningOff.highlight).toBe('turning-off');
    expect(paneReducer(turningOff, { type: 'highlightSucceeded', on: false }).highlight).toBe('off');
    expect(paneReducer(turningOff, { type: 'highlightFailed', on: false }).highlight).toBe('on');
  });

  it('keeps requested highlights across a new analysis, since they stay in the document until switched off', () => {
    expect(paneReducer({ ...start, highlight: 'on' }, { type: 'analysisStarted' }).highlight).toBe('on');
  });
});
