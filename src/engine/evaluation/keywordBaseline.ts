// The "Ctrl+F" baseline the engine must beat: a lawyer searching each label's obvious words, with no reading at all.
// Pure: imports only the scorer's types. Used by `npm run eval -- --baseline` and the README scorecard.
import type { CategoryId } from '../types';

/** The words a reviewer would type into Find for each category; a clause containing any of them counts as found. */
export const BASELINE_KEYWORDS: Readonly<Partial<Record<CategoryId, readonly string[]>>> = {
  'ai-training': ['train', 'machine learning', 'artificial intelligence', 'model'],
  'service-improvement': ['improve', 'develop', 'enhance'],
  'aggregated-data': ['aggregat', 'anonymi', 'de-identif', 'deidentif', 'statistic', 'usage data'],
  'broad-license': ['licen', 'perpetual', 'irrevocable'],
  'output-ownership': ['output'],
  'survival-retention': ['retain', 'retention', 'survive', 'store', 'backup'],
  'third-party-ai': ['third part', 'third-part', 'subprocessor', 'sub-processor', 'provider'],
  'no-training': ['not train', 'no training', "n't train", 'not be used to train', 'not used to train'],
  'opt-out': ['opt out', 'opt-out', 'opt in', 'opt-in'],
  deletion: ['delete', 'deletion', 'destroy', 'erase'],
  confidentiality: ['confidential', 'secur', 'encrypt'],
};

export function keywordCategories(text: string): Set<CategoryId> {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const found = new Set<CategoryId>();
  for (const [category, words] of Object.entries(BASELINE_KEYWORDS) as [CategoryId, readonly string[]][]) {
    if (words.some((word) => lower.includes(word))) found.add(category);
  }
  return found;
}
