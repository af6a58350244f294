// Per-clause expectations for the language patterns of calibration round 55 (first runs on blind83 and agreements
// 407–412, 2026-12-07): "develop future releases" is the product developed; a vendor's duty to keep "the training
// opt-out enabled" with its own providers keeps a setting, and implies no training; "copyright may not subsist in"
// an output claims no ownership; a data term the customer's data term lists ("all Telematics Data and Video Data")
// is the customer's; the customer's own paper speaks of the parties even with a first-person vendor schedule. Every
// clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('the next versions of a product, developed with the customer\'s data', () => {
  it('is an improvement of the vendor\'s product', () => {
    const found = categoriesOf('Tarnwell may analyse Customer Data and support tickets in order to fix defects in the Ledger and develop future releases for its customers generally.');
    expect(found).toContain('service-improvement:risk');
  });

  it('is not read into press releases', () => {
    const found = categoriesOf('Neither party may issue press releases about this Agreement without the other party\'s consent.');
    expect(found.filter((f) => f.startsWith('service-improvement'))).toEqual([]);
  });
});

describe('a setting kept in a state', () => {
  const clause = 'Ledgerby will not use Client Files to train any model, and will keep the training opt-out enabled on each of its accounts with its AI sub-processors.';

  it('keeps no data, and implies no training by default', () => {
    const found = categoriesOf(clause);
    expect(found).toContain('no-training:protective');
    expect(found).not.toContain('survival-retention:risk');
    expect(found).not.toContain('ai-training:risk');
  });

  it('still reads the customer\'s own opt-out as training on until the customer acts', () => {
    expect(categoriesOf('We will honour your opt-out of model training within thirty days.')).toContain('ai-training:risk');
  });

  it('still reads data kept as retention', () => {
    expect(categoriesOf('Ledgerby will keep Client Files for seven years after termination.')).toContain('survival-retention:risk');
  });
});

describe('a doubt that any right exists in an output', () => {
  it('claims no ownership for the vendor', () => {
    const found = categoriesOf('The Supplier acknowledges that copyright may not subsist in some Generated Content, and shall not assert any right in it.');
    expect(found).not.toContain('output-ownership:risk');
  });

  it('leaves the vendor\'s claim to the copyright in outputs a risk', () => {
    expect(categoriesOf('The Supplier owns all copyright in the Generated Content.')).toContain('output-ownership:risk');
  });
});

describe('data terms named by the customer\'s data term', () => {
  const document = [
    'This Agreement is between Brasswick Fleet Systems, Inc. ("Brasswick") and the carrier named in the Order Form ("Customer").',
    '1.4 "Customer Data" means all Trip Data and Camera Footage, together with any other data Customer submits to the Services.',
    '1.8 "Camera Footage" means still images, video and audio recorded by the cameras of the Devices.',
  ];

  it('makes a term defined only by what it records the customer\'s data', () => {
    const analysis = analyzeDocument(document.map((text) => ({ text })));
    expect(analysis.definitions.find((d) => d.term === 'Camera Footage')?.denotes).toBe('customer-data');
  });
});

describe("the voice of the customer's own paper", () => {
  it('is the parties by name, though a schedule of the vendor\'s speaks as "we" to "you"', () => {
    const lines = [
      'This Agreement is made between The University of Carrowmere (the "University") and Inkfield Learning Ltd (the "Supplier").',
      '1.1 "University Data" means all data that the University or its students submit to the Services.',
      'Schedule 2 Inkfield Data Practices',
      '1. We run Inkfield for everyone who uses it, and these practices explain what we do with your essays.',
      '2. We keep your essays while your account is open, and you can download them at any time.',
      '3. We may use your feedback ratings to improve our tutoring, and we tell you when we change these practices.',
    ];
    expect(analyzeDocument(lines.map((text) => ({ text }))).terms.voice).toBeUndefined();
  });
});

describe('a permission dressed as a list of negatives', () => {
  it('reads "nothing … shall be construed to prohibit, restrict or limit X from using" as the use permitted', () => {
    const found = categoriesOf('Nothing in this Agreement shall be construed to prohibit, restrict or limit Tarnwell from using Roster Data to train the machine-learning components of the Platform.');
    expect(found).toContain('ai-training:risk');
    expect(found).not.toContain('no-training:protective');
  });
});

describe('what the customer\'s people made, named in the passive after it', () => {
  it('is the customer\'s data, and the clause\'s verb stays its own', () => {
    const found = categoriesOf('Nothing in this Agreement shall prevent Ambrel from using the tags applied by Authorised Users to develop its product offering.');
    expect(found).toContain('service-improvement:risk');
  });
});

describe('the customer authorising "us"', () => {
  it('grants the vendor the improvement use it names', () => {
    const found = categoriesOf('You authorise us to use your Content to operate and improve Chatterbox and to develop new products and features.');
    expect(found).toContain('service-improvement:risk');
  });
});

describe('a term defined in brackets at the end of a sentence that uses the customer\'s data', () => {
  it('is not the umbrella over the customer\'s data term', () => {
    const lines = [
      'This Agreement is between Furrowline Inc. ("Furrowline") and Prairie Growers Co-operative (the "Co-operative").',
      '"Co-operative Data" means all field records and other data submitted to the Platform by or on behalf of the Co-operative.',
      '4.5 Furrowline may use Co-operative Data, together with information about how Authorized Users interact with the Platform, including clickstream and log data ("Usage Information"), to operate and secure the Platform.',
    ];
    expect(analyzeDocument(lines.map((text) => ({ text }))).terms.customerData).toBe('Co-operative Data');
  });
});

describe('the data that runs the account, defined before the data the service works on', () => {
  it('is not the customer\'s data term', () => {
    const lines = [
      'These Business Terms are between Quillmere Apps Ltd ("Quillmere", "we" or "us") and the business that subscribes ("you").',
      '"Account Data" means the information you give us to set up and manage your account, such as names and billing details.',
      '"Customer Content" means the recordings, transcripts, notes and other material that you upload to the Services.',
    ];
    expect(analyzeDocument(lines.map((text) => ({ text }))).terms.customerData).toBe('Customer Content');
  });
});

describe('a row of a list of the vendor\'s providers', () => {
  it('names a provider the customer\'s data goes to', () => {
    const found = categoriesOf('(b) Quarrel Speech Labs, Inc. (United States): speech-to-text transcription of call recordings, with processing in Oregon.');
    expect(found).toContain('third-party-ai:neutral');
  });

  it('is not read into a sentence that mentions a company before a colon', () => {
    const found = categoriesOf('You may opt out of arbitration by writing to Quarrel Speech Labs, Inc., Attn: Legal, within 30 days after you accept these terms.');
    expect(found.filter((f) => f.startsWith('third-party-ai'))).toEqual([]);
  });
});

describe('data about people used to train a model', () => {
  it('is training, not the training of the workforce', () => {
    const found = categoriesOf('Rockhaven may use Sensor Data, including personnel location tags and blast logs, to develop, train and validate predictive models for collision risk.');
    expect(found).toContain('ai-training:risk');
  });
});

describe('a licence with a waiver of moral rights beside it', () => {
  it('is still a licence; the waiver makes no infringement claim', () => {
    const found = categoriesOf('You grant us a perpetual, irrevocable, worldwide and sub-licensable licence to use and exploit any data you upload, for any purpose, and you consent to any act that would otherwise infringe your moral rights in that material.');
    expect(found).toContain('broad-license:risk');
  });
});

describe('metrics of the running of the service', () => {
  it('are usage data, whatever the term is called', () => {
    const lines = [
      'This Agreement is made between Harrowby Bank plc (the "Bank") and Scrivener Extract Ltd (the "Supplier").',
      '1.9 "Service Metrics" means technical and statistical information about the operation of the Services, such as page volumes and processing times.',
    ];
    expect(analyzeDocument(lines.map((text) => ({ text }))).definitions.find((d) => d.term === 'Service Metrics')?.denotes).toBe('usage-data');
  });
});

describe('a parties block that gives the vendor only its own name', () => {
  it('makes the party beside the customer the vendor', () => {
    const lines = [
      'This Agreement is dated 3 March 2026.',
      '(1) LUMENFERN LEARNING LTD, a company incorporated in England and Wales whose registered office is in Bristol ("Lumenfern"); and',
      '(2) HARROWMOOR HOLDINGS PLC, a company incorporated in England and Wales whose registered office is in Manchester ("Customer").',
      '1.2 "Customer Content" means the course materials that Customer uploads to the Services.',
      'Schedule 3: the Processor shall process Customer Content only on documented instructions. The Processor shall notify Customer of any breach.',
    ];
    expect(analyzeDocument(lines.map((text) => ({ text }))).terms.vendor).toBe('Lumenfern');
  });
});

describe('parties listed one to a paragraph, unnumbered, with their company details', () => {
  it('make the party beside the vendor the customer', () => {
    const lines = [
      'CONTRACT FOR A CITIZEN ENQUIRY SERVICE',
      'PARTIES',
      'The Commonwealth of Australia as represented by the Department of Rural Services, ABN 12 345 678 901 (the "Agency").',
      'Wattlebrook Dialogue Pty Ltd, ACN 123 456 789, of Melbourne (the "Supplier").',
      '1.2 "Agency Data" means all data that the Agency or its officers provide to the Supplier.',
    ];
    const analysis = analyzeDocument(lines.map((text) => ({ text })));
    expect(analysis.terms.customer).toBe('Agency');
    expect(analysis.terms.customerData).toBe('Agency Data');
  });
});
