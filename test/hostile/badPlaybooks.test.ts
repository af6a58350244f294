// Issue 13 §2, red team's bad playbooks: every one is refused (or read) with one clear line naming the file and the
// path of the bad field, quickly, and a pipe never hangs the command. Runs `analyze` and `review` in-process.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReview } from '../../src/cli/review/runReview';
import { runAnalyze } from '../../src/cli/runAnalyze';
import { MAX_REPORTED_PROBLEMS } from '../../src/playbook/playbookLimits';

const dir = mkdtempSync(join(tmpdir(), 'adt-bad-playbooks-'));
const CONTRACT = join(__dirname, '..', 'cli', 'analyzeFixtures', 'vendor-terms.txt');
const FIRM = readFileSync(join(__dirname, '..', 'cli', 'analyzeFixtures', 'firm-playbook.json'), 'utf8');
const firm = () => JSON.parse(FIRM) as { name: string; issues: { positions: Record<string, unknown>[] }[] };

const write = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function analyzeWith(playbook: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAnalyze(['--format', 'json', '--playbook', playbook, CONTRACT], { out: (l) => out.push(l), err: (l) => err.push(l) });
  const records = out.map((line) => JSON.parse(line) as { file: string; error?: string; findings?: { playbookIssue: string }[] });
  return { code, playbookError: records.find((r) => r.file === playbook)?.error, analysed: records.find((r) => r.file === CONTRACT) };
}

/** The firm playbook routes training findings to its own issue: proof that the file was read, not the default. */
const usesFirmPlaybook = (analysed: { findings?: { playbookIssue: string }[] } | undefined): boolean =>
  analysed?.findings?.some((f) => f.playbookIssue === 'client-confidential-training') ?? false;

describe('playbook files that are not plain files', () => {
  test('a FIFO is refused at once instead of blocking the read forever', async () => {
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const { code, playbookError } = await analyzeWith(fifo);
    expect(code).toBe(1);
    expect(playbookError).toMatch(/^this is not a regular file \(a pipe, socket or device/);
  }, 10_000);

  test('a folder and a symbolic link loop each say why they cannot be read', async () => {
    mkdirSync(join(dir, 'folder.json'));
    symlinkSync(join(dir, 'loop-b.json'), join(dir, 'loop-a.json'));
    symlinkSync(join(dir, 'loop-a.json'), join(dir, 'loop-b.json'));
    expect((await analyzeWith(join(dir, 'folder.json'))).playbookError).toMatch(/^this is a folder, not a file; give the playbook \.json file inside it/);
    expect((await analyzeWith(join(dir, 'loop-a.json'))).playbookError).toMatch(/^the path is a loop of symbolic links that never reaches a file/);
  });

  test('review refuses the same FIFO with the same reason and exit code 2', async () => {
    const fifo = join(dir, 'review-pipe.json');
    execFileSync('mkfifo', [fifo]);
    const err: string[] = [];
    const code = await runReview(['--playbook', fifo, join(dir, 'none.docx')], { out: () => undefined, err: (l) => err.push(l), progress: { write: () => undefined, isTTY: false }, now: () => new Date(0) });
    expect(code).toBe(2);
    expect(err).toEqual([`review: ${fifo}: this is not a regular file (a pipe, socket or device, which would never finish reading); give a saved playbook file`]);
  }, 10_000);
});

describe('encodings', () => {
  test.each([
    ['UTF-8 with a byte-order mark (Windows Notepad)', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FIRM, 'utf8')])],
    ['UTF-16 LE with a byte-order mark', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIRM, 'utf16le')])],
    ['UTF-16 BE with a byte-order mark', () => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(FIRM, 'utf16le').swap16()])],
  ])('%s is read as the playbook it is', async (name, bytes) => {
    const { code, playbookError, analysed } = await analyzeWith(write(`${name.slice(0, 12)}.json`, bytes()));
    expect({ code, playbookError }).toEqual({ code: 0, playbookError: undefined });
    expect(usesFirmPlaybook(analysed)).toBe(true);
  });

  test('Latin-1 is named as not UTF-8, never called binary data', async () => {
    const latin1 = Buffer.from(FIRM.replace('Example firm playbook', 'Caf\u00e9 cr\u00e8me playbook'), 'latin1');
    const { playbookError } = await analyzeWith(write('latin1.json', latin1));
    expect(playbookError).toMatch(/^this file is not UTF-8 \(it looks like Latin-1 or Windows-1252/);
  });
});

describe('limits and content', () => {
  test('a playbook over a million characters is refused without parsing it', async () => {
    const huge = firm();
    huge.name = 'x'.repeat(1_100_000);
    const { playbookError } = await analyzeWith(write('huge.json', JSON.stringify(huge)));
    expect(playbookError).toMatch(/^invalid playbook \(the playbook is 1,1\d\d,\d\d\d characters long, more than the 1,000,000 allowed/);
  });

  test('a clause of 20,000 characters is refused with its path and the limit', async () => {
    const long = firm();
    (long.issues[0]?.positions[0] as Record<string, unknown>).clause = 'Vendor shall not train. '.repeat(834);
    const { playbookError } = await analyzeWith(write('long-clause.json', JSON.stringify(long)));
    expect(playbookError).toMatch(/issues\.0\.positions\.0\.clause: this text is 20,016 characters long; the limit is 10,000/);
  });

  test('thousands of problems are reported as the first 50 and a count, on one short line', async () => {
    const broken = firm();
    const issue = broken.issues[0] as Record<string, unknown>;
    broken.issues = Array.from({ length: 150 }, (_, i) => ({ ...issue, id: `Bad Id ${i}`, title: 5, walkAway: 7 })) as never;
    const started = Date.now();
    const { playbookError } = await analyzeWith(write('many-problems.json', JSON.stringify(broken)));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(playbookError?.replace(/^invalid playbook \(/, '').split('; ').filter((part) => /^issues\.\d+\./.test(part))).toHaveLength(MAX_REPORTED_PROBLEMS);
    expect(playbookError).toMatch(/and 400 more problems \(450 in all\); fix these first and check again/);
    expect(playbookError).not.toContain('\n');
  });

  test('1e400 is named as a number too large, not as null', async () => {
    const { playbookError } = await analyzeWith(write('infinity.json', FIRM.replace(/"clause": "[^"]*"/, '"clause": 1e400')));
    expect(playbookError).toMatch(/issues\.0\.positions\.0\.clause: expected a string, found a number too large to use/);
  });

  test('an unknown placeholder in a comment is refused with its path', async () => {
    const typo = firm();
    (typo.issues[0]?.positions[1] as Record<string, unknown>).externalComment = 'Dear {{counterparty}}, we need this.';
    const { playbookError } = await analyzeWith(write('placeholder.json', JSON.stringify(typo)));
    expect(playbookError).toMatch(/issues\.0\.positions\.1\.externalComment: unknown placeholder "\{\{counterparty\}\}"; use one of \{\{customerData\}\}/);
  });

  test('a clause of invisible characters only is refused with its path', async () => {
    const invisible = firm();
    (invisible.issues[0]?.positions[0] as Record<string, unknown>).clause = '   \u200b\u200d\u2060 ';
    const { playbookError } = await analyzeWith(write('invisible.json', JSON.stringify(invisible)));
    expect(playbookError).toMatch(/issues\.0\.positions\.0\.clause: has no visible text \(only spaces or invisible characters/);
  });
});
