// The triage controls above the findings: filters by severity, category and status, how many are shown, open or
// close every card, and Previous / Next issue (Alt+Up / Alt+Down). Plain data and callbacks only.
import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { ArrowDown16Regular, ArrowUp16Regular } from '@fluentui/react-icons';
import { CATEGORY_LABELS } from '../../engine/labels';
import type { CategoryId } from '../../engine/types';
import { TEST_IDS } from '../testIds';
import { isFiltered, NO_FILTER, TRIAGE_STATUS_WORDS, type SeverityFilter, type TriageFilter, type TriageStatus } from '../triage/triage';

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(90px, 1fr))', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  field: { minWidth: '0' },
  select: { minWidth: '0', width: '100%' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
});

const SEVERITY_OPTIONS: readonly [SeverityFilter, string][] = [
  ['all', 'All'],
  ['high', 'High'],
  ['medium', 'Medium'],
  ['low', 'Low'],
  ['protections', 'Protections'],
  ['review', 'For review'],
];
const STATUS_OPTIONS = ['open', 'redlined', 'accepted', 'dismissed'] as const satisfies readonly TriageStatus[];

interface TriageBarProps {
  readonly filter: TriageFilter;
  readonly categories: readonly CategoryId[];
  readonly shown: number;
  readonly total: number;
  readonly allExpanded: boolean;
  readonly onFilter: (filter: TriageFilter) => void;
  readonly onExpandAll: (expand: boolean) => void;
  readonly onStep: (step: 1 | -1) => void;
  /** "Issue 3 of 12", announced when Next or Previous moves. */
  readonly position: string;
}

export function TriageBar({ filter, categories, shown, total, allExpanded, onFilter, onExpandAll, onStep, position }: TriageBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="group" aria-label="Triage the findings" data-testid={TEST_IDS.triageBar}>
      <div className={styles.filters}>
        <Field label="Severity" className={styles.field}>
          <Select className={styles.select} value={filter.severity} onChange={(_e, data) => onFilter({ ...filter, severity: data.value as SeverityFilter })} data-testid={TEST_IDS.filterSeverity}>
            {SEVERITY_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Category" className={styles.field}>
          <Select className={styles.select} value={filter.category} onChange={(_e, data) => onFilter({ ...filter, category: data.value as CategoryId | 'all' })} data-testid={TEST_IDS.filterCategory}>
            <option value="all">All</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {CATEGORY_LABELS[category]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Status" className={styles.field}>
          <Select className={styles.select} value={filter.status} onChange={(_e, data) => onFilter({ ...filter, status: data.value as TriageStatus | 'all' })} data-testid={TEST_IDS.filterStatus}>
            <option value="all">All</option>
            {STATUS_OPTIONS.map((status) => (
              <option key={status} value={status}>
                {TRIAGE_STATUS_WORDS[status]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.row}>
        <Button size="small" icon={<ArrowUp16Regular />} aria-keyshortcuts="Alt+ArrowUp" onClick={() => onStep(-1)} disabled={shown === 0} data-testid={TEST_IDS.previousIssue}>
          Previous
        </Button>
        <Button size="small" icon={<ArrowDown16Regular />} aria-keyshortcuts="Alt+ArrowDown" onClick={() => onStep(1)} disabled={shown === 0} data-testid={TEST_IDS.nextIssue}>
          Next issue
        </Button>
        <Button size="small" appearance="subtle" onClick={() => onExpandAll(!allExpanded)} disabled={shown === 0}>
          {allExpanded ? 'Collapse all' : 'Expand all'}
        </Button>
        {isFiltered(filter) && (
          <Button size="small" appearance="subtle" onClick={() => onFilter(NO_FILTER)}>
            Clear filters
          </Button>
        )}
      </div>
      <Text size={200} role="status">
        {[isFiltered(filter) ? `Showing ${shown} of ${total} findings.` : `${total} findings.`, position].filter(Boolean).join(' ')}
      </Text>
    </div>
  );
}
