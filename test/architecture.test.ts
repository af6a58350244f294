// The architecture is a test: each folder names the folders and packages it may import (static, dynamic,
// side-effect and `new URL(..)` worker imports alike), Office stays in its two folders, and imports never cycle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve(__dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

/** Blanks string literals so that '/word/document.xml' is not mistaken for the DOM global. */
function stripStrings(code: string): string {
  return code.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

/** Every module a file names: `from '…'`, `import '…'`, `import('…')`, `require('…')`, `new URL('…', …)`. */
export function importSpecifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    /(?:import|export)\s[^'"]*?\sfrom\s+['"]([^'"]+)['"]/g,
    /(?:^|[;\s])import\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bnew\s+URL\s*\(\s*['"]([^'"]+)['"]/g,
  ];
  for (const pattern of patterns) for (const m of stripComments(code).matchAll(pattern)) found.push(m[1] as string);
  return found;
}

function resolveLocal(file: string, spec: string): string {
  const base = resolve(dirname(file), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next spelling
    }
  }
  return base;
}

const files = sourceFiles(SRC);
const layer = (file: string) => relative(SRC, file).split(/[\\/]/)[0] ?? '';
const localImports = (file: string) =>
  importSpecifiers(readFileSync(file, 'utf8')).filter((spec) => spec.startsWith('.')).map((spec) => resolveLocal(file, spec));

/** Which folders each folder may import. The engine sits at the bottom and imports no other folder. */
const ALLOWED_FOLDERS: Record<string, readonly string[]> = {
  engine: [],
  playbook: ['engine'],
  review: ['engine', 'playbook'],
  host: ['engine', 'negotiation'],
  ooxml: ['engine'],
  negotiation: ['engine', 'ooxml', 'playbook'],
  docx: ['engine', 'ooxml', 'playbook', 'review', 'negotiation'],
  word: ['engine', 'host', 'ooxml', 'docx', 'review', 'negotiation'],
  simulator: ['engine', 'ooxml', 'word'],
  taskpane: ['engine', 'host', 'playbook', 'review', 'negotiation', 'word'],
  cli: ['engine', 'playbook', 'review', 'host', 'ooxml', 'docx', 'simulator', 'word'],
  workbench: ['engine', 'playbook', 'review', 'host', 'docx', 'simulator', 'taskpane', 'word'],
  commands: [],
};

/** Which packages each folder may import (node built-ins count as packages named "node:*"). */
const ALLOWED_PACKAGES: Record<string, RegExp> = {
  engine: /^$/,
  playbook: /^zod$/,
  review: /^diff$/,
  host: /^$/,
  ooxml: /^@xmldom\/xmldom$/,
  negotiation: /^zod$/,
  docx: /^(?:jszip|zod|@xmldom\/xmldom|node:.*)$/,
  word: /^$/,
  simulator: /^(?:@xmldom\/xmldom|jszip)$/,
  taskpane: /^(?:zod|react|react-dom|react-dom\/client|react\/jsx-runtime|@fluentui\/.*)$/,
  cli: /^(?:node:.*|zod|jszip|@xmldom\/xmldom)$/,
  workbench: /^(?:react|react-dom|react-dom\/client|@fluentui\/.*|jszip)$/,
  commands: /^$/,
};

describe('architecture', () => {
  it('names the Office and Word globals only in src/word and src/simulator', () => {
    const offenders = files
      .filter((f) => !['word', 'simulator'].includes(layer(f)))
      .filter((f) => /(^|[^.\w'"`])(Office|Word)\.[a-zA-Z]/.test(stripComments(readFileSync(f, 'utf8'))))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('keeps every folder to the folders it may import', () => {
    const offenders = files.flatMap((f) => {
      const allowed = ALLOWED_FOLDERS[layer(f)];
      if (!allowed) return [`${relative(SRC, f)}: folder ${layer(f)} has no entry in ALLOWED_FOLDERS`];
      // Only the pane's composition root may build the Word host (the template's seam).
      const extra = relative(SRC, f) === 'taskpane/index.tsx' ? ['word'] : [];
      return localImports(f)
        .filter((dep) => layer(dep) !== layer(f) && dep.startsWith(SRC))
        .filter((dep) => !allowed.includes(layer(dep)) || (layer(dep) === 'word' && layer(f) === 'taskpane' && extra.length === 0))
        .map((dep) => `${relative(SRC, f)} -> ${relative(SRC, dep)}`);
    });
    expect(offenders).toEqual([]);
  });

  it('keeps every folder to the packages it may import', () => {
    const offenders = files.flatMap((f) => {
      const allowed = ALLOWED_PACKAGES[layer(f)] ?? /^$/;
      return importSpecifiers(readFileSync(f, 'utf8'))
        .filter((spec) => !spec.startsWith('.'))
        .filter((spec) => !allowed.test(spec))
        .map((spec) => `${relative(SRC, f)} imports ${spec}`);
    });
    expect(offenders).toEqual([]);
  });

  it('keeps the engine, playbook, review, ooxml and negotiation layers free of the DOM globals', () => {
    const pure = files.filter((f) => ['engine', 'playbook', 'review', 'ooxml', 'negotiation'].includes(layer(f)));
    const offenders = pure.filter((f) => /(^|[^.\w])(window|document|localStorage)\s*\./.test(stripStrings(stripComments(readFileSync(f, 'utf8')))));
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('has no import cycles, between files or between folders', () => {
    const graph = new Map(files.map((f) => [f, localImports(f)]));
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(node)), node].map((f) => relative(SRC, f)).join(' -> '));
        return;
      }
      state.set(node, 'visiting');
      for (const dep of graph.get(node) ?? []) visit(dep, [...path, node]);
      state.set(node, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
    const folderEdges = new Set([...graph].flatMap(([f, deps]) => deps.filter((d) => d.startsWith(SRC) && layer(d) !== layer(f)).map((d) => `${layer(f)}>${layer(d)}`)));
    const folderCycles = [...folderEdges].filter((edge) => {
      const [from, to] = edge.split('>');
      return folderEdges.has(`${to}>${from}`);
    });
    expect(folderCycles).toEqual([]);
  });

  it('catches a planted violation of each kind', () => {
    const planted = "import('../word/createWordHost'); import '../taskpane/App'; const x = require('node:fs');";
    expect(importSpecifiers(planted)).toEqual(expect.arrayContaining(['../word/createWordHost', '../taskpane/App', 'node:fs']));
    expect(importSpecifiers("const w = new Worker(new URL('./analysisWorker.ts', import.meta.url));")).toEqual(['./analysisWorker.ts']);
  });
});
