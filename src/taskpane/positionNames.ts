// How the pane names the rungs of a playbook ladder. Pure: must not import React or Office.
import type { PositionId } from '../playbook/schema';

export const POSITION_NAMES: Readonly<Record<PositionId, string>> = { preferred: 'Preferred', fallback1: 'Fallback 1', fallback2: 'Fallback 2' };
