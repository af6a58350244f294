// The architecture is a test: layers stay apart and imports never form a cycle.
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

function localImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specs = [...code.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)].map((m) => m[1] as string);
  return specs.map((spec) => {
    const base = resolve(dirname(file), spec);
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // try the next spelling
      }
    }
    return base;
  });
}

const files = sourceFiles(SRC);
const layer = (file: string) => relative(SRC, file).split(/[\\/]/)[0] ?? '';

describe('architecture', () => {
  it('names the Office and Word globals only in src/word and src/simulator', () => {
    const offenders = files
      .filter((f) => !['word', 'simulator'].includes(layer(f)))
      .filter((f) => /(^|[^.\w'"`])(Office|Word)\.[a-zA-Z]/.test(stripComments(readFileSync(f, 'utf8'))))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });

  it('keeps the engine, playbook and ooxml renderer free of React, DOM, Node and Office', () => {
    const pure = files.filter((f) => ['engine', 'playbook', 'ooxml'].includes(layer(f)));
    const offenders = pure.filter((f) => {
      const source = stripComments(readFileSync(f, 'utf8'));
      const code = stripStrings(source);
      return /from\s+['"](react|react-dom|@fluentui\/[^'"]*|node:[^'"]*|fs|path)['"]/.test(source) ||
        /(^|[^.\w])(window|document|localStorage)\s*\./.test(code) ||
        localImports(f).some((dep) => !['engine', 'playbook', 'ooxml'].includes(layer(dep)));
    });
    expect(offenders.map((f) => relative(SRC, f))).toEqual([]);
  });

  it('has no import cycles', () => {
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
  });
});
