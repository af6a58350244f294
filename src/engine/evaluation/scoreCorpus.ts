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
  /** Where the clause comes from ("Zoom Terms of Service §10.2"); used to score vendor by vendor. */
  readonly source?: string;
}

export interface SourceScore {
  readonly source: string;
  readonly labelled: number;
  readonly found: number;
  readonly unrelated: number;
  readonly falsePositives: number;
  readonly stanceErrors: number;
  readonly missedIds: readonly string[];
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
  /** Per vendor: how many of its labelled clauses were found, and its false positives and stance errors. */
  readonly bySource: readonly SourceScore[];
}

/** The vendor behind a source line: "Zoom Terms of Service §10.2" and "Zoom Privacy" both count as Zoom. */
export function vendorOf(source: string | undefined, id: string): string {
  const from = (source ?? '').trim();
  if (from === '') return id.replace(/[-_.][^-_.]*$/, '');
  return from.split(/\s+/)[0]?.replace(/[’'`]s$|:$/, '') ?? from;
}

export function isClauseLabel(value: unknown): value is ClauseLabel {
  return typeof value === 'string' && (value === 'unrelated' || value in LABEL_CATEGORY);
}

function categoriesOf(text: string): Set<CategoryId> {
  const paragraphs = text.split(/\r?\n/).filter((line) => line.trim() !== '').map((line) => ({ text: line }));
  return new Set(analyzeDocument(paragraphs).findings.map((f) => f.category));
}

/** Scores the engine, or any other reader of clauses (the keyword baseline), on the same labelled items. */
export function scoreCorpus(items: readonly LabelledClause[], read: (text: string) => Set<CategoryId> = categoriesOf): Scorecard {
  const byLabel = new Map<ClauseLabel, { total: number; found: number; missed: string[] }>();
  const unrelatedIds: string[] = [];
  let unrelatedTotal = 0;
  const stanceErrors: { id: string; label: ClauseLabel; category: CategoryId }[] = [];
  const sources = new Map<string, { labelled: number; found: number; unrelated: number; falsePositives: number; stanceErrors: number; missedIds: string[] }>();
  for (const item of items) {
    const found = read(item.text);
    const vendor = vendorOf(item.source, item.id);
    const bySource = sources.get(vendor) ?? { labelled: 0, found: 0, unrelated: 0, falsePositives: 0, stanceErrors: 0, missedIds: [] };
    sources.set(vendor, bySource);
    if (item.label === 'unrelated') {
      unrelatedTotal++;
      bySource.unrelated++;
      if (found.size > 0) {
        unrelatedIds.push(item.id);
        bySource.falsePositives++;
      }
      continue;
    }
    const score = byLabel.get(item.label) ?? { total: 0, found: 0, missed: [] };
    score.total++;
    bySource.labelled++;
    if (found.has(LABEL_CATEGORY[item.label])) {
      score.found++;
      bySource.found++;
    } else {
      score.missed.push(item.id);
      bySource.missedIds.push(item.id);
    }
    byLabel.set(item.label, score);
    for (const category of PROHIBITED_RISKS[item.label] ?? []) {
      if (found.has(category)) {
        stanceErrors.push({ id: item.id, label: item.label, category });
        bySource.stanceErrors++;
      }
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
    bySource: [...sources.entries()].map(([source, s]) => ({ source, ...s })).sort((a, b) => a.source.localeCompare(b.source)),
  };
}
