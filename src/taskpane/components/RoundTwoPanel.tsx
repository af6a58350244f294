// "Their changes": when the document holds tracked changes by others, how many touch AI and data terms and what they
// do, and "Review their changes" to answer each one (Accept / Reject / Counter from WordApi 1.6, Go to clause always).
// Plain data and callbacks, through useRoundTwo; must not name Office or Word.
import { useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import { Button, Card, Field, makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import type { RedlinePlan } from '../../engine/types';
import type { Playbook } from '../../playbook/schema';
import { useRoundTwo, type RoundTwoAnswer } from '../hooks/useRoundTwo';
import { plural } from '../plural';
import { counterFor, roundTwoList, type EFFECT_WORDS, type RoundTwoItem } from '../roundTwo/roundTwoItems';
import type { AnalysisPhase, PaneAction } from '../state/paneState';
import { TEST_IDS } from '../testIds';
import { RoundTwoItemCard } from './RoundTwoItemCard';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  done: { marginTop: '0', marginBottom: '0', paddingLeft: tokens.spacingHorizontalXL },
  select: { minWidth: '0', width: '100%' },
});

interface RoundTwoPanelProps {
  readonly ready: Extract<AnalysisPhase, { kind: 'ready' }>;
  /** Redlines this pane inserted: their author is us, not the other side. */
  readonly applied: readonly RedlinePlan[];
  /** Authors already known to be us. */
  readonly ourAuthors: readonly string[];
  readonly playbook: Playbook;
  readonly dispatch: Dispatch<PaneAction>;
}

export function RoundTwoPanel({ ready, applied, ourAuthors, playbook, dispatch }: RoundTwoPanelProps) {
  const styles = useStyles();
  const level = Number(ready.capabilities.apiLevel);
  // From WordApi 1.4 finding the changed paragraphs is cheap, so the pane looks by itself; below, on request.
  const roundTwo = useRoundTwo(level >= 1.4, dispatch);
  const [open, setOpen] = useState(false);
  const [author, setAuthor] = useState('all');
  // Counter redlines go in through round two, not through the findings: they are ours too.
  const [countered, setCountered] = useState<readonly RedlinePlan[]>([]);
  const status = useRef<HTMLDivElement>(null);
  const { phase } = roundTwo;
  const list = useMemo(
    () => (phase.kind === 'ready' ? roundTwoList(phase.revised, ready.paragraphs, ready.analysis, ready.labels, playbook, [...applied, ...countered], ourAuthors) : undefined),
    [phase, ready, playbook, applied, countered, ourAuthors],
  );
  useEffect(() => {
    const found = list?.ours.filter((name) => !ourAuthors.includes(name)) ?? [];
    if (found.length > 0) dispatch({ type: 'ourAuthorsFound', names: found });
  }, [dispatch, list, ourAuthors]);
  if (phase.kind === 'idle') {
    return (
      <Card className={styles.card} role="region" aria-label="Their changes" data-testid={TEST_IDS.roundTwo}>
        <Button onClick={() => void roundTwo.read()} data-testid={TEST_IDS.reviewTheirChanges}>
          Look for their tracked changes
        </Button>
      </Card>
    );
  }
  if (phase.kind === 'reading') return <Spinner size="tiny" label="Reading the tracked changes…" />;
  if (phase.kind === 'failed') return <Text>{`Their tracked changes could not be read: ${phase.error.message} ${phase.error.nextStep}`}</Text>;
  if (!list || (list.items.length === 0 && roundTwo.log.length === 0)) return null;
  const shown = list.items.filter((item) => author === 'all' || item.author === author);
  const canAnswer = level >= 1.6;
  const answer = (item: RoundTwoItem, how: RoundTwoAnswer) => {
    const counter = how === 'counter' ? counterFor(item, ready.paragraphs, ready.analysis.terms, playbook) : undefined;
    if (counter?.kind === 'redline') setCountered((plans) => [...plans, counter.plan]);
    void roundTwo.answer(item, how, counter).then(() => status.current?.focus());
  };
  return (
    <Card className={styles.card} role="region" aria-label="Their changes" data-testid={TEST_IDS.roundTwo}>
      <Text as="h2" size={400} weight="semibold">
        Their changes
      </Text>
      <div ref={status} tabIndex={-1} role="status">
        <Text>{summary(list.items, list.otherChanges)}</Text>
      </div>
      {list.items.length > 0 && (
        <Button appearance="primary" aria-expanded={open} onClick={() => setOpen((now) => !now)} data-testid={TEST_IDS.reviewTheirChanges}>
          {open ? 'Hide their changes' : 'Review their changes'}
        </Button>
      )}
      {open && list.items.length > 0 && (
        <div className={styles.list}>
          {list.authors.length > 1 && (
            <Field label="Changes by">
              <Select className={styles.select} value={author} onChange={(_event, data) => setAuthor(data.value)} data-testid={TEST_IDS.changeAuthor}>
                <option value="all">Everyone</option>
                {list.authors.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {!canAnswer && (
            <Text size={200}>
              {`This Word (WordApi ${ready.capabilities.apiLevel}) cannot accept or reject a single change from an add-in; that needs WordApi 1.6. Use Go to clause, then Review › Accept or Reject in Word.`}
            </Text>
          )}
          {shown.map((item) => (
            <RoundTwoItemCard key={item.id} item={item} canAnswer={canAnswer} busy={roundTwo.busy !== null} onAnswer={answer} onGoTo={(target) => void roundTwo.goTo(target)} />
          ))}
        </div>
      )}
      {roundTwo.log.length > 0 && (
        <ul className={styles.done} aria-label="Answered">
          {roundTwo.log.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** How a count of changes reads: "1 adds risk", "2 add risk". */
const COUNT_WORDS: Readonly<Record<keyof typeof EFFECT_WORDS, readonly [string, string]>> = {
  'adds-risk': ['adds risk', 'add risk'],
  'removes-protection': ['removes a protection', 'remove protections'],
  'adds-protection': ['adds a protection', 'add protections'],
  'removes-risk': ['removes a risk', 'remove risks'],
  neutral: ['is neutral', 'are neutral'],
};

function summary(items: readonly RoundTwoItem[], otherChanges: number): string {
  if (items.length === 0) return 'No tracked change left touches AI or data terms.';
  const counts = (Object.keys(COUNT_WORDS) as (keyof typeof COUNT_WORDS)[])
    .map((effect) => [COUNT_WORDS[effect], items.filter((item) => item.effect === effect).length] as const)
    .filter(([, count]) => count > 0)
    .map(([[one, many], count]) => `${count} ${count === 1 ? one : many}`);
  const others = otherChanges === 0 ? '' : otherChanges === 1 ? ' One other change does not touch them.' : ` ${otherChanges} other changes do not.`;
  const touch = items.length === 1 ? 'touches' : 'touch';
  return `${plural(items.length, 'tracked change')} by others ${touch} AI or data terms: ${counts.join(', ')}.${others}`;
}
