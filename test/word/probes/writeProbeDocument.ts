// `npm run probe-doc -- [OUT.docx] [--pages N]`: writes TESTING.md's probe document (default fidelity-probes.docx in
// the current folder, one page; --pages 200 for the long copy). Node-only.
import { writeFile } from 'node:fs/promises';
import { buildProbeDocument } from './probeDocument';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const pagesAt = args.indexOf('--pages');
  const pages = pagesAt >= 0 ? Number(args[pagesAt + 1]) : 1;
  const out = args.filter((_, i) => pagesAt < 0 || (i !== pagesAt && i !== pagesAt + 1))[0] ?? 'fidelity-probes.docx';
  if (!Number.isSafeInteger(pages) || pages < 1 || pages > 1000) {
    process.stderr.write('probe-doc: --pages must be a whole number from 1 to 1000\nusage: npm run probe-doc -- [OUT.docx] [--pages N]\n');
    process.exitCode = 2;
    return;
  }
  await writeFile(out, await buildProbeDocument(pages));
  process.stdout.write(`probe-doc: wrote ${out} (${pages} page${pages === 1 ? '' : 's'} of probe clauses)\n`);
}

void main();
