// parsePlaybook turns every bad input into issues with dotted paths and actionable messages, never a ZodError.
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueForCategory } from '../../src/playbook/issueFor';
import { parsePlaybook, parsePlaybookText } from '../../src/playbook/parsePlaybook';
import type { Playbook } from '../../src/playbook/schema';

const clone = (): Record<string, unknown> & { issues: Record<string, unknown>[] } => JSON.parse(JSON.stringify(DEFAULT_PLAYBOOK));

function issuesOf(input: unknown) {
  const result = parsePlaybook(input);
  if (result.ok) throw new Error('expected the playbook to be rejected');
  return result.issues;
}

describe('parsePlaybook', () => {
  it('reports a misspelt key with its dotted path', () => {
    const bad = clone();
    const position = (bad.issues[3]?.positions as Record<string, unknown>[])[0] as Record<string, unknown>;
    position.clauze = position.clause;
    delete position.clause;
    const issues = issuesOf(bad);
    expect(issues).toContainEqual({ path: 'issues.3.positions.0.clauze', message: expect.stringContaining('unknown field "clauze"') });
    expect(issues).toContainEqual({ path: 'issues.3.positions.0.clause', message: expect.stringContaining('missing') });
  });

  it('rejects an empty clause, an unknown category and an unknown placeholder', () => {
    const bad = clone();
    const issue = bad.issues[0] as Record<string, unknown> & { positions: Record<string, unknown>[] };
    (issue.positions[1] as Record<string, unknown>).clause = '   ';
    issue.appliesTo = ['ai-trainng'];
    (issue.positions[0] as Record<string, unknown>).clause = '{{supplier}} shall not train.';
    const issues = issuesOf(bad);
    expect(issues).toContainEqual({ path: 'issues.0.positions.1.clause', message: 'the clause text must not be empty' });
    expect(issues).toContainEqual({ path: 'issues.0.appliesTo.0', message: expect.stringContaining('must be one of: ai-training') });
    expect(issues).toContainEqual({ path: 'issues.0.positions.0.clause', message: expect.stringContaining('unknown placeholder "{{supplier}}"') });
  });

  it('requires positions in ladder order and unique issue ids', () => {
    const bad = clone();
    const first = bad.issues[0] as { positions: unknown[] };
    first.positions.reverse();
    (bad.issues[1] as Record<string, unknown>).id = 'ai-training';
    const issues = issuesOf(bad);
    expect(issues).toContainEqual({ path: 'issues.0.positions.0.id', message: expect.stringContaining('must be "preferred"') });
    expect(issues).toContainEqual({ path: 'issues.1.id', message: expect.stringContaining('used twice') });
  });

  it('describes wrong types and a wrong version plainly', () => {
    const issues = issuesOf({ version: 2, name: 7, issues: {} });
    expect(issues).toContainEqual({ path: 'version', message: expect.stringContaining('must be 1') });
    expect(issues).toContainEqual({ path: 'name', message: 'expected a string, found number 7' });
    expect(issues).toContainEqual({ path: 'issues', message: 'expected an array, found an object' });
  });

  it('rejects a non-object input', () => {
    expect(issuesOf(null)).toEqual([{ path: '', message: 'expected an object, found null' }]);
  });

  it('merges a playbook that extends the default: same id replaces, new id is added', () => {
    const override = { ...DEFAULT_PLAYBOOK.issues[0], title: 'Our own training rule' };
    const extra = { ...DEFAULT_PLAYBOOK.issues[1], id: 'benchmarking', appliesTo: ['ai-training'] };
    const result = parsePlaybook({ version: 1, name: 'Firm playbook', extendsDefault: true, issues: [override, extra] });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const merged: Playbook = result.playbook;
    expect(merged.name).toBe('Firm playbook');
    expect(merged.issues).toHaveLength(DEFAULT_PLAYBOOK.issues.length + 1);
    expect(merged.issues[0]?.id).toBe('benchmarking');
    expect(merged.issues[1]?.title).toBe('Our own training rule');
    expect(issueForCategory(merged, 'ai-training')?.id).toBe('benchmarking');
    expect(merged).not.toHaveProperty('extendsDefault');
  });

  it('replaces the default entirely when extendsDefault is absent', () => {
    const only = DEFAULT_PLAYBOOK.issues[2];
    const result = parsePlaybook({ version: 1, name: 'Narrow', issues: [only] });
    expect(result.ok && result.playbook.issues.map((i) => i.id)).toEqual(['aggregated-data']);
  });
});

describe('parsePlaybookText', () => {
  it('reports invalid JSON as one issue for the whole file', () => {
    const result = parsePlaybookText('{"version": 1, "name": "x",');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]?.path).toBe('');
      expect(result.issues[0]?.message).toMatch(/not valid JSON/);
    }
  });

  it('accepts the default playbook as text', () => {
    expect(parsePlaybookText(JSON.stringify(DEFAULT_PLAYBOOK)).ok).toBe(true);
  });
});
