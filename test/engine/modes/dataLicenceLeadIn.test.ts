// A data licence read for the holder (the data-use mode), in our own drafting: the recipient's "shall not:" list is the
// holder's protection, and a glossary opened by "In this Agreement:" defines; neither grants the recipient anything.
import { analyzeDocument } from '../../../src/engine/analyzeDocument';

const PARTIES = 'This Archive Licence is between Fetterlane Publishing Ltd ("Licensor") and Ostrander AI Ltd ("Licensee").';
const GRANT = '2.1 Licensor grants Licensee a non-exclusive licence during the Term to copy the Licensed Content to train its language models.';

const risksIn = (lines: readonly string[], paragraph: number) =>
  analyzeDocument(lines.map((text) => ({ text })), { mode: 'dua' })
    .findings.filter((f) => f.paragraph === paragraph && f.stance === 'risk')
    .map((f) => f.category);

describe('a data licence in the data-use mode', () => {
  test('an item of the recipient\'s "shall not:" list is a thing forbidden, not a right to disclose', () => {
    const lines = [
      PARTIES,
      GRANT,
      '2.2 Licensee shall not, and shall procure that its Affiliates do not:',
      '(a) sell, sublicense, publish or otherwise distribute the Licensed Content to any third party;',
    ];
    expect(risksIn(lines, 3)).toEqual([]);
  });

  test('the same item granted outright is still a right to disclose', () => {
    const lines = [PARTIES, GRANT, '2.2 Licensee may sublicense and distribute the Licensed Content to its Affiliates.'];
    expect(risksIn(lines, 2)).toContain('dua-data-disclosure');
  });

  test('a glossary opened by "In this Agreement:" defines its terms; "newly published" grants nothing', () => {
    const lines = [
      PARTIES,
      '1.1 In this Agreement: "Licensed Content" means the articles listed in Schedule 1 together with each Update; "Update" means a monthly delivery of newly published or revised Licensed Content.',
      GRANT,
    ];
    expect(risksIn(lines, 1)).toEqual([]);
  });
});

describe('a data sharing licence from a public body', () => {
  const AUTHORITY = 'This Agreement is made between Fenmarsh Transport Authority (the "Authority") and Railspan Ltd (the "Licensee").';
  const TRAINING = '2.1 The Licensee may use the Licensed Data solely to train and test its route-prediction models.';

  test('is read in the data-use mode when it calls itself a data sharing and licence agreement', () => {
    const lines = ['DATA SHARING AND LICENCE AGREEMENT', AUTHORITY, TRAINING];
    expect(analyzeDocument(lines.map((text) => ({ text }))).suggestedMode).toBe('dua');
  });

  test('the holder\'s own standard "published at" its website discloses none of the data', () => {
    const lines = [AUTHORITY, TRAINING, '4.4 The Licensee shall comply with the Authority\'s Data Handling Standard published at https://fenmarsh.example/standard, as amended by the Authority.'];
    expect(risksIn(lines, 2)).toEqual([]);
  });

  test('a disclosure the law compels is no right to disclose, in its proviso as in its grant', () => {
    const lines = [
      AUTHORITY,
      TRAINING,
      '11.3 A party may disclose Confidential Information to the extent required by law or by a regulator, provided that, where lawful, it gives the other party as much advance notice as is practicable and discloses only the minimum required.',
    ];
    expect(risksIn(lines, 2)).toEqual([]);
  });

  test('a release forbidden asks for no open release of the model', () => {
    const lines = [
      AUTHORITY,
      TRAINING,
      '6.3 The Licensee shall not distribute the weights of any Derived Model to any third party, or release any Derived Model under an open source or open model licence, without the Authority\'s consent.',
    ];
    const missing = analyzeDocument(lines.map((text) => ({ text })), { mode: 'dua' }).missing.map((m) => m.category);
    expect(missing).not.toContain('dua-model-release');
  });
});
