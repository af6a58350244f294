// The playbook the pane works from, on its own so the first screen loads it without the redline planner (which the
// results, a separate chunk, bring with them). Pure: must not import React or Office.
import type { ReviewMode } from '../engine/types';
import { defaultPlaybookFor, playbookMode } from '../playbook/modePlaybooks';
import type { Playbook } from '../playbook/schema';

/** The imported playbook when it serves `mode`, else the mode's built-in one (an import is kept per mode it serves). */
export function playbookInUse(customPlaybook: Playbook | null, mode: ReviewMode = 'customer'): Playbook {
  return customPlaybook && playbookMode(customPlaybook) === mode ? customPlaybook : defaultPlaybookFor(mode);
}
