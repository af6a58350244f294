// Shows what was done with an item: being inserted, inserted (and how), redlined earlier, accepted as is or dismissed
// (and why), or failed.
// Plain data and callbacks only; must not reach the host.
import { useEffect, useRef } from 'react';
import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type { RedlinePlan } from '../../engine/types';
import type { ApplyOutcome } from '../../host/documentHost';
import { POSITION_NAMES } from '../positionNames';
import type { ItemStatus } from '../state/paneState';
import { TEST_IDS } from '../testIds';

const useStyles = makeStyles({
  line: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  done: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

const MODE_WORDS: Record<ApplyOutcome['mode'], string> = {
  'word-level': 'Inserted as word-level tracked changes.',
  sentence: 'Inserted as a whole-sentence tracked change.',
  'inserted-paragraph': 'Inserted as a new paragraph, tracked.',
  ooxml: 'Inserted as revision markup (this Word cannot switch on tracking for add-ins); check it under Review.',
};

/** Why a redline went in as it did, when that differs from word-by-word edits. */
function modeReason(plan: RedlinePlan, outcome: ApplyOutcome): string | null {
  if (plan.kind === 'sentence') return 'Most of the sentence changes, so it was replaced whole to keep the redline readable.';
  if (plan.kind === 'word-level' && outcome.mode === 'sentence') return 'Word could not place the word-level edits exactly, so the whole sentence was replaced instead.';
  return null;
}

interface ItemStatusLineProps {
  readonly status: ItemStatus;
  readonly onRestore: () => void;
  /** Set when the user's own click replaced the button they were on, so keyboard focus is not lost to the page top. */
  readonly takeFocus?: boolean;
}

export function ItemStatusLine({ status, onRestore, takeFocus = false }: ItemStatusLineProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <div ref={ref} tabIndex={-1} className={styles.line} role="status" data-testid={TEST_IDS.itemStatus} data-status={status.kind}>
      {render(status, styles, onRestore)}
    </div>
  );
}

function render(status: ItemStatus, styles: ReturnType<typeof useStyles>, onRestore: () => void) {
  switch (status.kind) {
    case 'applying':
      return <Spinner size="tiny" label="Inserting the tracked change…" />;
    case 'applied':
      return (
        <>
          <Text weight="semibold" className={styles.done}>{`Done: ${POSITION_NAMES[status.positionId]} position inserted.`}</Text>
          <Text size={200}>{[MODE_WORDS[status.outcome.mode], modeReason(status.plan, status.outcome)].filter(Boolean).join(' ')}</Text>
          {status.outcome.note && <Text size={200}>{status.outcome.note}</Text>}
          {!status.outcome.verified && <Text size={200}>Word did not read back the exact planned wording; check the paragraph.</Text>}
        </>
      );
    case 'redlined':
      return (
        <>
          <Text weight="semibold" className={styles.done}>{`Redlined earlier: ${POSITION_NAMES[status.positionId]} position.`}</Text>
          <Text size={200}>The decision record in this document says so; the tracked change is in the document until someone accepts or rejects it.</Text>
          <Button size="small" appearance="subtle" onClick={onRestore}>
            Reopen
          </Button>
        </>
      );
    case 'accepted':
    case 'dismissed':
      return (
        <>
          <Text>{`${status.kind === 'accepted' ? 'Accepted as is' : 'Dismissed'}: ${status.reason}`}</Text>
          <Button size="small" appearance="subtle" onClick={onRestore}>
            {status.kind === 'accepted' ? 'Reopen' : 'Undo dismiss'}
          </Button>
        </>
      );
    case 'failed':
      return <Text className={styles.failed}>{`Not inserted: ${status.error.message} ${status.error.nextStep}`}</Text>;
  }
}
