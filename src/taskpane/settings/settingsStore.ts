// Loads and saves the pane's settings and custom playbook in browser storage, validated with zod on every load.
// Corrupt or outdated storage falls back to the defaults with a notice. Must not name Office or Word.
import * as z from 'zod';
import { REVIEW_MODES } from '../../engine/types';
import { parsePlaybook } from '../../playbook/parsePlaybook';
import type { Playbook } from '../../playbook/schema';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const AUDIENCE = z.enum(['none', 'internal', 'external']);
const SettingsSchema = z.strictObject({
  /** The review mode: whose side the analysis, the posture and the playbook take. */
  mode: z.enum(REVIEW_MODES),
  commentAudience: AUDIENCE,
});
export type PaneSettings = z.infer<typeof SettingsSchema>;

/** Saved before review modes: "I act for the vendor" becomes the vendor mode. */
const LegacySettingsSchema = z
  .strictObject({ side: z.enum(['customer', 'vendor']), commentAudience: AUDIENCE })
  .transform(({ side, commentAudience }): PaneSettings => ({ mode: side, commentAudience }));

const StoredSchema = z.strictObject({
  version: z.literal(1),
  settings: z.union([SettingsSchema, LegacySettingsSchema]),
  /** The custom playbook as imported; absent when the default playbook is in use. */
  customPlaybook: z.unknown().optional(),
});

export const DEFAULT_SETTINGS: PaneSettings = { mode: 'customer', commentAudience: 'internal' };

export interface LoadedSettings {
  readonly settings: PaneSettings;
  readonly customPlaybook: Playbook | null;
  /** Said to the user when storage could not be used as it was. */
  readonly notice: string | null;
}

const FRESH: LoadedSettings = { settings: DEFAULT_SETTINGS, customPlaybook: null, notice: null };

export function loadSettings(storage: StorageLike | null, key: string): LoadedSettings {
  if (!storage) return FRESH;
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { ...FRESH, notice: 'Saved settings could not be read (browser storage is blocked), so the defaults are in use. Changes will not be kept after you close the pane.' };
  }
  if (raw === null) return FRESH;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ...FRESH, notice: corruptNotice('they are not valid JSON') };
  }
  const stored = StoredSchema.safeParse(json);
  if (!stored.success) return { ...FRESH, notice: corruptNotice('they are in a format this version does not recognise') };
  if (stored.data.customPlaybook === undefined) return { settings: stored.data.settings, customPlaybook: null, notice: null };
  const playbook = parsePlaybook(stored.data.customPlaybook);
  if (!playbook.ok) {
    return {
      settings: stored.data.settings,
      customPlaybook: null,
      notice: 'Your saved custom playbook is no longer valid, so the default playbook is in use. Import the playbook again to see what needs fixing.',
    };
  }
  return { settings: stored.data.settings, customPlaybook: playbook.playbook, notice: null };
}

/** Returns an error sentence when the write failed (quota, private mode), or null. */
export function saveSettings(storage: StorageLike | null, key: string, settings: PaneSettings, customPlaybook: Playbook | null): string | null {
  if (!storage) return null;
  const value: z.input<typeof StoredSchema> = { version: 1, settings, ...(customPlaybook ? { customPlaybook } : {}) };
  try {
    storage.setItem(key, JSON.stringify(value));
    return null;
  } catch {
    return 'Your settings could not be saved in this browser, so they will apply only until you close the pane.';
  }
}

function corruptNotice(reason: string): string {
  return `Saved settings could not be used because ${reason}. The default settings and playbook are in use; choose your settings again if needed.`;
}
