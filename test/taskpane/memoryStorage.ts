// An in-memory StorageLike for settings tests, optionally throwing on every access like blocked browser storage.
import type { StorageLike } from '../../src/taskpane/settings/settingsStore';

export function memoryStorage(initial: Record<string, string> = {}, blocked = false): StorageLike & { readonly data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  const guard = () => {
    if (blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    data,
    getItem: (key) => (guard(), data.get(key) ?? null),
    setItem: (key, value) => {
      guard();
      data.set(key, value);
    },
    removeItem: (key) => {
      guard();
      data.delete(key);
    },
  };
}
