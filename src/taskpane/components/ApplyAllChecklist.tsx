// The Apply all checklist: one row per item of the review plan (clause, issue, the redline or the inserted clause),
// each ticked by default, with its position and, for an inserted clause, its wording. Plain data and callbacks only.
import { useId } from 'react';
import { Checkbox, Field, makeStyles, Select, Text, Textarea, tokens } from '@fluentui/react-components';
import type { PositionId } from '../../playbook/schema';
import type { ChecklistRow } from '../applyAllPlans';
import { POSITION_NAMES } from '../positionNames';
import { TEST_IDS } from '../testIds';
import { RedlinePreview } from './RedlinePreview';

const useStyles = makeStyles({
  list: { listStyleType: 'none', marginTop: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS, paddingLeft: '0' },
  row: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  indent: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, paddingLeft: tokens.spacingHorizontalXXL, minWidth: '0' },
  field: { minWidth: '0' },
});

export interface ChecklistEntry {
  readonly row: ChecklistRow;
  readonly ticked: boolean;
  /** The wording in the box (the lawyer's draft, or the playbook's). */
  readonly draft?: string;
}

interface ApplyAllChecklistProps {
  readonly entries: readonly ChecklistEntry[];
  readonly locate: (paragraph: number) => string;
  readonly onTick: (row: ChecklistRow, ticked: boolean) => void;
  readonly onPosition: (row: ChecklistRow, position: PositionId) => void;
  readonly onDraft: (row: ChecklistRow, text: string) => void;
  /** The draft is final (the box lost focus): the review is rebuilt with it. */
  readonly onWording: (row: ChecklistRow) => void;
}

export function ApplyAllChecklist(props: ApplyAllChecklistProps) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Changes to insert">
      {props.entries.map((entry) => (
        <ChecklistItem key={entry.row.key} entry={entry} {...props} />
      ))}
    </ul>
  );
}

/** "2.1 · AI training on your data", or "New clause 12.4 · Audit rights". */
export function rowLabel(row: ChecklistRow, locate: (paragraph: number) => string): string {
  if (row.kind === 'edit') return `${locate(row.place)} · ${row.title}`;
  return row.number ? `New clause ${row.number} · ${row.title}` : `New clause after ${locate(row.place)} · ${row.title}`;
}

type ChecklistItemProps = Omit<ApplyAllChecklistProps, 'entries'> & { readonly entry: ChecklistEntry };

function ChecklistItem({ entry, locate, onTick, onPosition, onDraft, onWording }: ChecklistItemProps) {
  const styles = useStyles();
  const { row, ticked, draft } = entry;
  const id = useId();
  const label = rowLabel(row, locate);
  const empty = draft !== undefined && draft.trim() === '';
  return (
    <li className={styles.row} data-testid={TEST_IDS.checklistRow} data-key={row.key} data-ticked={ticked}>
      <Checkbox checked={ticked} label={label} onChange={(_event, data) => onTick(row, data.checked === true)} data-testid={TEST_IDS.checklistTick} />
      {ticked ? (
        <div className={styles.indent} role="group" aria-label={label}>
          {row.positions.length > 1 && (
            <Field label="Position" className={styles.field}>
              <Select value={row.positionId} onChange={(_event, data) => onPosition(row, data.value as PositionId)} data-testid={TEST_IDS.checklistPosition}>
                {row.positions.map((position) => (
                  <option key={position} value={position}>
                    {POSITION_NAMES[position]}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {draft === undefined ? (
            <RedlinePreview plan={row.plan} place={locate(row.place)} />
          ) : (
            <Field
              label={row.number ? `Wording of clause ${row.number}` : 'Wording of the new clause'}
              className={styles.field}
              validationState={empty ? 'error' : 'none'}
              validationMessage={empty ? 'Write the clause, or untick it to leave it out.' : undefined}
            >
              <Textarea
                id={`${id}-wording`}
                value={draft}
                resize="vertical"
                onChange={(_event, data) => onDraft(row, data.value)}
                onBlur={() => onWording(row)}
                data-testid={TEST_IDS.checklistWording}
              />
            </Field>
          )}
        </div>
      ) : (
        <Text size={200} className={styles.indent}>
          Left as it is.
        </Text>
      )}
    </li>
  );
}
