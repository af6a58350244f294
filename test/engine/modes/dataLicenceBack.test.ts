// A model licence with a licence of the customer's data back to the vendor (our own drafting): in the data-use mode the
// party that grants the licence of the data holds it, whatever its role word ("Licensor" of the model).
import { analyzeDocument } from '../../../src/engine/analyzeDocument';

const lines = (dataGrant: string) => [
  'MODEL LICENCE AND DATA AGREEMENT',
  'This Agreement is between Corvane Analytics Limited (the "Licensor") and Eastmarsh Growers Co-operative Limited (the "Co-operative").',
  '1.1 "Harvest Data" means the yield and spraying records that the Co-operative keeps for its members.',
  '2.1 The Licensor grants the Co-operative a non-exclusive licence for the Term to use the Yield Model through the hosted interface.',
  dataGrant,
];

const parties = (dataGrant: string) => analyzeDocument(lines(dataGrant).map((text) => ({ text })), { mode: 'dua' }).parties;

describe('a data licence back to the vendor, read in the data-use mode', () => {
  test('makes the party that grants the data licence its holder', () => {
    expect(parties('6.1 The Co-operative grants to the Licensor a non-exclusive licence to use the Harvest Data to train the Yield Model.')).toMatchObject({
      customer: 'Co-operative',
      vendor: 'Licensor',
    });
  });

  test('leaves the role words to decide when the agreement grants no licence of the data', () => {
    expect(parties('6.1 The Co-operative shall pay the Licence Fee within thirty days of invoice.')).toMatchObject({ customer: 'Licensor' });
  });
});
