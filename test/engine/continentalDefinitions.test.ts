// Continental drafting defines terms with a colon ('1.1 "Operational Data": all data …'), calls the vendor's other
// customers by the customer's role word in lower case ("any other principal"), and names the data it makes from the
// customer's with a defined term used on its own ("Supplier may compile Network Benchmarks …"). Our own drafting.
import { extractDefinitions } from '../../src/engine/extractDefinitions';
import { categoriesOf } from './support';

const LINES = [
  'The undersigned, Rijnmond Vervoer B.V. ("Principal"), and Kade Analytics B.V. ("Supplier"), hereby agree as follows.',
  '1.1 "Operational Data": all data relating to the shipments and vehicles of Principal that Principal makes available to Supplier.',
  '1.2 "Yard Footage": video recorded by the cameras installed at Principal\'s depots under this Agreement.',
  '1.3 "Depot Benchmarks": statistical indicators which Supplier compiles from the Operational Data of all of its principals.',
  '3.3 Supplier may compile Depot Benchmarks and may use, publish and commercialise them, also after the end of this Agreement.',
  '3.4 Supplier shall not make available to any other principal data from which the identity of Principal can be derived.',
];

describe('definitions written with a colon after the quoted term', () => {
  const { definitions, terms } = extractDefinitions(LINES.map((text) => ({ text })));
  const denotes = (term: string) => definitions.find((d) => d.term === term)?.denotes;

  it('reads the customer\'s data terms, footage included, and the data made from them', () => {
    expect(denotes('Operational Data')).toBe('customer-data');
    expect(denotes('Yard Footage')).toBe('customer-data');
    expect(denotes('Depot Benchmarks')).toBe('other');
    expect(terms.customerData).toBe('Operational Data');
  });

  it('calls the vendor\'s other customers what the contract calls them', () => {
    expect(terms.otherCustomers).toBe('other principals');
    const plain = extractDefinitions([{ text: 'This Agreement is between Kade Analytics B.V. ("Supplier") and Rijnmond B.V. ("Principal").' }]);
    expect(plain.terms.otherCustomers).toBeUndefined();
  });

  it('reads compiling and selling the defined derived data as an aggregated-data risk', () => {
    expect(categoriesOf(...LINES)).toContain('aggregated-data:risk');
  });
});

describe('parties and umbrella terms named the way public bodies and media groups write them', () => {
  it('reads "Company" as the customer where the same preamble names a plain "Vendor"', () => {
    const { parties } = extractDefinitions([
      { text: 'This Agreement is made between Harbourlight Media Pte. Ltd. (the "Company") and Sonara Voice Pte. Ltd. (the "Vendor").' },
      { text: '1.1 "Talent" means the performers engaged by the Company whose voices are recorded.' },
    ]);
    expect(parties.customer).toBe('Company');
    expect(parties.vendor).toBe('Vendor');
    const alone = extractDefinitions([{ text: 'These terms are between you and Sonara Voice Ltd (the "Company").' }]);
    expect(alone.parties.vendor).toBe('Company');
  });

  it('takes a term for "all data …, including" the others as their umbrella', () => {
    const { terms } = extractDefinitions([
      { text: '1.1 "Caller Inputs" means any text or audio that users submit to the Assistant.' },
      { text: '1.2 "Office Data" means all data and information, including Caller Inputs and transcripts, that the Office provides to the Contractor.' },
    ]);
    expect(terms.customerData).toBe('Office Data');
  });

  it('reads a vendor policy that prevails over the contract, or changes by posting, as policy by reference', () => {
    expect(categoriesOf('Notwithstanding clause 2.1, the Contractor\'s AI Use Policy, which permits it to review Office Data flagged by its filters, shall prevail over this Contract, and any amendment to that policy posted by the Contractor binds the Office thirty days after posting.')).toContain('policy-by-reference:risk');
    expect(categoriesOf('In case of conflict, this Contract prevails over any policy of the Contractor.')).not.toContain('policy-by-reference:risk');
  });
});

describe('a data licence, where the Licensor hands its data to an AI developer', () => {
  const LINES = [
    'This Data License Agreement is entered into by and between Hollin Biosciences K.K. ("Licensor") and Quarry Compute Inc. ("Licensee").',
    '1. "Screen Data" shall mean the assay results which Licensor shall provide to Licensee under Article 3.',
    '2. All predictions produced by Licensee from Screen Data shall belong to Licensor, and Licensee hereby assigns to Licensor all right, title and interest therein.',
    '3. Upon termination, Licensee shall promptly destroy all Screen Data and all copies thereof, including data contained in training sets and backup media.',
  ];

  it('reads the Licensor, which supplies the data, as the customer', () => {
    const { parties } = extractDefinitions(LINES.map((text) => ({ text })));
    expect(parties.customer).toBe('Licensor');
    expect(parties.vendor).toBe('Licensee');
  });

  it('reads the customer owning the results as a protection, and deletion of training sets as no training', () => {
    const found = categoriesOf(...LINES);
    expect(found).toContain('output-ownership:protective');
    expect(found).not.toContain('output-ownership:risk');
    expect(found).not.toContain('ai-training:risk');
    expect(found).toContain('deletion:protective');
  });
});
