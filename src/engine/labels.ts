// Human names for categories and protections, shared by the task pane, the CLI reports and the batch CSV.
// Pure data: imports only the engine's own types and the other modes' labels.
import type { CategoryId, ProtectionId } from './types';
import { DUA_CATEGORY_LABELS, DUA_PROTECTION_LABELS } from './modes/duaText';
import { VENDOR_CATEGORY_LABELS, VENDOR_PROTECTION_LABELS } from './modes/vendorText';

export const CATEGORY_LABELS: Record<CategoryId, string> = {
  // The other review modes' categories (src/engine/modes/).
  ...DUA_CATEGORY_LABELS,
  ...VENDOR_CATEGORY_LABELS,
  'ai-training': 'AI training on your data',
  'service-improvement': 'Use of your data to improve the vendor’s services',
  'aggregated-data': 'Aggregated, de-identified or usage data',
  'broad-license': 'Broad licence to your content',
  'output-ownership': 'Ownership of outputs',
  'survival-retention': 'Data kept or used after termination',
  'third-party-ai': 'Third-party AI providers and subprocessors',
  'policy-by-reference': 'Data terms in a policy the vendor can change',
  'no-training': 'No training on your data',
  'opt-out': 'Opt-out from data use',
  deletion: 'Deletion or return of your data',
  confidentiality: 'Confidentiality and security of your data',
  audit: 'Audit and transparency rights',
};

export const PROTECTION_LABELS: Record<ProtectionId, string> = {
  ...DUA_PROTECTION_LABELS,
  ...VENDOR_PROTECTION_LABELS,
  'no-training': 'No training on your data (or opt-in only)',
  deletion: 'Deletion of your data on termination',
  audit: 'Audit and transparency rights',
  'model-provider-flow-down': 'Model providers bound by the same promises',
};
