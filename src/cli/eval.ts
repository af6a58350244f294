// `npm run eval -- FILE.jsonl [--verbose]`: scores the engine on labelled clauses and prints a scorecard.
// Node-only CLI code: must not import Office, Word or React. The scoring itself is pure (src/engine/evaluation).
import { readFileSync } from 'node:fs';
import { isClauseLabel, scoreCorpus, type LabelledClause } from '../engine/evaluation/scoreCorpus';

function parseLines(file: string, text: string): { items: LabelledClause[]; errors: string[] } {
  const items: LabelledClause[] = [];
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const value: unknown = JSON.parse(line);
      const record = value as { id?: unknown; text?: unknown; label?: unknown };
      if (typeof record.text !== 'string' || !isClauseLabel(record.label)) {
        errors.push(`${file}:${i + 1}: needs a string "text" and a known "label"; line skipped.`);
        return;
      }
      items.push({ id: typeof record.id === 'string' ? record.id : `line-${i + 1}`, text: record.text, label: record.label });
    } catch {
      errors.push(`${file}:${i + 1}: not valid JSON; line skipped.`);
    }
  });
  return { items, errors };
}

const pct = (x: number): string => x.toFixed(2);

function main(args: readonly string[]): number {
  const verbose = args.includes('--verbose');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('Usage: npm run eval -- FILE.jsonl [--verbose]  (lines of {"id","text","label"})');
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
  console.log('label                        found/total  recall');
  for (const l of card.labels) {
    console.log(`${l.label.padEnd(28)} ${`${l.found}/${l.total}`.padStart(11)}  ${pct(l.recall)}`);
    if (verbose && l.missedIds.length > 0) console.log(`  missed: ${l.missedIds.join(', ')}`);
  }
  console.log(`unrelated false positives: ${card.unrelated.falsePositives}/${card.unrelated.total} (${pct(card.unrelated.rate)})`);
  if (verbose && card.unrelated.ids.length > 0) console.log(`  flagged: ${card.unrelated.ids.join(', ')}`);
  console.log(`stance errors: ${card.stanceErrors.length}`);
  for (const e of card.stanceErrors) console.log(`  ${e.id} (${e.label}) reported as ${e.category}`);
  console.log(`macro recall: ${pct(card.macroRecall)}`);
  console.log(`eval: macroRecall=${pct(card.macroRecall)} unrelatedFP=${pct(card.unrelated.rate)} stanceErrors=${card.stanceErrors.length}`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
