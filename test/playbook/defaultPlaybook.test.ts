// The shipped playbook is valid, covers every category and missing protection, and fills cleanly.
import { PROTECTIVE_CATEGORIES, PROTECTION_IDS, RISK_CATEGORIES, type ContractTerms } from '../../src/engine/types';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { fillClause } from '../../src/playbook/fillPlaceholders';
import { issueForCategory, issueResolver } from '../../src/playbook/issueFor';
import { parsePlaybook } from '../../src/playbook/parsePlaybook';

const TERMS: ContractTerms = { customerData: 'Client Materials', vendor: 'Supplier', customer: 'Client', agreement: 'Master Agreement', services: 'services', spelling: 'uk' };

describe('DEFAULT_PLAYBOOK', () => {
  it('passes its own schema unchanged', () => {
    const result = parsePlaybook(JSON.parse(JSON.stringify(DEFAULT_PLAYBOOK)));
    expect(result).toEqual({ ok: true, playbook: DEFAULT_PLAYBOOK });
  });

  it.each([...RISK_CATEGORIES, ...PROTECTIVE_CATEGORIES, ...PROTECTION_IDS])('has an issue for %s', (id) => {
    expect(issueForCategory(DEFAULT_PLAYBOOK, id)).toBeDefined();
  });

  it('has one issue named after each risk category and each missing protection', () => {
    const ids = DEFAULT_PLAYBOOK.issues.map((issue) => issue.id);
    for (const id of [...RISK_CATEGORIES, ...PROTECTION_IDS]) expect(ids).toContain(id);
    expect(issueResolver(DEFAULT_PLAYBOOK)('opt-out')).toBe('ai-training');
  });

  it('gives every issue the full ladder: preferred, fallback1, fallback2 and a walk-away note', () => {
    for (const issue of DEFAULT_PLAYBOOK.issues) {
      expect(issue.positions.map((p) => p.id)).toEqual(['preferred', 'fallback1', 'fallback2']);
      expect(issue.walkAway.length).toBeGreaterThan(40);
      expect(issue.questions.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('covers every negotiating position the issue asks for', () => {
    const labels = DEFAULT_PLAYBOOK.issues.flatMap((issue) => issue.positions.map((p) => `${issue.id}/${p.id}: ${p.label}`));
    const expected = [
      /Prohibit training/,
      /prior written opt-in/,
      /named data categories/,
      /[Cc]onfidential information excluded/,
      /Customer-specific models only/,
      /Anonymisation before any use/,
      /Transparency and audit/,
      /Deletion .*termination, with certification/,
      /Model-provider flow-down/,
      /Retention limits for prompts, uploads, outputs and metadata/,
      /Customer owns outputs/,
      /Data use terms for a named model/,
    ];
    for (const pattern of expected) expect(labels.some((label) => pattern.test(label))).toBe(true);
  });

  it('drafts the data-use-agreement position with its safeguards', () => {
    const dua = DEFAULT_PLAYBOOK.issues.find((i) => i.id === 'ai-training')?.positions[2]?.clause ?? '';
    for (const words of ['model identified', 'purpose', 'confidential', 'human inspection', 'pseudonymisation', 'differential privacy', 'secured']) {
      expect(dua).toContain(words);
    }
  });

  it('leaves no placeholder unfilled and uses the contract terms', () => {
    for (const issue of DEFAULT_PLAYBOOK.issues) {
      for (const position of issue.positions) {
        const filled = fillClause(position.clause, TERMS);
        expect(filled).not.toMatch(/\{\{|\}\}/);
        expect(filled).toMatch(/Supplier|Client/);
      }
    }
  });

  it('uses only straight apostrophes so redlines match contracts typed without smart quotes', () => {
    expect(JSON.stringify(DEFAULT_PLAYBOOK)).not.toMatch(/[\u2018\u2019\u201c\u201d]/);
  });
});
