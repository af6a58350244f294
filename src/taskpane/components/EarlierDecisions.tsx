// Decisions in the record whose clause this analysis no longer finds (redlined and since accepted, or rewritten):
// listed so nothing decided disappears silently. Plain data only; must not reach the host.
import { useMemo } from 'react';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { Decision } from '../../negotiation/decisionRecord';
import { CATEGORY_LABELS, PROTECTION_LABELS } from '../../engine/labels';
import type { Analysis, CategoryId, ProtectionId } from '../../engine/types';
import { unmatchedDecisions } from '../decisions/paneDecisions';
import { POSITION_NAMES } from '../positionNames';
import { TEST_IDS } from '../testIds';
import { TRIAGE_STATUS_WORDS } from '../triage/triage';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  heading: { marginTop: tokens.spacingVerticalS, marginBottom: '0' },
  list: { marginTop: '0', marginBottom: '0', paddingLeft: tokens.spacingHorizontalXL },
});

export function EarlierDecisions({ analysis, decisions }: { readonly analysis: Analysis; readonly decisions: readonly Decision[] }) {
  const styles = useStyles();
  const earlier = useMemo(() => unmatchedDecisions(analysis, decisions), [analysis, decisions]);
  if (earlier.length === 0) return null;
  return (
    <section className={styles.section} aria-label="Earlier decisions" data-testid={TEST_IDS.earlierDecisions}>
      <Text as="h3" size={400} weight="semibold" className={styles.heading}>
        {`Earlier decisions not found in the text now (${earlier.length})`}
      </Text>
      <Text size={200}>The clause was changed beyond recognition, or the issue was resolved (a redline accepted).</Text>
      <ul className={styles.list}>
        {earlier.map((decision) => (
          <li key={decision.fingerprint}>{describe(decision)}</li>
        ))}
      </ul>
    </section>
  );
}

function describe(decision: Decision): string {
  const missing = decision.fingerprint.endsWith(':missing');
  const label = missing ? `Missing: ${PROTECTION_LABELS[decision.category as ProtectionId] ?? decision.category}` : (CATEGORY_LABELS[decision.category as CategoryId] ?? decision.category);
  const where = decision.clause ?? `¶ ${decision.paragraph + 1}`;
  const how = decision.status === 'redlined' && decision.position ? ` (${POSITION_NAMES[decision.position]})` : decision.reason ? `: ${decision.reason}` : '';
  return `${where} – ${label}: ${TRIAGE_STATUS_WORDS[decision.status === 'open' ? 'open' : decision.status]}${how}`;
}
