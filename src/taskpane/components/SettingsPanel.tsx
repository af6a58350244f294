// Settings: the review mode (whose side you review for), the default comment audience, the playbook (import, export,
// reset), and before the file goes out, removing internal comments and the decision record.
// A rejected import lists each bad field and keeps the playbook in use. Plain data and callbacks only.
import { useId } from 'react';
import { Button, Card, Field, Label, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import type { PlaybookProblem } from '../../playbook/parsePlaybook';
import type { SettingsCommands } from '../hooks/useSettingsCommands';
import type { PaneSettings } from '../settings/settingsStore';
import { readFileText } from '../browser/readFileText';
import { TEST_IDS } from '../testIds';
import { PlaybookProblems } from './PlaybookProblems';
import { ReviewModeField } from './ReviewModeField';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  file: { maxWidth: '100%' },
  importer: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

interface SettingsPanelProps {
  readonly id: string;
  readonly settings: PaneSettings;
  readonly playbookName: string;
  readonly isCustomPlaybook: boolean;
  readonly problems: readonly PlaybookProblem[];
  readonly commands: SettingsCommands;
  /** Strips the decision record from the document before it goes out. */
  readonly onRemoveRecord: () => void;
  /** Deletes the "[Internal]" comments before it goes out. */
  readonly onRemoveInternalComments: () => void;
  readonly onClose: () => void;
}

export function SettingsPanel({ id, settings, playbookName, isCustomPlaybook, problems, commands, onRemoveRecord, onRemoveInternalComments, onClose }: SettingsPanelProps) {
  const styles = useStyles();
  const fileId = useId();
  return (
    <Card id={id} className={styles.card} role="region" aria-label="Settings">
      <Text as="h2" size={400} weight="semibold">
        Settings
      </Text>
      <ReviewModeField mode={settings.mode} onChange={(mode) => commands.changeSettings({ ...settings, mode })} />
      <Field label="Default comment with each redline">
        <RadioGroup
          value={settings.commentAudience}
          onChange={(_event, data) => commands.changeSettings({ ...settings, commentAudience: data.value === 'none' || data.value === 'external' ? data.value : 'internal' })}
        >
          <Radio value="none" label="No comment" />
          <Radio value="internal" label="Internal (for your file)" />
          <Radio value="external" label="External (for the vendor)" />
        </RadioGroup>
      </Field>
      <Text>
        Playbook in use: <Text weight="semibold">{playbookName}</Text>
        {isCustomPlaybook ? ' (imported)' : ' (built in)'}
      </Text>
      <div className={styles.importer}>
        <Label htmlFor={fileId} weight="semibold">
          Import a playbook (JSON file)
        </Label>
        <input
          id={fileId}
          className={styles.file}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${fileId}-hint`}
          data-testid={TEST_IDS.playbookImport}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            readFileText(file).then(
              (text) => commands.importPlaybook(text),
              () => commands.importPlaybook(''),
            );
            // Clear so choosing the same (fixed) file again fires another change.
            input.value = '';
          }}
        />
        <Text id={`${fileId}-hint`} size={200}>
          It is checked before use; if it has errors, the playbook in use stays.
        </Text>
      </div>
      <PlaybookProblems problems={problems} />
      <div className={styles.importer} role="group" aria-labelledby={`${fileId}-sending`}>
        <Text id={`${fileId}-sending`} weight="semibold">
          Before the file goes out
        </Text>
        <Text id={`${fileId}-comments`} size={200}>
          Internal comments start with [Internal]; removing them deletes those comments and nothing else.
        </Text>
        <Button className={styles.file} aria-describedby={`${fileId}-comments`} onClick={onRemoveInternalComments} data-testid={TEST_IDS.removeInternalComments}>
          Remove internal comments
        </Button>
        <Text id={`${fileId}-record`} size={200}>
          The statuses and reasons of this review are kept inside the document, so a colleague who opens it sees them.
        </Text>
        <Button className={styles.file} aria-describedby={`${fileId}-record`} onClick={onRemoveRecord} data-testid={TEST_IDS.removeRecord}>
          Remove the decision record
        </Button>
      </div>
      <div className={styles.buttons}>
        <Button onClick={commands.exportPlaybook} data-testid={TEST_IDS.playbookExport}>
          Export playbook
        </Button>
        <Button onClick={commands.resetPlaybook} disabled={!isCustomPlaybook} data-testid={TEST_IDS.playbookReset}>
          Reset to default playbook
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          Close settings
        </Button>
      </div>
    </Card>
  );
}
