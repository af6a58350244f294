// Parses the `analyze` command line into validated options with zod; bad usage is a value, never a throw.
// Node-only CLI helper: must not import Office, Word or React.
import { z } from 'zod';
import { REVIEW_MODES } from '../engine/types';

export const ANALYZE_USAGE =
  'usage: npm run analyze -- [--format json|text] [--explain] [--mode customer|vendor|dua] [--playbook FILE] FILE...\n' +
  '  --format json   one JSON object per file (JSON Lines)\n' +
  '  --format text   a readable report (default)\n' +
  '  --explain       add, per sentence, how it was read and which rules fired or were vetoed, and why\n' +
  '  --mode MODE     whose side you review for: customer (default), vendor, or dua (a data-use agreement for model training)\n' +
  '  --playbook FILE a playbook JSON file for that mode, replacing (or, with "extendsDefault": true, extending) its default';

const AnalyzeOptionsSchema = z
  .strictObject({
    format: z.enum(['json', 'text'], { error: '--format must be "json" or "text"' }).default('text'),
    mode: z.enum(REVIEW_MODES, { error: `--mode must be one of ${REVIEW_MODES.join(', ')}` }).default('customer'),
    playbook: z.string().min(1, '--playbook needs a file name').optional(),
    files: z.array(z.string().min(1, 'a file name must not be empty')),
    help: z.boolean().default(false),
    explain: z.boolean().default(false),
  })
  .superRefine((options, ctx) => {
    if (!options.help && options.files.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['files'], message: 'name at least one contract file to analyse' });
    }
  });

export type AnalyzeOptions = z.infer<typeof AnalyzeOptionsSchema>;
export type ParsedArgs = { readonly ok: true; readonly options: AnalyzeOptions } | { readonly ok: false; readonly error: string };

const VALUE_FLAGS = new Set(['--format', '--playbook', '--mode']);

export function parseAnalyzeArgs(argv: readonly string[]): ParsedArgs {
  const raw: Record<string, unknown> = { files: [] as string[] };
  const files = raw.files as string[];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--') {
      for (const file of argv.slice(i + 1)) files.push(file);
      break;
    }
    if (arg === '--help' || arg === '-h') {
      raw.help = true;
      continue;
    }
    if (arg === '--explain') {
      raw.explain = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [flag = '', inline] = arg.split(/=(.*)/s, 2);
    if (!VALUE_FLAGS.has(flag)) return { ok: false, error: `unknown option ${flag}` };
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i += 1;
    if (value === undefined || (inline === undefined && value.startsWith('--'))) return { ok: false, error: `${flag} needs a value` };
    raw[flag.slice(2)] = value;
  }
  const result = AnalyzeOptionsSchema.safeParse(raw);
  if (!result.success) return { ok: false, error: result.error.issues.map((issue) => issue.message).join('; ') };
  return { ok: true, options: result.data };
}
