// `npm run fuzz [-- RUNS [SEED]]`: the wide adapter property of test/word/wideProperties.test.ts, 10,000 runs by
// default, with a tally of outcomes per WordApi level. A failure prints fast-check's seed and shrunk counterexample;
// pass the seed back to replay it.
import fc from 'fast-check';
import { checkScenario, scenario } from './scenario';

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 10000);
  const seed = process.argv[3] === undefined ? Date.now() % 2 ** 31 : Number(process.argv[3]);
  if (!Number.isSafeInteger(runs) || runs <= 0 || !Number.isSafeInteger(seed)) {
    process.stderr.write('usage: npm run fuzz -- [RUNS] [SEED]   (RUNS and SEED are whole numbers)\n');
    process.exitCode = 2;
    return;
  }
  const tally = new Map<string, number>();
  const started = Date.now();
  const result = await fc.check(
    fc.asyncProperty(scenario, async (s) => {
      const outcome = await checkScenario(s);
      tally.set(`${s.api} ${outcome}`, (tally.get(`${s.api} ${outcome}`) ?? 0) + 1);
    }),
    { numRuns: runs, seed },
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`fuzz: ${runs} runs, seed ${seed}, ${seconds} s\n`);
  for (const [key, count] of [...tally].sort()) process.stdout.write(`  ${key.padEnd(14)} ${count}\n`);
  if (result.failed) {
    process.stderr.write(`${fc.defaultReportMessage(result) ?? 'the property failed'}\n`);
    process.exitCode = 1;
  }
}

void main();
