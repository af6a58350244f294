// One key per actionable item (a finding or a missing protection), used for its status in the pane state.
// Pure: must not import React or Office.
import type { Finding, MissingProtection } from '../engine/types';

export type PaneTarget = Finding | MissingProtection;

export function itemKey(target: PaneTarget): string {
  return 'id' in target ? `finding:${target.id}` : `missing:${target.category}`;
}
