// The storage key for settings: prefixed with Office's partition key where Office partitions storage (Word on the
// web), so two add-in instances do not share or overwrite each other's settings. Pure.
export const SETTINGS_KEY = 'ai-data-terms:settings:v1';

export function settingsStorageKey(partitionKey: string | undefined): string {
  return partitionKey ? `${partitionKey}${SETTINGS_KEY}` : SETTINGS_KEY;
}
