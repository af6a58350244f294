// `npm run eval -- FILE.jsonl [--verbose]`: scores the engine on labelled clauses and prints a scorecard.
// Node-only CLI code: must not import Office, Word or React. The scoring itself is pure (src/engine/evaluation).
import { readFileSync } from 'node:fs';
import { isClauseLabel, scoreCorpus, type LabelledClause } from '../engine/evaluation/scoreCorpus';
import { keywordCategories } from '../engine/evaluation/keywordBaseline';

function parseLines(file: string, text: string): { items: LabelledClause[]; errors: string[] } {
  const items: LabelledClause[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const value: unknown = JSON.parse(line);
      const record = value as { id?: unknown; text?: unknown; label?: unknown; source?: unknown };
      if (typeof record.text !== 'string' || !isClauseLabel(record.label)) {
        errors.push(`${file}:${i + 1}: needs a string "text" and a known "label"; line skipped.`);
        return;
      }
      items.push({
        id: typeof record.id === 'string' ? record.id : `line-${i + 1}`,
        text: record.text,
        label: record.label,
        ...(typeof record.source === 'string' ? { source: record.source } : {}),
      });
    } catch {
      errors.push(`${file}:${i + 1}: not valid JSON; line skipped.`);
    }
  });
  return { items, errors };
}

const pct = (x: number): string => x.toFixed(2);

/** One line per vendor, worst first: a fix that helps one vendor and costs another shows here. */
function printBySource(card: ReturnType<typeof scoreCorpus>): void {
  console.log('\nvendor                          found/labelled  false positives  stance errors');
  const rows = [...card.bySource].sort((a, b) => b.labelled - b.found + b.falsePositives + b.stanceErrors - (a.labelled - a.found + a.falsePositives + a.stanceErrors) || a.source.localeCompare(b.source));
  for (const s of rows) {
    const recall = s.labelled === 0 ? '' : `${s.found}/${s.labelled}`;
    const fp = s.unrelated === 0 ? '' : `${s.falsePositives}/${s.unrelated}`;
    console.log(`${s.source.slice(0, 30).padEnd(30)} ${recall.padStart(15)} ${fp.padStart(16)} ${String(s.stanceErrors || '').padStart(14)}`);
  }
  console.log('');
}

function main(args: readonly string[]): number {
  const verbose = args.includes('--verbose');
  const bySource = args.includes('--by-source');
  const baseline = args.includes('--baseline');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('Usage: npm run eval -- FILE.jsonl... [--verbose] [--by-source] [--baseline]  (lines of {"id","text","label","source"?})');
    return 2;
  }
  const items: LabelledClause[] = [];
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      console.error(code === 'EISDIR' ? `${file}: is a directory; give a .jsonl file.` : `${file}: cannot read (${code ?? 'error'}); check the path.`);
      failed = true;
      continue;
    }
    const parsed = parseLines(file, text);
    parsed.errors.forEach((e) => console.error(e));
    failed ||= parsed.errors.length > 0;
    items.push(...parsed.items);
  }
  if (items.length === 0) {
    console.error('No labelled clauses to score: give a JSON Lines file with {"id","text","label"} on each line.');
    return 1;
  }
  const card = scoreCorpus(items);
  const keywords = baseline ? scoreCorpus(items, keywordCategories) : undefined;
  console.log(`label                        found/total  recall${keywords ? '  keyword search' : ''}`);
  for (const l of card.labels) {
    const base = keywords?.labels.find((k) => k.label === l.label);
    console.log(`${l.label.padEnd(28)} ${`${l.found}/${l.total}`.padStart(11)}  ${pct(l.recall)}${base ? `  ${pct(base.recall).padStart(14)}` : ''}`);
    if (verbose && l.missedIds.length > 0) console.log(`  missed: ${l.missedIds.join(', ')}`);
  }
  console.log(`unrelated false positives: ${card.unrelated.falsePositives}/${card.unrelated.total} (${pct(card.unrelated.rate)})`);
  if (verbose && card.unrelated.ids.length > 0) console.log(`  flagged: ${card.unrelated.ids.join(', ')}`);
  console.log(`stance errors: ${card.stanceErrors.length}`);
  for (const e of card.stanceErrors) console.log(`  ${e.id} (${e.label}) reported as ${e.category}`);
  if (bySource) printBySource(card);
  if (keywords) {
    console.log(`keyword search: macro recall ${pct(keywords.macroRecall)}, false positives ${pct(keywords.unrelated.rate)}, stance errors ${keywords.stanceErrors.length}`);
  }
  console.log(`macro recall: ${pct(card.macroRecall)}`);
  console.log(`eval: macroRecall=${pct(card.macroRecall)} unrelatedFP=${pct(card.unrelated.rate)} stanceErrors=${card.stanceErrors.length}`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
