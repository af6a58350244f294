// Protections the contract lacks, each with what it is for, where the clause would go, and "Insert clause".
// Plain data and callbacks only; must not reach the host.
import { Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { PROTECTION_LABELS } from '../../engine/labels';
import type { MissingProtection } from '../../engine/types';
import type { Playbook } from '../../playbook/schema';
import { itemKey } from '../itemKey';
import { issueForTarget } from '../playbookLookup';
import type { ItemStatus } from '../state/paneState';
import { TEST_IDS } from '../testIds';
import type { ItemActions } from './itemActions';
import { RedlineControls } from './RedlineControls';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { marginTop: tokens.spacingVerticalS, marginBottom: '0' },
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

interface MissingListProps {
  readonly missing: readonly MissingProtection[];
  readonly items: Readonly<Record<string, ItemStatus>>;
  readonly playbook: Playbook;
  readonly actions: ItemActions;
}

export function MissingList({ missing, items, playbook, actions }: MissingListProps) {
  const styles = useStyles();
  if (missing.length === 0) return null;
  return (
    <section className={styles.section} aria-label="Missing protections">
      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {`Missing protections (${missing.length})`}
      </Text>
      {missing.map((gap) => {
        const status = items[itemKey(gap)];
        return (
          <Card
            key={gap.category}
            className={styles.card}
            data-testid={TEST_IDS.missingProtection}
            data-category={gap.category}
            data-status={status?.kind ?? 'open'}
            role="article"
            aria-label={`Missing: ${PROTECTION_LABELS[gap.category]}`}
          >
            <Text weight="semibold">{PROTECTION_LABELS[gap.category]}</Text>
            <Text>{gap.explanation}</Text>
            <Text size={200}>{`It belongs after ${actions.locate(gap.insertAfterParagraph)}.`}</Text>
            <RedlineControls target={gap} issue={issueForTarget(playbook, gap)} status={status} actions={actions} insertLabel="Insert clause" />
          </Card>
        );
      })}
    </section>
  );
}
