// A list whose items are paragraphs of their own: each item completes the lead-in that ends the paragraph before it
// with a colon ("Provider may use Customer Data to:"). Own drafting.
import { analyzeText } from './support';
import { listLeadIns } from '../../src/engine/reading/listItems';

const byParagraph = (...lines: string[]): string[] =>
  [...new Set(analyzeText(...lines).findings.map((f) => `${f.paragraph}:${f.category}:${f.stance}`))].sort();

describe('list items under a lead-in that permits a use', () => {
  test('an item that trains is the vendor training on the customer’s data', () => {
    expect(byParagraph('Orrin may use Client Files to:', '(a) host the Services;', '(b) build new features; and', '(c) fine-tune its machine learning models.'))
      .toEqual(['2:service-improvement:risk', '3:ai-training:risk']);
  });
});

describe('list items under a lead-in that denies a use', () => {
  test('each item is one of the uses denied: protections, never risks', () => {
    expect(byParagraph('Orrin will not use Client Files to:', '(a) train artificial intelligence models;', '(b) develop new products; or', '(c) sell them to anyone.'))
      .toEqual(['1:no-training:protective', '2:no-training:protective']);
  });
});

describe('list items under a lead-in that binds the customer', () => {
  test('every item of "You will not:" is a restriction on the customer', () => {
    expect(byParagraph('You will not:', '(a) use the Services to train a competing model;', '(b) develop a competing product.')).toEqual([]);
  });
});

describe('which paragraphs are items', () => {
  const paragraphs = (...lines: string[]) => lines.map((text) => ({ text }));

  test('the first paragraph after the colon, then marked items, until a paragraph that is not one', () => {
    const found = listLeadIns(paragraphs('Orrin may use Client Files to:', 'host the Services;', '(b) build new features.', 'Fees are due monthly.'));
    expect([...found.entries()]).toEqual([[1, 0], [2, 0]]);
  });

  test('a heading ends the list', () => {
    const found = listLeadIns([{ text: 'Orrin may use Client Files to:' }, { text: '(a) host the Services;' }, { text: '5. Fees', isHeading: true }]);
    expect([...found.keys()]).toEqual([1]);
  });
});
