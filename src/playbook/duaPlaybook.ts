// The data-use agreement playbook (`dua` mode), for the data holder: one issue per risk and per protection, in the
// order a reviewer would raise them. Pure data: must not import Office, React, the DOM or Node.
import { DUA_CONFIDENTIALITY_ISSUE, DUA_DATA_DISCLOSURE_ISSUE } from './dua/disclosure';
import { DUA_PURPOSE_LIMIT_ISSUE, DUA_USE_BEYOND_PURPOSE_ISSUE } from './dua/purpose';
import { DUA_MODEL_RELEASE_ISSUE, DUA_NO_REIDENTIFICATION_ISSUE } from './dua/release';
import { DUA_DATA_RETENTION_ISSUE, DUA_DELETION_ISSUE } from './dua/retention';
import { DUA_HUMAN_REVIEW_LIMIT_ISSUE, DUA_PRIVACY_TECHNIQUES_ISSUE } from './dua/safeguards';
import { DUA_SECURITY_ISSUE } from './dua/security';
import type { Playbook } from './schema';

export const DUA_PLAYBOOK: Playbook = {
  version: 1,
  name: 'AI Data Terms data-use agreement playbook (data holder side)',
  mode: 'dua',
  issues: [
    DUA_USE_BEYOND_PURPOSE_ISSUE,
    DUA_DATA_DISCLOSURE_ISSUE,
    DUA_DATA_RETENTION_ISSUE,
    DUA_PURPOSE_LIMIT_ISSUE,
    DUA_CONFIDENTIALITY_ISSUE,
    DUA_HUMAN_REVIEW_LIMIT_ISSUE,
    DUA_PRIVACY_TECHNIQUES_ISSUE,
    DUA_NO_REIDENTIFICATION_ISSUE,
    DUA_DELETION_ISSUE,
    DUA_MODEL_RELEASE_ISSUE,
    DUA_SECURITY_ISSUE,
  ],
};
