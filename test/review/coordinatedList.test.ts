// Striking words out of a coordinated list leaves the clause around it standing. Every clause is our own drafting.
import { strikeFromLists } from '../../src/review/redline/surgical/coordinatedList';

describe('a modal after ", and"', () => {
  it('opens a predicate of its own, not an item of the list', () => {
    const sentence = 'Company may retain Service Data and the Safety Dataset indefinitely, and may retain Subscriber Data to the extent required by law.';
    const splices = strikeFromLists(sentence, ['indefinitely']);
    expect(splices.map((s) => sentence.slice(0, s.start) + s.text + sentence.slice(s.end))).toEqual([
      'Company may retain Service Data and the Safety Dataset, and may retain Subscriber Data to the extent required by law.',
    ]);
  });
});
