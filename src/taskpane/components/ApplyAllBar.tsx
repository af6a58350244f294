// "Apply all preferred positions" with a confirmation that lists exactly what will change and what is skipped.
// Plain data and callbacks only; must not reach the host.
import { useMemo, useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Text, tokens } from '@fluentui/react-components';
import { CATEGORY_LABELS, PROTECTION_LABELS } from '../../engine/labels';
import type { Analysis, Paragraph, RedlinePlan } from '../../engine/types';
import type { Playbook } from '../../playbook/schema';
import type { CommentAudience } from '../../host/documentHost';
import { applyAllPlans, type ApplyAllSelection, type PlannedItem } from '../applyAllPlans';
import { itemKey } from '../itemKey';
import { plural } from '../plural';
import type { ItemStatus } from '../state/paneState';
import { TEST_IDS } from '../testIds';

const useStyles = makeStyles({
  list: { marginTop: tokens.spacingVerticalXS, marginBottom: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalXL },
});

interface ApplyAllBarProps {
  readonly playbook: Playbook;
  readonly paragraphs: readonly Paragraph[];
  /** Plans this pane has already put into the document. */
  readonly applied: readonly RedlinePlan[];
  readonly analysis: Analysis;
  readonly items: Readonly<Record<string, ItemStatus>>;
  readonly canInsert: boolean;
  readonly comment: CommentAudience;
  readonly onApply: (planned: readonly PlannedItem[]) => void;
  /** The contract's own name for a paragraph ("3.3"). */
  readonly locate: (paragraph: number) => string;
}

const EMPTY: ApplyAllSelection = { planned: [], skipped: [] };

const COMMENT_WORDS: Record<CommentAudience, string> = {
  none: 'No comments will be added.',
  internal: 'Each change gets an internal comment marked [Internal] (for your file; Settings › Remove internal comments deletes them before sending).',
  external: 'Each change gets an external comment addressed to the vendor.',
};

export function ApplyAllBar({ playbook, paragraphs, applied, analysis, items, canInsert, comment, onApply, locate }: ApplyAllBarProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  // Planning every item is the expensive part on a long contract, so it waits until the dialog opens.
  const selection = useMemo(
    () => (open ? applyAllPlans(playbook, analysis, paragraphs, items, applied) : EMPTY),
    [open, playbook, analysis, paragraphs, items, applied],
  );
  const count = selection.planned.length;
  const anyOpen = [...analysis.findings.filter((finding) => finding.stance === 'risk'), ...analysis.missing].some((target) => items[itemKey(target)] === undefined);
  if (!anyOpen) return null;
  return (
    <Dialog open={open} onOpenChange={(_event, data) => setOpen(data.open)}>
      <Button appearance="secondary" disabled={!canInsert} onClick={() => setOpen(true)} data-testid={TEST_IDS.applyAll}>
        Apply all preferred positions…
      </Button>
      <DialogSurface aria-describedby="apply-all-description">
        <DialogBody>
          <DialogTitle>{`Insert ${plural(count, 'tracked change')}?`}</DialogTitle>
          <DialogContent id="apply-all-description">
            <Text>The preferred playbook position will be inserted as tracked changes for:</Text>
            <ul className={styles.list}>
              {[...selection.planned].sort(byPlace).map((item) => (
                <li key={item.key}>{describe(item, locate)}</li>
              ))}
            </ul>
            {selection.skipped.length > 0 && (
              <>
                <Text>Left as they are:</Text>
                <ul className={styles.list}>
                  {selection.skipped.map((entry) => (
                    <li key={'id' in entry.target ? entry.target.id : entry.target.category}>{`${labelOf(entry.target)}, ${locate(paragraphOf(entry.target))}: ${entry.reason}`}</li>
                  ))}
                </ul>
              </>
            )}
            <Text block>{COMMENT_WORDS[comment]} Nothing is accepted for you: every change can be rejected in Word under Review.</Text>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button
              appearance="primary"
              disabled={count === 0}
              data-testid={TEST_IDS.confirmApplyAll}
              onClick={() => {
                setOpen(false);
                onApply(selection.planned);
              }}
            >
              {`Insert ${plural(count, 'change')}`}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function describe(item: PlannedItem, locate: (paragraph: number) => string): string {
  const where = item.plan.kind === 'inserted-paragraph' ? `new clause after ${locate(item.plan.paragraph)}` : locate(item.plan.paragraph);
  const how = item.plan.kind === 'sentence' ? ' (whole sentence replaced)' : '';
  return `${item.issueTitle}: ${where}${how}`;
}

/** Document order reads more naturally in a confirmation than severity order. */
function byPlace(a: PlannedItem, b: PlannedItem): number {
  return a.plan.paragraph - b.plan.paragraph;
}

function labelOf(target: PlannedItem['target']): string {
  return 'id' in target ? CATEGORY_LABELS[target.category] : PROTECTION_LABELS[target.category];
}

function paragraphOf(target: PlannedItem['target']): number {
  return 'id' in target ? target.paragraph : target.insertAfterParagraph;
}
