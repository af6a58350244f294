// The findings, grouped by severity and then category; protections already in the contract come last.
// Plain data and callbacks only; must not reach the host.
import { useState } from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
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
  more: { alignSelf: 'flex-start' },
  heading: { marginTop: tokens.spacingVerticalS, marginBottom: '0' },
  subheading: { marginTop: '0', marginBottom: '0', color: tokens.colorNeutralForeground2 },
});

/**
 * Cards shown per section, and added per "Show more": a long contract can have thousands of findings, and rendering
 * them all at once would freeze the pane for seconds. The most severe sections come first.
 */
export const CARDS_PER_SECTION = 30;

interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly items: Readonly<Record<string, ItemStatus>>;
  readonly playbook: Playbook;
  readonly actions: ItemActions;
  readonly cardsPerSection?: number;
}

export function FindingsList({ findings, items, playbook, actions, cardsPerSection = CARDS_PER_SECTION }: FindingsListProps) {
  const styles = useStyles();
  const [shownBySection, setShownBySection] = useState<Readonly<Record<string, number>>>({});
  const risks = findings.filter((finding) => finding.stance === 'risk');
  const protections = findings.filter((finding) => finding.stance === 'protective');
  const forReview = findings.filter((finding) => finding.stance === 'neutral');
  const renderSection = (section: string, group: readonly Finding[]) => {
    const limit = shownBySection[section] ?? cardsPerSection;
    const shown = group.slice(0, limit);
    const hidden = group.length - shown.length;
    const next = Math.min(hidden, cardsPerSection);
    return (
      <>
        {renderGroup(shown)}
        {hidden > 0 && (
          <Button className={styles.more} onClick={() => setShownBySection((counts) => ({ ...counts, [section]: limit + cardsPerSection }))}>
            {`Show ${next} more (${hidden} not shown yet)`}
          </Button>
        )}
      </>
    );
  };
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
            {renderSection(severity, group)}
          </section>
        );
      })}
      {protections.length > 0 && (
        <section className={styles.section} aria-label="Protections already in the contract">
          <Text as="h3" size={400} weight="semibold" className={styles.heading}>
            {`Protections already in the contract (${protections.length})`}
          </Text>
          {renderSection('protections', protections)}
        </section>
      )}
      {forReview.length > 0 && (
        <section className={styles.section} aria-label="Terms to read, neither risk nor protection">
          <Text as="h3" size={400} weight="semibold" className={styles.heading}>
            {`For review (${forReview.length})`}
          </Text>
          {renderSection('review', forReview)}
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
