// A contract that defines its terms with a colon ('1.3 "Depot Benchmarks": …') keeps its definitions: the review
// answers the clause that uses the term and writes in the contract's own words (lawyer audit of agreement 73).
// Our own drafting.
import { preferredReview } from './agreements';

const KADE = [
  'The undersigned, Rijnmond Vervoer B.V. ("Principal"), and Kade Analytics B.V. ("Supplier"), hereby agree as follows.',
  '1.1 "Operational Data": all data relating to the shipments and vehicles of Principal that Principal makes available to Supplier.',
  '1.3 "Depot Benchmarks": statistical indicators which Supplier compiles from the Operational Data of all of its principals.',
  '3.3 Supplier may compile Depot Benchmarks and may use, publish and commercialise them for any purpose.',
  '3.4 Supplier shall not make available to any other principal data from which the identity of Principal can be derived.',
];

describe('a contract with colon definitions', () => {
  const { plan } = preferredReview(KADE);
  const texts = plan.items.map((item) => (item.kind === 'edit' ? item.target : item.kind === 'insert' ? item.text : ''));

  it('never rewrites the definition of a term other clauses use', () => {
    expect(plan.items.some((item) => item.kind === 'edit' && item.paragraph === 2)).toBe(false);
  });

  it('answers the derived data in the contract\'s own words', () => {
    const answer = texts.find((text) => /anonymised|aggregated/.test(text)) ?? '';
    expect(answer).toMatch(/Operational Data/);
    expect(answer).toMatch(/other principals/);
    expect(texts.join(' ')).not.toMatch(/Customer Data|other customers/);
  });
});

const RIJN = [
  'The undersigned, Rijnmond Vervoer B.V. ("Principal"), and Kade Analytics B.V. ("Supplier"), hereby agree as follows.',
  '1.1 "Operational Data": all data relating to the shipments and vehicles of Principal that Principal makes available to Supplier.',
  '1.2 "Supplier Purposes": the provision of the Services and the development and refinement of Supplier\'s routing algorithms for all of its principals.',
  '3.2 Principal grants Supplier a non-exclusive right to use, copy, store and analyse the Operational Data for the Supplier Purposes during the term of this Agreement.',
  '8.1 Within thirty days after this Agreement ends, Supplier shall delete the Operational Data.',
];

describe('a licence for defined purposes that take in the vendor\'s own development', () => {
  const { edit } = preferredReview(RIJN);

  it('gives the defined purposes way to serving the customer', () => {
    expect(edit(3)?.target).toBe(
      '3.2 Principal grants Supplier a non-exclusive right to use, copy, store and analyse the Operational Data solely to provide the services to Principal during the term of this Agreement.',
    );
    expect(edit(3)?.wordLevel).toBe(true);
  });
});
