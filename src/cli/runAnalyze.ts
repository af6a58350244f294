// The `analyze` command as a function: options in, lines out, exit code returned, so tests run it in-process.
// Node-only CLI code: must not import Office, Word or React.
import { readFile } from 'node:fs/promises';
import { analyzeDocument } from '../engine/analyzeDocument';
import { issueResolver } from '../playbook/issueFor';
import { defaultPlaybookFor } from '../playbook/modePlaybooks';
import type { Playbook } from '../playbook/schema';
import { ANALYZE_USAGE, parseAnalyzeArgs, type AnalyzeOptions } from './analyzeOptions';
import { formatTextReport, toJsonRecord } from './formatReport';
import { formatTrace } from './formatTrace';
import { docxExtrasFromBytes } from '../docx/docxExtras';
import { loadPlaybookFile } from './loadPlaybook';
import { readContractFile } from './readInput';

export interface CliOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

/** 0: every file analysed; 1: a file or the playbook could not be used (the rest still ran); 2: bad usage. */
export async function runAnalyze(argv: readonly string[], io: CliOutput): Promise<number> {
  const parsed = parseAnalyzeArgs(argv);
  if (!parsed.ok) {
    io.err(`analyze: ${parsed.error}`);
    io.err(ANALYZE_USAGE);
    return 2;
  }
  const options = parsed.options;
  if (options.help) {
    io.out(ANALYZE_USAGE);
    return 0;
  }
  let failed = false;
  const report = (file: string, error: string) => {
    failed = true;
    if (options.format === 'json') io.out(JSON.stringify({ file, error }));
    else io.err(`${file}: ${error}`);
  };

  const playbook = await loadPlaybook(options, report);
  const issueFor = issueResolver(playbook);
  for (const file of options.files) {
    const input = await readContractFile(file);
    if (!input.ok) {
      report(file, input.error);
      continue;
    }
    const analysis = analyzeDocument(input.paragraphs, { issueFor, trace: options.explain, mode: options.mode });
    // A .docx also reports its decision record and its tracked changes (judged in the same mode): src/docx/docxExtras.ts.
    const extras = options.format === 'json' && /\.docx$/i.test(file) ? await docxExtrasFromBytes(await readFile(file), file, analysis, { issueFor, mode: options.mode }) : {};
    if (options.format === 'json') io.out(JSON.stringify({ ...toJsonRecord(file, analysis), ...extras, ...(analysis.trace ? { trace: analysis.trace } : {}) }));
    else io.out(`${formatTextReport(file, analysis, playbook)}${analysis.trace ? `\n\n${formatTrace(input.paragraphs, analysis.trace)}` : ''}\n`);
  }
  return failed ? 1 : 0;
}

async function loadPlaybook(options: AnalyzeOptions, report: (file: string, error: string) => void): Promise<Playbook> {
  const DEFAULT_PLAYBOOK = defaultPlaybookFor(options.mode);
  if (!options.playbook) return DEFAULT_PLAYBOOK;
  const loaded = await loadPlaybookFile(options.playbook, options.mode);
  if (loaded.ok) return loaded.playbook;
  report(options.playbook, `${loaded.error}; analysed with the built-in ${options.mode} playbook meanwhile`);
  return DEFAULT_PLAYBOOK;
}
