// One sentence that sums up what the analysis means for the customer's data.
// Pure: imports only the engine's own types and the other modes' postures.
import type { Analysis, CategoryId } from './types';
import { duaPosture, vendorPosture } from './modes/modePosture';

function has(analysis: Analysis, category: CategoryId, stance: 'risk' | 'protective'): boolean {
  return analysis.findings.some((f) => f.category === category && f.stance === stance);
}

/** The headline for the task pane, the CLI and the batch CSV, strongest risk first. */
export function summarizePosture(analysis: Analysis): string {
  // The other chairs have their own words (src/engine/modes/modePosture.ts).
  if (analysis.mode === 'dua') return duaPosture(analysis);
  if (analysis.mode === 'vendor') return vendorPosture(analysis);
  const optOut = has(analysis, 'opt-out', 'protective');
  if (has(analysis, 'ai-training', 'risk')) {
    return optOut
      ? 'The vendor may train AI models on your data unless you opt out.'
      : 'The vendor may train AI models on your data.';
  }
  if (has(analysis, 'service-improvement', 'risk')) {
    return 'The vendor may use your data to improve its services, without saying whether that includes AI training.';
  }
  if (has(analysis, 'broad-license', 'risk')) return 'You grant the vendor a broad licence to your content.';
  if (has(analysis, 'aggregated-data', 'risk')) return 'The vendor may use aggregated or de-identified data derived from your data.';
  if (has(analysis, 'third-party-ai', 'risk')) return 'Your data may reach third-party AI providers or subprocessors.';
  const otherRisk = analysis.findings.some((f) => f.stance === 'risk');
  if (has(analysis, 'no-training', 'protective')) {
    return otherRisk
      ? 'The vendor promises not to train on your data, but other data-use risks remain.'
      : 'The vendor promises not to train AI models on your data.';
  }
  if (otherRisk) return 'The contract gives the vendor some rights over your data; review the findings.';
  if (analysis.findings.length === 0 && analysis.missing.length === 0) {
    return 'No AI or data-use terms were found.';
  }
  return 'No AI training or data-use risks were found.';
}
