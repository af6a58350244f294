// Bundles the command-line tools with esbuild into .cli-build/ (one CommonJS file per command, plus the review
// worker), so `npm run analyze` and `npm run review` start in a fraction of the time tsx needs to compile them.
// Node build script: run by scripts/cli.mjs when a source file is newer than the bundle.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, '.cli-build');

/** Command name → entry point; reviewWorker is started by review for --jobs. */
export const ENTRY_POINTS = {
  analyze: 'src/cli/analyze.ts',
  review: 'src/cli/review.ts',
  reviewWorker: 'src/cli/review/reviewWorker.ts',
};

/** Builds beside the target folder, then moves each file in, so a command started meanwhile never reads half a file. */
export async function buildCli(outDir = OUT_DIR) {
  const staging = `${outDir}.${process.pid}.partial`;
  rmSync(staging, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRY_POINTS,
    outdir: staging,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    // Smaller to read and parse at every start; names are kept so stack traces and class names stay readable.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(staging)) renameSync(join(staging, name), join(outDir, name));
  rmSync(staging, { recursive: true, force: true });
  return outDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = await buildCli(process.argv[2] ?? OUT_DIR);
  console.log(`CLI bundled into ${folder}`);
}
