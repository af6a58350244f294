// Which action each verb word set names: shared by the predicate and its negations. Data only.
import type { ActionKind } from './frame';

export const ACTION_OF: Partial<Record<string, ActionKind>> = {
  useVerb: 'use', trainVerb: 'train', improveVerb: 'improve', retainVerb: 'retain', shareVerb: 'share', grantVerb: 'grant',
  deleteVerb: 'delete', ownVerb: 'own', surviveVerb: 'survive', optOutVerb: 'optOut', optInVerb: 'optIn',
};
