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

describe('a contract that calls itself "these terms" in lower case', () => {
  it('is called so in inserted wording, with a plural verb', () => {
    const terms: ContractTerms = { customerData: 'Your Recordings', vendor: 'Quillmoor', customer: 'Customer', agreement: 'terms', services: 'services', spelling: 'uk', voice: 'we-you' };
    expect(contractWording('Rights last while this {{agreement}} is in force, in accordance with this {{agreement}}', terms)).toBe('Rights last while these terms are in force, in accordance with these terms');
  });
});

describe('the playbook\'s pronoun for a plural data term', () => {
  const terms: ContractTerms = { customerData: 'Client Files', vendor: 'Supplier', customer: 'Client', agreement: 'Agreement', services: 'services', spelling: 'uk' };

  it('is "them" where it is the object of a data verb, and a party\'s "it" stays', () => {
    expect(contractWording('{{vendor}} shall not use {{customerData}}, or any data derived from it, and shall delete it if {{customer}} asks, unless it objects.', terms)).toBe(
      'Supplier shall not use Client Files, or any data derived from them, and shall delete them if Client asks, unless it objects.',
    );
  });

  it('stays "it" for a singular data term', () => {
    expect(contractWording('{{vendor}} shall delete {{customerData}} and all data derived from it.', { ...terms, customerData: 'Client Data' })).toBe('Supplier shall delete Client Data and all data derived from it.');
  });
});

describe('the contract\'s own term for its model providers', () => {
  it('replaces the playbook\'s "third-party model provider" where the contract defines one', () => {
    const terms: ContractTerms = { customerData: 'Client Data', vendor: 'Supplier', customer: 'Client', agreement: 'Agreement', services: 'services', spelling: 'uk', modelProvider: 'Model Partner' };
    expect(contractWording('{{vendor}} shall bind each third-party model provider, and list all model providers.', terms)).toBe('Supplier shall bind each Model Partner, and list all Model Partners.');
  });
});

describe('a contract named with a plural "Terms" of its own ("Online Terms")', () => {
  it('is "these Online Terms", with a plural verb', () => {
    const terms: ContractTerms = { customerData: 'Customer Content', vendor: 'Supplier', customer: 'Customer', agreement: 'Online Terms', services: 'services', spelling: 'uk' };
    expect(contractWording('Rights end when this {{agreement}} ends.', terms)).toBe('Rights end when these Online Terms end.');
  });
});

describe('the deletion clause in a we/you contract', () => {
  it('reads in the first and second person without broken verbs', () => {
    const clause = DEFAULT_PLAYBOOK.issues.find((i) => i.id === 'survival-retention')?.positions.find((p) => p.id === 'preferred')?.clause ?? '';
    const terms: ContractTerms = { customerData: 'Applicant Data', vendor: 'HireNest', customer: 'Customer', agreement: 'Terms', services: 'Service', spelling: 'uk', voice: 'we-you' };
    const worded = contractWording(clause, terms);
    expect(worded).toContain('return it to you if you ask for it');
    expect(worded).toContain('signed by one of our officers');
    expect(worded).not.toMatch(/\byou so requests\b|\bof us\b/);
  });
});

describe('a party the contract writes with its article', () => {
  it('keeps "the" after "As between the parties,", where the comma ends the words before it', () => {
    const terms: ContractTerms = { ...TERMS, customer: 'University', customerData: 'Customer Content', articled: ['University'] };
    expect(contractWording('As between the parties, {{customer}} owns all outputs, and {{vendor}} hereby assigns to {{customer}} any right {{vendor}} may have in them.', terms)).toBe(
      'As between the parties, the University owns all outputs, and Supplier hereby assigns to the University any right Supplier may have in them.',
    );
  });
});
