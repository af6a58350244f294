// Settings storage: what loads is either validated data or the defaults with a notice; the pane never trusts storage.
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from '../../src/taskpane/settings/settingsStore';
import { CUSTOM_PLAYBOOK } from './fixtures/customPlaybook';
import { memoryStorage } from './memoryStorage';

const KEY = 'partition-1ai-data-terms:settings:v1';

describe('loadSettings', () => {
  it('gives the defaults silently when nothing is stored or storage is unavailable', () => {
    expect(loadSettings(memoryStorage(), KEY)).toEqual({ settings: DEFAULT_SETTINGS, customPlaybook: null, notice: null });
    expect(loadSettings(null, KEY)).toEqual({ settings: DEFAULT_SETTINGS, customPlaybook: null, notice: null });
  });

  it('reviews for the customer with internal comments by default', () => {
    expect(DEFAULT_SETTINGS).toEqual({ mode: 'customer', commentAudience: 'internal' });
  });

  it.each([
    ['customer', 'customer'],
    ['vendor', 'vendor'],
  ] as const)('reads settings saved before review modes: side "%s" becomes the %s mode, silently', (side, mode) => {
    const stored = { version: 1, settings: { side, commentAudience: 'external' } };
    expect(loadSettings(memoryStorage({ [KEY]: JSON.stringify(stored) }), KEY)).toEqual({ settings: { mode, commentAudience: 'external' }, customPlaybook: null, notice: null });
  });

  it('falls back to the defaults with a notice when the stored value is not JSON', () => {
    const loaded = loadSettings(memoryStorage({ [KEY]: '{"version":1,"settings":' }), KEY);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.customPlaybook).toBeNull();
    expect(loaded.notice).toMatch(/not valid JSON/);
  });

  it.each([
    ['a misspelt key', { version: 1, settings: { mode: 'customer', commentAudience: 'internal', modee: 'vendor' } }],
    ['an unknown mode', { version: 1, settings: { mode: 'lawyer', commentAudience: 'internal' } }],
    ['an unknown side', { version: 1, settings: { side: 'lawyer', commentAudience: 'internal' } }],
    ['a future version', { version: 2, settings: DEFAULT_SETTINGS }],
    ['a bare array', []],
  ])('falls back to the defaults with a notice for %s', (_case, stored) => {
    const loaded = loadSettings(memoryStorage({ [KEY]: JSON.stringify(stored) }), KEY);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice).toMatch(/format this version does not recognise/);
  });

  it('keeps valid settings but drops a stored playbook that no longer validates, and says so', () => {
    const broken = { ...CUSTOM_PLAYBOOK, issues: [{ ...CUSTOM_PLAYBOOK.issues[0], positions: [] }] };
    const stored = { version: 1, settings: { mode: 'vendor', commentAudience: 'external' }, customPlaybook: broken };
    const loaded = loadSettings(memoryStorage({ [KEY]: JSON.stringify(stored) }), KEY);
    expect(loaded.settings).toEqual({ mode: 'vendor', commentAudience: 'external' });
    expect(loaded.customPlaybook).toBeNull();
    expect(loaded.notice).toMatch(/custom playbook is no longer valid/);
  });

  it('reports blocked storage instead of throwing', () => {
    const loaded = loadSettings(memoryStorage({}, true), KEY);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notice).toMatch(/could not be read/);
  });
});

describe('saveSettings', () => {
  it('round-trips settings and a custom playbook under the given key only', () => {
    const storage = memoryStorage();
    expect(saveSettings(storage, KEY, { mode: 'dua', commentAudience: 'none' }, CUSTOM_PLAYBOOK)).toBeNull();
    expect([...storage.data.keys()]).toEqual([KEY]);
    expect(loadSettings(storage, KEY)).toEqual({ settings: { mode: 'dua', commentAudience: 'none' }, customPlaybook: CUSTOM_PLAYBOOK, notice: null });
    expect(loadSettings(storage, 'other-partition')).toEqual({ settings: DEFAULT_SETTINGS, customPlaybook: null, notice: null });
  });

  it('omits the playbook when the default is in use', () => {
    const storage = memoryStorage();
    saveSettings(storage, KEY, DEFAULT_SETTINGS, null);
    expect(JSON.parse(storage.data.get(KEY) ?? '')).toEqual({ version: 1, settings: DEFAULT_SETTINGS });
  });

  it('returns a sentence for the user when the write fails', () => {
    expect(saveSettings(memoryStorage({}, true), KEY, DEFAULT_SETTINGS, null)).toMatch(/could not be saved/);
  });
});
