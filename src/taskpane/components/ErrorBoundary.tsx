// Catches a bug in the pane's own code and shows what to do, instead of a blank pane. The document is untouched.
// Must not name Office or Word.
import { Component, type ReactNode } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { TEST_IDS } from '../testIds';

interface State {
  readonly message: string | null;
}

export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" data-testid={TEST_IDS.messageBar}>
        <MessageBarBody>
          <MessageBarTitle>The add-in hit an internal error</MessageBarTitle>
          Your document was not changed. Close and reopen the pane, then analyse again. Details: {this.state.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
}
