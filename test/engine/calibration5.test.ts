// Per-clause expectations for the language patterns of calibration round 5 (real vendor terms, 2026-12-01). Every
// clause is our own drafting; each row states the exact categories and stances the clause must yield, nothing more.
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

rows('the vendor’s material named in another clause of the sentence', [
  [
    "(c) Upon expiry of this Agreement: (i) Orrin will cease providing the Services; (ii) the licence granted under section 2 shall end, (iii) Client will promptly cease use of the Services; (iv) and each Party will return or destroy any of the other Party's Confidential Information then in its possession.",
    ['confidentiality:protective', 'deletion:protective'],
  ],
  ['On termination the Client shall cease use of the Software, the Documentation and other Orrin proprietary information and shall destroy all copies of them.', []],
]);

rows('a verb joined to the head by "and"', [
  ['As between the parties, all right, title and interest in and to Platform Usage Data belong to and are retained solely by Orrin.', ['aggregated-data:risk', 'survival-retention:neutral']],
  ['Data submitted to fine-tune a model is retained for thirty days.', ['survival-retention:neutral']],
]);

rows('a party inside a clause of time within the subject', [
  ['Files that were added to a training set before you withdrew consent may remain in models trained on them.', ['survival-retention:risk']],
]);

rows('a company named after a leading condition', [
  ['Notwithstanding the foregoing, but subject to the confidentiality terms of clause 9, Orrin shall be permitted to disclose the Till Information in aggregate form.', ['aggregated-data:risk']],
]);

rows('what someone is shown how to do', [
  ['As part of onboarding, Orrin shall run two sessions in which its consultants will show Users how to train and tune forecasting models on Client Data within the Platform.', []],
  ['Orrin may use Client Data to train and tune its forecasting models.', ['ai-training:risk']],
]);
