// Lists why an imported playbook was refused: each bad field's dotted path and what to change.
// Plain data only; must not reach the host.
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { PlaybookProblem } from '../../playbook/parsePlaybook';
import { plural } from '../plural';
import { TEST_IDS } from '../testIds';

const useStyles = makeStyles({
  list: { marginTop: tokens.spacingVerticalXS, marginBottom: '0', paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  path: { fontFamily: tokens.fontFamilyMonospace },
});

export function PlaybookProblems({ problems }: { readonly problems: readonly PlaybookProblem[] }) {
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" data-testid={TEST_IDS.playbookError}>
      <MessageBarBody>
        <MessageBarTitle>{`The playbook was not imported (${plural(problems.length, 'problem')})`}</MessageBarTitle>
        The playbook in use has not changed. Fix these fields in the file and import it again:
        <ul className={styles.list}>
          {problems.map((problem, index) => (
            <li key={index}>
              <span className={styles.path}>{problem.path || '(whole file)'}</span>: {problem.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
