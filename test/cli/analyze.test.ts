// The `analyze` command: the JSON Lines contract, the text report, bad inputs and custom playbooks, run in-process
// (and once as a child process, as a user would run it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { paragraphsFromText } from '../../src/cli/readInput';
import { runAnalyze } from '../../src/cli/runAnalyze';
import { PROTECTIVE_CATEGORIES, PROTECTION_IDS, RISK_CATEGORIES } from '../../src/engine/types';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';

const ROOT = resolve(__dirname, '..', '..');
const CONTRACT = join(__dirname, 'analyzeFixtures', 'vendor-terms.txt');
const PARAGRAPHS = paragraphsFromText(readFileSync(CONTRACT, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'adt-analyze-'));
const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAnalyze(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const FINDING_KEYS = ['id', 'category', 'stance', 'severity', 'paragraph', 'start', 'end', 'quote', 'explanation', 'evidence', 'rules', 'playbookIssue'];
const CATEGORIES: string[] = [...RISK_CATEGORIES, ...PROTECTIVE_CATEGORIES];
const ISSUE_IDS = DEFAULT_PLAYBOOK.issues.map((issue) => issue.id);

describe('analyze --format json', () => {
  it('prints one record per file with the documented fields, offsets that slice the quote, and known ids', async () => {
    const { code, out, err } = await run('--format', 'json', CONTRACT);
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out).toHaveLength(1);
    const record = JSON.parse(out[0] ?? '');
    expect(Object.keys(record)).toEqual(['file', 'findings', 'missing', 'definitions', 'parties']);
    expect(record.file).toBe(CONTRACT);
    expect(record.findings.length).toBeGreaterThan(0);
    for (const finding of record.findings) {
      // `scope` is present only when the clause limits itself ("by default", "for Enterprise plans").
      expect(Object.keys(finding).filter((key) => key !== 'scope')).toEqual(FINDING_KEYS);
      expect(CATEGORIES).toContain(finding.category);
      expect(['risk', 'protective', 'neutral']).toContain(finding.stance);
      expect(Array.isArray(finding.rules) && finding.rules.length > 0).toBe(true);
      expect(['high', 'medium', 'low']).toContain(finding.severity);
      expect(PARAGRAPHS[finding.paragraph]?.text.slice(finding.start, finding.end)).toBe(finding.quote);
      expect(ISSUE_IDS).toContain(finding.playbookIssue);
      expect(finding.explanation.length).toBeGreaterThan(0);
    }
    for (const missing of record.missing) {
      expect(Object.keys(missing)).toEqual(['category', 'insertAfterParagraph', 'explanation', 'playbookIssue']);
      expect(PROTECTION_IDS).toContain(missing.category);
      expect(missing.insertAfterParagraph).toBeGreaterThanOrEqual(0);
      expect(missing.insertAfterParagraph).toBeLessThan(PARAGRAPHS.length);
      expect(ISSUE_IDS).toContain(missing.playbookIssue);
    }
  });

  it('finds the training grant in the fixture and reports it as a risk in the right paragraph', async () => {
    const record = JSON.parse((await run('--format=json', CONTRACT)).out[0] ?? '');
    const training = PARAGRAPHS.findIndex((p) => p.text.includes('to train and fine-tune'));
    expect(record.findings).toContainEqual(expect.objectContaining({ category: 'ai-training', stance: 'risk', paragraph: training }));
  });

  it('reports each bad input on its own line, keeps going, and exits non-zero', async () => {
    mkdirSync(join(dir, 'a-folder'), { recursive: true });
    const files = [
      join(dir, 'missing.txt'),
      join(dir, 'a-folder'),
      write('binary.txt', Buffer.from([0x00, 0x01, 0x02, 0xff])),
      write('empty.txt', ''),
      CONTRACT,
    ];
    const { code, out } = await run('--format', 'json', ...files);
    expect(code).toBe(1);
    const records = out.map((line) => JSON.parse(line));
    expect(records.map((r) => r.file)).toEqual(files);
    for (const record of records.slice(0, 4)) {
      expect(Object.keys(record)).toEqual(['file', 'error']);
      expect(record.error).toMatch(/^[a-z.]/);
    }
    expect(records[0].error).toMatch(/not found/);
    expect(records[1].error).toMatch(/folder/);
    expect(records[2].error).toMatch(/binary/);
    expect(records[3].error).toMatch(/empty/);
    expect(records[4].findings.length).toBeGreaterThan(0);
  });
});

describe('analyze --playbook', () => {
  it('uses a custom playbook that extends the default to route findings to its own issue', async () => {
    const base = DEFAULT_PLAYBOOK.issues.find((i) => i.id === 'ai-training');
    const firm = { ...base, id: 'firm-training-rule', title: 'Firm rule on training' };
    const path = write('firm.json', JSON.stringify({ version: 1, name: 'Firm', extendsDefault: true, issues: [firm] }));
    const { code, out } = await run('--format', 'json', '--playbook', path, CONTRACT);
    expect(code).toBe(0);
    const training = JSON.parse(out[0] ?? '').findings.filter((f: { category: string }) => f.category === 'ai-training');
    expect(training.length).toBeGreaterThan(0);
    for (const finding of training) expect(finding.playbookIssue).toBe('firm-training-rule');
  });

  it('accepts the example firm playbook shipped with the tests and uses its issue for training findings', async () => {
    const example = join(__dirname, 'analyzeFixtures', 'firm-playbook.json');
    const { code, out } = await run('--format', 'json', '--playbook', example, CONTRACT);
    expect(code).toBe(0);
    const findings: { category: string; playbookIssue: string }[] = JSON.parse(out[0] ?? '').findings;
    expect(findings.filter((f) => f.category === 'ai-training').map((f) => f.playbookIssue)).toContain('client-confidential-training');
    expect(findings.filter((f) => f.category === 'broad-license').every((f) => f.playbookIssue === 'broad-license')).toBe(true);
  });

  it('reports an invalid playbook with the bad field paths, still analyses the files, and exits non-zero', async () => {
    const path = write('bad.json', JSON.stringify({ version: 1, name: 'Bad', issues: [{ id: 'x', appliesTo: [], titel: 'y' }] }));
    const { code, out } = await run('--format', 'json', '--playbook', path, CONTRACT);
    expect(code).toBe(1);
    const [error, record] = out.map((line) => JSON.parse(line));
    expect(error.file).toBe(path);
    expect(error.error).toMatch(/invalid playbook/);
    expect(error.error).toContain('issues.0.titel: unknown field');
    expect(error.error).toContain('issues.0.appliesTo');
    expect(record.file).toBe(CONTRACT);
    expect(record.findings.length).toBeGreaterThan(0);
  });

  it('reports a playbook that is not JSON in one line', async () => {
    const path = write('broken.json', '{ "version": 1,');
    const { code, out } = await run('--format', 'json', '--playbook', path, CONTRACT);
    expect(code).toBe(1);
    expect(JSON.parse(out[0] ?? '').error).toMatch(/not valid JSON/);
  });
});

describe('analyze --explain', () => {
  it('adds a trace per sentence in JSON: the frame, the rules fired and those vetoed with their reason', async () => {
    const file = write('explain.txt', 'We may use your chats to train our AI models.\nYou may not use the Services to train a competing model.\n');
    const { code, out } = await run('--format', 'json', '--explain', file);
    expect(code).toBe(0);
    const record = JSON.parse(out[0] ?? '');
    expect(record.trace.map((t: { paragraph: number; fired: string[] }) => [t.paragraph, t.fired])).toEqual([[0, ['training-grant']], [1, []]]);
    expect(record.trace[0].frame.predicates[0]).toMatchObject({ actor: 'vendor (We)', modal: 'may', polarity: 'positive' });
    expect(record.trace[1].frame.predicates[0]).toMatchObject({ actor: 'customer (You)', polarity: 'negative', negation: 'not' });
    expect(record.findings[0].rules).toEqual(['training-grant']);
  });

  it('prints the same trace readably, and no trace without the flag', async () => {
    const file = write('explain-text.txt', 'Nothing in this Agreement restricts Provider from using Customer Data to train its models.\n');
    const explained = (await run('--explain', file)).out.join('\n');
    expect(explained).toContain('Explain (how each sentence was read):');
    expect(explained).toMatch(/clause: actor vendor \(Provider\).*positive/);
    expect(explained).toContain('fired: training-grant');
    expect((await run(file)).out.join('\n')).not.toContain('Explain (');
    expect(JSON.parse((await run('--format', 'json', file)).out[0] ?? '').trace).toBeUndefined();
  });
});

describe('analyze --format text', () => {
  it('prints a readable report with severity, category, quote and why it matters', async () => {
    const { code, out } = await run(CONTRACT);
    expect(code).toBe(0);
    const report = out.join('\n');
    const record = JSON.parse((await run('--format', 'json', CONTRACT)).out[0] ?? '');
    for (const finding of record.findings.filter((f: { stance: string }) => f.stance === 'risk')) {
      expect(report).toContain(`  ${finding.explanation}`);
    }
    expect(report).toContain(`== ${CONTRACT}`);
    expect(report).toMatch(/^(HIGH|MEDIUM|LOW) {2}.+\(ai-training\), paragraph \d+$/m);
    expect(report).toContain('"Vendor may use Subscriber Content');
    expect(report).toContain('Playbook: ');
  });

  it('sends error lines to stderr, one per bad file', async () => {
    const { code, out, err } = await run(join(dir, 'nope.txt'), CONTRACT);
    expect(code).toBe(1);
    expect(err).toEqual([`${join(dir, 'nope.txt')}: file not found; check the path and the spelling`]);
    expect(out.join('\n')).toContain(`== ${CONTRACT}`);
  });
});

describe('analyze usage errors', () => {
  it.each([
    [['--format', 'xml', CONTRACT], /--format must be "json" or "text"/],
    [['--colour', CONTRACT], /unknown option --colour/],
    [['--format', 'json'], /name at least one contract file/],
    [['--playbook'], /--playbook needs a value/],
  ])('rejects %j with exit code 2 and the usage', async (argv, message) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err[0]).toMatch(message);
    expect(err.join('\n')).toContain('usage: npm run analyze');
  });

  it('prints the usage for --help', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(0);
    expect(out[0]).toContain('usage: npm run analyze');
  });
});

describe('analyze as a child process', () => {
  it('runs through tsx, prints JSON Lines and sets the exit code', () => {
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
    let status = 0;
    let stdout = '';
    try {
      stdout = execFileSync(tsx, ['src/cli/analyze.ts', '--format', 'json', CONTRACT, join(dir, 'absent.txt')], { cwd: ROOT, encoding: 'utf8' });
    } catch (error) {
      const failure = error as { status: number; stdout: string };
      status = failure.status;
      stdout = failure.stdout;
    }
    expect(status).toBe(1);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => Object.keys(l)[1])).toEqual(['findings', 'error']);
  });
});
