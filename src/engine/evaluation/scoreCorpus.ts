// Scores the engine on labelled clauses: per-label recall, false positives on unrelated text, stance errors.
// Pure: takes parsed items, returns numbers; reading files belongs to src/cli/eval.ts.
import type { CategoryId } from '../types';
import { analyzeDocument } from '../analyzeDocument';

export const LABEL_CATEGORY = {
  training_grant: 'ai-training',
  improvement_grant: 'service-improvement',
  aggregate_deidentified: 'aggregated-data',
  broad_license: 'broad-license',
  output_ownership: 'output-ownership',
  survival_retention: 'survival-retention',
  third_party_models: 'third-party-ai',
  no_training_commitment: 'no-training',
  opt_out_control: 'opt-out',
  deletion_commitment: 'deletion',
  confidentiality_or_security: 'confidentiality',
} as const satisfies Record<string, CategoryId>;

export type ClauseLabel = keyof typeof LABEL_CATEGORY | 'unrelated';

/** A protective clause reported as the very risk it forbids. Opt-outs are left out: a weak opt-out is a risk too. */
const PROHIBITED_RISKS: Partial<Record<ClauseLabel, readonly CategoryId[]>> = {
  no_training_commitment: ['ai-training', 'service-improvement'],
  deletion_commitment: ['survival-retention'],
};

export interface LabelledClause {
  readonly id: string;
  readonly text: string;
  readonly label: ClauseLabel;
}

export interface LabelScore {
  readonly label: ClauseLabel;
  readonly total: number;
  readonly found: number;
  readonly recall: number;
  readonly missedIds: readonly string[];
}

export interface Scorecard {
  readonly labels: readonly LabelScore[];
  readonly unrelated: { readonly total: number; readonly falsePositives: number; readonly rate: number; readonly ids: readonly string[] };
  readonly stanceErrors: readonly { readonly id: string; readonly label: ClauseLabel; readonly category: CategoryId }[];
  readonly macroRecall: number;
}

export function isClauseLabel(value: unknown): value is ClauseLabel {
  return typeof value === 'string' && (value === 'unrelated' || value in LABEL_CATEGORY);
}

function categoriesOf(text: string): Set<CategoryId> {
  const paragraphs = text.split(/\r?\n/).filter((line) => line.trim() !== '').map((line) => ({ text: line }));
  return new Set(analyzeDocument(paragraphs).findings.map((f) => f.category));
}

export function scoreCorpus(items: readonly LabelledClause[]): Scorecard {
  const byLabel = new Map<ClauseLabel, { total: number; found: number; missed: string[] }>();
  const unrelatedIds: string[] = [];
  let unrelatedTotal = 0;
  const stanceErrors: { id: string; label: ClauseLabel; category: CategoryId }[] = [];
  for (const item of items) {
    const found = categoriesOf(item.text);
    if (item.label === 'unrelated') {
      unrelatedTotal++;
      if (found.size > 0) unrelatedIds.push(item.id);
      continue;
    }
    const score = byLabel.get(item.label) ?? { total: 0, found: 0, missed: [] };
    score.total++;
    if (found.has(LABEL_CATEGORY[item.label])) score.found++;
    else score.missed.push(item.id);
    byLabel.set(item.label, score);
    for (const category of PROHIBITED_RISKS[item.label] ?? []) {
      if (found.has(category)) stanceErrors.push({ id: item.id, label: item.label, category });
    }
  }
  const labels = (Object.keys(LABEL_CATEGORY) as ClauseLabel[]).flatMap((label) => {
    const s = byLabel.get(label);
    return s ? [{ label, total: s.total, found: s.found, recall: s.found / s.total, missedIds: s.missed }] : [];
  });
  const macroRecall = labels.length === 0 ? 0 : labels.reduce((sum, l) => sum + l.recall, 0) / labels.length;
  return {
    labels,
    unrelated: { total: unrelatedTotal, falsePositives: unrelatedIds.length, rate: unrelatedTotal === 0 ? 0 : unrelatedIds.length / unrelatedTotal, ids: unrelatedIds },
    stanceErrors,
    macroRecall,
  };
}
