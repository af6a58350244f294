// A derived-data sentence that sets its own standard, or speaks of derived data outlasting the agreement, is never
// replaced whole by the playbook's clause on using statistics: the lawyer audit of agreements 69–72 found that clause
// put in place of a narrower permission (a purpose limit and a five-subscriber floor dropped) and of a survival
// sentence, and of a list of purposes the service runs on. Clauses are the project's own drafting.
import type { Finding } from '../../src/engine/types';
import { offTarget } from '../../src/review/offTarget';
import { setsOwnStandard } from '../../src/review/ownStandard';

describe('a sentence\'s own standard for derived data', () => {
  test.each([
    'Orrin may publish benchmarks compiled from Client Files, provided that Client is not identified and no benchmark draws on fewer than five clients.',
    'Orrin may use timing figures from its review work, in anonymised and aggregated form, to tune its queueing tool.',
    'Orrin may use timing figures in aggregated and de-identified form to plan capacity.',
    'Orrin may publish dwell-time indices derived from Pooled Data, provided that no individual client or carrier is named or can readily be identified.',
  ])('is found in "%s"', (sentence) => {
    expect(setsOwnStandard(sentence)).toBe(true);
  });

  test.each([
    'Orrin may publish benchmarks compiled from Client Files.',
    'Orrin may use timing figures in aggregated form to plan capacity.',
  ])('is not found in "%s"', (sentence) => {
    expect(setsOwnStandard(sentence)).toBe(false);
  });
});

describe('derived data that outlasts the agreement', () => {
  const finding = (quote: string) => ({ category: 'aggregated-data', quote }) as Finding;

  test.each([
    '(4) Know-how and the pooled statistics under (5) are not subject to the duty of return and deletion and may continue to be used after the end of the Agreement.',
    '4.3 Orrin may keep using the Pooled Figures to refine its scoring products, and that use shall continue notwithstanding the termination of this Agreement.',
  ])('is no sentence for the clause on using statistics to replace: "%s"', (quote) => {
    expect(offTarget(finding(quote), true, [], 'Client', true)).toMatch(/outlasting the agreement/);
  });

  test('a use during the agreement is not caught', () => {
    expect(offTarget(finding('4.3 Orrin may use the Pooled Figures to refine its scoring products.'), true, [], 'Client', true)).toBeUndefined();
  });
});

describe('an improvement use in a list of purposes that serve the customer', () => {
  it('is not replaced by the clause on improvement, which would drop the purposes the service runs on', () => {
    const quote = '3.4 Orrin may also use Client Files for the following purposes: operating and supporting the Platform; billing; detecting misuse; and refining the Platform and Orrin\'s other products.';
    expect(offTarget({ category: 'service-improvement', quote } as Finding, true, [], 'Client', true)).toMatch(/purposes that serve the customer/);
  });
});

describe('a survival provision that keeps a licence alive', () => {
  it('is not replaced by the licence clause, which would end the survival of everything else it lists', () => {
    const quote = 'The rights you give us under "Your files," the sections titled "Deleting your files" and "Disputes" survive the end of this agreement.';
    expect(offTarget({ category: 'broad-license', quote } as Finding, true, [], 'you', true)).toMatch(/survival provision/);
  });

  it('is told apart from the grant itself ("you grant us a licence …, which survives the end of this agreement")', () => {
    const quote = 'You grant us a licence to use your files, which survives the end of this agreement.';
    expect(offTarget({ category: 'broad-license', quote } as Finding, true, [], 'you', true)).toBeUndefined();
  });
});

describe('the customer\'s own switch over training', () => {
  it('is never replaced by the clause on training, which would take the switch with it', () => {
    const quote = 'You can turn off "Model Learning" in your settings at any time; while it is off we will stop using your new Field Data to train our shared models.';
    expect(offTarget({ category: 'ai-training', quote } as Finding, true, [], 'you', true)).toMatch(/customer's own right/);
  });
});
