// A licence of published content for model training (our own drafting): the data-use mode asks for the safeguards
// that protect people only where the agreement is about people. A news archive needs no re-identification ban.
import { analyzeDocument } from '../../../src/engine/analyzeDocument';

const ARCHIVE = [
  'CONTENT LICENCE AGREEMENT',
  'This Content Licence Agreement is between Harrowgate Press Ltd ("Licensor"), a publisher, and Quillon AI Inc. ("Licensee").',
  '1.1 "Licensed Content" means the published articles in the Licensor\'s archive from 1990 to 2024.',
  '2.1 Licensor grants Licensee a non-exclusive licence during the Term to copy and use the Licensed Content to train its language models.',
  '5.1 Within ninety days after this Agreement ends, Licensee shall delete all copies of the Licensed Content.',
];
const PEOPLE = [...ARCHIVE.slice(0, 2), '1.1 "Licensed Content" means the published articles in the Licensor\'s archive, and the reader comments with the personal data of the individuals who wrote them.', ...ARCHIVE.slice(3)];

const missing = (lines: readonly string[]) => analyzeDocument(lines.map((text) => ({ text })), { mode: 'dua' }).missing.map((m) => m.category);

describe('a licence of published content in the data-use mode', () => {
  test('asks for no privacy safeguards for a news archive', () => {
    const asked = missing(ARCHIVE);
    expect(asked).not.toContain('dua-no-reidentification');
    expect(asked).not.toContain('dua-human-review-limit');
    expect(asked).not.toContain('dua-privacy-techniques');
    expect(asked).toContain('dua-confidentiality');
  });

  test('one warranty about the personal data in published material speaks of people once, however often it says so', () => {
    const warranty =
      '9.1 Licensor warrants that the Licensed Content holds no personal data other than the names of authors and of people named in published articles, and Licensee shall handle any personal data in it under data protection law.';
    const asked = missing([...ARCHIVE, warranty]);
    expect(asked).not.toContain('dua-privacy-techniques');
    expect(asked).not.toContain('dua-no-reidentification');
  });

  test('asks for them again once the content carries personal data', () => {
    expect(missing(PEOPLE)).toEqual(expect.arrayContaining(['dua-no-reidentification', 'dua-human-review-limit']));
  });
});

describe('the data-use playbook in the agreement\'s own words', () => {
  test('names the model by the agreement\'s defined term, and "for research and product improvement" is beyond its purpose', () => {
    const lines = [
      'This Data Use Agreement is between Orrin Hospital ("Data Provider") and Tessel Labs Ltd ("Developer").',
      '1.1 "Shared Data" means the de-identified discharge summaries listed in Schedule 1.',
      '1.2 "Trained Model" means the summarisation model the Developer trains under this Agreement.',
      '2.1 The Developer may also use the Shared Data for research and product improvement.',
    ];
    const analysis = analyzeDocument(lines.map((text) => ({ text })), { mode: 'dua' });
    expect(analysis.terms.model).toBe('Trained Model');
    expect(analysis.findings.filter((f) => f.paragraph === 3).map((f) => `${f.category}:${f.stance}`)).toContain('dua-use-beyond-purpose:risk');
  });
});
