// The project's own agreements for review tests: the built-in sample and the agreements drafted blind by helpers who
// never read the rules (test/fixtures/agreements; labels.json says what each clause is). One paragraph per non-blank
// line, as the CLI reads a .txt.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import type { Paragraph } from '../../src/engine/types';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { defaultPlaybookFor } from '../../src/playbook/modePlaybooks';
import { buildReviewPlan, type EditItem, type InsertItem, type ReviewChoices, type ReviewPlan } from '../../src/review';

const ROOT = join(__dirname, '..', '..');
const AGREEMENTS = join(ROOT, 'test', 'fixtures', 'agreements');

export const paragraphsOf = (text: string): Paragraph[] =>
  text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ text: line }));

export function projectAgreements(): { readonly name: string; readonly paragraphs: Paragraph[] }[] {
  const files = readdirSync(AGREEMENTS).filter((name) => name.endsWith('.txt')).sort();
  if (files.length < 8) throw new Error(`expected at least eight agreements in ${AGREEMENTS}, found ${files.length}`);
  return [
    { name: 'sample-agreement', paragraphs: paragraphsOf(readFileSync(join(ROOT, 'samples', 'sample-agreement.txt'), 'utf8')) },
    ...files.map((name) => ({ name: name.replace(/\.txt$/, ''), paragraphs: paragraphsOf(readFileSync(join(AGREEMENTS, name), 'utf8')) })),
  ];
}

/** A document of our own drafting, one clause a line, read and reviewed with the given choices. */
export function reviewOf(lines: readonly string[], choices: ReviewChoices) {
  const paragraphs = paragraphsOf(lines.join('\n'));
  const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
  const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, choices);
  const edit = (paragraph: number) => plan.items.find((item): item is EditItem => item.kind === 'edit' && item.paragraph === paragraph);
  const inserts = () => plan.items.filter((item): item is InsertItem => item.kind === 'insert');
  return { paragraphs, analysis, plan, edit, inserts };
}

/** The same, in the preferred position with no insertions. */
export function preferredReview(lines: readonly string[]) {
  return reviewOf(lines, { position: 'preferred', insertMissing: false });
}

/** Whether the plan left the risks of a paragraph with a reason matching `reason` (for the lawyer's list). */
export function skippedWith(plan: ReviewPlan, paragraph: number, reason: RegExp): boolean {
  return plan.skipped.some((s) => 'paragraph' in s.target && s.target.paragraph === paragraph && reason.test(s.reason));
}

/** A data-use agreement, one clause a line, reviewed for the data holder in the preferred position with no insertions. */
export function duaReview(lines: readonly string[]) {
  const paragraphs = paragraphsOf(lines.join('\n'));
  const playbook = defaultPlaybookFor('dua');
  const analysis = analyzeDocument(paragraphs, { mode: 'dua', issueFor: issueResolver(playbook) });
  const plan = buildReviewPlan(analysis, paragraphs, playbook, { position: 'preferred', insertMissing: false });
  const edit = (paragraph: number) => plan.items.find((item): item is EditItem => item.kind === 'edit' && item.paragraph === paragraph);
  return { plan, edit };
}
