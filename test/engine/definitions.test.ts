// Defined terms and parties: the engine reads a contract in its own words.
import { extractDefinitions } from '../../src/engine/extractDefinitions';
import { analyzeText, categoriesOf } from './support';

describe('defined terms', () => {
  test('extracts quoted definitions, parenthetical terms and the parties', () => {
    const result = extractDefinitions([
      { text: 'This Agreement (the "Agreement") is made between Blue Quarry Ltd ("Supplier") and Teal Partners LLP ("Client").' },
      { text: '"Client Materials" means all documents, prompts and files that Client uploads to the Platform.' },
    ]);
    expect(result.parties).toMatchObject({ vendor: 'Supplier', customer: 'Client' });
    expect(result.terms).toEqual({ customerData: 'Client Materials', vendor: 'Supplier', customer: 'Client', agreement: 'Agreement', services: 'services', spelling: 'uk' });
    const materials = result.definitions.find((d) => d.term === 'Client Materials');
    expect(materials).toMatchObject({ paragraph: 1, start: 1, end: 17, denotes: 'customer-data' });
  });

  test('data one side makes available or supplies to the other is the customer\'s data, whatever the contract calls it', () => {
    const result = extractDefinitions([
      { text: 'This Agreement is between Bramley Works plc (the "Manufacturer") and Ostrava Analytics Limited ("Ostrava").' },
      { text: '1.1 "Line Data" means the sensor readings and maintenance records the Manufacturer makes available to Ostrava.' },
    ]);
    expect(result.terms.customerData).toBe('Line Data');
    // Materials the vendor supplies ("supplied by Ostrava") are not the customer's data.
    const vendors = extractDefinitions([{ text: '"Reference Data" means the manuals and tables supplied by Ostrava with the service.' }]);
    expect(vendors.definitions.find((d) => d.term === 'Reference Data')?.denotes).not.toBe('customer-data');
  });

  test('documents incorporated into the agreement are not the agreement', () => {
    const result = extractDefinitions([
      { text: 'This Subscription Agreement is between Harrow Instruments Inc. ("Company") and the customer named in the Order ("Customer").' },
      { text: '2. The Platform Terms at harrow.example/terms and the Support Policy at harrow.example/support (together, the "Online Terms") are incorporated into this Agreement by this reference.' },
      { text: 'Company may suspend the Service under this Agreement for non-payment.' },
    ]);
    expect(result.terms.agreement).toBe('Agreement');
  });

  test('a label the contract never calls "these …" is not the agreement\'s name', () => {
    const result = extractDefinitions([
      { text: 'ORDER FORM' },
      { text: 'Special Terms: At launch, Model Improvement is set to Off for your workspace.' },
      { text: 'These Terms are between Lumen Studio Inc. ("we") and the brand named in this Order Form ("you").' },
      { text: 'We may suspend the Services if you breach these Terms.' },
    ]);
    expect(result.terms.agreement).not.toBe('Special Terms');
  });

  test('data about communications between the customer and its own customers is the customer\'s data', () => {
    const result = extractDefinitions([
      { text: 'This Agreement is between Harbour Bank N.A. ("Bank") and Callwise Inc. ("Vendor").' },
      { text: '1.1 "Interaction Data" means the call recordings and transcripts of communications between Bank and its customers that Vendor receives in performing the Services.' },
    ]);
    expect(result.terms.customerData).toBe('Interaction Data');
  });

  test('"… are together your "Content"" names the umbrella of the customer\'s data', () => {
    const result = extractDefinitions([
      { text: 'These Terms are between Lumen Studio Inc. ("we") and the brand named in the Order Form ("you").' },
      { text: '1.1 "Brand Files" means the logos you upload; "Prompts" means the text you submit; "Outputs" means what the Services generate; and Brand Files, Prompts and Outputs are together your "Content".' },
    ]);
    expect(result.terms.customerData).toBe('Content');
  });

  test('a party known only by its trading name is the vendor when it provides the services', () => {
    const result = extractDefinitions([
      { text: 'This agreement is between Blue Quarry Ltd ("BlueQuarry") and Teal Partners LLP ("Teal").' },
      { text: 'BlueQuarry shall provide the Platform to Teal.' },
      { text: 'Teal shall pay the fees within thirty days.' },
    ]);
    expect(result.parties).toMatchObject({ vendor: 'BlueQuarry', customer: 'Teal' });
    expect(result.definitions.map((d) => d.meaning)).toEqual(['Blue Quarry Ltd', 'Teal Partners LLP']);
  });

  test('reads unquoted definition lists ("1.4 Client Materials means", "Your Content:")', () => {
    const analysis = analyzeText(
      '1.4 Client Materials means the documents and prompts that Client uploads.',
      'Your Content: any text or files you submit to the Services.',
      'Supplier may use Client Materials to build its algorithms.',
    );
    expect(analysis.definitions.map((d) => [d.term, d.denotes])).toEqual([
      ['Client Materials', 'customer-data'],
      ['Your Content', 'customer-data'],
    ]);
    expect(analysis.findings.map((f) => [f.paragraph, f.category])).toEqual([[2, 'ai-training']]);
  });

  test('defined-term-client-materials: a clause that names only the defined term is found', () => {
    const analysis = analyzeText(
      '"Client Materials" means the documents Client submits to the Platform.',
      'Supplier may use Client Materials to train its algorithms.',
    );
    const training = analysis.findings.find((f) => f.category === 'ai-training');
    expect(training?.paragraph).toBe(1);
    expect(training?.evidence.some((s) => s.role === 'object' && s.text === 'Client Materials')).toBe(true);
  });

  test('a definition that sweeps prompts into Usage Data is a finding', () => {
    const analysis = analyzeText('"Usage Data" means logs and metadata about use of the Services, including the prompts Users enter.');
    const sweep = analysis.findings.find((f) => f.category === 'aggregated-data');
    expect(sweep).toMatchObject({ stance: 'risk', severity: 'high', paragraph: 0 });
    expect(sweep?.evidence.map((s) => s.text)).toEqual(expect.arrayContaining(['Usage Data', 'prompts']));
  });

  test('a Usage Data definition limited to technical logs is not a sweep', () => {
    const analysis = analyzeText('"Usage Data" means logs and metadata about the performance of the Services.');
    expect(analysis.findings.filter((f) => f.severity === 'high')).toEqual([]);
  });

  test('vendor-owned outputs are a risk, customer-owned outputs a protection', () => {
    expect(categoriesOf('Provider owns all right, title and interest in the Outputs.')).toContain('output-ownership:risk');
    expect(categoriesOf('As between the parties, Customer owns all Outputs.')).toContain('output-ownership:protective');
  });
  test('the widest data term wins: one defined as the customer data terms together is the customer data term', () => {
    const { terms, definitions } = extractDefinitions([
      { text: 'This agreement is between Orrin Labs Inc. ("Orrin") and the customer named below ("Customer").' },
      { text: '"Prompts" means the text and files that Customer submits to the Platform.' },
      { text: '"Completions" means what the Platform returns in response to Prompts. Prompts and Completions are together referred to as "Customer Material".' },
      { text: '"Security Incident" means any unauthorised access to Customer Material.' },
      { text: '"Prompt Data Breach" means a breach of security affecting Prompts.' },
      { text: '"Telemetry" means logs about the Platform\'s operation, excluding Prompts.' },
    ]);
    expect(terms.customerData).toBe('Customer Material');
    const denotes = (term: string) => definitions.find((d) => d.term === term)?.denotes;
    expect(denotes('Customer Material')).toBe('customer-data');
    expect(denotes('Prompt Data Breach')).not.toBe('customer-data');
    expect(denotes('Telemetry')).not.toBe('customer-data');
  });
  test('an umbrella name given without "referred to as" ("are together "Your Content"") is the customer data term', () => {
    const { terms } = extractDefinitions([
      { text: '"Prompts" means the code and text you send to the Platform. "Completions" means what the Platform returns. Prompts and Completions are together "Your Content".' },
    ]);
    expect(terms.customerData).toBe('Your Content');
  });
  test('the contract\'s start date is its own term where it has one', () => {
    expect(extractDefinitions([{ text: 'These terms start on the Commencement Date shown in the Order.' }]).terms.startDate).toBe('Commencement Date');
    expect(extractDefinitions([{ text: 'These terms start when the Order is signed.' }]).terms.startDate).toBeUndefined();
  });
  test('an addendum "incorporated into and made a part of this Agreement" is not the agreement the wording names', () => {
    const { terms } = extractDefinitions([
      { text: 'This Master Subscription Agreement (this "Agreement") is between Lantern Analytics, Inc. ("Lantern") and the customer named in the Order Form ("Customer").' },
      { text: '1.1 "Data Addendum" means the addendum attached as Exhibit B, which is incorporated into and made a part of this Agreement.' },
      { text: 'Exhibit B. 1. This Data Addendum applies to the AI features. 2. Lantern shall comply with this Data Addendum and this Agreement.' },
    ]);
    expect(terms.agreement).toBe('Agreement');
  });
  test('a party written "the Trust" keeps its article though its name also sits inside longer names and compounds', () => {
    const { terms } = extractDefinitions([
      { text: '(1) EASTMARSH COMMUNITY HEALTH NHS FOUNDATION TRUST of Mill Lane, Eastmarsh (the "Trust"); and' },
      { text: '(2) CORVANE ANALYTICS LIMITED, whose registered office is at 4 Dock Road, Hull (the "Supplier").' },
      { text: 'The Supplier shall keep the Trust Data secure and shall notify the Trust of any breach. The Trust may audit the Supplier.' },
      { text: 'Each Trust-Specific Model is trained only on the Trust\'s data, and a Trust-Specific Model is deleted when the Trust asks.' },
      { text: 'Signed for Eastmarsh Community Health NHS Foundation Trust by its chief executive.' },
    ]);
    // Three uses with "the", against a compound twice and a longer name twice: only the first count.
    expect(terms.articled).toContain('Trust');
  });
  test('a public body without a company suffix is a party, and data named after the customer is the customer\'s data', () => {
    const { terms, parties } = extractDefinitions([
      { text: '(1) FENMOOR COMMUNITY HEALTH TRUST of Station Road, Fenmoor (the "Trust"); and' },
      { text: '(2) ORRIN ANALYTICS LIMITED, whose registered office is at 2 Quay Street, Bristol (the "Supplier").' },
      { text: '"Trust Data" means all data supplied to the Supplier by the Trust, and all data derived from it.' },
      { text: 'The Supplier shall keep the Trust Data secure. The Trust may audit the Supplier. The Supplier shall notify the Trust of any breach.' },
    ]);
    expect(parties.customer).toBe('Trust');
    expect(terms.customerData).toBe('Trust Data');
    // Both parties are written "the Supplier" and "the Trust" throughout; "Trust Data" is another term's use.
    expect(terms.articled).toEqual(['Supplier', 'Trust']);
  });
  test('the contract\'s own word for its subcontractors is used where it defines none', () => {
    const paragraphs = [{ text: 'The Company may engage subcontractors to host the Platform. Each subcontractor is bound in writing.' }];
    expect(extractDefinitions(paragraphs).terms.subprocessor).toBe('subcontractor');
  });
  test('a term named with "is an "Output"" and a services name used capitalised throughout are the contract\'s words', () => {
    const { terms } = extractDefinitions([
      { text: 'Content the AI Features generate in response to an Input is an "Output".' },
      { text: 'Supplier provides the Platform. Client uses the Platform. Supplier may suspend the Platform.' },
    ]);
    expect(terms.outputs).toBe('Outputs');
    expect(terms.services).toBe('Platform');
  });
});

describe('media the customer supplies is its data', () => {
  test('a term for the customer\'s photos, recordings or code, defined in passing, is the customer data term', () => {
    for (const noun of ['Photos', 'Recordings', 'Code']) {
      const result = extractDefinitions([
        { text: 'These terms are between you and Quillmoor Ltd ("Quillmoor", "we" or "us").' },
        { text: `You keep ownership of the ${noun.toLowerCase()} you upload to the app ("Your ${noun}").` },
      ]);
      expect([noun, result.terms.customerData]).toEqual([noun, `Your ${noun}`]);
    }
  });

  test('a product term that names no customer is not', () => {
    const result = extractDefinitions([{ text: 'Quillmoor Ltd ("Quillmoor") publishes sample pictures for the editor (the "Stock Images").' }]);
    expect(result.definitions.find((d) => d.term === 'Stock Images')?.denotes).not.toBe('customer-data');
  });
});

describe('the parties and the data term as the contract names them', () => {
  test('a company whose suffix ends in a full stop ("Inc.") is still the party its bracket names', () => {
    const { terms } = extractDefinitions([
      { text: 'This Addendum forms part of the Subscription Agreement between Tallow Metrics, Inc. ("Tallow") and the customer named in it ("Customer").' },
      { text: 'Tallow shall process Customer Personal Data only on Customer\'s instructions, and Tallow shall keep Customer Personal Data confidential.' },
    ]);
    expect(terms).toMatchObject({ vendor: 'Tallow', customer: 'Customer', customerData: 'Customer Personal Data' });
  });

  test('the party named after the vendor with "and" is the customer, whatever the contract calls it', () => {
    const { terms } = extractDefinitions([
      { text: 'This Agreement is made between Marrow Labs, Inc., a Delaware corporation ("Marrow"), and the institution identified in the signature block ("Research Partner").' },
      { text: 'Marrow shall provide the Services, and Research Partner shall deliver the datasets to Marrow.' },
    ]);
    expect(terms).toMatchObject({ vendor: 'Marrow', customer: 'Research Partner' });
  });

  test('a word inside the customer\'s own name ("Partner") does not make the customer a third party', () => {
    const text = [
      'This Agreement is made between Marrow Labs, Inc. ("Marrow") and the institution identified below ("Research Partner").',
      'Marrow shall provide the Services.',
      '"Shared Data" means the datasets that Research Partner delivers to Marrow.',
      'Research Partner grants Marrow a licence to use Shared Data to train Marrow\'s general models.',
    ].join('\n');
    expect(categoriesOf(text)).toContain('ai-training:risk');
    expect(categoriesOf(text)).not.toContain('third-party-ai:risk');
  });
});

describe('the customer data term among several', () => {
  test('a term that only takes another along ("together with any Subscriber Data …") is not its umbrella', () => {
    const { terms } = extractDefinitions([
      { text: '"Subscriber Data" means the records Subscriber submits to the Platform.' },
      { text: '"Prompts" means the questions Users submit to the assistant, together with any Subscriber Data the assistant retrieves to answer them.' },
    ]);
    expect(terms.customerData).toBe('Subscriber Data');
  });

  test('a part of another data term, qualified after it, is not its umbrella; a list of them with nothing after is', () => {
    const part = extractDefinitions([
      { text: '1.1 "Practice Content" means all documents and notes that Practice uploads to the Service.' },
      { text: '1.2 "Case Data" means Practice Content that is stored in a case folder.' },
      { text: '4.2 If Practice joins the pilot, the Prompts and Answers it submits while enrolled ("Pilot Data") may be used to tune the models.' },
    ]);
    expect(part.terms.customerData).toBe('Practice Content');
    const umbrella = extractDefinitions([
      { text: 'The questions you send ("Prompts") and the answers you receive ("Answers") are your data.' },
      { text: '"Your Materials" means Prompts and Answers, together.' },
    ]);
    expect(umbrella.terms.customerData).toBe('Your Materials');
  });

  test('a company\'s registration number in brackets does not hide the party it describes', () => {
    const { parties } = extractDefinitions([
      { text: 'Quarrow Analytics Pty Ltd (ABN 12 345 678 901) of Level 3, 10 Pitt Street, Sydney ("Quarrow") and the client named in the Order ("Client").' },
    ]);
    expect(parties).toMatchObject({ vendor: 'Quarrow', customer: 'Client' });
  });

  test('health information the vendor handles for the customer, known by its acronym, is the data term where none other is', () => {
    const { terms } = extractDefinitions([
      { text: 'In performing the Services the Supplier will receive and store Protected Health Information ("PHI") on behalf of the Clinic.' },
    ]);
    expect(terms.customerData).toBe('PHI');
  });
});

describe('an authority to de-identify', () => {
  test('is derived data, not a broad licence to use the data', () => {
    const found = categoriesOf('"Client Records" means the patient records the Clinic uploads.\nThe Clinic authorizes the Supplier to de-identify Client Records in accordance with the applicable standard.');
    expect(found).toContain('aggregated-data:risk');
    expect(found).not.toContain('broad-license:risk');
  });

  test('is no risk where the same sentence bars any use of what is made', () => {
    const found = categoriesOf('"Client Records" means the patient records the Clinic uploads.\nThe Clinic authorizes the Supplier to de-identify Client Records in accordance with the applicable standard, and the Supplier shall not thereafter use or disclose such de-identified information.');
    expect(found).not.toContain('aggregated-data:risk');
  });
});

describe('the contract\'s word for its model providers', () => {
  test('a defined "Model Partner" is the term inserted clauses use', () => {
    const { terms } = extractDefinitions([{ text: '"Model Partner" means a third party whose language models the Supplier uses to run the Platform.' }]);
    expect(terms.modelProvider).toBe('Model Partner');
  });
});

describe('definitions that carry a use', () => {
  const DATA = '"Client Files" means the documents Client uploads to the Platform.';

  test('a purpose defined as training a model makes its use a training use', () => {
    const text = [DATA, '"Product Insights" means the use of data to develop and refine the machine-learning models behind the Platform.', 'The Supplier may use Client Files for Product Insights.'].join('\n');
    expect(categoriesOf(text)).toContain('ai-training:risk');
  });

  test('a permission to use data for security monitoring promises no confidentiality', () => {
    expect(categoriesOf([DATA, 'The Supplier may use Client Files for security monitoring and billing.'].join('\n'))).not.toContain('confidentiality:protective');
  });
});

describe('an instruction to read something else is not a definition', () => {
  test('"Please refer to …" reads the clause it points from', () => {
    const found = analyzeText('Please refer to the provider terms for the retention policy for data handled by OpenAI and Anthropic.').findings.map((f) => f.category);
    expect(found).toContain('third-party-ai');
  });

  test('a term that "refers to" something is still a definition', () => {
    expect(analyzeText('"Outputs" refer to the text the Service returns to you.').findings).toEqual([]);
  });
});

describe('the contract\'s own name for data made from the customer\'s', () => {
  test('is derived data where the contract uses it: compiling and selling it is an aggregated-data risk', () => {
    const text = [
      'This agreement is between Quarrow Analytics Pty Ltd ("Quarrow") and the client named in the Order ("Client").',
      'Section 1.01 "Client Data" means all data uploaded to the Platform by Client.',
      'Section 1.03 "Pooled Metrics" means data derived by Quarrow from Client Data together with the data of other clients.',
      'Section 4.04 Quarrow may use Client Data to compile Pooled Metrics and may sell reports based on Pooled Metrics, provided that each report covers at least five clients.',
    ].join('\n');
    expect(categoriesOf(text)).toContain('aggregated-data:risk');
  });
  test('is not a term whose meaning lists "generated or derived by" the vendor among the sources of the customer\'s own data', () => {
    const text = [
      'This Contract is between the Harbour Licensing Office (the "Office") and Pellow Systems, Inc. (the "Contractor").',
      '1.1 "Caller Inputs" means any text or audio a member of the public enters into the Assistant.',
      '1.2 "Office Data" means all data, including Caller Inputs and transcripts, that is provided by or on behalf of the Office or that is collected, generated or derived by the Contractor in performing this Contract.',
      '4.2 The Contractor shall encrypt Office Data at rest and in transit and shall store Office Data only in the United States.',
    ].join('\n');
    expect(extractDefinitions(text.split('\n').map((t) => ({ text: t }))).definitions.find((d) => d.term === 'Office Data')?.denotes).toBe('customer-data');
    expect(categoriesOf(...text.split('\n'))).not.toContain('aggregated-data:risk');
  });
});
