// The switch that adds highlight colour to the findings in the document, only when the lawyer turns it on.
// Plain props and a callback; must not reach the host.
import { makeStyles, Switch, Text, tokens, useId } from '@fluentui/react-components';
import type { HighlightState } from '../state/paneState';
import { TEST_IDS } from '../testIds';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: '0' },
  hint: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalS },
});

interface HighlightToggleProps {
  readonly state: HighlightState;
  readonly onChange: (on: boolean) => void;
}

export function HighlightToggle({ state, onChange }: HighlightToggleProps) {
  const styles = useStyles();
  const hintId = useId('highlight-hint');
  const busy = state === 'turning-on' || state === 'turning-off';
  return (
    <div className={styles.group}>
      <Switch
        label="Highlight findings in the document"
        checked={state === 'on' || state === 'turning-on'}
        aria-describedby={hintId}
        aria-busy={busy}
        // Not disabled while Word works, so keyboard focus stays on the switch; repeat presses are ignored instead.
        onChange={(_event, data) => {
          if (!busy) onChange(data.checked);
        }}
        data-testid={TEST_IDS.highlightToggle}
      />
      <Text id={hintId} size={200} className={styles.hint}>
        Adds highlight colour to the clauses; switch off to restore the document&apos;s own highlighting.
      </Text>
    </div>
  );
}
