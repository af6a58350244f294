// "Apply all preferred positions": a checklist of the document's review plan before anything changes (untick, another
// position, the wording of an inserted clause), then exactly the ticked items as tracked changes.
// Plain data and callbacks only; must not reach the host.
import { useMemo, useRef, useState } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, Text, tokens } from '@fluentui/react-components';
import { CATEGORY_LABELS, PROTECTION_LABELS } from '../../engine/labels';
import type { Analysis, Paragraph, RedlinePlan } from '../../engine/types';
import type { Playbook, PositionId } from '../../playbook/schema';
import type { CommentAudience } from '../../host/documentHost';
import { applyAllPlans, NO_CHOICES, type ApplyAllSelection, type ChecklistChoices, type ChecklistRow, type PlannedItem } from '../applyAllPlans';
import { itemKey } from '../itemKey';
import { plural } from '../plural';
import type { ItemStatus } from '../state/paneState';
import { TEST_IDS } from '../testIds';
import { ApplyAllChecklist, type ChecklistEntry } from './ApplyAllChecklist';

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

const EMPTY: ApplyAllSelection = { planned: [], skipped: [], rows: [] };

const COMMENT_WORDS: Record<CommentAudience, string> = {
  none: 'No comments will be added.',
  internal: 'Each change gets an internal comment marked [Internal] (for your file; Settings › Remove internal comments deletes them before sending).',
  external: 'Each change gets an external comment addressed to the vendor.',
};

export function ApplyAllBar({ playbook, paragraphs, applied, analysis, items, canInsert, comment, onApply, locate }: ApplyAllBarProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [choices, setChoices] = useState<ChecklistChoices>(NO_CHOICES);
  const [drafts, setDrafts] = useState<Readonly<Record<string, string>>>({});
  // Planning every item is the expensive part on a long contract, so it waits until the dialog opens; every change of
  // a tick, a position or a clause's wording rebuilds the whole review, so merged edits stay coherent.
  const plan = (with_: ChecklistChoices) => applyAllPlans(playbook, analysis, paragraphs, items, applied, with_);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const selection = useMemo(() => (open ? plan(choices) : EMPTY), [open, choices, playbook, analysis, paragraphs, items, applied]);
  // An unticked row keeps its place in the list, as it last read, so it can be ticked again.
  const seen = useRef(new Map<string, ChecklistRow>());
  for (const row of selection.rows) seen.current.set(row.key, row);
  const entries = checklistEntries(selection.rows, seen.current, choices, drafts);
  const count = selection.planned.length;
  const blank = entries.some((entry) => entry.ticked && entry.draft !== undefined && entry.draft.trim() === '');
  const anyOpen = [...analysis.findings.filter((finding) => finding.stance === 'risk'), ...analysis.missing].some((target) => items[itemKey(target)] === undefined);
  if (!anyOpen) return null;
  const choose = (key: string, value: PositionId | 'skip' | undefined) => {
    const { [key]: _previous, ...rest } = choices.perItem;
    setChoices({ ...choices, perItem: value === undefined ? rest : { ...rest, [key]: value } });
  };
  const commitWording = (row: ChecklistRow) => {
    const draft = drafts[row.key];
    if (draft === undefined || draft.trim() === '' || draft === choices.wording[row.key]) return;
    setChoices({ ...choices, wording: { ...choices.wording, [row.key]: draft.trim() } });
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(_event, data) => {
        setOpen(data.open);
        setChoices(NO_CHOICES);
        setDrafts({});
        seen.current.clear();
      }}
    >
      <Button appearance="secondary" disabled={!canInsert} onClick={() => setOpen(true)} data-testid={TEST_IDS.applyAll}>
        Apply all preferred positions…
      </Button>
      <DialogSurface aria-describedby="apply-all-description">
        <DialogBody>
          <DialogTitle>{`Insert ${plural(count, 'tracked change')}?`}</DialogTitle>
          <DialogContent>
            <Text block id="apply-all-description">
              Each ticked item is inserted as a tracked change, exactly as shown. Untick what you want to leave, or choose another position.
            </Text>
            <ApplyAllChecklist
              entries={entries}
              locate={locate}
              onTick={(row, ticked) => choose(row.key, ticked ? undefined : 'skip')}
              onPosition={(row, position) => choose(row.key, position === 'preferred' ? undefined : position)}
              onDraft={(row, text) => setDrafts({ ...drafts, [row.key]: text })}
              onWording={commitWording}
            />
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
              disabled={count === 0 || blank}
              data-testid={TEST_IDS.confirmApplyAll}
              onClick={() => {
                setOpen(false);
                // Rebuilt with every draft, even one whose box still has focus: the apply writes what the list shows.
                onApply(plan(withDrafts(choices, drafts)).planned);
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

function withDrafts(choices: ChecklistChoices, drafts: Readonly<Record<string, string>>): ChecklistChoices {
  const typed = Object.entries(drafts).filter(([, text]) => text.trim() !== '');
  return { ...choices, wording: { ...choices.wording, ...Object.fromEntries(typed.map(([key, text]) => [key, text.trim()])) } };
}

/** The ticked rows of the plan and the unticked ones as last seen, in document order. */
function checklistEntries(
  rows: readonly ChecklistRow[],
  seen: ReadonlyMap<string, ChecklistRow>,
  choices: ChecklistChoices,
  drafts: Readonly<Record<string, string>>,
): ChecklistEntry[] {
  const unticked = Object.entries(choices.perItem).flatMap(([key, choice]) => {
    const row = choice === 'skip' ? seen.get(key) : undefined;
    return row ? [row] : [];
  });
  const at = (row: ChecklistRow) => row.place + (row.kind === 'insert' ? 0.5 : 0);
  return [...rows, ...unticked]
    .sort((a, b) => at(a) - at(b))
    .map((row) => ({
      row,
      ticked: choices.perItem[row.key] !== 'skip',
      ...(row.wording !== undefined ? { draft: drafts[row.key] ?? row.wording } : {}),
    }));
}

function labelOf(target: PlannedItem['target']): string {
  return 'id' in target ? CATEGORY_LABELS[target.category] : PROTECTION_LABELS[target.category];
}

function paragraphOf(target: PlannedItem['target']): number {
  return 'id' in target ? target.paragraph : target.insertAfterParagraph;
}
