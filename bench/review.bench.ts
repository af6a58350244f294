// The review plan's acceptance figures (issue 9 §2) on the project's agreements: fixed-point violations, duplicate
// protections, the share of word-level edits and the share of comment quotes that match their edits, per position.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../src/engine/analyzeDocument';
import type { ReviewMode } from '../src/engine/types';
import { DEFAULT_PLAYBOOK } from '../src/playbook/defaultPlaybook';
import { issueResolver } from '../src/playbook/issueFor';
import { defaultPlaybookFor } from '../src/playbook/modePlaybooks';
import type { PositionId } from '../src/playbook/schema';
import { checkReview } from '../src/review/checkReview';

const ROOT = join(__dirname, '..');
const AGREEMENTS = join(ROOT, 'test', 'fixtures', 'agreements');
const AUDITED = join(ROOT, 'test', 'fixtures', 'agreements-audited');

function documents(): { name: string; text: string }[] {
  const files = readdirSync(AGREEMENTS).filter((n) => n.endsWith('.txt')).sort();
  return [
    { name: 'sample', text: readFileSync(join(ROOT, 'samples', 'sample-agreement.txt'), 'utf8') },
    ...files.map((name) => ({ name: name.replace(/\.txt$/, ''), text: readFileSync(join(AGREEMENTS, name), 'utf8') })),
  ];
}

const share = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(0)} %`);

/** Agreements a blind lawyer audit read on their first run (test/fixtures/agreements-audited), kept as drafted. */
function auditedDocuments(): { name: string; text: string }[] {
  return readdirSync(AUDITED).filter((n) => n.endsWith('.txt')).sort().map((name) => ({ name: name.replace(/\.txt$/, ''), text: readFileSync(join(AUDITED, name), 'utf8') }));
}

/** Each document in the mode the pane would suggest for it (a data licence in the data-use mode). */
function suggestedMode(paragraphs: readonly { text: string }[]): ReviewMode {
  return analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) }).suggestedMode ?? 'customer';
}

function table(docs: readonly { name: string; text: string }[], modeOf: (paragraphs: readonly { text: string }[]) => ReviewMode): void {
  console.log('position   violations conceded duplicates  edits word-level  claims  matching');
  for (const position of ['preferred', 'fallback1', 'fallback2'] as PositionId[]) {
    let violations = 0;
    let duplicates = 0;
    let conceded = 0;
    let edits = 0;
    let word = 0;
    let claims = 0;
    let falseClaims = 0;
    const notes: string[] = [];
    for (const doc of docs) {
      const paragraphs = doc.text.split(/\r?\n/).filter((l) => l.trim() !== '').map((text) => ({ text }));
      const mode = modeOf(paragraphs);
      const check = checkReview(paragraphs, defaultPlaybookFor(mode), position, mode);
      violations += check.fixedPointViolations.length;
      duplicates += check.duplicateProtections.length;
      conceded += check.conceded.length;
      edits += check.edits;
      word += check.wordLevelEdits;
      claims += check.commentClaims;
      falseClaims += check.falseClaims.length;
      notes.push(...[...check.fixedPointViolations, ...check.duplicateProtections].map((v) => `  ${doc.name}: ${v}`));
    }
    console.log(
      `${position.padEnd(10)} ${String(violations).padStart(10)} ${String(conceded).padStart(8)} ${String(duplicates).padStart(10)} ${String(edits).padStart(6)} ${share(word, edits).padStart(10)} ${String(claims).padStart(7)} ${share(claims - falseClaims, claims).padStart(9)}`,
    );
    for (const note of notes) console.log(note);
  }
}

export default function bench(): void {
  const docs = documents();
  console.log(`${docs.length} agreements (the sample and test/fixtures/agreements)`);
  table(docs, () => 'customer');
  const audited = auditedDocuments();
  console.log(`\n${audited.length} agreements a blind lawyer audit read (test/fixtures/agreements-audited), each in its suggested mode`);
  table(audited, suggestedMode);
}
