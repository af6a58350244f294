// The ordered table of every detection rule. Order matters only within a category: the first rule that fires for a
// category in a sentence decides the finding's stance and severity (risks are listed before their protective twins).
import type { Rule } from './ruleTypes';
import { TRAINING_RULES } from './table/training';
import { IMPROVEMENT_RULES } from './table/improvement';
import { DATA_RIGHTS_RULES } from './table/dataRights';
import { FREED_RULES } from './table/freedFromConfidentiality';
import { OUTPUT_RULES } from './table/outputs';
import { RETENTION_RULES } from './table/retention';
import { SHARING_RULES } from './table/sharing';
import { PROVIDER_ROW_RULES } from './table/providerRows';
import { PROTECTION_RULES } from './table/protections';
import { CONTROL_RULES } from './table/controls';

export const RULE_TABLE: readonly Rule[] = [
  ...TRAINING_RULES,
  ...IMPROVEMENT_RULES,
  ...DATA_RIGHTS_RULES,
  ...FREED_RULES,
  ...OUTPUT_RULES,
  ...RETENTION_RULES,
  ...SHARING_RULES,
  ...PROVIDER_ROW_RULES,
  ...CONTROL_RULES,
  ...PROTECTION_RULES,
];
