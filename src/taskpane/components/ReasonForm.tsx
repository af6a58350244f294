// Asks why an item is dismissed or accepted as it is, so the issues list, the memo and the decision record keep the
// reason. Escape cancels. Plain callbacks only.
import { useState } from 'react';
import { Button, Field, Input, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  buttons: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

export type ReasonKind = 'dismiss' | 'accept';

const FORMS: Readonly<Record<ReasonKind, { readonly title: string; readonly question: string; readonly confirm: string; readonly reasons: readonly string[] }>> = {
  dismiss: {
    title: 'Dismiss with a reason',
    question: 'Reason for dismissing',
    confirm: 'Dismiss',
    reasons: ['Covered elsewhere in the contract', 'Not relevant to this contract', 'Not what the clause says', 'Other'],
  },
  accept: {
    title: 'Accept as it is, with a reason',
    question: 'Why it can stay as it is',
    confirm: 'Accept as is',
    reasons: ['Acceptable for this deal', 'Business sign-off obtained', 'Low-value data only', 'Other'],
  },
};

interface ReasonFormProps {
  readonly kind: ReasonKind;
  readonly onConfirm: (reason: string) => void;
  readonly onCancel: () => void;
  readonly confirmTestId: string;
}

export function ReasonForm({ kind, onConfirm, onCancel, confirmTestId }: ReasonFormProps) {
  const styles = useStyles();
  const form = FORMS[kind];
  const [reason, setReason] = useState<string>(form.reasons[0] ?? 'Other');
  const [other, setOther] = useState('');
  const needsText = reason === 'Other';
  const finalReason = needsText ? other.trim() : reason;
  return (
    <form
      className={styles.form}
      aria-label={form.title}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onCancel();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        if (finalReason) onConfirm(finalReason);
      }}
    >
      <Field label={form.question}>
        <RadioGroup value={reason} onChange={(_event, data) => setReason(data.value)}>
          {form.reasons.map((option) => (
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
        <Button type="submit" appearance="primary" disabled={!finalReason} data-testid={confirmTestId}>
          {form.confirm}
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </form>
  );
}
