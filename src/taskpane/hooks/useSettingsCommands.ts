// Commands for the settings panel: change settings, import, export and reset the playbook, each saved to storage.
// An invalid import never replaces the playbook in use. Must not name Office or Word.
import { useCallback, type Dispatch } from 'react';
import { playbookModeMismatch } from '../../playbook/modePlaybooks';
import { parsePlaybookText } from '../../playbook/parsePlaybook';
import type { Playbook } from '../../playbook/schema';
import { downloadText } from '../browser/download';
import { playbookInUse } from '../playbookInUse';
import { saveSettings, type PaneSettings, type StorageLike } from '../settings/settingsStore';
import type { PaneAction } from '../state/paneState';

export interface SettingsCommands {
  readonly changeSettings: (settings: PaneSettings) => void;
  readonly importPlaybook: (text: string) => void;
  readonly exportPlaybook: () => void;
  readonly resetPlaybook: () => void;
}

interface Persistence {
  readonly storage: StorageLike | null;
  readonly storageKey: string;
  readonly settings: PaneSettings;
  readonly customPlaybook: Playbook | null;
}

export function useSettingsCommands(dispatch: Dispatch<PaneAction>, persistence: Persistence): SettingsCommands {
  const { storage, storageKey, settings, customPlaybook } = persistence;
  const save = useCallback(
    (nextSettings: PaneSettings, nextPlaybook: Playbook | null) => {
      const problem = saveSettings(storage, storageKey, nextSettings, nextPlaybook);
      if (problem) {
        dispatch({ type: 'noticeShown', notice: { id: 'settings:save', intent: 'warning', title: 'Settings not saved', message: problem, nextStep: 'Nothing else to do; the pane keeps working with these settings until closed.' } });
      }
    },
    [dispatch, storage, storageKey],
  );
  const changeSettings = useCallback(
    (next: PaneSettings) => {
      dispatch({ type: 'settingsChanged', settings: next });
      save(next, customPlaybook);
    },
    [customPlaybook, dispatch, save],
  );
  const importPlaybook = useCallback(
    (text: string) => {
      const parsed = parsePlaybookText(text);
      if (!parsed.ok) {
        dispatch({ type: 'playbookRejected', problems: parsed.issues });
        return;
      }
      // A playbook for another review mode would find none of this mode's categories: refuse it and say which mode.
      const mismatch = playbookModeMismatch(parsed.playbook, settings.mode);
      if (mismatch) {
        dispatch({ type: 'playbookRejected', problems: [{ path: 'mode', message: mismatch }] });
        return;
      }
      dispatch({ type: 'playbookImported', playbook: parsed.playbook });
      save(settings, parsed.playbook);
    },
    [dispatch, save, settings],
  );
  const exportPlaybook = useCallback(() => {
    const playbook = playbookInUse(customPlaybook, settings.mode);
    const name = settings.mode === 'customer' ? 'ai-data-terms-playbook.json' : `ai-data-terms-${settings.mode}-playbook.json`;
    downloadText(name, 'application/json', `${JSON.stringify(playbook, null, 2)}\n`);
  }, [customPlaybook, settings.mode]);
  const resetPlaybook = useCallback(() => {
    dispatch({ type: 'playbookReset' });
    save(settings, null);
  }, [dispatch, save, settings]);
  return { changeSettings, importPlaybook, exportPlaybook, resetPlaybook };
}
