// The terms a vendor needs that the customer's paper lacks: a right to aggregated data wherever the contract handles
// data, and an answer to each overreaching restriction it contains. Pure: engine modules only.
import type { ClauseFinding } from '../detectFindings';
import { fillTerms } from '../explainFinding';
import { lastParagraphOf, type MissingDraft } from '../findMissingProtections';
import type { CategoryId, ContractTerms, Definition, Paragraph, VENDOR_PROTECTION_IDS } from '../types';
import { VENDOR_MISSING_TEXT } from './vendorText';

type VendorProtection = (typeof VENDOR_PROTECTION_IDS)[number];

/** Each protection, the risk it answers (none: wanted wherever the contract handles data). */
const ANSWERS: readonly (readonly [VendorProtection, CategoryId | undefined])[] = [
  ['vendor-aggregate-right', undefined],
  ['vendor-security-carve-out', 'vendor-overbroad-no-training'],
  ['vendor-prior-models', 'vendor-model-deletion'],
  ['vendor-audit-limits', 'vendor-unlimited-audit'],
];

export function findVendorMissing(
  paragraphs: readonly Paragraph[],
  findings: readonly ClauseFinding[],
  definitions: readonly Definition[],
  terms: ContractTerms,
): MissingDraft[] {
  const dataDefinition = definitions.find((d) => d.denotes === 'customer-data')?.paragraph;
  if ((findings.length === 0 && dataDefinition === undefined) || paragraphs.length === 0) return [];
  const last = paragraphs.length - 1;
  const has = (category: VendorProtection) => findings.some((f) => f.category === category && f.stance === 'protective');
  const missing: MissingDraft[] = [];
  for (const [category, risk] of ANSWERS) {
    if (has(category)) continue;
    const at = risk === undefined ? (lastParagraphOf(findings, ['vendor-aggregate-ban']) ?? dataDefinition ?? last) : lastParagraphOf(findings.filter((f) => f.stance === 'risk'), [risk]);
    if (at === undefined) continue;
    missing.push({ category, insertAfterParagraph: at, explanation: fillTerms(VENDOR_MISSING_TEXT[category], terms) });
  }
  return missing;
}
