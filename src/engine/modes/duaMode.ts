// The `dua` mode: a data holder's counsel reading a data-use agreement for model training. Training is the purpose;
// the risks are use beyond the named model, disclosure and retention of the data. Pure: engine modules only.
import { DUA_SETS } from '../language/vocabulary/dua';
import { DUA_PROTECTION_RULES } from '../rules/table/duaProtections';
import { DUA_RISK_RULES } from '../rules/table/duaRisks';
import { duaParties } from './duaParties';
import { findDuaMissing } from './duaMissing';
import type { ModeDefinition } from './reviewMode';

export const DUA_MODE: ModeDefinition = {
  id: 'dua',
  vocabulary: DUA_SETS,
  // Risks first, as in the main table: the first rule to fire for a category decides its stance.
  rules: [...DUA_RISK_RULES, ...DUA_PROTECTION_RULES],
  readParties: duaParties,
  findMissing: findDuaMissing,
};
