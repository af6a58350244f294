// The data holder's side of a commercial archive licence, from the lawyer audit of agreement 208's first-run plan
// (audit71): the grant itself and a publicity clause were rewritten. Every clause is the project's own drafting.
import { analyzeDocument } from '../../../src/engine/analyzeDocument';
import { issueResolver } from '../../../src/playbook/issueFor';
import { defaultPlaybookFor } from '../../../src/playbook/modePlaybooks';

const PARTIES = 'This Data Licence Agreement is between Fenmarsh Newspapers Ltd (the "Licensor") and Oriel Models Ltd (the "Licensee").';
const DEFINED = '1.1 "Licensed Dataset" means the articles and photographs described in Schedule 1.';
const playbook = defaultPlaybookFor('dua');
const categories = (...lines: string[]) =>
  analyzeDocument(lines.map((text) => ({ text })), { issueFor: issueResolver(playbook), mode: 'dua' }).findings
    .filter((f) => f.paragraph === lines.length - 1 && f.stance === 'risk').map((f) => f.category);

describe('a commercial data licence read for the data holder', () => {
  it('reads a grant transferable only under the assignment clause, for the term, as neither disclosure nor retention', () => {
    const GRANT = '2.1 The Licensor grants to the Licensee a non-exclusive licence, transferable only in accordance with clause 14.1, during the Term to reproduce, store, annotate and otherwise use the Licensed Dataset for the Permitted Purpose.';
    expect(categories(PARTIES, DEFINED, GRANT)).toEqual([]);
  });

  it('still reads a freely transferable licence, or one kept after the term, as a risk', () => {
    expect(categories(PARTIES, DEFINED, '2.1 The Licensor grants to the Licensee a transferable licence to use the Licensed Dataset for the Permitted Purpose.')).toContain('dua-data-disclosure');
    expect(categories(PARTIES, DEFINED, '2.1 The Licensee may store the Licensed Dataset after the Term for reproducibility.')).toContain('dua-data-retention');
  });

  it('reads a right to say the models were trained on licensed content as no use of the data', () => {
    const PUBLICITY = '14.2 Neither party shall make any public announcement about this Agreement without the other party\'s prior written consent, save that the Licensee may state in its model cards that its models have been trained using licensed content from the Licensor\'s titles.';
    expect(categories(PARTIES, DEFINED, PUBLICITY)).toEqual([]);
  });
});
