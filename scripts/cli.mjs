// `npm run analyze|review -- ...`: runs the bundled command from .cli-build/, rebuilding the bundle first when any
// file under src/ (or package.json) is newer than it, and reusing V8's compiled code from the previous run (the
// .v8cache beside the bundle). Start-up takes a fraction of the 1.3 s tsx took to compile the sources each time.
import { readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = join(ROOT, '.cli-build');
const COMMANDS = ['analyze', 'review'];

/** The newest modification time under a path. */
function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), info.mtimeMs);
}

function builtAt() {
  try {
    return Math.min(...[...COMMANDS, 'reviewWorker'].map((name) => statSync(join(OUT_DIR, `${name}.cjs`)).mtimeMs));
  } catch {
    return -Infinity;
  }
}

function readCache(path) {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Runs a CommonJS bundle as `require` would, but compiled from (and into) a V8 code cache. */
function runBundle(bundle, args) {
  const cachePath = `${bundle}.v8cache`;
  const cachedData = readCache(cachePath);
  const script = new Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  const module = new Module(bundle);
  module.filename = bundle;
  module.paths = Module._nodeModulePaths(dirname(bundle));
  process.argv = [process.argv[0], bundle, ...args];
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  if (cachedData && !script.cachedDataRejected) return;
  // After the run the cache also holds the functions it compiled on the way; written whole, then renamed.
  process.once('beforeExit', () => {
    const temporary = `${cachePath}.${process.pid}`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cachePath);
  });
}

const [command, ...args] = process.argv.slice(2);
if (!COMMANDS.includes(command ?? '')) {
  console.error(`usage: node scripts/cli.mjs ${COMMANDS.join('|')} [arguments]`);
  process.exit(2);
}
if (builtAt() < Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'package.json')).mtimeMs)) {
  const { buildCli } = await import('./buildCli.mjs');
  await buildCli(OUT_DIR);
}
runBundle(join(OUT_DIR, `${command}.cjs`), args);
