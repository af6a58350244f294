// Linear time on hostile input (issue 13 §1): each of the red team's input families at its size (doubled until the
// time is measurable) and at four times that size, the time ratio for each, and the worst ratio (target <= 6;
// linear is 4, quadratic 16). The word-level edits on those long sentences are listed too, for information: the
// planner no longer runs them beyond MAX_WORD_LEVEL_SENTENCE characters.
import { MAX_WORD_LEVEL_SENTENCE } from '../src/review/redline/planRedline';
import { editWorkFor, INPUT_FAMILIES, workFor, type InputFamily } from './inputFamilies';
import { measureGrowthAtScale, type Growth } from './measureGrowth';

const TARGET_RATIO = 6;
/** Under this a ratio is timer noise, not growth: such a family counts as linear. */
const NOISE_MS = 20;

function line(id: string, title: string, growth: Growth & { size: number }): string {
  return (
    `${id.padEnd(9)}  ${title.slice(0, 58).padEnd(58)}  ${String(growth.size).padStart(7)}  ${growth.smallMs.toFixed(1).padStart(6)}  ` +
    `${growth.largeMs.toFixed(1).padStart(7)}  ${growth.ratio.toFixed(1).padStart(5)}`
  );
}

const counted = (growth: Growth): number => (growth.largeMs < NOISE_MS ? Math.min(growth.ratio, 4) : growth.ratio);

export default function bench(): void {
  console.log('family     what                                                         chars      ms    4x ms  ratio');
  let worst = { id: '', ratio: 0 };
  const planFamilies: InputFamily[] = [];
  for (const family of INPUT_FAMILIES) {
    const growth = measureGrowthAtScale((size) => workFor(family, size), family.size);
    if (counted(growth) > worst.ratio) worst = { id: family.id, ratio: counted(growth) };
    console.log(line(family.id, family.title, growth));
    if (family.kind === 'plan') planFamilies.push(family);
  }
  const verdict = worst.ratio <= TARGET_RATIO ? 'ok' : 'MISSED';
  console.log(`worst 4x ratio over the red team's input families: ${worst.ratio.toFixed(1)} (${worst.id}; under ${NOISE_MS} ms counts as 4) (target <= ${TARGET_RATIO}) ${verdict}`);
  console.log(`word-level edits run directly on those sentences (the planner replaces sentences over ${MAX_WORD_LEVEL_SENTENCE} characters whole):`);
  for (const family of planFamilies) console.log(line(`${family.id} edits`, family.title, measureGrowthAtScale((size) => editWorkFor(family, size), family.size)));
}
