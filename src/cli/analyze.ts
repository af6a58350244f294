// Entry point of `npm run analyze`: runs the command and sets the exit code. The logic lives in runAnalyze.ts.
// Node-only CLI code: must not import Office, Word or React.
import { runAnalyze } from './runAnalyze';

void runAnalyze(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
