// The review recognises the playbook's own clauses in the contract's words, whatever the clause number before them.
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { normaliseWording, ownWording } from '../../src/review/ownWording';
import { contractWording } from '../../src/review/wording';
import type { ContractTerms } from '../../src/engine/types';

const TERMS: ContractTerms = { customerData: 'Trust Data', vendor: 'Supplier', customer: 'Trust', agreement: 'Agreement', services: 'Services', spelling: 'uk', articled: ['Supplier', 'Trust'] };

describe('the playbook\'s own wording', () => {
  it('drops a clause number but never a first word such as "The"', () => {
    expect(normaliseWording('6.2 The Supplier may use it.')).toBe('The Supplier may use it.');
    expect(normaliseWording('(b) The Supplier may use it.')).toBe('The Supplier may use it.');
    expect(normaliseWording('The Supplier may use it.')).toBe('The Supplier may use it.');
  });

  it('knows a numbered fallback clause that opens "The Supplier" as its own', () => {
    const own = ownWording(DEFAULT_PLAYBOOK, TERMS);
    for (const issue of DEFAULT_PLAYBOOK.issues) {
      for (const position of issue.positions) {
        const clause = contractWording(position.clause, TERMS);
        const first = clause.split(/(?<=\.)\s+(?=[A-Z])/)[0] ?? clause;
        if (first.length >= 40) expect([issue.id, own.positionOf(`7.3 ${first}`)]).toEqual([issue.id, `${issue.id}/${position.id}`]);
      }
    }
  });
});
