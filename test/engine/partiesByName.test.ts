// Readings that depend on the customer's own name in the contract ("Research Partner" rather than "Customer"): a model
// made for it, a licence the vendor grants it, and what it may not do. Own drafting.
import { extractDefinitions } from '../../src/engine/extractDefinitions';
import { categoriesOf } from './support';

const PARTIES = [
  'This Agreement is made between Marrow Labs, Inc. ("Marrow") and the institution identified below ("Research Partner").',
  'Marrow shall provide the Services.',
  '"Shared Data" means the datasets that Research Partner delivers to Marrow.',
];
const read = (clause: string) => categoriesOf([...PARTIES, clause].join('\n'));

describe('the customer known by its own name', () => {
  test('a model trained for it by name serves it, and is no training risk', () => {
    expect(read('Research Partner grants Marrow a licence to store and use Shared Data to fine-tune and test Custom Models for Research Partner.')).not.toContain('ai-training:risk');
  });

  test('a model trained for the vendor\'s general use still is', () => {
    expect(read('Research Partner grants Marrow a licence to use Shared Data to fine-tune and test the general models Marrow offers to all its customers.')).toContain('ai-training:risk');
  });

  test('a purpose among others "for Research Partner" does not cover the training beside it', () => {
    expect(read('Research Partner grants Marrow a licence to store Shared Data for hosting the Services for Research Partner, and for training machine learning models.')).toContain('ai-training:risk');
  });

  test('a licence the vendor grants it "solely for" its own operations is no protection of its data', () => {
    const found = read('Marrow grants Research Partner a non-exclusive licence to access the Custom Model solely for Research Partner\'s use.');
    expect(found).not.toContain('no-training:protective');
  });

  test('what it may not do with a model keeps nothing of its data', () => {
    expect(read('Research Partner shall not use any Custom Model to train a competing model, and shall not attempt to extract the weights of any Custom Model.')).not.toContain('survival-retention:risk');
  });

  test('a withdrawal that does not require the vendor to remove data from its models still keeps it there', () => {
    expect(read('Research Partner may withdraw at any time, but withdrawal will not require Marrow to remove Shared Data from any model already trained.')).toContain('survival-retention:risk');
  });
});

describe('the other party of a preamble that also defines the services', () => {
  test('is the one whose bracket meets the vendor\'s across "and", not the services defined after it', () => {
    const preamble =
      'This Subscription Agreement ("Agreement") is made between the Board of Education of the Larchmere Unified School District ("College") and Tallowby Learning Ltd. ("Provider"), and governs the College\'s use of the Tallowby tutoring platform (the "Services").';
    const { parties } = extractDefinitions([{ text: preamble }, { text: 'The College is responsible for its rostering data.' }]);
    expect(parties).toMatchObject({ vendor: 'Provider', customer: 'College' });
  });

  test('is found when the join is written "AND" and the bracket reads (the "…"), past a bracketed place name', () => {
    const preamble =
      'THIS AGREEMENT is made as of 2 March 2026 BETWEEN Northwind Mutual Assurance, a society continued under the Cooperatives Act (Manitoba) (the "Assurer"), AND Quillon Data Labs Inc., a corporation of Alberta (the "Supplier").';
    const { parties } = extractDefinitions([{ text: preamble }, { text: 'The Assurer may audit the Supplier once a year.' }]);
    expect(parties).toMatchObject({ vendor: 'Supplier', customer: 'Assurer' });
  });
});

describe('a data term whose meaning names the customer party as its source', () => {
  test('is the customer\'s data, whatever it is called', () => {
    const { terms } = extractDefinitions([
      { text: 'This Agreement is made between Oyabe Castings Co., Ltd. ("Purchaser") and Tessaro Analytics Inc. ("Supplier").' },
      { text: 'In this Agreement, "Line Data" means the pressure and cycle-time readings acquired from the presses of Purchaser, and the inspection notes which Purchaser enters into the Service.' },
    ]);
    expect(terms.customerData).toBe('Line Data');
  });

  test('but not one the vendor derives from it', () => {
    const { terms } = extractDefinitions([
      { text: 'This Agreement is made between Oyabe Castings Co., Ltd. ("Purchaser") and Tessaro Analytics Inc. ("Supplier").' },
      { text: 'In this Agreement, "Benchmark Data" means aggregated statistics derived from the readings of Purchaser and other customers.' },
    ]);
    expect(terms.customerData).not.toBe('Benchmark Data');
  });
});

describe('parties and terms in other drafting traditions', () => {
  test('names in brackets without quotes ("(Department)", "(Contractor)") are the parties of a preamble', () => {
    const { parties, terms } = extractDefinitions([
      { text: 'This Agreement is made between the State of Tasman acting through its Department of Transport (Department) and Kestrel Vision Pty Ltd ACN 123 456 789 (Contractor).' },
      { text: '1.1 Camera Data means the video frames that a Transport Depot transmits to the Solution.' },
    ]);
    expect(parties).toMatchObject({ vendor: 'Contractor', customer: 'Department' });
    expect(terms.customerData).toBe('Camera Data');
  });

  test('"designates" defines, and a "Marketplace Operator" is the vendor', () => {
    const { parties, terms } = extractDefinitions([
      { text: '1.1 These terms govern the relations between Boutiquia SAS (the "Marketplace Operator") and any professional who opens a seller account (the "Seller").' },
      { text: '2.1 "Seller Content" designates the texts and photographs that the Seller uploads to the Marketplace.' },
    ]);
    expect(parties).toMatchObject({ vendor: 'Marketplace Operator', customer: 'Seller' });
    expect(terms.customerData).toBe('Seller Content');
  });
});

describe('parties named in labelled blocks, as order forms do', () => {
  test('take the sides their labels give, under the names in their brackets', () => {
    const { parties, terms } = extractDefinitions([
      { text: 'SALTMARSH CLOUD – ORDER FORM' },
      { text: 'Provider: Saltmarsh Cloud Ltd, 9 Quay Street, Bristol BS1 4DJ ("Saltmarsh")' },
      { text: 'Agency: Copperline Media Ltd, 3 Mill Lane, Leeds LS1 2AB ("Copperline")' },
      { text: '1. Saltmarsh will host the Content that Copperline uploads and will not use it to train any model.' },
    ]);
    expect(parties).toMatchObject({ vendor: 'Saltmarsh', customer: 'Copperline' });
    expect(terms.vendor).toBe('Saltmarsh');
  });

  test('are left alone when no label names a side', () => {
    const { parties } = extractDefinitions([
      { text: 'Sender: Copperline Media Ltd ("Copperline")' },
      { text: 'Recipient: Bramble Print Ltd ("Bramble")' },
      { text: 'Copperline shall pay Bramble within thirty days.' },
    ]);
    expect(parties.vendor).not.toBe('Copperline');
  });
});

describe('parties whose brackets say which side they are', () => {
  test('"(hereinafter "Quillon", the vendor)" and "(hereinafter the "College", the customer)"', () => {
    const { parties } = extractDefinitions([
      { text: 'Between Quillon Assessment Inc., a corporation governed by the laws of Ontario (hereinafter "Quillon", the vendor), and Collège Rivebelle (hereinafter the "College", the customer).' },
      { text: 'Quillon shall provide the proctoring services to the College.' },
    ]);
    expect(parties).toMatchObject({ vendor: 'Quillon', customer: 'College' });
  });

  test('a parties line with bare brackets: "(the Board, which is the buyer)"', () => {
    const { parties } = extractDefinitions([
      { text: 'Parties: Whitestone District Health Board, a Crown entity (the Board, which is the buyer), and Tanemahuta Digital Limited, a company (the Supplier).' },
      { text: 'The Supplier shall host the chatbot for the Board.' },
    ]);
    expect(parties).toMatchObject({ vendor: 'Supplier', customer: 'Board' });
  });
});
