// The summary on top of the results: the posture in one sentence, risk counts by severity, missing protections.
// Plain data only; must not reach the host.
import { Badge, Card, makeStyles, Text, tokens } from '@fluentui/react-components';
import { PROTECTION_LABELS } from '../../engine/labels';
import { summarizePosture } from '../../engine/posture';
import type { Analysis, ReviewMode } from '../../engine/types';
import { plural } from '../plural';
import { SEVERITY_ORDER } from '../severityOrder';
import { SEVERITY_LOOK } from '../severityTokens';
import type { ItemStatus } from '../state/paneState';
import { TEST_IDS } from '../testIds';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  posture: { marginTop: '0', marginBottom: '0' },
  counts: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  list: { marginTop: '0', marginBottom: '0', paddingLeft: tokens.spacingHorizontalXL },
});

interface SummaryCardProps {
  readonly analysis: Analysis;
  readonly items: Readonly<Record<string, ItemStatus>>;
  /** The mode the analysis was made in: the vendor and the data holder are told how to read the findings. */
  readonly mode: ReviewMode;
}

const MODE_NOTES: Partial<Record<ReviewMode, string>> = {
  vendor: 'You review for the vendor: each risk is a restriction that goes further than the service can accept, and the positions are the vendor’s.',
  dua: 'You review a data-use agreement for the data holder: training the named model is the purpose; the risks are uses, disclosure and retention beyond it.',
};

export function SummaryCard({ analysis, items, mode }: SummaryCardProps) {
  const styles = useStyles();
  const risks = analysis.findings.filter((finding) => finding.stance === 'risk');
  const protections = analysis.findings.length - risks.length;
  const statuses = Object.values(items);
  const redlined = statuses.filter((status) => status.kind === 'applied' || status.kind === 'redlined').length;
  const accepted = statuses.filter((status) => status.kind === 'accepted').length;
  const dismissed = statuses.filter((status) => status.kind === 'dismissed').length;
  return (
    <Card className={styles.card} data-testid={TEST_IDS.summary} role="region" aria-label="Summary">
      <Text as="h2" size={400} weight="semibold" className={styles.posture}>
        {summarizePosture(analysis)}
      </Text>
      <div className={styles.counts} aria-label="Risks by severity">
        {SEVERITY_ORDER.map((severity) => (
          <Badge key={severity} appearance="tint" color={SEVERITY_LOOK[severity].badgeColor} data-severity={severity}>
            {SEVERITY_LOOK[severity].label}: {risks.filter((finding) => finding.severity === severity).length}
          </Badge>
        ))}
        <Badge appearance="tint" color="success">
          Protections found: {protections}
        </Badge>
      </div>
      {analysis.missing.length > 0 ? (
        <div>
          <Text weight="semibold">{`Missing ${plural(analysis.missing.length, 'protection')}:`}</Text>
          <ul className={styles.list}>
            {analysis.missing.map((gap) => (
              <li key={gap.category}>{PROTECTION_LABELS[gap.category]}</li>
            ))}
          </ul>
        </div>
      ) : (
        <Text>No standard protection is missing.</Text>
      )}
      {redlined + accepted + dismissed > 0 && <Text size={200}>{`Done so far: ${redlined} redlined, ${accepted} accepted as is, ${dismissed} dismissed.`}</Text>}
      {MODE_NOTES[mode] && (
        <Text size={200} italic data-testid={TEST_IDS.modeNote}>
          {MODE_NOTES[mode]}
        </Text>
      )}
    </Card>
  );
}
