// Each mode's built-in playbook is valid, covers its mode's categories with the full ladder, exports and imports
// unchanged, and declares its mode; a playbook for another mode, or with another mode's categories, is refused.
import { MODE_CATEGORIES, REVIEW_MODES, type ContractTerms } from '../../src/engine/types';
import { fillClause } from '../../src/playbook/fillPlaceholders';
import { issueForCategory } from '../../src/playbook/issueFor';
import { defaultPlaybookFor, playbookMode, playbookModeMismatch } from '../../src/playbook/modePlaybooks';
import { parsePlaybook, parsePlaybookText } from '../../src/playbook/parsePlaybook';

const TERMS: ContractTerms = { customerData: 'Shared Data', vendor: 'Developer', customer: 'Data Provider', agreement: 'Agreement', services: 'services', spelling: 'uk' };

describe.each(REVIEW_MODES)('the built-in %s playbook', (mode) => {
  const playbook = defaultPlaybookFor(mode);

  it('declares its mode and passes its own schema unchanged after export and import', () => {
    expect(playbookMode(playbook)).toBe(mode);
    const exported = `${JSON.stringify(playbook, null, 2)}\n`;
    expect(parsePlaybookText(exported)).toEqual({ ok: true, playbook });
  });

  it('has one issue named after each risk and each protection of the mode, and no other mode’s', () => {
    const { risks, protective, protections } = MODE_CATEGORIES[mode];
    const ids = playbook.issues.map((issue) => issue.id);
    for (const id of [...risks, ...protections]) expect(ids).toContain(id);
    for (const id of [...risks, ...protective, ...protections]) expect(issueForCategory(playbook, id)).toBeDefined();
    const own = new Set<string>([...risks, ...protective, ...protections]);
    for (const issue of playbook.issues) for (const target of issue.appliesTo) expect(own).toContain(target);
  });

  it('gives every issue the full ladder, a walk-away point and at least three questions', () => {
    for (const issue of playbook.issues) {
      expect(issue.positions.map((p) => p.id)).toEqual(['preferred', 'fallback1', 'fallback2']);
      expect(issue.walkAway.length).toBeGreaterThan(40);
      expect(issue.questions.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('fills every clause and comment with the contract’s words, leaving no placeholder', () => {
    for (const issue of playbook.issues) {
      for (const position of issue.positions) {
        for (const text of [position.clause, position.internalComment, position.externalComment]) {
          expect(fillClause(text, TERMS)).not.toMatch(/\{\{|\}\}/);
        }
      }
    }
  });
});

describe('playbook modes', () => {
  it('reads a playbook without "mode" as a customer playbook', () => {
    const old = JSON.parse(JSON.stringify(defaultPlaybookFor('customer'))) as Record<string, unknown>;
    delete old.mode;
    const parsed = parsePlaybook(old);
    expect(parsed.ok && playbookMode(parsed.playbook)).toBe('customer');
  });

  it('refuses another mode’s category in "appliesTo", naming the mode it belongs to', () => {
    const bad = JSON.parse(JSON.stringify(defaultPlaybookFor('customer'))) as { issues: { appliesTo: string[] }[] };
    bad.issues[0]!.appliesTo = ['dua-deletion'];
    expect(parsePlaybook(bad)).toEqual({
      ok: false,
      issues: [{ path: 'issues.0.appliesTo.0', message: expect.stringContaining('"dua-deletion" belongs to the data-use agreement (dua) mode, but this playbook serves the customer mode') }],
    });
  });

  it('extends the built-in playbook of the mode the extension declares', () => {
    const extension = { version: 1, name: 'Firm DUA positions', mode: 'dua', extendsDefault: true, issues: [defaultPlaybookFor('dua').issues[0]] };
    const parsed = parsePlaybook(extension);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.playbook.mode).toBe('dua');
    expect(parsed.playbook.issues.map((issue) => issue.id)).toEqual(defaultPlaybookFor('dua').issues.map((issue) => issue.id));
  });

  it('refuses to extend a base playbook of another mode', () => {
    const extension = { version: 1, name: 'Vendor extras', mode: 'vendor', extendsDefault: true, issues: [defaultPlaybookFor('vendor').issues[0]] };
    expect(parsePlaybook(extension, defaultPlaybookFor('customer'))).toEqual({ ok: false, issues: [{ path: 'mode', message: expect.stringContaining('mode "vendor"') }] });
  });

  it('says which mode a playbook serves and what to do when it does not match the review', () => {
    expect(playbookModeMismatch(defaultPlaybookFor('dua'), 'dua')).toBeUndefined();
    expect(playbookModeMismatch(defaultPlaybookFor('vendor'), 'customer')).toBe(
      'The playbook "AI Data Terms vendor-side playbook" is for the vendor, reviewing the customer’s paper (mode "vendor"), but this review ' +
        'is for the customer, reviewing a vendor’s agreement (mode "customer"). Switch the review mode to "vendor" first, or use a playbook ' +
        'whose "mode" is "customer".',
    );
  });
});
