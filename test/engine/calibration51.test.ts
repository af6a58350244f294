// Per-clause expectations for the language patterns of calibration round 51 (first runs on blind74 and agreements
// 367–374, 2026-12-06): a party that grants rights in what it uploads is the customer; a name bracketed as '("X" or the
// "Customer")' names the party; a customer's data term that sweeps in what is derived from it stays the customer's;
// title that vests in the vendor only to be assigned on goes to the assignee; a recital saying a party holds records
// makes it the data holder. Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('a party that grants rights in what it uploads or contributes', () => {
  it('is the customer, whatever its name', () => {
    const found = analyzeDocument(
      [
        '"Cases" means the clinical records that a practice submits to the Service.',
        'By submitting Cases to the Service, Practice grants Vetwise a non-exclusive licence to use Cases, once de-identified, to train and calibrate the machine-learning models underlying the Service.',
      ].map((text) => ({ text })),
    ).findings;
    expect(found.filter((f) => f.paragraph === 1).map((f) => `${f.category}:${f.stance}`)).toContain('ai-training:risk');
  });

  it('is still the vendor when no upload opens the sentence', () => {
    expect(categoriesOf('Radiantly grants Clinic a worldwide licence to use the Portal to view and annotate Scans.')).not.toContain('ai-training:risk');
  });
});

describe('the parties and their data', () => {
  const contract = (...texts: string[]) => texts.map((text) => ({ text }));

  it('reads two names in one bracket joined by "or the"', () => {
    const parties = analyzeDocument(contract('(1) MERRIVALE CLINICS LIMITED, whose registered office is at 4 Dock Lane, Leeds ("Merrivale" or the "Customer"); and', '(2) QUILLSTEAD LTD ("Quillstead" or the "Supplier").')).parties;
    expect(parties.customerAliases).toEqual(['Merrivale', 'Customer']);
    expect(parties.vendorAliases).toEqual(['Quillstead', 'Supplier']);
  });

  it('keeps a customer data term that sweeps in what is derived from it as the customer\'s data', () => {
    const found = analyzeDocument(
      contract(
        '"Customer Data" means all data in any form that is provided to, or generated, collected or otherwise processed by, the Supplier in connection with the Services, together with any data derived from any of it, whether or not it has been de-identified or aggregated.',
        '7.1 The Supplier shall encrypt Customer Data at rest and in transit and restrict access to it to named staff.',
      ),
    );
    expect(found.definitions.find((d) => d.term === 'Customer Data')?.denotes).toBe('customer-data');
    expect(found.findings.filter((f) => f.paragraph === 1).map((f) => `${f.category}:${f.stance}`)).not.toContain('aggregated-data:risk');
  });

  it('never takes a customer-named term for things ("Customer Property", a building) as data', () => {
    const found = analyzeDocument(contract('B. Customer manages the residential communities listed in the Order Form (each, a "Customer Property") and wishes to use the Services.', '1.3 "Customer Data" means all data Customer submits to the Services.'));
    expect(found.terms.customerData).toBe('Customer Data');
  });

  it('still reads a vendor term whose meaning sweeps the customer\'s data in as derived', () => {
    const found = analyzeDocument(contract('"Customer Data" means all data the Customer uploads to the Platform.', '"Platform Data" means telemetry about the Platform, together with any data derived from Customer Data.'));
    expect(found.definitions.find((d) => d.term === 'Platform Data')?.denotes).not.toBe('customer-data');
  });
});

describe('title that vests in one party to be assigned to the other', () => {
  it('belongs to the assignee', () => {
    expect(categoriesOf('To the extent that any right or interest in any Output vests in the Supplier, the Supplier hereby assigns it to the Customer.')).toEqual(['output-ownership:protective']);
    expect(categoriesOf('To the extent any rights in Outputs vest in Customer, Customer hereby assigns them to Vendor.')).toContain('output-ownership:risk');
  });
});

describe('a data licence whose recitals say the licensor holds records', () => {
  it('reads the licensor as the data holder and the developer of models as the vendor', () => {
    const parties = analyzeDocument(
      [
        '(1) HARTWELL BROKING LLP (the "Licensor"); and',
        '(2) SPINDRIFT LABS LIMITED ("Spindrift").',
        '(A) The Licensor is an insurance intermediary regulated in the United Kingdom and holds records of claims notified by its clients.',
        '(B) Spindrift develops machine learning models for insurers and intermediaries.',
      ].map((text) => ({ text })),
    ).parties;
    expect(parties.customer).toBe('Licensor');
    expect(parties.vendor).toBe('Spindrift');
  });
});

describe('words that only look like outputs or open-ended keeping', () => {
  it('reads "as a result of" as a consequence, not an output the vendor owns', () => {
    expect(categoriesOf('7.4 Provider Models. Provider retains all right, title and interest in and to the Provider Models, and nothing in this Agreement shall be construed to restrict Provider from using the general skills, experience and techniques retained in the unaided memory of its Personnel, or embodied in the Provider Models, as a result of performing the Services.')).not.toContain('output-ownership:risk');
    expect(categoriesOf('Vendor owns all results generated by the Platform for Client.')).toContain('output-ownership:risk');
  });

  it('reads a licence "revocable upon expiration or termination" as bounded by the contract', () => {
    expect(categoriesOf('Hospital grants Vendor a non-exclusive licence, revocable upon expiration or termination of this Agreement, to store and process Hospital Data during the Term solely to provide the Services.')).not.toContain('survival-retention:risk');
    expect(categoriesOf('Hospital grants Vendor a licence to store and process Hospital Data, which continues after expiration or termination of this Agreement.')).toContain('survival-retention:risk');
  });

  it('reads "without limit of time" as a licence that outlasts the contract', () => {
    expect(categoriesOf('The Supplier grants the Charity a licence during the Term to use the Supplier Materials, and to use any Supplier Materials incorporated in Outputs without limit of time.')).not.toContain('output-ownership:risk');
    expect(categoriesOf('The Supplier grants the Charity a licence to use the Outputs during the Term.')).toContain('output-ownership:risk');
  });
});

describe('an item of a ban that opens with its own verb', () => {
  it('takes its subject from the lead-in, though it names a client of the customer later', () => {
    const found = analyzeDocument(
      [
        '6.2 Restrictions. Spindrift shall not, and shall ensure that its sublicensees do not:',
        '(a) attempt to re-identify any individual, or any client of the Licensor, from the Licensed Data or Aggregated Data, or combine the Licensed Data with other data for that purpose;',
      ].map((text) => ({ text })),
    ).findings;
    expect(found.filter((f) => f.paragraph === 1 && f.stance === 'risk')).toEqual([]);
  });
});

describe("the customer's own models and the corpus a vendor learns from", () => {
  it("reads a deletion of the customer's private model weights as a deletion of its data", () => {
    expect(categoriesOf("On expiry, Surveyline must return or destroy the Client's private model weights and all Survey Images within 30 days.")).toContain('deletion:protective');
  });

  it('reads an election to exclude requests from a learning corpus as an opt-out', () => {
    expect(categoriesOf('Business-plan Subscribers may elect, by notice to the privacy team, to exclude their API Requests from the Northwind Learning Corpus.')).toContain('opt-out:protective');
  });
});

describe('a deletion clause cited by its title', () => {
  it('promises nothing itself: what it "shall not apply to" is data kept outside the deletion', () => {
    const found = categoriesOf('Clause 11.2 (Return and Deletion) shall not apply to Clinic Data that Vetlane must keep under the law, nor to copies in its disaster-recovery archives, which Vetlane may retain for up to six years.');
    expect(found.some((f) => f.startsWith('survival-retention:'))).toBe(true);
  });
});

describe('a defined activity of the vendor named for learning or training', () => {
  it('is the grant itself when its meaning fine-tunes the vendor\'s models on what the customer sends', () => {
    expect(categoriesOf('"Product Learning" means Quillmere\'s use of Queries and Answers to fine-tune and otherwise improve the Quillmere Models.')).toContain('ai-training:risk');
  });

  it('is no grant when it trains people', () => {
    expect(categoriesOf('"Security Training" means the annual privacy and security training that Vendor gives its personnel.')).toEqual([]);
  });
});

describe("a definition of the vendor's models trained on this customer's data and other customers'", () => {
  it('states the pooled training itself', () => {
    expect(categoriesOf('"Tidewell Models" means the demand forecasters and other machine-learning models developed or licensed by Tidewell, in each case as trained or refined from time to time using Meter Data received from Client and from other Tidewell customers.')).toContain('ai-training:risk');
  });
});

describe('an export window after the end, then deletion', () => {
  it('is a deletion promise, not data kept after the end', () => {
    const found = categoriesOf('Within forty-five (45) days after the effective date of termination, and provided Customer so requests in writing no later than ten (10) days after that date, Tallymere will make all Customer Project Data available for export in CSV or another commonly used industry format; Tallymere will thereafter permanently delete Customer Project Data from its production systems.');
    expect(found).toContain('deletion:protective');
    expect(found).not.toContain('survival-retention:risk');
  });
});
