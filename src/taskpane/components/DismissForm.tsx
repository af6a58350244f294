// Asks why an item is dismissed, so the issues list and memo record the reason. Plain callbacks only.
import { useState } from 'react';
import { Button, Field, Input, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { TEST_IDS } from '../testIds';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

const REASONS = ['Acceptable for this deal', 'Covered elsewhere in the contract', 'Not relevant to this contract', 'Other'] as const;

interface DismissFormProps {
  readonly onDismiss: (reason: string) => void;
  readonly onCancel: () => void;
}

export function DismissForm({ onDismiss, onCancel }: DismissFormProps) {
  const styles = useStyles();
  const [reason, setReason] = useState<string>(REASONS[0]);
  const [other, setOther] = useState('');
  const needsText = reason === 'Other';
  const finalReason = needsText ? other.trim() : reason;
  return (
    <form
      className={styles.form}
      aria-label="Dismiss with a reason"
      onSubmit={(event) => {
        event.preventDefault();
        if (finalReason) onDismiss(finalReason);
      }}
    >
      <Field label="Reason for dismissing">
        <RadioGroup value={reason} onChange={(_event, data) => setReason(data.value)}>
          {REASONS.map((option) => (
            <Radio key={option} value={option} label={option} />
          ))}
        </RadioGroup>
      </Field>
      {needsText && (
        <Field label="Your reason" required>
          <Input value={other} onChange={(_event, data) => setOther(data.value)} />
        </Field>
      )}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={!finalReason} data-testid={TEST_IDS.dismissConfirm}>
          Dismiss
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
