// `npm run simulate -- FILE.txt|FILE.docx [--position preferred|fallback1|fallback2] [--api 1.3|1.4|1.6|1.7]
// [--comments internal|external|none] [--mode customer|vendor|dua]`: the add-in's whole flow (read, analyse, mark, apply everything in one
// action) against the simulator, printed as one JSON object. A .docx is loaded with its tracked changes, fields and
// notes as Word would show them. Node-only; reaches Word only through the simulator.
import { analyzeDocument } from '../engine/analyzeDocument';
import { buildReviewPlan, compilePlans } from '../review';
import { REVIEW_MODES, type Analysis, type Paragraph, type RedlinePlan, type ReviewMode } from '../engine/types';
import type { CommentAudience } from '../host/documentHost';
import { issueResolver } from '../playbook/issueFor';
import { defaultPlaybookFor } from '../playbook/modePlaybooks';
import type { Playbook, PositionId } from '../playbook/schema';
import { createSimulator, type ApiLevel, type SimParagraphInput } from '../simulator';
import { reviewedText } from '../simulator/reviewedText';
// simulate exists to run the real Word adapter against the simulator; createWordHost names no Office global.
// eslint-disable-next-line no-restricted-imports
import { createWordHost } from '../word/createWordHost';
import { readContractFile } from './readInput';
import { simulatorParagraphsFromDocx } from './simulatorInput';

const USAGE =
  'usage: npm run simulate -- FILE.txt|FILE.docx [--position preferred|fallback1|fallback2] [--api 1.3|1.4|1.6|1.7] ' +
  '[--comments internal|external|none] [--mode customer|vendor|dua]';
const FIXED_NOW = (): Date => new Date('2026-01-15T09:00:00Z');

interface SimulateArgs {
  readonly file: string;
  readonly position: PositionId;
  readonly api: ApiLevel;
  readonly comments: CommentAudience;
  readonly mode: ReviewMode;
}

export function parseSimulateArgs(argv: readonly string[]): { ok: true; args: SimulateArgs } | { ok: false; error: string } {
  const values: Record<string, string> = { position: 'preferred', api: '1.7', comments: 'none', mode: 'customer' };
  const allowed: Record<string, readonly string[]> = {
    position: ['preferred', 'fallback1', 'fallback2'],
    api: ['1.3', '1.4', '1.6', '1.7'],
    comments: ['internal', 'external', 'none'],
    mode: REVIEW_MODES,
  };
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[(i += 1)];
    const options = allowed[name];
    if (!options) return { ok: false, error: `unknown option --${name}` };
    if (value === undefined || !options.includes(value)) return { ok: false, error: `--${name} must be one of ${options.join(', ')}` };
    values[name] = value;
  }
  if (files.length !== 1) return { ok: false, error: files.length === 0 ? 'give one contract file (.txt or .docx)' : 'give only one contract file' };
  return {
    ok: true,
    args: { file: files[0]!, position: values.position as PositionId, api: values.api as ApiLevel, comments: values.comments as CommentAudience, mode: values.mode as ReviewMode },
  };
}

/**
 * The document's one review plan (as the pane's Apply all and `review` make it), compiled into the plans the Word
 * adapter applies; what the review leaves alone is listed in `skipped` with its reason.
 */
export function plansFor(
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  position: PositionId,
  playbook: Playbook = defaultPlaybookFor(analysis.mode ?? 'customer'),
): { plans: RedlinePlan[]; skipped: { target: string; reason: string }[] } {
  const review = buildReviewPlan(analysis, paragraphs, playbook, { position });
  const skipped = review.skipped.map((s) => ({ target: 'id' in s.target ? s.target.id : `missing:${s.target.category}`, reason: s.reason }));
  return { plans: compilePlans(review.items, paragraphs), skipped };
}

export async function runSimulate(argv: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const parsed = parseSimulateArgs(argv);
  if (!parsed.ok) return { code: 2, stdout: '', stderr: `simulate: ${parsed.error}\n${USAGE}\n` };
  const { file, position, api, comments, mode } = parsed.args;
  const input = file.toLowerCase().endsWith('.docx') ? await simulatorParagraphsFromDocx(file) : await readTextInput(file);
  if (!input.ok) return { code: 1, stdout: '', stderr: `simulate: cannot read ${file}: ${input.error}\n` };
  const simulator = createSimulator({
    paragraphs: input.paragraphs,
    apiLevel: api,
    platform: 'windows',
    user: 'AI Data Terms',
    now: FIXED_NOW,
  });
  const host = createWordHost(simulator.api, { author: 'AI Data Terms', now: FIXED_NOW });
  const original = simulator.currentText();
  const before = new Set(simulator.snapshot().revisions.map((r) => r.id));
  const failure = (step: string, message: string) => ({ code: 1, stdout: '', stderr: `simulate: ${step} failed: ${message}\n` });

  const read = await host.readDocument();
  if (!read.ok) return failure('read', read.error.message);
  const syncsRead = simulator.snapshot().syncs;
  const playbook = defaultPlaybookFor(mode);
  const analysis = analyzeDocument(read.value, { issueFor: issueResolver(playbook), mode });

  simulator.resetSyncCount();
  const capabilities = await host.capabilities();
  const marked = capabilities.annotations ? await host.markFindings(analysis.findings) : undefined;
  const syncsMark = simulator.snapshot().syncs;
  const marks = simulator.snapshot().marks;

  const { plans, skipped } = plansFor(analysis, read.value, position, playbook);
  simulator.resetSyncCount();
  const outcome = plans.length > 0 ? await host.applyPlans(plans, { comment: comments }) : { ok: true as const, value: [] };
  // A refusal or a failure part-way is reported with what did go in; the document is shown as it now is.
  const applied = outcome.ok ? outcome.value : (outcome.error.applied ?? []);
  const after = simulator.snapshot();
  const ours = new Set(after.revisions.map((r) => r.id).filter((id) => !before.has(id)));

  const result = {
    file,
    ...(mode !== 'customer' ? { mode } : {}),
    ...(analysis.suggestedMode ? { suggestedMode: analysis.suggestedMode } : {}),
    apiLevel: capabilities.apiLevel,
    syncs: { read: syncsRead, mark: syncsMark, apply: after.syncs },
    findings: analysis.findings.length,
    missing: analysis.missing.length,
    mark: marked === undefined ? { method: 'none', marked: 0 } : marked.ok ? marked.value : { error: marked.error.kind },
    marks,
    plans: plans.map((plan) => {
      const done = applied.find((o) => o.planId === plan.id);
      const how = { applied: done?.mode ?? 'not inserted', verified: done?.verified ?? false };
      return { id: plan.id, planned: plan.kind, ...how, paragraph: plan.paragraph, ...(done?.note ? { note: done.note } : {}) };
    }),
    skipped,
    ...(outcome.ok ? {} : { notInserted: { kind: outcome.error.kind, message: outcome.error.message, nextStep: outcome.error.nextStep } }),
    // Every revision now in the document, the other party's included, each with its author.
    revisions: after.revisions.map(({ id, type, text, author, paragraph }) => ({ id, type, text, author, paragraph, byThisRun: ours.has(id) })),
    comments: after.comments,
    // original: as the document read before the run; rejected: with only this run's revisions rejected.
    text: { original: original.join('\n'), accepted: reviewedText(after, 'accepted').join('\n'), rejected: reviewedText(after, 'rejected', ours).join('\n') },
  };
  return { code: 0, stdout: `${JSON.stringify(result, null, 2)}\n`, stderr: '' };
}

async function readTextInput(file: string): Promise<{ ok: true; paragraphs: SimParagraphInput[] } | { ok: false; error: string }> {
  const input = await readContractFile(file);
  if (!input.ok) return input;
  const paragraphs = input.paragraphs.map((p) => ({
    text: p.text,
    style: p.style ?? (p.isHeading ? 'Heading 1' : 'Normal'),
    isListItem: p.isListItem ?? false,
    inTable: p.inTable ?? false,
  }));
  return { ok: true, paragraphs };
}

if (require.main === module) {
  void runSimulate(process.argv.slice(2)).then(({ code, stdout, stderr }) => {
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    process.exitCode = code;
  });
}
