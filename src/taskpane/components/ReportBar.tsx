// Report actions: copy the issues table, export CSV, open a summary memo where Word can create documents.
// Plain callbacks only; must not reach the host.
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, Copy20Regular, DocumentAdd20Regular } from '@fluentui/react-icons';
import { TEST_IDS } from '../testIds';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

interface ReportBarProps {
  readonly onCopy: () => void;
  readonly onExportCsv: () => void;
  readonly onOpenMemo: () => void;
  readonly canOpenMemo: boolean;
}

export function ReportBar({ onCopy, onExportCsv, onOpenMemo, canOpenMemo }: ReportBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar} role="group" aria-label="Report">
      <Button size="small" icon={<Copy20Regular />} onClick={onCopy} data-testid={TEST_IDS.copyTable}>
        Copy issues table
      </Button>
      <Button size="small" icon={<ArrowDownload20Regular />} onClick={onExportCsv} data-testid={TEST_IDS.exportCsv}>
        Export CSV
      </Button>
      <Button
        size="small"
        icon={<DocumentAdd20Regular />}
        onClick={onOpenMemo}
        disabled={!canOpenMemo}
        data-testid={TEST_IDS.openMemo}
      >
        Open summary memo
      </Button>
      {!canOpenMemo && <Text size={200}>This version of Word cannot open a new document from an add-in; use Copy or Export CSV for the memo.</Text>}
    </div>
  );
}
