// An edit that strikes words the rest of the contract still leans on is not made (issue 9: the lawyer audits found
// orphaned defined terms and "that provider" left pointing at nothing). Clauses are the project's own drafting.
import { danglingReference } from '../../src/review/danglingReferences';
import type { RedlineOp } from '../../src/engine/types';

const strike = (text: string, words: string): RedlineOp[] => {
  const start = text.indexOf(words);
  return [{ kind: 'delete', start, end: start + words.length, text: words }];
};

describe('dangling references', () => {
  const clause =
    '4.2 The Assistant relies on a language model run by an outside provider. Prompts sent to the Assistant go to that provider only to produce answers.';

  test('"that provider" left without the words it points at', () => {
    expect(danglingReference(clause, strike(clause, 'The Assistant relies on a language model run by an outside provider. '), [])).toMatch(/that provider/);
  });

  test('a pointer whose noun the kept words still give is fine', () => {
    const kept = '4.2 Orrin uses an outside provider for search. The Assistant relies on a model run by another provider. Prompts go to that provider only.';
    expect(danglingReference(kept, strike(kept, 'The Assistant relies on a model run by another provider. '), [])).toBeUndefined();
  });

  test('a pointer in a sentence the review is about to answer does not count yet', () => {
    const at = clause.indexOf('that provider');
    expect(danglingReference(clause, strike(clause, 'The Assistant relies on a language model run by an outside provider. '), [], (offset) => offset === at)).toBeUndefined();
  });

  test('a company named with its legal form in the struck words, which the contract calls by its name after', () => {
    const naming = '5.1 The Platform runs on models hosted by Corrigan Compute, Inc. in data centres in Ohio.';
    const ops = strike(naming, 'The Platform runs on models hosted by Corrigan Compute, Inc. in data centres in Ohio.');
    expect(danglingReference(naming, ops, ['5.2 Orrin\'s contract with Corrigan forbids training on prompts.'])).toMatch(/Corrigan/);
    expect(danglingReference(naming, ops, ['5.2 Orrin\'s contract with its host forbids training on prompts.'])).toBeUndefined();
  });

  test('a term defined in the struck words and used elsewhere', () => {
    const defining = '3.7 Some models ("Partner Models") are run by third parties. Orrin may share Client Files with them.';
    const ops = strike(defining, 'Some models ("Partner Models") are run by third parties. ');
    expect(danglingReference(defining, ops, ['5.1 Orrin is liable for Partner Models.'])).toMatch(/Partner Models/);
    expect(danglingReference(defining, ops, ['5.1 Orrin is liable for its subcontractors.'])).toBeUndefined();
  });

  test('a term defined in the struck words by "meaning", which other clauses use', () => {
    const text = '3.3 Research. Halden may create Pooled Records, meaning Member Records that no longer identify any member, and may publish Pooled Records.';
    const struck = strike(text, text.slice(4));
    expect(danglingReference(text, struck, ['3.5 Pooled Records are not Confidential Information.'])).toMatch(/“Pooled Records”/);
    expect(danglingReference(text, struck, ['3.5 Members may ask for a copy.'])).toBeUndefined();
  });
});

