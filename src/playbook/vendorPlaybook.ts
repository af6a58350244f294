// The vendor-side playbook (`vendor` mode): the vendor's positions on the customer's paper, one issue per overreaching
// restriction and per term the service relies on. Pure data: must not import Office, React, the DOM or Node.
import { VENDOR_AGGREGATE_BAN_ISSUE, VENDOR_AGGREGATE_RIGHT_ISSUE } from './vendor/aggregates';
import { VENDOR_AUDIT_LIMITS_ISSUE, VENDOR_UNLIMITED_AUDIT_ISSUE } from './vendor/audit';
import { VENDOR_OVERBROAD_NO_TRAINING_ISSUE, VENDOR_SECURITY_CARVE_OUT_ISSUE } from './vendor/carveOut';
import { VENDOR_MODEL_DELETION_ISSUE, VENDOR_PRIOR_MODELS_ISSUE } from './vendor/models';
import type { Playbook } from './schema';

export const VENDOR_PLAYBOOK: Playbook = {
  version: 1,
  name: 'AI Data Terms vendor-side playbook',
  mode: 'vendor',
  issues: [
    VENDOR_OVERBROAD_NO_TRAINING_ISSUE,
    VENDOR_AGGREGATE_BAN_ISSUE,
    VENDOR_MODEL_DELETION_ISSUE,
    VENDOR_UNLIMITED_AUDIT_ISSUE,
    VENDOR_SECURITY_CARVE_OUT_ISSUE,
    VENDOR_AGGREGATE_RIGHT_ISSUE,
    VENDOR_PRIOR_MODELS_ISSUE,
    VENDOR_AUDIT_LIMITS_ISSUE,
  ],
};
