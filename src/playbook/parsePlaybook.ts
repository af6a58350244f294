// Validates an untrusted playbook (parsed JSON or raw text) and returns it, or issues a lawyer can act on.
// Never lets a ZodError escape. Pure: must not import Office, React, the DOM or Node.
import type { z } from 'zod';
import { defaultPlaybookFor, playbookModeMismatch, playbookMode } from './modePlaybooks';
import { PlaybookSchema, type Playbook } from './schema';

export interface PlaybookProblem {
  /** Dotted path to the bad field, e.g. `issues.3.positions.0.clause`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

export type PlaybookParseResult =
  | { readonly ok: true; readonly playbook: Playbook }
  | { readonly ok: false; readonly issues: readonly PlaybookProblem[] };

/**
 * Returns the playbook to use. A playbook with `extendsDefault: true` is merged into `base` (by default, the built-in
 * playbook of the mode it declares): its issues replace the base issues with the same id, and its new issues go first
 * so that they win the category lookup.
 */
export function parsePlaybook(json: unknown, base?: Playbook): PlaybookParseResult {
  const result = PlaybookSchema.safeParse(json, { reportInput: true });
  if (!result.success) return { ok: false, issues: result.error.issues.flatMap(describeIssue) };
  const playbook = result.data;
  if (!playbook.extendsDefault) return { ok: true, playbook };
  const into = base ?? defaultPlaybookFor(playbookMode(playbook));
  const mismatch = playbookModeMismatch(playbook, playbookMode(into));
  if (mismatch) return { ok: false, issues: [{ path: 'mode', message: mismatch }] };
  return { ok: true, playbook: mergeInto(into, playbook) };
}

export function parsePlaybookText(text: string, base?: Playbook): PlaybookParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [{ path: '', message: `the playbook is not valid JSON (${detail}); check quotes, commas and brackets` }],
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
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}
