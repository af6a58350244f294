// After an analysis: offers to switch when the document reads as another mode's kind of agreement (a data-use
// agreement read as the customer), and says when the findings shown are for a mode other than the one now chosen.
// Plain data and callbacks only; must not reach the host.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Analysis, ReviewMode } from '../../engine/types';
import { MODE_DESCRIPTIONS } from '../../playbook/modePlaybooks';
import { TEST_IDS } from '../testIds';

interface ModeNoticeProps {
  readonly analysis: Analysis;
  /** The mode chosen in Settings now. */
  readonly mode: ReviewMode;
  readonly busy: boolean;
  readonly onAnalyze: () => void;
  readonly onSwitch: (mode: ReviewMode) => void;
}

const SUGGESTIONS: Partial<Record<ReviewMode, { readonly title: string; readonly message: string; readonly button: string }>> = {
  dua: {
    title: 'This looks like a data-use agreement for model training',
    message: 'Training the model is its purpose, so reviewing it as a vendor’s agreement flags the wrong things.',
    button: 'Review as the data holder',
  },
};

export function ModeNotice({ analysis, mode, busy, onAnalyze, onSwitch }: ModeNoticeProps) {
  const analysed = analysis.mode ?? 'customer';
  if (analysed !== mode) {
    return (
      <MessageBar intent="info" layout="multiline" data-testid={TEST_IDS.modeSuggestion}>
        <MessageBarBody>
          <MessageBarTitle>The findings are for another review mode</MessageBarTitle>
          {`They were made for ${MODE_DESCRIPTIONS[analysed]}. Analyse again to review for ${MODE_DESCRIPTIONS[mode]}.`}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={onAnalyze} disabled={busy}>
            Analyse again
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  const suggested = analysis.suggestedMode;
  const words = suggested && suggested !== mode ? SUGGESTIONS[suggested] : undefined;
  if (!suggested || !words) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={TEST_IDS.modeSuggestion}>
      <MessageBarBody>
        <MessageBarTitle>{words.title}</MessageBarTitle>
        {words.message}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={() => onSwitch(suggested)} disabled={busy} data-testid={TEST_IDS.switchMode}>
          {words.button}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
