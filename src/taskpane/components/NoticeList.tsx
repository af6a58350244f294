// Shows notices as Fluent MessageBars: what is wrong, then what to do next, with a re-analyse action where useful.
// Plain data and callbacks only; must not reach the host.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarGroup, MessageBarTitle } from '@fluentui/react-components';
import { Dismiss20Regular } from '@fluentui/react-icons';
import type { Notice } from '../state/paneState';
import { TEST_IDS } from '../testIds';

interface NoticeListProps {
  readonly notices: readonly Notice[];
  readonly onDismiss: (id: string) => void;
  readonly onReanalyze: () => void;
  readonly reanalyzeDisabled: boolean;
}

export function NoticeList({ notices, onDismiss, onReanalyze, reanalyzeDisabled }: NoticeListProps) {
  if (notices.length === 0) return null;
  return (
    <MessageBarGroup animate="exit-only">
      {notices.map((notice) => (
        <MessageBar key={notice.id} intent={notice.intent} layout="multiline" data-testid={TEST_IDS.messageBar} data-notice={notice.id}>
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            <div>
              {notice.message}
              {notice.nextStep ? ` ${notice.nextStep}` : ''}
            </div>
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label={`Dismiss: ${notice.title}`} icon={<Dismiss20Regular />} onClick={() => onDismiss(notice.id)} />
            }
          >
            {notice.action === 'reanalyze' ? (
              <Button onClick={onReanalyze} disabled={reanalyzeDisabled}>
                Analyse again
              </Button>
            ) : null}
          </MessageBarActions>
        </MessageBar>
      ))}
    </MessageBarGroup>
  );
}
