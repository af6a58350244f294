// The playbook that ships with the add-in: one issue per risk category and per missing protection, in the order a
// reviewer would raise them. Pure data: must not import Office, React, the DOM or Node.
import { AGGREGATED_DATA_ISSUE } from './default/aggregatedData';
import { AI_TRAINING_ISSUE } from './default/aiTraining';
import { AUDIT_ISSUE } from './default/audit';
import { BROAD_LICENSE_ISSUE } from './default/broadLicense';
import { CONFIDENTIALITY_ISSUE } from './default/confidentiality';
import { DELETION_ISSUE } from './default/deletion';
import { MODEL_PROVIDER_FLOW_DOWN_ISSUE } from './default/modelProviderFlowDown';
import { NO_TRAINING_ISSUE } from './default/noTraining';
import { OUTPUT_OWNERSHIP_ISSUE } from './default/outputOwnership';
import { POLICY_BY_REFERENCE_ISSUE } from './default/policyByReference';
import { SERVICE_IMPROVEMENT_ISSUE } from './default/serviceImprovement';
import { SURVIVAL_RETENTION_ISSUE } from './default/survivalRetention';
import { THIRD_PARTY_AI_ISSUE } from './default/thirdPartyAi';
import type { Playbook } from './schema';

export const DEFAULT_PLAYBOOK: Playbook = {
  version: 1,
  name: 'AI Data Terms default playbook (customer side)',
  mode: 'customer',
  issues: [
    AI_TRAINING_ISSUE,
    SERVICE_IMPROVEMENT_ISSUE,
    AGGREGATED_DATA_ISSUE,
    BROAD_LICENSE_ISSUE,
    OUTPUT_OWNERSHIP_ISSUE,
    SURVIVAL_RETENTION_ISSUE,
    THIRD_PARTY_AI_ISSUE,
    POLICY_BY_REFERENCE_ISSUE,
    NO_TRAINING_ISSUE,
    DELETION_ISSUE,
    AUDIT_ISSUE,
    MODEL_PROVIDER_FLOW_DOWN_ISSUE,
    CONFIDENTIALITY_ISSUE,
  ],
};
