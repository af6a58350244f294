// Rules read the clause frame; language lives in the vocabulary. A regular expression in src/engine/rules/ would be
// vocabulary hidden in a rule (a phrase nobody can find, extend or explain), so none is allowed there.
import { join } from 'node:path';
import { regexCases } from '../growth/regexSources';
import { VOCABULARY } from '../../src/engine/language/vocabulary';
import { ROOT } from './support';

describe('rules carry no language of their own', () => {
  test('no file under src/engine/rules/ contains a regex literal or builds a RegExp', () => {
    const found = regexCases(join(ROOT, 'src', 'engine', 'rules'), ROOT).map((c) => `${c.where}: /${c.source}/${c.flags}`);
    expect(found).toEqual([]);
  });

  test('the check sees a regex in the reader, so an empty list above is not an empty scan', () => {
    expect(regexCases(join(ROOT, 'src', 'engine', 'reading'), ROOT).length).toBeGreaterThan(0);
  });

  test('every word set has a reason, an example and phrases, and a unique id', () => {
    const ids = VOCABULARY.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const set of VOCABULARY) {
      expect([set.id, set.why.length > 10, set.example.length > 5, set.phrases.length > 0]).toEqual([set.id, true, true, true]);
    }
  });
});
