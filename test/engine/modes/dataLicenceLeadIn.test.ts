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
