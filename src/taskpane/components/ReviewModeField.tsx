// The review-mode choice: whose side the analysis, the posture and the playbook take. Plain data and callbacks only.
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { REVIEW_MODES, type ReviewMode } from '../../engine/types';
import { TEST_IDS } from '../testIds';

const LABELS: Record<ReviewMode, string> = {
  customer: 'The customer, reviewing a vendor’s agreement (default)',
  vendor: 'The vendor, reviewing the customer’s paper',
  dua: 'The data holder, reviewing a data-use agreement for model training',
};

const isMode = (value: string): value is ReviewMode => (REVIEW_MODES as readonly string[]).includes(value);

export function ReviewModeField({ mode, onChange }: { readonly mode: ReviewMode; readonly onChange: (mode: ReviewMode) => void }) {
  return (
    <Field label="You review for" hint="Each side has its own findings, posture and playbook. Analyse again after changing it.">
      <RadioGroup value={mode} data-testid={TEST_IDS.reviewMode} onChange={(_event, data) => isMode(data.value) && onChange(data.value)}>
        {REVIEW_MODES.map((value) => (
          <Radio key={value} value={value} label={LABELS[value]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
