// One finding: category and severity, the quoted clause with trigger words, why it matters, what to ask, and the
// controls to go to it, redline it or dismiss it. Plain data and callbacks only; must not reach the host.
import { memo } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Card, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { CATEGORY_LABELS } from '../../engine/labels';
import type { Finding } from '../../engine/types';
import type { PlaybookIssue } from '../../playbook/schema';
import { lookFor, PROTECTIVE_LOOK, SEVERITY_LOOK } from '../severityTokens';
import type { ItemStatus } from '../state/paneState';
import { TEST_IDS } from '../testIds';
import type { ItemActions } from './itemActions';
import { QuoteText } from './QuoteText';
import { RedlineControls } from './RedlineControls';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, borderLeftWidth: tokens.strokeWidthThickest, borderLeftStyle: 'solid' },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  goTo: { alignSelf: 'flex-start' },
  list: { marginTop: '0', marginBottom: '0', paddingLeft: tokens.spacingHorizontalXL },
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS },
});

const useAccentStyles = makeStyles({
  high: { borderLeftColor: SEVERITY_LOOK.high.accent },
  medium: { borderLeftColor: SEVERITY_LOOK.medium.accent },
  low: { borderLeftColor: SEVERITY_LOOK.low.accent },
  protective: { borderLeftColor: PROTECTIVE_LOOK.accent },
});

interface FindingCardProps {
  readonly finding: Finding;
  readonly issue: PlaybookIssue | undefined;
  readonly status: ItemStatus | undefined;
  readonly actions: ItemActions;
}

/** Memoised: a long contract has hundreds of cards, and only the one acted on should re-render. */
export const FindingCard = memo(function FindingCard({ finding, issue, status, actions }: FindingCardProps) {
  const styles = useStyles();
  const accents = useAccentStyles();
  const look = lookFor(finding.stance, finding.severity);
  const label = CATEGORY_LABELS[finding.category];
  return (
    <Card
      className={mergeClasses(styles.card, accents[finding.stance === 'protective' ? 'protective' : finding.stance === 'neutral' ? 'low' : finding.severity])}
      data-testid={TEST_IDS.findingCard}
      data-category={finding.category}
      data-severity={finding.severity}
      data-stance={finding.stance}
      data-status={status?.kind ?? 'open'}
      role="article"
      aria-label={`${look.label}: ${label}, paragraph ${finding.paragraph + 1}`}
    >
      <div className={styles.header}>
        <Badge appearance="filled" color={look.badgeColor}>
          {look.label}
        </Badge>
        <Text weight="semibold">{label}</Text>
        <Text size={200}>{`¶ ${finding.paragraph + 1}`}</Text>
      </div>
      <QuoteText finding={finding} />
      <Accordion multiple collapsible>
        <AccordionItem value="why">
          <AccordionHeader size="small">Why it matters</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <Text>{finding.explanation}</Text>
            {issue && finding.stance === 'risk' && <Text>{issue.risk}</Text>}
            {issue && finding.stance === 'risk' && <Text italic>{`Walk-away point: ${issue.walkAway}`}</Text>}
          </AccordionPanel>
        </AccordionItem>
        {issue && (
          <AccordionItem value="ask">
            <AccordionHeader size="small">Ask the vendor</AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list}>
                {issue.questions.map((question) => (
                  <li key={question}>{question}</li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        )}
      </Accordion>
      <Button className={styles.goTo} size="small" onClick={() => actions.goTo(finding)} data-testid={TEST_IDS.goToClause} aria-label={`Go to clause in paragraph ${finding.paragraph + 1}`}>
        Go to clause
      </Button>
      {finding.stance === 'risk' && <RedlineControls target={finding} issue={issue} status={status} actions={actions} insertLabel="Insert as tracked change" />}
    </Card>
  );
});
