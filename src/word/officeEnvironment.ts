// Waits for Office.js and reports what the task pane needs to boot: theme, storage partition and platform.
// Only src/word may name Office; must not import React or the task pane.

export interface OfficeEnvironment {
  readonly theme: 'light' | 'dark';
  /** Set when Office partitions storage per document host (Word on the web); prefix localStorage keys with it. */
  readonly partitionKey: string | undefined;
  readonly platform: string;
}

export async function officeReady(): Promise<OfficeEnvironment> {
  const info = await Office.onReady();
  const context = Office.context;
  // officeTheme is missing on some hosts (older Mac builds); light is the safe default there.
  const isDark = readIsDarkTheme(context);
  return {
    theme: isDark ? 'dark' : 'light',
    partitionKey: context?.partitionKey || undefined,
    platform: String(info.platform ?? 'unknown'),
  };
}

function readIsDarkTheme(context: Office.Context | undefined): boolean {
  try {
    return context?.officeTheme?.isDarkTheme === true;
  } catch {
    // Reading officeTheme throws on hosts that do not implement it; the pane then uses the light theme.
    return false;
  }
}
