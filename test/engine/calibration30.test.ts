// Per-clause expectations for the language patterns of calibration round 30 (found reading the first runs of blind30
// and agreements 197–200, 2026-12-04). Every clause is our own drafting; each row states the categories it must yield.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { expectationRows as rows } from './support';

rows('identifiers removed from the customer\'s data de-identify it; the data is kept, not deleted', [
  [
    'Vendor may use Customer Data to train its ranking models, provided that Vendor will first remove candidate names and contact details from any Customer Data so used.',
    ['ai-training:risk'],
  ],
  ['Vendor will remove all personal identifiers from Customer Data before archiving it.', []],
  // The data itself is what goes, wherever it is kept or whatever it went into.
  ['Vendor shall delete Customer Data from its systems within 30 days after termination.', ['deletion:protective']],
  ['Within 30 days after termination Vendor will remove from its systems all Customer Data.', ['deletion:protective']],
  ['Licensor shall delete any model weights derived from Licensee data at the end of the term.', ['deletion:protective']],
]);

describe('a scope word that names something other than a kind of customer', () => {
  const scopes = (text: string) => analyzeDocument([{ text }]).findings.map((f) => f.scope);
  it('limits no promise to government customers or to a "Plus" plan', () => {
    expect(scopes('Supplier shall hold Cyber Essentials Plus certification and shall keep all Customer Data confidential.')).toEqual([undefined]);
    expect(scopes('Vendor will not disclose Customer Data except to government authorities where the law requires it.').every((s) => s === undefined)).toBe(true);
  });
  it('still limits a promise made for a plan', () => {
    expect(scopes('For Enterprise plans, we do not use your content to train our models.')).toContain('enterprise, plans');
  });
});

rows('"own" after a possessive is an adjective, and "for that purpose" limits a permission to the purpose just named', [
  ['Vendor uses third-party providers of language models, accessed through the providers\' own interfaces, to generate Output.', ['third-party-ai:neutral']],
  ['Customer will own all Outputs.', ['output-ownership:protective']],
  [
    'Customer authorizes Vendor to transmit Inputs and related Customer Content to Model Providers for that purpose.',
    ['broad-license:neutral', 'third-party-ai:risk'],
  ],
  ['Customer authorizes Vendor to use, copy and transmit Customer Content.', ['broad-license:risk']],
]);
