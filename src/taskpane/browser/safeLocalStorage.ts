// Returns localStorage when the browser lets the pane use it, or null (storage blocked, sandboxed frames), so the
// pane still works without keeping settings. Browser only; must not name Office or Word.
import type { StorageLike } from '../settings/settingsStore';

export function safeLocalStorage(): StorageLike | null {
  try {
    const storage = window.localStorage;
    const probe = '__ai-data-terms-probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}
