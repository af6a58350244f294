// One of the other side's changes: what it does (adds risk, removes a protection…), to which clause, by whom, the
// words inserted or deleted, and Accept, Reject, Counter and Go to clause. Plain data and callbacks only.
import { Badge, Button, Card, makeStyles, Text, tokens, type BadgeProps } from '@fluentui/react-components';
import { CATEGORY_LABELS } from '../../engine/labels';
import type { ChangeEffect } from '../../negotiation/judgeChanges';
import { displayText } from '../explain/displayText';
import type { RoundTwoAnswer } from '../hooks/useRoundTwo';
import { EFFECT_WORDS, type RoundTwoItem } from '../roundTwo/roundTwoItems';
import { REVISION_LOOK } from '../severityTokens';
import { TEST_IDS } from '../testIds';
import { clauseWords } from './FindingCard';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  piece: { marginTop: '0', marginBottom: '0', overflowWrap: 'anywhere' },
  insert: { color: REVISION_LOOK.insertColor, textDecorationLine: 'underline', backgroundColor: 'transparent' },
  delete: { color: REVISION_LOOK.deleteColor, textDecorationLine: 'line-through', backgroundColor: 'transparent' },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

const EFFECT_COLOUR: Readonly<Record<ChangeEffect, NonNullable<BadgeProps['color']>>> = {
  'adds-risk': 'danger',
  'removes-protection': 'danger',
  'adds-protection': 'success',
  'removes-risk': 'success',
  neutral: 'informative',
};

interface RoundTwoItemCardProps {
  readonly item: RoundTwoItem;
  /** WordApi 1.6+: single changes can be accepted and rejected from the pane. */
  readonly canAnswer: boolean;
  readonly busy: boolean;
  readonly onAnswer: (item: RoundTwoItem, answer: RoundTwoAnswer) => void;
  readonly onGoTo: (item: RoundTwoItem) => void;
}

export function RoundTwoItemCard({ item, canAnswer, busy, onAnswer, onGoTo }: RoundTwoItemCardProps) {
  const styles = useStyles();
  const category = item.category ? CATEGORY_LABELS[item.category] : 'AI or data terms';
  const where = clauseWords(item.clause);
  return (
    <Card className={styles.card} role="article" aria-label={`${EFFECT_WORDS[item.effect]}: ${category}, ${where}, by ${item.author}`} data-testid={TEST_IDS.theirChange} data-effect={item.effect} data-paragraph={item.paragraph}>
      <div className={styles.header}>
        <Badge appearance="filled" color={EFFECT_COLOUR[item.effect]}>
          {EFFECT_WORDS[item.effect]}
        </Badge>
        <Text weight="semibold">{category}</Text>
        <Text size={200}>{`${item.clause} · ${item.author}`}</Text>
      </div>
      {item.pieces.map((piece, index) => (
        <p key={index} className={styles.piece}>
          <Text size={200}>{piece.kind === 'delete' ? 'Deleted: ' : 'Inserted: '}</Text>
          {piece.kind === 'delete' ? <del className={styles.delete}>{displayText(piece.text)}</del> : <ins className={styles.insert}>{displayText(piece.text)}</ins>}
        </p>
      ))}
      <div className={styles.buttons}>
        <Button size="small" disabled={!canAnswer || busy} onClick={() => onAnswer(item, 'accept')} data-testid={TEST_IDS.acceptChange}>
          Accept
        </Button>
        <Button size="small" disabled={!canAnswer || busy} onClick={() => onAnswer(item, 'reject')} data-testid={TEST_IDS.rejectChange}>
          Reject
        </Button>
        <Button size="small" appearance="primary" disabled={!canAnswer || busy} onClick={() => onAnswer(item, 'counter')} data-testid={TEST_IDS.counterChange} aria-label={`Counter: reject it and put in our position for ${where}`}>
          Counter
        </Button>
        <Button size="small" appearance="subtle" onClick={() => onGoTo(item)} data-testid={TEST_IDS.goToChange} aria-label={`Go to ${where}`}>
          Go to clause
        </Button>
      </div>
    </Card>
  );
}
