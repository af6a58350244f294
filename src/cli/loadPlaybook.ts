// Loads a `--playbook FILE` for analyze and review: checks the path as the contract reader does (no hang on a pipe),
// decodes UTF-8 or UTF-16 with their byte-order marks, and validates it. Problems are one line with their paths,
// the first MAX_REPORTED_PROBLEMS of them and the count. Node-only CLI helper: must not import Office, Word or React.
import { readFile } from 'node:fs/promises';
import { decodeText, describeTextProblem } from '../docx/decodeText';
import type { ReviewMode } from '../engine/types';
import { playbookModeMismatch } from '../playbook/modePlaybooks';
import { parsePlaybookText } from '../playbook/parsePlaybook';
import { MAX_PLAYBOOK_CHARS } from '../playbook/playbookLimits';
import type { Playbook } from '../playbook/schema';
import { checkRegularFile } from './fileChecks';

export type LoadedPlaybook = { readonly ok: true; readonly playbook: Playbook } | { readonly ok: false; readonly error: string };

/** UTF-16 takes two bytes a character, and a byte-order mark a few more. */
const MAX_PLAYBOOK_BYTES = MAX_PLAYBOOK_CHARS * 2 + 4;

/** With a mode, a playbook written for another mode is refused, naming the mode to switch to. */
export async function loadPlaybookFile(path: string, mode?: ReviewMode): Promise<LoadedPlaybook> {
  const file = await checkRegularFile(path, { what: 'playbook', maxBytes: MAX_PLAYBOOK_BYTES, hint: 'give the playbook .json file inside it' });
  if (!file.ok) return file;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, error: file.describe(error) };
  }
  const decoded = decodeText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!decoded.ok) return { ok: false, error: describeTextProblem(decoded.problem, 'save the playbook as a UTF-8 .json file') };
  const result = parsePlaybookText(decoded.text);
  const mismatch = result.ok && mode ? playbookModeMismatch(result.playbook, mode) : undefined;
  if (mismatch) return { ok: false, error: mismatch };
  if (result.ok) return { ok: true, playbook: result.playbook };
  const problems = result.issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  return { ok: false, error: `invalid playbook (${problems.join('; ')}); fix it and run again` };
}
