// "not less than", "not later than": a bound on a number or a date is not a negation of the sentence. Own drafting.
import { categoriesOf } from './support';

const read = (clause: string): string[] => [...new Set(categoriesOf(clause))].sort();

describe('a bound on a number or date', () => {
  test.each([
    ["On not less than twenty (20) days' notice, Client or its auditor may audit Orrin's compliance with clause 4.", ['audit:protective']],
    ['Not later than ten days after the request, Orrin shall delete all Client Files.', ['deletion:protective']],
  ])('%s', (clause, expected) => {
    expect(read(clause)).toEqual(expected);
  });

  test('"not" before a verb still negates', () => {
    expect(read('Client may not audit Orrin more than once a year.')).not.toContain('audit:protective');
  });
});
