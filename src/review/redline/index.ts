// The redline planner's public surface: plan an edit towards a playbook position, and check or apply its ops.
// Pure: must not import Office, React, the DOM or Node.
export { planRedline, WORD_LEVEL_MIN_SIMILARITY } from './planRedline';
export { applyOps, validateOps } from '../../engine/applyOps';
