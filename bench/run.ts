// `npm run bench`: runs every bench/*.bench.ts module's default export in turn, engine first, so each area adds its
// own file without touching this driver. A failing module is reported and the others still run.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

type BenchModule = { default?: () => Promise<void> | void };

function benchFiles(): string[] {
  const names = readdirSync(__dirname).filter((name) => name.endsWith('.bench.ts'));
  // The engine's figures come first: every other bench builds on them.
  return names.sort((a, b) => Number(b === 'engine.bench.ts') - Number(a === 'engine.bench.ts') || a.localeCompare(b));
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const failures: string[] = [];
  for (const name of benchFiles().filter((n) => only.length === 0 || only.some((o) => n.startsWith(o)))) {
    console.log(`\n== ${name}`);
    try {
      const module = (await import(pathToFileURL(join(__dirname, name)).href)) as BenchModule;
      if (typeof module.default !== 'function') throw new Error('it has no default export function');
      await module.default();
    } catch (error) {
      failures.push(name);
      console.error(`bench ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (failures.length > 0) {
    console.error(`\n${failures.length} bench module(s) failed: ${failures.join(', ')}`);
    process.exitCode = 1;
  }
}

void main();
