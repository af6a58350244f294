// One finding: a one-line header (severity, category, clause, status, the quote's first words) that opens the card to
// the quoted clause with its trigger words, what it allows, why it matters, what to ask, and the controls to go to it,
// redline it, accept it or dismiss it. Plain data and callbacks only; must not reach the host.
import { forwardRef, memo } from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Card, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { CATEGORY_LABELS } from '../../engine/labels';
import type { ContractTerms, Finding } from '../../engine/types';
import type { PlaybookIssue } from '../../playbook/schema';
import { cardText, firstWords } from '../explain/cardText';
import { displayText } from '../explain/displayText';
import { lookFor, PROTECTIVE_LOOK, SEVERITY_LOOK } from '../severityTokens';
import type { ItemStatus } from '../state/paneState';
import { TEST_IDS } from '../testIds';
import { TRIAGE_STATUS_WORDS, triageStatus } from '../triage/triage';
import type { ItemActions } from './itemActions';
import { QuoteText } from './QuoteText';
import { RedlineControls } from './RedlineControls';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, borderLeftWidth: tokens.strokeWidthThickest, borderLeftStyle: 'solid' },
  toggle: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    rowGap: tokens.spacingVerticalXXS,
    width: '100%',
    minWidth: '0',
    paddingLeft: '0',
    paddingRight: '0',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  excerpt: { color: tokens.colorNeutralForeground2, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontStyle: 'italic' },
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
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
  readonly terms: ContractTerms;
  readonly expanded: boolean;
  readonly onToggle: (id: string) => void;
}

/** Memoised: a long contract has hundreds of cards, and only the one acted on should re-render. */
export const FindingCard = memo(
  forwardRef<HTMLDivElement, FindingCardProps>(function FindingCard({ finding, issue, status, actions, terms, expanded, onToggle }, ref) {
    const styles = useStyles();
    const accents = useAccentStyles();
    const look = lookFor(finding.stance, finding.severity);
    const label = CATEGORY_LABELS[finding.category];
    const where = actions.locate(finding.paragraph);
    const bodyId = `finding-body-${finding.id}`;
    const decided = finding.stance === 'risk' ? triageStatus(status) : 'open';
    return (
      <Card
        ref={ref}
        tabIndex={-1}
        className={mergeClasses(styles.card, accents[finding.stance === 'protective' ? 'protective' : finding.stance === 'neutral' ? 'low' : finding.severity])}
        data-testid={TEST_IDS.findingCard}
        data-finding-id={finding.id}
        data-category={finding.category}
        data-severity={finding.severity}
        data-stance={finding.stance}
        data-status={status?.kind ?? 'open'}
        data-paragraph={finding.paragraph}
        data-expanded={expanded}
        role="article"
        aria-label={`${look.label}: ${label}, ${clauseWords(where)}`}
      >
        <Button
          appearance="transparent"
          className={styles.toggle}
          aria-expanded={expanded}
          aria-controls={expanded ? bodyId : undefined}
          onClick={() => onToggle(finding.id)}
          data-testid={TEST_IDS.cardToggle}
        >
          <span className={styles.header}>
            {expanded ? <ChevronDown16Regular aria-hidden /> : <ChevronRight16Regular aria-hidden />}
            <Badge appearance="filled" color={look.badgeColor}>
              {look.label}
            </Badge>
            <Text weight="semibold">{label}</Text>
            <Text size={200}>{where}</Text>
            {decided !== 'open' && (
              <Badge appearance="outline" color="informative">
                {TRIAGE_STATUS_WORDS[decided]}
              </Badge>
            )}
          </span>
          {!expanded && <Text size={200} className={styles.excerpt}>{`“${displayText(firstWords(finding.quote))}”`}</Text>}
        </Button>
        {expanded && <CardBody id={bodyId} finding={finding} issue={issue} status={status} actions={actions} terms={terms} where={where} />}
      </Card>
    );
  }),
);

function CardBody({ id, finding, issue, status, actions, terms, where }: Omit<FindingCardProps, 'expanded' | 'onToggle'> & { readonly id: string; readonly where: string }) {
  const styles = useStyles();
  const text = cardText(finding, issue, terms);
  return (
    <div id={id} className={styles.body}>
      <QuoteText finding={finding} />
      <Text>{text.allows}</Text>
      <Accordion multiple collapsible>
        <AccordionItem value="why">
          <AccordionHeader size="small">Why it matters</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <Text>{text.why}</Text>
            {text.walkAway && <Text italic>{`Walk-away point: ${text.walkAway}`}</Text>}
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="ask">
          <AccordionHeader size="small">Ask the vendor</AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {text.questions.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <Button className={styles.goTo} size="small" onClick={() => actions.goTo(finding)} data-testid={TEST_IDS.goToClause} aria-label={`Go to ${clauseWords(where)}`}>
        Go to clause
      </Button>
      {finding.stance === 'risk' && <RedlineControls target={finding} issue={issue} status={status} actions={actions} insertLabel="Insert as tracked change" />}
    </div>
  );
}

/** "clause 3.3" for a number, the label itself otherwise ("“Usage Data” definition", "¶ 4"). */
export function clauseWords(where: string): string {
  return /^[\d(]/.test(where) ? `clause ${where}` : where;
}
