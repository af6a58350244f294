// Parses the `review` command line into validated options with zod; bad usage is a value, never a throw.
// Node-free: must not import Office, the DOM globals or fs.
import { z } from 'zod';
import { REVIEW_MODES } from '../../engine/types';
import { POSITION_IDS } from '../../playbook/schema';

export const REVIEW_USAGE =
  'usage: npm run review -- contract.docx [--out FILE] [--position preferred|fallback1|fallback2]\n' +
  '                         [--comments internal|external|none] [--author NAME] [--insert-missing] [--force] [--playbook FILE]\n' +
  '                         [--mode customer|vendor|dua]\n' +
  '       npm run review -- DIR_OR_FILES... --summary summary.csv [--jobs N] [same options except --out]\n' +
  '  writes contract.reviewed.docx (tracked changes and comments); the input is never modified;\n' +
  '  --force overwrites existing outputs; --summary writes one CSV row per contract;\n' +
  '  --round2 answers the other side\'s tracked changes to the AI terms (reject and comment) and keeps every other revision;\n' +
  '  --strip-internal writes a copy without the "[Internal]" comments and changes nothing else;\n' +
  '  --jobs N reviews N files at a time (default: the number of cores), with the same output whatever N is;\n' +
  '  --max-memory MB caps each worker\'s memory (default 1536); a file over it is reported and the rest go on';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

const ReviewOptionsSchema = z
  .strictObject({
    inputs: z.array(z.string().min(1)),
    out: z.string().min(1, '--out needs a file name').optional(),
    position: z.enum(POSITION_IDS, { error: '--position must be preferred, fallback1 or fallback2' }).default('preferred'),
    mode: z.enum(REVIEW_MODES, { error: `--mode must be one of ${REVIEW_MODES.join(', ')}` }).default('customer'),
    comments: z.enum(['internal', 'external', 'none'], { error: '--comments must be internal, external or none' }).default('internal'),
    author: z.string().trim().min(1, '--author must not be empty').max(100, '--author is limited to 100 characters').default('AI Data Terms'),
    insertMissing: z.boolean().default(false),
    force: z.boolean().default(false),
    playbook: z.string().min(1, '--playbook needs a file name').optional(),
    summary: z.string().min(1, '--summary needs a file name').optional(),
    date: z.string().regex(DATE_TIME, '--date must look like 2026-01-31T09:00:00Z').optional(),
    jobs: z.coerce
      .number({ error: '--jobs must be a whole number' })
      .int('--jobs must be a whole number')
      .min(1, '--jobs must be at least 1')
      .max(64, '--jobs is limited to 64')
      .optional(),
    maxMemory: z.coerce
      .number({ error: '--max-memory must be a number of megabytes' })
      .int('--max-memory must be a whole number of megabytes')
      .min(64, '--max-memory must be at least 64 (MB)')
      .max(65536, '--max-memory is limited to 65536 (MB)')
      .default(1536),
    help: z.boolean().default(false),
    round2: z.boolean().default(false),
    stripInternal: z.boolean().default(false),
  })
  .superRefine((options, ctx) => {
    if (options.help) return;
    if (options.inputs.length === 0) ctx.addIssue({ code: 'custom', message: 'name a .docx contract, several, or a folder of them' });
    if (options.out && (options.inputs.length !== 1 || options.summary)) {
      ctx.addIssue({ code: 'custom', message: '--out works with one input file; in batch mode each copy is written next to its contract' });
    }
    if (options.out && !options.out.toLowerCase().endsWith('.docx')) ctx.addIssue({ code: 'custom', message: '--out must name a .docx file' });
    if (options.summary && !options.summary.toLowerCase().endsWith('.csv')) ctx.addIssue({ code: 'custom', message: '--summary must name a .csv file' });
    if (options.round2 && options.stripInternal) ctx.addIssue({ code: 'custom', message: '--round2 and --strip-internal are separate steps; run one, then the other on its output' });
  });

export type ReviewCliOptions = z.infer<typeof ReviewOptionsSchema>;
export type ParsedReviewArgs = { readonly ok: true; readonly options: ReviewCliOptions } | { readonly ok: false; readonly error: string };

const VALUE_FLAGS: Readonly<Record<string, string>> = {
  '--out': 'out',
  '--position': 'position',
  '--comments': 'comments',
  '--author': 'author',
  '--playbook': 'playbook',
  '--summary': 'summary',
  '--date': 'date',
  '--mode': 'mode',
  '--jobs': 'jobs',
  '--max-memory': 'maxMemory',
};
const SWITCHES: Readonly<Record<string, string>> = {
  '--insert-missing': 'insertMissing',
  '--force': 'force',
  '--help': 'help',
  '-h': 'help',
  '--round2': 'round2',
  '--strip-internal': 'stripInternal',
};

export function parseReviewArgs(argv: readonly string[]): ParsedReviewArgs {
  const raw: Record<string, unknown> = {};
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      for (const input of argv.slice(i + 1)) inputs.push(input);
      break;
    }
    const switchName = SWITCHES[arg];
    if (switchName) {
      raw[switchName] = true;
      continue;
    }
    if (!arg.startsWith('-')) {
      inputs.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const flag = equals < 0 ? arg : arg.slice(0, equals);
    const key = VALUE_FLAGS[flag];
    if (!key) return { ok: false, error: `unknown option ${flag}` };
    const value = equals < 0 ? argv[i + 1] : arg.slice(equals + 1);
    if (equals < 0) i += 1;
    if (value === undefined || (equals < 0 && value.startsWith('--'))) return { ok: false, error: `${flag} needs a value` };
    if (raw[key] !== undefined) return { ok: false, error: `${flag} is given twice` };
    raw[key] = value;
  }
  raw.inputs = inputs;
  const result = ReviewOptionsSchema.safeParse(raw);
  if (!result.success) return { ok: false, error: result.error.issues.map((issue) => issue.message).join('; ') };
  return { ok: true, options: result.data };
}
