// Issue 13 §1, red team E1-E10: every hostile input family costs at most 8x the time for 4x the input (linear is 4x;
// each of these was 11x to 55x before its fix), as the median ratio of back-to-back runs. A large input done within
// 100 ms passes whatever the ratio: on two shared cores a ratio of small times is noise. `npm run bench` times the
// same families (bench/growth.bench.ts).
import { editWorkFor, INPUT_FAMILIES, workFor, type InputFamily } from '../../bench/inputFamilies';
import { measureGrowth, type Growth } from '../../bench/measureGrowth';

const MAX_RATIO = 8;
const NOISE_MS = 100;
/** Plans once took seconds at the red team's 10k characters (survival clauses clearly only from 80k); analyses from 50k. */
const testSize = (family: InputFamily): number => (family.kind !== 'plan' ? family.size : family.id.startsWith('E9') ? 80_000 : 10_000);

function verdict(growth: Growth): string {
  const linear = growth.largeMs <= NOISE_MS || growth.ratio <= MAX_RATIO;
  return `${linear ? 'linear' : 'super-linear'} (${growth.smallMs.toFixed(1)} ms -> ${growth.largeMs.toFixed(1)} ms, ratio ${growth.ratio.toFixed(1)})`;
}

/**
 * A ratio over the bound is measured once more before it counts: under a full parallel run (browsers, LibreOffice) a
 * linear family once measured 8.1 (4.0 to 4.6 alone), while the costs this test exists for were 11x to 55x and fail
 * both measurements.
 */
function verdictOf(work: (size: number) => () => void, size: number): string {
  const first = verdict(measureGrowth(work, size));
  return first.startsWith('linear') ? first : verdict(measureGrowth(work, size));
}

describe.each(INPUT_FAMILIES.map((family) => [family.id, family.title, family] as const))('%s: %s', (_id, _title, family) => {
  test('4x the input costs at most 8x the time', () => {
    expect(verdictOf((size) => workFor(family, size), testSize(family))).toMatch(/^linear/);
  });

  if (family.kind === 'plan') {
    test('its word-level edits, run on the whole sentence, grow linearly too', () => {
      expect(verdictOf((size) => editWorkFor(family, size), testSize(family))).toMatch(/^linear/);
    });
  }
});
