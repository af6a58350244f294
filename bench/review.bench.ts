// The review plan's acceptance figures (issue 9 §2) on the project's agreements: fixed-point violations, duplicate
// protections, the share of word-level edits and the share of comment quotes that match their edits, per position.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PLAYBOOK } from '../src/playbook/defaultPlaybook';
import type { PositionId } from '../src/playbook/schema';
import { checkReview } from '../src/review/checkReview';

const ROOT = join(__dirname, '..');
const AGREEMENTS = join(ROOT, 'test', 'fixtures', 'agreements');

function documents(): { name: string; text: string }[] {
  const files = readdirSync(AGREEMENTS).filter((n) => n.endsWith('.txt')).sort();
  return [
    { name: 'sample', text: readFileSync(join(ROOT, 'samples', 'sample-agreement.txt'), 'utf8') },
    ...files.map((name) => ({ name: name.replace(/\.txt$/, ''), text: readFileSync(join(AGREEMENTS, name), 'utf8') })),
  ];
}

const share = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(0)} %`);

export default function bench(): void {
  const docs = documents();
  console.log(`${docs.length} agreements (the sample and test/fixtures/agreements)`);
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
      const check = checkReview(paragraphs, DEFAULT_PLAYBOOK, position);
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
