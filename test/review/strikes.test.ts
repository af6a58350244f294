// The strikes that take out only the words carrying a risk. Clauses are the project's own drafting.
import { applyOps } from '../../src/engine/applyOps';
import type { Finding } from '../../src/engine/types';
import { strikeFromLists, withoutHollowLimb } from '../../src/review/redline/surgical/coordinatedList';
import { applySplices } from '../../src/review/redline/surgical/splice';
import { orphanedHeading, strikeExample, strikeListItem, strikesWhatMustStand } from '../../src/review/strikes';

describe('a clause struck down to its run-in heading', () => {
  it('loses the heading too and reads "[Reserved.]", keeping its number', () => {
    const original = '(g) Aggregated information. Supplier may publish statistics made from Client Files.';
    const current = '(g) Aggregated information.';
    const ops = orphanedHeading(original, current);
    expect(ops && applyOps(current, ops)).toBe('(g) [Reserved.]');
  });

  it('is left alone when words of the clause remain, when it has no number, or when nothing was struck', () => {
    expect(orphanedHeading('(g) Statistics. Supplier may publish statistics. They are anonymous.', '(g) Statistics. They are anonymous.')).toBeUndefined();
    expect(orphanedHeading('Statistics. Supplier may publish statistics.', 'Statistics.')).toBeUndefined();
    expect(orphanedHeading('(g) Statistics.', '(g) Statistics.')).toBeUndefined();
  });
});

describe('an item of a lettered list inside a sentence', () => {
  const text =
    '6.3 The Supplier may also use Client Files to (a) support the Platform; (b) answer Client\'s questions; (c) develop and improve its products, including its machine learning features; and (d) comply with law.';
  const finding = { start: 4, end: text.length } as Finding;
  const risky = (after: string) => /machine learning/.test(after);

  it('is the only words struck, marked "[Reserved]" so the letters hold, and the joins stay', () => {
    const ops = strikeListItem(text, finding, risky);
    expect(ops && applyOps(text, ops)).toBe(
      '6.3 The Supplier may also use Client Files to (a) support the Platform; (b) answer Client\'s questions; (c) [Reserved]; and (d) comply with law.',
    );
  });

  it('is not struck when no single item carries the risk', () => {
    expect(strikeListItem(text, finding, () => true)).toBeUndefined();
  });
});

describe('a strike that would take what the law requires', () => {
  it('is refused when it only deletes words keeping what the vendor is legally required to keep', () => {
    const legal = ', and we may keep information we are legally required to keep';
    expect(strikesWhatMustStand([{ kind: 'delete', start: 10, end: 10 + legal.length, text: legal }])).toBeDefined();
    expect(strikesWhatMustStand([{ kind: 'delete', start: 10, end: 40, text: ', and to comply with applicable law' }])).toBeDefined();
  });

  it('is allowed when the words struck are the vendor’s own ends, or when the edit writes a clause in their place', () => {
    expect(strikesWhatMustStand([{ kind: 'delete', start: 10, end: 40, text: ', including to train our models' }])).toBeUndefined();
    expect(
      strikesWhatMustStand([
        { kind: 'delete', start: 0, end: 60, text: 'We may use Your Content to improve the Services and to comply with law.' },
        { kind: 'insert', at: 60, text: 'We may use Your Content only to provide the Services to you.' },
      ]),
    ).toBeUndefined();
  });
});

describe('an example set between a subject and its verb', () => {
  it('goes with both its commas, so the subject meets its verb ("the Tuned Models shall vest")', () => {
    const text = 'All rights in the Tuned Models, including the layers refined on Client Readings, shall vest in Provider.';
    const finding = { start: 0, end: text.length } as Finding;
    const ops = strikeExample(text, finding, (after) => /Client Readings/.test(after));
    expect(ops && applyOps(text, ops)).toBe('All rights in the Tuned Models shall vest in Provider.');
  });

  it('keeps the closing comma before words that are not the verb ("for any purpose, without charge")', () => {
    const text = 'Provider may use Client Readings for any purpose, including refining its models, without charge.';
    const finding = { start: 0, end: text.length } as Finding;
    const ops = strikeExample(text, finding, (after) => /models/.test(after));
    expect(ops && applyOps(text, ops)).toBe('Provider may use Client Readings for any purpose, without charge.');
  });
});

describe('an example with a qualifier of its own', () => {
  it('takes the qualifier with it ("including every improvement, whether or not resulting from …")', () => {
    const text = 'Provider retains all rights in the Services and the Routing Engine, including every improvement made to them, whether or not resulting from the processing of Client Data.';
    const finding = { start: 0, end: text.length } as Finding;
    const ops = strikeExample(text, finding, (after) => /Client Data/.test(after));
    expect(ops && applyOps(text, ops)).toBe('Provider retains all rights in the Services and the Routing Engine.');
  });
});

describe('a limb that only said what the licence is after an event', () => {
  const sentence = '6.3 Client grants Orrin a licence to host and process Client Files for the Services; to the extent Client Files have entered the Orrin Index before termination, that licence is worldwide, perpetual and irrevocable.';

  it('goes whole from its semicolon once "perpetual and irrevocable" are struck, not left saying "that licence is worldwide"', () => {
    const splices = withoutHollowLimb(sentence, strikeFromLists(sentence, ['perpetual', 'irrevocable']));
    expect(applySplices(sentence, splices)).toBe('6.3 Client grants Orrin a licence to host and process Client Files for the Services.');
  });

  it('stays when the limb still says something after the strike', () => {
    const other = sentence.replace('worldwide, perpetual and irrevocable', 'perpetual and exclusive');
    const splices = withoutHollowLimb(other, strikeFromLists(other, ['perpetual']));
    expect(applySplices(other, splices)).toMatch(/that licence is exclusive\.$/);
  });
});
