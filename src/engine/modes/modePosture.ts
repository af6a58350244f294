// The one-sentence posture for the `dua` and `vendor` modes, written for whoever sits in that chair: the data holder,
// or the vendor reading the customer's paper. Pure: imports only engine types.
import type { Analysis, CategoryId, Finding, Severity } from '../types';

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The most serious risk, ties broken by the order the mode lists its risks in. */
function worstRisk(analysis: Analysis, order: readonly CategoryId[]): Finding | undefined {
  const risks = analysis.findings.filter((f) => f.stance === 'risk' && order.includes(f.category));
  return risks.sort((a, b) => RANK[a.severity] - RANK[b.severity] || order.indexOf(a.category) - order.indexOf(b.category))[0];
}

const DUA_HEADLINES: Partial<Record<CategoryId, string>> = {
  'dua-use-beyond-purpose': 'The recipient may use your data for more than training the named model.',
  'dua-data-disclosure': 'The recipient may disclose your data itself, not only the trained model.',
  'dua-data-retention': 'The recipient may keep your data after training ends.',
};

export function duaPosture(analysis: Analysis): string {
  const worst = worstRisk(analysis, ['dua-use-beyond-purpose', 'dua-data-disclosure', 'dua-data-retention']);
  if (worst) return DUA_HEADLINES[worst.category] ?? 'The agreement gives the recipient rights over your data beyond the model; review the findings.';
  if (analysis.findings.length === 0 && analysis.missing.length === 0) return 'No data-use terms were found.';
  const gaps = analysis.missing.length;
  if (gaps === 0) return 'Your data is used only for the named model, and every standard safeguard is in place.';
  const limited = analysis.findings.some((f) => f.category === 'dua-purpose-limit' && f.stance === 'protective');
  return limited
    ? `Your data is limited to the named model, but ${count(gaps, 'safeguard is', 'safeguards are')} missing.`
    : `Nothing limits the use of your data to the named model, and ${count(gaps, 'safeguard is', 'safeguards are')} missing.`;
}

const VENDOR_HEADLINES: Partial<Record<CategoryId, string>> = {
  'vendor-aggregate-ban': 'The customer’s terms forbid the aggregated statistics the service needs in order to run.',
  'vendor-model-deletion': 'The customer’s terms could make you delete or retrain models, not only its data.',
  'vendor-overbroad-no-training': 'The customer’s ban on using its data leaves no room for security or abuse prevention.',
  'vendor-unlimited-audit': 'The customer may audit you without limits of frequency, notice or scope.',
};

export function vendorPosture(analysis: Analysis): string {
  const worst = worstRisk(analysis, ['vendor-aggregate-ban', 'vendor-model-deletion', 'vendor-overbroad-no-training', 'vendor-unlimited-audit']);
  if (worst) return VENDOR_HEADLINES[worst.category] ?? 'Some of the customer’s restrictions go further than the service can accept; review the findings.';
  if (analysis.findings.length === 0 && analysis.missing.length === 0) return 'No restrictions on your use of the customer’s data were found.';
  if (analysis.missing.length > 0) return 'No overreaching restriction was found, but the contract lacks terms the service relies on.';
  return 'The customer’s restrictions leave the service room to run.';
}
