// The findings, grouped by severity and then category; protections already in the contract come last.
// Plain data and callbacks only; must not reach the host.
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { CATEGORY_LABELS } from '../../engine/labels';
import type { CategoryId, Finding } from '../../engine/types';
import type { Playbook } from '../../playbook/schema';
import { itemKey } from '../itemKey';
import { issueForTarget } from '../playbookLookup';
import { plural } from '../plural';
import { SEVERITY_ORDER } from '../severityOrder';
import { SEVERITY_LOOK } from '../severityTokens';
import type { ItemStatus } from '../state/paneState';
import { FindingCard } from './FindingCard';
import type { ItemActions } from './itemActions';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  heading: { marginTop: tokens.spacingVerticalS, marginBottom: '0' },
  subheading: { marginTop: '0', marginBottom: '0', color: tokens.colorNeutralForeground2 },
});

interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly items: Readonly<Record<string, ItemStatus>>;
  readonly playbook: Playbook;
  readonly actions: ItemActions;
}

export function FindingsList({ findings, items, playbook, actions }: FindingsListProps) {
  const styles = useStyles();
  const risks = findings.filter((finding) => finding.stance === 'risk');
  const protections = findings.filter((finding) => finding.stance === 'protective');
  const renderGroup = (group: readonly Finding[]) =>
    byCategory(group).map(([category, members]) => (
      <div key={category} className={styles.group} role="group" aria-label={CATEGORY_LABELS[category]}>
        <Text as="h4" size={300} weight="semibold" className={styles.subheading}>
          {`${CATEGORY_LABELS[category]} (${members.length})`}
        </Text>
        {members.map((finding) => (
          <FindingCard key={finding.id} finding={finding} issue={issueForTarget(playbook, finding)} status={items[itemKey(finding)]} actions={actions} />
        ))}
      </div>
    ));
  return (
    <>
      {risks.length === 0 && <Text>No clause lets the vendor use your data for AI in a way the playbook flags.</Text>}
      {SEVERITY_ORDER.map((severity) => {
        const group = risks.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={styles.section} aria-label={SEVERITY_LOOK[severity].label}>
            <Text as="h3" size={400} weight="semibold" className={styles.heading}>
              {`${SEVERITY_LOOK[severity].label}: ${plural(group.length, 'finding')}`}
            </Text>
            {renderGroup(group)}
          </section>
        );
      })}
      {protections.length > 0 && (
        <section className={styles.section} aria-label="Protections already in the contract">
          <Text as="h3" size={400} weight="semibold" className={styles.heading}>
            {`Protections already in the contract (${protections.length})`}
          </Text>
          {renderGroup(protections)}
        </section>
      )}
    </>
  );
}

/** Categories in order of first appearance, so the list follows the contract. */
function byCategory(findings: readonly Finding[]): [CategoryId, Finding[]][] {
  const groups = new Map<CategoryId, Finding[]>();
  for (const finding of findings) groups.set(finding.category, [...(groups.get(finding.category) ?? []), finding]);
  return [...groups.entries()];
}
