// Finds LibreOffice's soffice and converts files with a private profile, for the tests that prove reviewed .docx
// files against a real consumer. Missing soffice: tests fail under CI and are skipped loudly elsewhere.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const SOFFICE = [...(process.env.PATH ?? '').split(delimiter).map((folder) => join(folder, 'soffice')), '/usr/bin/soffice', '/opt/libreoffice/program/soffice'].find(
  (path) => path.startsWith('/') && existsSync(path),
);

/** `describe` when soffice exists; otherwise a warning and `describe.skip`, or a failing test under CI. */
export function describeWithSoffice(name: string, body: () => void): void {
  if (SOFFICE) {
    describe(name, body);
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('needs soffice', () => {
        throw new Error('soffice not found: CI must install libreoffice-writer-nogui to prove reviewed .docx files open with tracked changes');
      });
    });
    return;
  }
  console.warn(`SKIPPING "${name}": soffice not found (apt-get install libreoffice-writer-nogui)`);
  describe.skip(name, body);
}

/** Converts `input` into `outdir` ("odt", or "docx:MS Word 2007 XML" for a round trip). */
export async function convertWithSoffice(input: string, format: string, outdir: string, profileFolder: string): Promise<void> {
  if (!SOFFICE) throw new Error('soffice not found');
  // A private profile per run: a shared one is locked by any other soffice and makes the conversion silently fail.
  await run(SOFFICE, [`-env:UserInstallation=file://${profileFolder}`, '--headless', '--convert-to', format, '--outdir', outdir, input], { timeout: 120_000 });
}
