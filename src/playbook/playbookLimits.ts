// Limits and extra checks on an untrusted playbook: size, text length and list length before the schema runs (so a
// huge file is refused in milliseconds, not validated for seconds), invisible texts and unknown placeholders in
// comments after it, and at most MAX_REPORTED_PROBLEMS problems reported. Pure: must not import Office, React, the
// DOM or Node.
import { PLACEHOLDERS, PLACEHOLDER_PATTERN, isPlaceholder } from './fillPlaceholders';
import type { Playbook } from './schema';

export interface PlaybookProblem {
  /** Dotted path to the bad field, e.g. `issues.3.positions.0.clause`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

/** About 20 times the default playbook (47,000 characters): room for a firm's own, small enough to save in the pane. */
export const MAX_PLAYBOOK_CHARS = 1_000_000;
/** About four pages; the default playbook's longest text is under 600 characters. */
export const MAX_TEXT_CHARS = 10_000;
/** Issues, questions, positions' edits and words: the default playbook's longest list has 13 items. */
export const MAX_LIST_ITEMS = 200;
/** A list of problems longer than this is not read; the rest are counted. */
export const MAX_REPORTED_PROBLEMS = 50;
/** The schema is five levels deep; nothing deeper is walked (the schema refuses it anyway). */
const MAX_DEPTH = 12;

const count = (n: number): string => n.toLocaleString('en-US');

export function tooLargeProblem(characters: number): PlaybookProblem {
  return {
    path: '',
    message: `the playbook is ${count(characters)} characters long, more than the ${count(MAX_PLAYBOOK_CHARS)} allowed (the default playbook is about 47,000); check that it is the right file`,
  };
}

/** Texts and lists over their limits, found by one walk of the parsed JSON (no recursion, so no stack overflow). */
export function oversizedValues(json: unknown): PlaybookProblem[] {
  const problems: PlaybookProblem[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: json, path: '', depth: 0 }];
  const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string' && value.length > MAX_TEXT_CHARS) {
      problems.push({ path, message: `this text is ${count(value.length)} characters long; the limit is ${count(MAX_TEXT_CHARS)} (about four pages)` });
    } else if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) problems.push({ path, message: `this list has ${count(value.length)} items; the limit is ${count(MAX_LIST_ITEMS)}` });
      else if (depth < MAX_DEPTH) for (let i = value.length - 1; i >= 0; i -= 1) stack.push({ value: value[i], path: join(path, i), depth: depth + 1 });
    } else if (value !== null && typeof value === 'object' && depth < MAX_DEPTH) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i -= 1) {
        const [key, item] = entries[i] as [string, unknown];
        stack.push({ value: item, path: join(path, key), depth: depth + 1 });
      }
    }
  }
  return problems;
}

// Characters that show nothing: white space and Unicode's default-ignorable code points (zero-width spaces and
// joiners, the soft hyphen, word joiners, the byte-order mark, bidirectional controls, variation selectors, fillers).
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}]/gu;

function hasVisibleText(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}

function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].filter((match) => !isPlaceholder(match[1] ?? '')).map((match) => match[0]);
}

const PLACEHOLDER_LIST = PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ');

/**
 * What the schema cannot see: a text of invisible characters only (it trims spaces, not U+200B), and an unknown
 * placeholder in a comment, which would reach the vendor as literal "{{counterparty}}".
 */
export function contentProblems(playbook: Playbook): PlaybookProblem[] {
  const problems: PlaybookProblem[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (!hasVisibleText(value)) problems.push({ path, message: 'has no visible text (only spaces or invisible characters such as U+200B); write the text or remove the field' });
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}.${index}`));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, path ? `${path}.${key}` : key);
  };
  visit(playbook, '');
  playbook.issues.forEach((issue, i) =>
    issue.positions.forEach((position, p) => {
      for (const field of ['internalComment', 'externalComment'] as const) {
        for (const placeholder of unknownPlaceholders(position[field])) {
          problems.push({ path: `issues.${i}.positions.${p}.${field}`, message: `unknown placeholder "${placeholder}"; use one of ${PLACEHOLDER_LIST}` });
        }
      }
    }),
  );
  return problems;
}

/** The first MAX_REPORTED_PROBLEMS problems, and a last line counting the rest. */
export function firstProblems(problems: readonly PlaybookProblem[]): PlaybookProblem[] {
  if (problems.length <= MAX_REPORTED_PROBLEMS) return [...problems];
  const rest = problems.length - MAX_REPORTED_PROBLEMS;
  return [
    ...problems.slice(0, MAX_REPORTED_PROBLEMS),
    { path: '', message: `and ${count(rest)} more problem${rest === 1 ? '' : 's'} (${count(problems.length)} in all); fix these first and check again` },
  ];
}
