// Entry point of `npm run review`: reviews .docx contracts into tracked-change copies. The logic is in
// src/cli/review/runReview.ts. Node-only CLI code: must not import Office, Word or React.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runReview } from './review/runReview';

// Bundled, this file sits beside reviewWorker.cjs (scripts/buildCli.mjs); run from source there is no worker.
const workerScript = join(__dirname, 'reviewWorker.cjs');

void runReview(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  progress: { write: (text) => process.stderr.write(text), isTTY: process.stderr.isTTY === true },
  now: () => new Date(),
  ...(existsSync(workerScript) ? { workerScript } : {}),
}).then((code) => {
  process.exitCode = code;
});
