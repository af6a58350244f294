// Per-clause expectations for the language patterns of calibration round 33 (found reading the re-audit of 211–216 and
// the first runs of blind36 and agreements 217–220, 2026-12-04). Every clause is our own drafting; each row states
// the categories it must yield.
import { extractDefinitions } from '../../src/engine/extractDefinitions';
import { expectationRows as rows } from './support';

rows('outputs named only as what is used after the rights a party holds', [
  // A warranty for the customer: the vendor holds what the customer needs to use the outputs.
  ['Vendor warrants that it holds all rights in the data and models needed for Customer to use the Platform and the Forecast Outputs.', ['output-ownership:neutral']],
  ['Vendor owns all rights in the Forecast Outputs.', ['output-ownership:risk']],
]);

rows('a deletion whose data is a term of the contract\'s own, or a pronoun, deleted from where data is kept', [
  ['Within 45 days after termination Corbel will delete Tenant Ledgers from its systems, and from backups within a further 30 days.', ['deletion:protective']],
  ['On request Corbel will export Tenant Ledgers and will then delete them from its production systems within 60 days.', ['deletion:protective']],
  ['Your Site Photos stay viewable for 30 days after you cancel. After that, we delete them.', ['deletion:protective']],
  // The vendor removing people from its systems promises nothing about the data.
  ['Corbel may remove Authorised Users from its systems if they breach the acceptable use policy.', []],
]);

rows('a company named before a negated verb acts for itself', [
  ['Quillon doesn’t train its language models on your uploaded sketches.', ['no-training:protective']],
  ['By default, Tarnwell does not use Workspace Content to train AI models.', ['no-training:protective']],
]);

rows('a grant named again as the subject of its own survival', [
  [
    'Customer grants Tillgate a worldwide, royalty-free licence to copy, modify and create derivative works from Orchard Data for Tillgate’s business purposes, which licence shall survive expiry of this Agreement.',
    ['broad-license:risk', 'service-improvement:risk', 'survival-retention:risk'],
  ],
]);

describe('a name for data defined at the end of a description that mentions a party', () => {
  it('takes the description for its meaning, never the party ("how Company\'s users work")', () => {
    const usage = extractDefinitions([
      { text: 'This Agreement is between Brackenfold Systems, Inc. ("Provider") and Ashcombe Freight LLC ("Company").' },
      { text: '1.3 "Company Data" means all data and files that Company or its users submit to the Service.' },
      {
        text: '4.5 Provider may gather statistics on how Company\'s users work with the Service, but excluding the content of Company Data ("Usage Data"), and may use Usage Data to run the Service.',
      },
    ]).definitions.find((d) => d.term === 'Usage Data');
    expect(usage?.denotes).toBe('usage-data');
    expect(usage?.meaning).toContain('excluding the content of Company Data');
  });
});

describe('the contract\'s own word for subprocessors', () => {
  it('is the one it writes in its sentences, not a heading in capitals or part of a longer name', () => {
    const terms = extractDefinitions([
      { text: 'This Agreement is between Brackenfold Systems Ltd ("Supplier") and Ashcombe Freight Ltd ("Client").' },
      { text: '"Provider Page" means the page at which the Supplier lists its Sub-processor Page entries.' },
      { text: '5. MODEL PARTNERS AND SUB-PROCESSORS' },
      { text: '5.1 Sub-processors may be appointed by the Supplier on notice.' },
      { text: '5.2 The Supplier remains liable for its sub-processors, and each of its sub-processors is bound in writing.' },
    ]).terms;
    expect(terms.subprocessor).toBe('sub-processor');
  });
});

describe('data about how the service is used', () => {
  it('is usage data, whoever\'s users the actions are', () => {
    const platform = extractDefinitions([
      { text: 'This Agreement is between Ostrava Payroll Ltd ("Company") and Bramley Works plc ("Client").' },
      { text: '6.4 The Company may collect data about the set-up, performance and use of the Platform, including logs of steps taken by Users ("Platform Data").' },
    ]).definitions.find((d) => d.term === 'Platform Data');
    expect(platform?.denotes).toBe('usage-data');
  });
});

describe('an addendum "entered into … by" two parties', () => {
  it('names the other party the customer, whatever it calls itself', () => {
    const terms = extractDefinitions([
      {
        text: 'This Data Addendum (this "Addendum") is entered into as of the date of last signature by Orrin Valley Care, an Ohio nonprofit corporation, on behalf of itself and its clinics and other Affiliates (collectively, "Care Network"), and Pellmore Scribe, Inc., a Delaware corporation ("Vendor").',
      },
      { text: '1(a) "Care Network Data" means all data that Vendor receives from or on behalf of Care Network.' },
    ]).terms;
    expect(terms.customer).toBe('Care Network');
    expect(terms.customerData).toBe('Care Network Data');
  });
});

describe('a term for what the service does, defined beside its outputs', () => {
  it('is no output, though the next definition says the outputs are generated by it', () => {
    const definitions = extractDefinitions([
      {
        text: '1.3 "AI Features" means the summarising and clause-suggestion functions of the Platform, and "Tool Output" means the summaries and suggestions generated by the AI Features for the Client.',
      },
    ]).definitions;
    expect(definitions.find((d) => d.term === 'AI Features')?.denotes).not.toBe('output');
    expect(definitions.find((d) => d.term === 'Tool Output')?.denotes).toBe('output');
  });
});
