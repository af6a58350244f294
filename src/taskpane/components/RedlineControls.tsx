// The redline controls shared by finding and missing-protection cards: position picker, preview, comment choice,
// insert, accept as is, dismiss, and the state that shows what was done. Plain data and callbacks only; must not reach the host.
import { useMemo, useState } from 'react';
import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import type { RedlinePlan } from '../../engine/types';
import type { CommentAudience } from '../../host/documentHost';
import type { PlaybookIssue, PositionId } from '../../playbook/schema';
import type { PaneTarget } from '../itemKey';
import { POSITION_NAMES } from '../positionNames';
import type { ItemStatus } from '../state/paneState';
import { TEST_IDS } from '../testIds';
import { ReasonForm, type ReasonKind } from './ReasonForm';
import type { ItemActions } from './itemActions';
import { ItemStatusLine } from './ItemStatusLine';
import { RedlinePreview } from './RedlinePreview';

const useStyles = makeStyles({
  controls: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: '0' },
  // Long position labels must not push the picker wider than a 320 px pane.
  field: { minWidth: '0' },
  select: { minWidth: '0', maxWidth: '100%', width: '100%' },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

interface RedlineControlsProps {
  readonly target: PaneTarget;
  readonly issue: PlaybookIssue | undefined;
  readonly status: ItemStatus | undefined;
  readonly actions: ItemActions;
  readonly insertLabel: string;
}

export function RedlineControls({ target, issue, status, actions, insertLabel }: RedlineControlsProps) {
  const styles = useStyles();
  const [positionId, setPositionId] = useState<PositionId>('preferred');
  const [comment, setComment] = useState<CommentAudience>(actions.commentsAvailable ? actions.defaultComment : 'none');
  const [deciding, setDeciding] = useState<ReasonKind | null>(null);
  const [acted, setActed] = useState(false);
  const done = status !== undefined && status.kind !== 'failed';
  const planned = useMemo(() => (issue && !done ? actions.plan(target, positionId) : null), [actions, done, issue, positionId, target]);
  if (status && status.kind !== 'failed') {
    return (
      <ItemStatusLine
        status={status}
        takeFocus={acted}
        onRestore={() => {
          setActed(false);
          actions.restore(target);
        }}
      />
    );
  }
  if (!issue || !planned) {
    return <Text size={200}>The playbook in use has no position for this issue, so there is nothing to insert.</Text>;
  }
  return (
    <div className={styles.controls}>
      {status?.kind === 'failed' && <ItemStatusLine status={status} onRestore={() => actions.restore(target)} />}
      <Field label="Position" className={styles.field}>
        <Select className={styles.select} value={positionId} onChange={(_event, data) => setPositionId(data.value as PositionId)} data-testid={TEST_IDS.positionPicker}>
          {issue.positions.map((position) => (
            <option key={position.id} value={position.id}>{`${POSITION_NAMES[position.id]}: ${position.label}`}</option>
          ))}
        </Select>
      </Field>
      {planned.kind === 'planned' && <RedlinePreview plan={planned.plan} place={actions.locate(planned.plan.paragraph)} />}
      {planned.kind === 'failed' && <Text>{planned.message}</Text>}
      <Field label="Add comment" className={styles.field} hint={actions.commentsAvailable ? undefined : 'Comments are not available in this version of Word.'}>
        <Select
          className={styles.select}
          value={comment}
          disabled={!actions.commentsAvailable}
          onChange={(_event, data) => setComment(data.value as CommentAudience)}
          data-testid={TEST_IDS.commentChoice}
        >
          <option value="none">No comment</option>
          <option value="internal">Internal comment (for your file)</option>
          <option value="external">External comment (for the vendor)</option>
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button
          appearance="primary"
          disabled={!actions.canInsert || planned.kind !== 'planned'}
          onClick={() => {
            setActed(true);
            actions.apply(target, positionId, comment);
          }}
          data-testid={'id' in target ? TEST_IDS.insertTrackedChange : TEST_IDS.insertClause}
        >
          {insertLabel}
        </Button>
        {!actions.canInsert && planned.kind === 'planned' && (
          <Button onClick={() => actions.copyClause(clauseText(planned.plan))} data-testid={TEST_IDS.copyClause}>
            Copy clause
          </Button>
        )}
        <Button appearance="subtle" aria-expanded={deciding === 'accept'} onClick={() => setDeciding((open) => (open === 'accept' ? null : 'accept'))} data-testid={TEST_IDS.acceptAsIs}>
          Accept as is
        </Button>
        <Button appearance="subtle" aria-expanded={deciding === 'dismiss'} onClick={() => setDeciding((open) => (open === 'dismiss' ? null : 'dismiss'))} data-testid={TEST_IDS.dismiss}>
          Dismiss
        </Button>
      </div>
      {deciding && (
        <ReasonForm
          kind={deciding}
          confirmTestId={deciding === 'accept' ? TEST_IDS.acceptConfirm : TEST_IDS.dismissConfirm}
          onConfirm={(reason) => {
            setDeciding(null);
            setActed(true);
            (deciding === 'accept' ? actions.accept : actions.dismiss)(target, reason);
          }}
          onCancel={() => setDeciding(null)}
        />
      )}
    </div>
  );
}

/** The wording to paste by hand: the new clause, or the whole paragraph as it should read after the redline. */
function clauseText(plan: RedlinePlan): string {
  return plan.kind === 'inserted-paragraph' ? plan.newParagraphs.join('\n') : plan.targetText;
}
