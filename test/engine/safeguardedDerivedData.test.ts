// Derived data kept anonymous and out of model training by a closing proviso is the safeguard, whichever clause of the
// sentence the proviso sits in, and the rights over that data alone are not a licence to the content. Own drafting.
import { categoriesOf } from './support';

const PARTIES = 'This Agreement is between Halvard Systems Ltd ("Halvard") and the subscriber ("Customer").\n"Customer Data" means the files Customer uploads.';
const SAFEGUARD = 'provided that such data is aggregated with the data of other customers, does not identify Customer or any individual, and is not used to train any artificial intelligence model';
const read = (clause: string): string[] => [...new Set(categoriesOf(`${PARTIES}\n${clause}`))].filter((c) => !/^(?:deletion|no-training|audit|confidentiality)/.test(c)).sort();

describe('a closing safeguard proviso', () => {
  it('covers the first clause of the same actor too ("may use …, and may keep doing so after …, provided that …")', () => {
    const found = read(`Halvard may use De-identified Data to publish studies, and may keep doing so after the Term, ${SAFEGUARD}.`);
    expect(found.filter((c) => c.startsWith('aggregated-data'))).toEqual(['aggregated-data:protective']);
  });

  it('makes a licence over the derived data alone no broad licence, and its improvement use no risk', () => {
    const found = read(`Halvard may use De-identified Data to improve its products, and Customer grants Halvard a royalty-free licence to do so, ${SAFEGUARD}.`);
    expect(found.filter((c) => c.endsWith(':risk'))).toEqual([]);
  });

  it('leaves the same rights a risk without the proviso', () => {
    const found = read('Halvard may use De-identified Data to improve its products, and Customer grants Halvard a perpetual licence to do so.');
    expect(found).toEqual(expect.arrayContaining(['aggregated-data:risk']));
  });

  it('does not spread a proviso on the customer\'s data to a licence over that data', () => {
    const found = read(`Customer grants Halvard a perpetual licence to use Customer Data for any purpose, ${SAFEGUARD}.`);
    expect(found).toEqual(expect.arrayContaining(['broad-license:risk']));
  });
});

describe('the objective standard the review now writes', () => {
  const OBJECTIVE = 'provided that such data is aggregated with the data of other customers, cannot reasonably be used to identify Customer or any individual, and is not used to train any artificial intelligence model';

  it('is a safeguard as the earlier wording was ("cannot reasonably be used to identify")', () => {
    const found = read(`Halvard may use De-identified Data to publish studies, and may keep doing so after the Term, ${OBJECTIVE}.`);
    expect(found.filter((c) => c.startsWith('aggregated-data'))).toEqual(['aggregated-data:protective']);
  });
});
