// src/docx/ is loaded by the task pane and the workbench as well as the CLI: it must stay free of Node modules and
// Node globals, and must not reach up into the command line (issue 8's layering, issue 13). ESLint enforces the
// same on every edit; this test checks the files as they are and that the lint rule itself still fires.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const DOCX = join(ROOT, 'src', 'docx');

describe('src/docx is browser-safe', () => {
  test('no file imports a Node module, the CLI, Word or the task pane', () => {
    const offenders = readdirSync(DOCX)
      .filter((name) => name.endsWith('.ts'))
      .filter((name) => /from\s+['"](?:node:[^'"]+|fs|fs\/[^'"]+|path|os|worker_threads|child_process|[^'"]*\/(?:cli|word|taskpane)\/[^'"]*)['"]/.test(readFileSync(join(DOCX, name), 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('ESLint rejects a node: import in src/docx', () => {
    // Run as its own process: the flat config is an ES module, which Jest's CommonJS sandbox cannot import.
    const probe = "import { readFile } from 'node:fs/promises';\nexport const read = readFile;\n";
    const eslint = join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
    const run = spawnSync(process.execPath, [eslint, '--stdin', '--stdin-filename', 'src/docx/probe.ts', '--format', 'json'], { cwd: ROOT, input: probe, encoding: 'utf8' });
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
    expect(result?.messages.map((message) => message.ruleId)).toContain('no-restricted-imports');
  });
});
