// Each review mode's built-in playbook, and which mode a playbook serves (old files without "mode" serve the customer).
// Pure data: must not import Office, React, the DOM or Node.
import type { ReviewMode } from '../engine/types';
import { DEFAULT_PLAYBOOK } from './defaultPlaybook';
import { DUA_PLAYBOOK } from './duaPlaybook';
import type { Playbook } from './schema';
import { VENDOR_PLAYBOOK } from './vendorPlaybook';

const DEFAULTS: Readonly<Record<ReviewMode, Playbook>> = { customer: DEFAULT_PLAYBOOK, vendor: VENDOR_PLAYBOOK, dua: DUA_PLAYBOOK };

export function defaultPlaybookFor(mode: ReviewMode): Playbook {
  return DEFAULTS[mode];
}

export function playbookMode(playbook: Playbook): ReviewMode {
  return playbook.mode ?? 'customer';
}

/** How each mode is named to the user, in messages and in the pane. */
export const MODE_DESCRIPTIONS: Readonly<Record<ReviewMode, string>> = {
  customer: 'the customer, reviewing a vendor’s agreement',
  vendor: 'the vendor, reviewing the customer’s paper',
  dua: 'the data holder, reviewing a data-use agreement for model training',
};

/** Empty when the playbook serves `mode`; otherwise the sentence that says why it cannot be used and what to do. */
export function playbookModeMismatch(playbook: Playbook, mode: ReviewMode): string | undefined {
  const serves = playbookMode(playbook);
  if (serves === mode) return undefined;
  return (
    `The playbook "${playbook.name}" is for ${MODE_DESCRIPTIONS[serves]} (mode "${serves}"), but this review is for ` +
    `${MODE_DESCRIPTIONS[mode]} (mode "${mode}"). Switch the review mode to "${serves}" first, or use a playbook ` +
    `whose "mode" is "${mode}".`
  );
}
