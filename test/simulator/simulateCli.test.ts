// `npm run simulate`: the whole flow on a .txt contract in one JSON object, with the sync budgets of issue 3, and
// clear errors for bad arguments or files.
import { join } from 'node:path';
import { runSimulate } from '../../src/cli/simulate';

const FIXTURE = join(__dirname, 'fixtures/vendor-ai-terms.txt');

interface SimulateJson {
  syncs: { read: number; mark: number; apply: number };
  plans: { planned: string; applied: string; verified: boolean }[];
  revisions: { type: string; text: string; author: string; paragraph: number }[];
  comments: { text: string }[];
  marks: { kind: string }[];
  text: { original: string; accepted: string; rejected: string };
}

async function simulate(...args: string[]): Promise<SimulateJson> {
  const result = await runSimulate([FIXTURE, ...args]);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(result.stdout) as SimulateJson;
}

describe('npm run simulate', () => {
  it('reads in 2 syncs, marks in 2, applies everything in 3 (comments in a 4th), and reject all gives the original back', async () => {
    expect((await simulate()).syncs).toEqual({ read: 2, mark: 2, apply: 3 });
    const out = await simulate('--comments', 'internal');
    expect(out.syncs).toEqual({ read: 2, mark: 2, apply: 4 });
    expect(out.plans.length).toBeGreaterThan(0);
    expect(out.plans.every((p) => p.verified)).toBe(true);
    expect(out.marks.length).toBeGreaterThan(0);
    expect(out.comments).toHaveLength(out.plans.length);
    expect(out.text.rejected).toBe(out.text.original);
    expect(out.text.accepted).not.toBe(out.text.original);
    expect(out.revisions.every((r) => r.author === 'AI Data Terms')).toBe(true);
  });

  it('falls back to OOXML revisions on WordApi 1.3 with the same accepted text, and no comments or marks', async () => {
    const modern = await simulate();
    const old = await simulate('--api', '1.3', '--comments', 'internal');
    expect(old.plans.map((p) => p.applied)).toEqual(old.plans.map(() => 'ooxml'));
    expect(old.text.accepted).toBe(modern.text.accepted);
    expect(old.text.rejected).toBe(old.text.original);
    expect(old.comments).toEqual([]);
    expect(old.marks).toEqual([]);
    expect(old.syncs.apply).toBeLessThanOrEqual(3);
  });

  it('explains a missing file, an unknown option and a bad value', async () => {
    expect(await runSimulate(['/no/such/contract.txt'])).toMatchObject({ code: 1, stderr: expect.stringContaining('cannot read /no/such/contract.txt') });
    expect(await runSimulate([FIXTURE, '--colour', 'red'])).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown option --colour') });
    expect(await runSimulate([FIXTURE, '--api', '1.2'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--api must be one of') });
    expect(await runSimulate([])).toMatchObject({ code: 2, stderr: expect.stringContaining('usage:') });
  });
});
