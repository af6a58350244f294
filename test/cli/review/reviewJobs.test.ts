// The bundled CLI and `review --jobs N` for real: the esbuild bundle's review worker gives byte-identical copies,
// the same lines and the same summary for 1 and 3 workers as the in-thread review, a bad file fails alone, and
// `node scripts/cli.mjs` (what `npm run review` runs) builds the bundle when needed and runs the command.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildDocx } from '../../../src/docx/buildDocx';
import { runReview } from '../../../src/cli/review/runReview';

const ROOT = resolve(__dirname, '..', '..', '..');
const DATE = '2026-11-23T08:30:00Z';

/** Own drafting: small agreements that differ in what they let the vendor do, so every copy differs. */
function contract(n: number) {
  const uses = ['train its machine-learning models', 'improve its products', 'develop new artificial intelligence features'];
  return [
    { text: `${n + 1}. Vendor terms`, isHeading: true },
    { text: `Vendor may use Customer Data to ${uses[n % uses.length]}.` },
    ...(n % 2 === 0 ? [{ text: 'Vendor may disclose Customer Data to its AI model providers.' }] : []),
    { text: `Customer shall pay ${n + 10} per cent of the fees in advance.` },
  ];
}

describe('review --jobs with the bundled worker', () => {
  let folder = '';
  let bundle = '';
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'adt-jobs-'));
    bundle = join(folder, 'bundle');
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'buildCli.mjs'), bundle], { cwd: ROOT });
    for (let n = 0; n < 7; n += 1) writeFileSync(join(folder, `vendor-${n}.docx`), await buildDocx(contract(n)));
    writeFileSync(join(folder, 'vendor-3b.docx'), 'not a zip at all');
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  async function review(extra: readonly string[], summary: string) {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`), progress: { write: () => undefined, isTTY: false }, now: () => new Date(DATE) };
    const code = await runReview([folder, '--insert-missing', '--force', '--summary', join(folder, summary), ...extra.slice(1)], {
      ...io,
      ...(extra[0] === 'worker' ? { workerScript: join(bundle, 'reviewWorker.cjs') } : {}),
    });
    const copies = readdirSync(folder)
      .filter((name) => name.endsWith('.reviewed.docx'))
      .sort()
      .map((name) => [name, readFileSync(join(folder, name)).toString('base64')]);
    return { code, lines: lines.filter((line) => !line.startsWith('summary of')), summary: readFileSync(join(folder, summary), 'utf8'), copies };
  }

  it('gives the same copies, lines and summary in this thread and with 1 or 3 workers; the bad file fails alone', async () => {
    const inThread = await review(['thread'], 'thread.csv');
    const oneWorker = await review(['worker', '--jobs', '1'], 'one.csv');
    const threeWorkers = await review(['worker', '--jobs', '3'], 'three.csv');
    expect(inThread.code).toBe(1);
    expect(inThread.copies.map(([name]) => name)).toEqual(Array.from({ length: 7 }, (_, n) => `vendor-${n}.reviewed.docx`));
    expect(inThread.lines.filter((line) => line.startsWith('ERR'))).toEqual([expect.stringMatching(/^ERR .*vendor-3b\.docx: /)]);
    expect(inThread.summary.split('\r\n').filter(Boolean)).toHaveLength(1 + 8);
    for (const run of [oneWorker, threeWorkers]) {
      expect(run.code).toBe(inThread.code);
      expect(run.lines).toEqual(inThread.lines);
      expect(run.summary).toEqual(inThread.summary);
      expect(run.copies).toEqual(inThread.copies);
    }
  });

  it('refuses a summary it cannot create before reviewing anything', async () => {
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`), progress: { write: () => undefined, isTTY: false }, now: () => new Date(DATE) };
    expect(await runReview([folder, '--summary', join(folder, 'no-such-folder', 'triage.csv')], io)).toBe(2);
    expect(lines).toEqual([expect.stringMatching(/^ERR review: cannot write the summary .*triage\.csv \(.*ENOENT.*\); check the folder exists and is writable$/)]);
  });

  it('runs through scripts/cli.mjs, as npm run review and npm run analyze do', () => {
    const help = spawnSync(process.execPath, [join(ROOT, 'scripts', 'cli.mjs'), 'review', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--jobs N reviews N files at a time');
    const text = join(folder, 'clause.txt');
    writeFileSync(text, 'Vendor may use Customer Data to train its machine-learning models.\n');
    const analyze = spawnSync(process.execPath, [join(ROOT, 'scripts', 'cli.mjs'), 'analyze', text], { cwd: ROOT, encoding: 'utf8' });
    expect(analyze.status).toBe(0);
    expect(analyze.stdout).toMatch(/train/i);
    const unknown = spawnSync(process.execPath, [join(ROOT, 'scripts', 'cli.mjs'), 'simulate'], { cwd: ROOT, encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('usage: node scripts/cli.mjs analyze|review');
  });
});
