// Checks a path before it is read: a folder, a pipe or device (which would block the read forever), a symbolic link
// loop, a missing or unreadable file and an oversized one each get a one-line reason and what to do.
// Node-only CLI helper: must not import Office, Word or React.
import { stat } from 'node:fs/promises';

export interface FileCheckOptions {
  /** "contract" or "playbook", for the messages. */
  readonly what: string;
  readonly maxBytes: number;
  /** What to do with a folder instead ("pass the contract files inside it"). */
  readonly hint: string;
}

export type FileCheck =
  | { readonly ok: true; readonly size: number; readonly describe: (error: unknown) => string }
  | { readonly ok: false; readonly error: string };

const megabytes = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

/** A one-line reason for a failed file-system call, without a stack trace or an absolute path. */
export function describeFsError(error: unknown, what: string): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'file not found; check the path and the spelling';
    case 'EACCES':
    case 'EPERM':
      return `permission denied; check that you can read this ${what} file`;
    case 'ELOOP':
      return 'the path is a loop of symbolic links that never reaches a file; point at the real file';
    case 'EISDIR':
      return 'this is a folder, not a file';
    case 'ENAMETOOLONG':
      return 'the path is too long for this system; move the file to a shorter path';
    default:
      return `could not read the ${what} file (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/** Only a regular file of sensible size passes; `describe` words a later read error the same way. */
export async function checkRegularFile(path: string, options: FileCheckOptions): Promise<FileCheck> {
  const describe = (error: unknown): string => describeFsError(error, options.what);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    return { ok: false, error: describe(error) };
  }
  if (info.isDirectory()) return { ok: false, error: `this is a folder, not a file; ${options.hint}` };
  if (!info.isFile()) {
    return { ok: false, error: `this is not a regular file (a pipe, socket or device, which would never finish reading); give a saved ${options.what} file` };
  }
  if (info.size > options.maxBytes) {
    return { ok: false, error: `the file is ${megabytes(info.size)}, larger than the ${megabytes(options.maxBytes)} a ${options.what} can be; check that it is the right file` };
  }
  return { ok: true, size: info.size, describe };
}
