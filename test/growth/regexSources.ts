// Finds every regular expression written in src/ with the TypeScript compiler API: regex literals, and
// `new RegExp(...)` whose pattern is a string or template built from constants of the same file. What cannot be
// resolved statically (a list of party names, an escaped word) is stood in for by a sample alternation of names.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface RegexCase {
  /** `src/engine/lexicon.ts:12`, for the failure message. */
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

/** Stands in for run-time parts of a pattern: the contract's party names and defined terms are names like these. */
export const RUNTIME_PART = '(?:Provider|Customer Data)';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The pattern text of a regex literal token such as `/a+b/gi`. */
function splitLiteral(text: string): { source: string; flags: string } {
  const end = text.lastIndexOf('/');
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

class FileConstants {
  private readonly initializers = new Map<string, ts.Expression>();

  constructor(file: ts.SourceFile) {
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && !this.initializers.has(node.name.text)) {
        this.initializers.set(node.name.text, node.initializer);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }

  /** The string an expression evaluates to, with RUNTIME_PART for anything only known at run time. */
  text(expression: ts.Expression, depth = 0): string {
    if (depth > 20) return RUNTIME_PART;
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
    if (ts.isTemplateExpression(expression)) {
      return expression.head.text + expression.templateSpans.map((span) => this.text(span.expression, depth + 1) + span.literal.text).join('');
    }
    if (ts.isParenthesizedExpression(expression)) return this.text(expression.expression, depth + 1);
    if (ts.isIdentifier(expression)) {
      const initializer = this.initializers.get(expression.text);
      return initializer ? this.text(initializer, depth + 1) : RUNTIME_PART;
    }
    if (ts.isRegularExpressionLiteral(expression)) return splitLiteral(expression.text).source;
    if (ts.isPropertyAccessExpression(expression) && expression.name.text === 'source') {
      const target = expression.expression;
      const initializer = ts.isIdentifier(target) ? this.initializers.get(target.text) : undefined;
      if (initializer && ts.isRegularExpressionLiteral(initializer)) return splitLiteral(initializer.text).source;
    }
    return RUNTIME_PART;
  }

  /** Flags given as a literal, or none when they are computed. */
  flags(expression: ts.Expression | undefined): string {
    if (!expression) return '';
    const text = this.text(expression);
    return /^[dgimsuvy]*$/.test(text) ? text : '';
  }
}

export function regexCases(srcDir: string, root: string): RegexCase[] {
  const cases: RegexCase[] = [];
  for (const path of sourceFiles(srcDir)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const constants = new FileConstants(file);
    const where = (node: ts.Node): string => `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) cases.push({ where: where(node), ...splitLiteral(node.text) });
      const isRegExpCall = (ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp';
      const pattern = isRegExpCall ? node.arguments?.[0] : undefined;
      if (isRegExpCall && pattern) cases.push({ where: where(node), source: constants.text(pattern), flags: constants.flags(node.arguments?.[1]) });
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return cases;
}

/** Every RegExp among a module's exported values (in arrays and plain objects too), for compiled vocabularies. */
export function exportedPatterns(module: Record<string, unknown>, name: string): RegexCase[] {
  const found: RegexCase[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, path: string, depth: number): void => {
    if (depth > 6 || value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (value instanceof RegExp) found.push({ where: `${name} ${path}`, source: value.source, flags: value.flags });
    else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}[${index}]`, depth + 1));
    else for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`, depth + 1);
  };
  for (const [key, value] of Object.entries(module)) visit(value, key, 0);
  return found;
}
