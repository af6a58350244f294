// Validates an untrusted playbook (parsed JSON or raw text) and returns it, or issues a lawyer can act on.
// Never lets a ZodError escape. Pure: must not import Office, React, the DOM or Node.
import type { z } from 'zod';
import { defaultPlaybookFor, playbookModeMismatch, playbookMode } from './modePlaybooks';
import { contentProblems, firstProblems, MAX_PLAYBOOK_CHARS, oversizedValues, tooLargeProblem, type PlaybookProblem } from './playbookLimits';
import { PlaybookSchema, type Playbook } from './schema';

export type { PlaybookProblem };

export type PlaybookParseResult =
  | { readonly ok: true; readonly playbook: Playbook }
  | { readonly ok: false; readonly issues: readonly PlaybookProblem[] };

/**
 * Returns the playbook to use. A playbook with `extendsDefault: true` is merged into `base` (by default, the built-in
 * playbook of the mode it declares): its issues replace the base issues with the same id, and its new issues go first
 * so that they win the category lookup. At most MAX_REPORTED_PROBLEMS problems are returned, with a last one counting
 * the rest.
 */
export function parsePlaybook(json: unknown, base?: Playbook): PlaybookParseResult {
  // Oversized texts and lists are refused before the schema walks them: that is where a hostile file costs time.
  const oversized = oversizedValues(json);
  if (oversized.length > 0) return { ok: false, issues: firstProblems(oversized) };
  const result = PlaybookSchema.safeParse(json, { reportInput: true });
  if (!result.success) return { ok: false, issues: firstProblems(result.error.issues.flatMap(describeIssue)) };
  const content = contentProblems(result.data);
  if (content.length > 0) return { ok: false, issues: firstProblems(content) };
  const playbook = result.data;
  if (!playbook.extendsDefault) return { ok: true, playbook };
  const into = base ?? defaultPlaybookFor(playbookMode(playbook));
  const mismatch = playbookModeMismatch(playbook, playbookMode(into));
  if (mismatch) return { ok: false, issues: [{ path: 'mode', message: mismatch }] };
  return { ok: true, playbook: mergeInto(into, playbook) };
}

export function parsePlaybookText(text: string, base?: Playbook): PlaybookParseResult {
  if (text.length > MAX_PLAYBOOK_CHARS) return { ok: false, issues: [tooLargeProblem(text.length)] };
  let json: unknown;
  try {
    // Windows Notepad starts a UTF-8 file with a byte-order mark, which JSON does not allow.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [{ path: '', message: `the playbook is not valid JSON (${detail.slice(0, 200)}); check quotes, commas and brackets` }],
    };
  }
  return parsePlaybook(json, base);
}

function mergeInto(base: Playbook, extension: Playbook): Playbook {
  const overrides = new Map(extension.issues.map((issue) => [issue.id, issue]));
  const baseIds = new Set(base.issues.map((issue) => issue.id));
  const mode = extension.mode ?? base.mode;
  return {
    version: 1,
    name: extension.name,
    ...(mode ? { mode } : {}),
    issues: [
      ...extension.issues.filter((issue) => !baseIds.has(issue.id)),
      ...base.issues.map((issue) => overrides.get(issue.id) ?? issue),
    ],
  };
}

function describeIssue(issue: z.core.$ZodIssue): PlaybookProblem[] {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: path ? `${path}.${key}` : key,
        message: `unknown field "${key}"; check its spelling or remove it`,
      }));
    case 'invalid_type':
      if (issue.input === undefined) return [{ path, message: `this required field is missing (expected ${issue.expected})` }];
      return [{ path, message: `expected ${article(issue.expected)}, found ${describeValue(issue.input)}` }];
    case 'invalid_union': {
      // zod's own wording ("Invalid discriminator value. Expected 'prohibit' | …") reads as a program error.
      const options = (issue as { options?: unknown }).options;
      if (!Array.isArray(options)) return [{ path, message: issue.message }];
      const found = (issue.input as Record<string, unknown> | undefined)?.[String(issue.path[issue.path.length - 1] ?? '')];
      return [{ path, message: `${found === undefined ? 'this is missing' : `"${String(found).slice(0, 60)}" is not known`}; use one of ${options.join(', ')}` }];
    }
    default:
      return [{ path, message: issue.message }];
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  // JSON reads 1e400 as Infinity, which JSON.stringify would print as "null".
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to use (beyond 1.8e308)';
  if (typeof value === 'string' && value.length > 60) return `string ${JSON.stringify(`${value.slice(0, 60)}…`)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
