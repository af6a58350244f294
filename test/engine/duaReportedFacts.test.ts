// A data-use agreement read for the data holder: what the recipient may say about its models is no use of the data
// (lawyer audit of agreement 172, audit61). Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { analyzeText } from './support';

const PARTIES = 'This Corpus Licence Agreement is between Tidewater Radio Ltd ("Licensor") and Sonant Labs Inc. ("Licensee").';
const DATA = '1.1 "Licensed Corpus" means the recordings of listeners\' phone-in calls and their transcripts delivered under Article 4.';
const analyse = (...clauses: string[]) => analyzeDocument([PARTIES, DATA, ...clauses].map((text) => ({ text })), { mode: 'dua' });
const risksIn = (paragraph: number, ...clauses: string[]) =>
  analyse(...clauses).findings.filter((f) => f.paragraph === paragraph && f.stance === 'risk').map((f) => f.category);

describe('a permission to say what the models were trained on', () => {
  it('reports a fact and grants no use of the data', () => {
    const clause = '7.3 Licensee shall not use Licensor\'s name in connection with its products, save that it may state factually that its speech models have been trained using licensed radio archive data.';
    expect(risksIn(2, clause)).toEqual([]);
  });

  it('still reads a use granted after the semicolon', () => {
    const clause = 'Licensee may state that its models were trained on licensed data; and Licensee may use the Licensed Corpus to train any other model.';
    expect(risksIn(2, clause)).toContain('dua-use-beyond-purpose');
  });

  it('needs a permission: "a state that grants a right to delete" reports nothing', () => {
    const clause = 'Where you live in a state that grants a right to erasure, we will delete the personal information we hold about you and tell our partners to do likewise.';
    expect(analyzeText(clause).findings.map((f) => `${f.category}:${f.stance}`)).toContain('deletion:protective');
  });
});
