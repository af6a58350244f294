// Per-clause expectations for the language patterns calibrated on real vendor terms (issue 8). Every clause is our
// own drafting; each row states the exact categories and stances the clause must yield, nothing more.
import { categoriesOf } from './support';

const read = (...lines: string[]): string[] => [...new Set(categoriesOf(...lines))].sort();

type Row = readonly [string, readonly string[]];

function rows(title: string, table: readonly Row[]): void {
  describe(title, () => {
    test.each(table)('%s', (clause, expected) => {
      expect(read(...clause.split('\n'))).toEqual([...expected].sort());
    });
  });
}

rows('a condition that opens the sentence runs to its first comma outside parentheses', [
  ['If you opt in (for example, by rating an answer), we may use your chats to train our models.', ['no-training:protective', 'opt-out:protective']],
  ['Unless you object (for instance, in your settings), we may use your prompts to improve our AI models.', ['ai-training:risk', 'opt-out:protective']],
]);
