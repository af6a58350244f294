// Per-clause expectations for the language patterns of calibration round 40 (found in the first runs of blind52 and
// agreements 283–286, 2026-12-05): a company's name before a promise verb ("refrains from using", "undertakes not
// to"), a new clause after ", and" whose subject is a name, a name given its own role ("X is the Processor"), data
// excluded from what training draws on, and a statement of how models in general are trained. Every clause is our own
// drafting, and each is read alone, as the evaluation reads a clause.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { extractDefinitions } from '../../src/engine/extractDefinitions';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe("a company's name before a promise verb acts in the promise", () => {
  it.each([
    'Quillfen refrains from using consultation recordings, or the summaries made from them, to train or refine any model.',
    'Harrowgate undertakes not to use Depot Data to train its forecasting models.',
    'Ostrava Labs agrees not to use sample metadata to train machine learning models.',
  ])('reads a training ban in "%s"', (text) => {
    expect(categoriesOf(text)).toContain('no-training:protective');
  });

  it('still reads a promise to train as training', () => {
    expect(categoriesOf('Harrowgate agrees to use Depot Data to train its forecasting models.')).toContain('ai-training:risk');
  });
});

describe('a company the customer permits to act', () => {
  it('is the one that uses, not the customer who permits', () => {
    const text = 'By uploading payslips or bank statements, you permit Ledgerfox to use their contents, with account numbers masked, for teaching its extraction engine to read forms more accurately.';
    expect(categoriesOf(text)).toContain('ai-training:risk');
  });
});

describe('a name that opens a new clause after ", and"', () => {
  it('acts for itself rather than taking the earlier clause\'s customer as the one who trains', () => {
    const text = '7.2 Unless Customer opts out under Section 7.5, Customer takes part in the Insight Programme, and Brisklane may use Route Data to train the routing models that power the Platform.';
    expect(categoriesOf(text)).toContain('ai-training:risk');
  });

  // Guards the rule above: a name after ", and" is read for itself, and one the sentence calls "the Processor" must
  // not then be taken for the customer because the vendor's role word appears elsewhere in the sentence.
  it('keeps the name given the processor\'s role as the vendor', () => {
    const text = '9.1 In respect of Staff Data processed for the Services, Client is the Controller and Pellwick is the Processor, and Pellwick shall process Staff Data only on Client\'s documented instructions.';
    const found = analyzeDocument([{ text }]).findings;
    expect(found.some((f) => f.stance === 'protective')).toBe(true);
    expect(found.some((f) => f.stance === 'risk')).toBe(false);
  });
});

describe('data kept out of what training draws on', () => {
  it.each([
    'Tarnwell undertakes that Tenant Data will be excluded from every training dataset used to build its models.',
    'Biometric readings of Players are held for the Club alone and are excluded from Kestrel\'s model training pipelines.',
  ])('reads a training ban in "%s"', (text) => {
    expect(categoriesOf(text)).toContain('no-training:protective');
  });
});

describe('how models in general are trained', () => {
  it('is no grant when the model is the subject and no party or customer data is named', () => {
    const text = 'Drafts produced by the assistant may be wrong. Language models are trained on large collections of public text and can repeat the errors in it, so check every draft.';
    expect(categoriesOf(text)).not.toContain('ai-training:risk');
  });

  it('is still a grant when the customer is named as the source', () => {
    expect(categoriesOf('Our models are trained on the recordings you upload.')).toContain('ai-training:risk');
  });
});

describe('a model trained exclusively for the customer, with a phrase after its name', () => {
  it('is the customer\'s own model, not a grant', () => {
    const text = 'Supplier shall not use Client Data to train any pooled Model; Supplier may, however, tune a separate copy of the Models exclusively for the Client using Client Data.';
    expect(categoriesOf(text)).not.toContain('ai-training:risk');
  });

  it('is a grant when others are joined to the customer', () => {
    const text = 'Supplier may tune a separate copy of the Models exclusively for the Client and its other clients using Client Data.';
    expect(categoriesOf(text)).toContain('ai-training:risk');
  });
});

describe('a numbered heading in sentence case', () => {
  it('names a topic and grants nothing', () => {
    const found = analyzeDocument([
      { text: '2. Your workspace, your footage and our licence' },
      { text: '2.1 We grant you a licence to use the Service for your internal purposes.' },
    ]).findings;
    expect(found.filter((f) => f.paragraph === 0)).toEqual([]);
  });

  it('is still a sentence when it ends with a full stop', () => {
    expect(categoriesOf('3. You grant us a perpetual, worldwide, sublicensable licence to your footage.')).toContain('broad-license:risk');
  });
});

describe('research', () => {
  it('named as the purpose of a use is an improvement use', () => {
    expect(categoriesOf('Parcelo may use your shipment data for research purposes.')).toContain('service-improvement:risk');
  });

  it('before the data it describes is no purpose', () => {
    const text = 'Risk scores are estimates from statistical models trained on published research datasets and may not fit a given loan; they do not replace an underwriter\'s judgment.';
    expect(categoriesOf(text)).toEqual([]);
  });
});

describe('a liability cap "in aggregate" that names the customer\'s data', () => {
  it('is arithmetic, not aggregated data', () => {
    const text = "7.3 Notwithstanding clause 7.1, the Contractor's total liability for any loss, corruption or unauthorised use of Tenant Data shall not exceed £2,000,000 in aggregate.";
    expect(categoriesOf(text)).not.toContain('aggregated-data:risk');
  });

  it('leaves "in aggregate form" as aggregated data', () => {
    expect(categoriesOf('Brightwell may disclose Store Sales Data in aggregate form to its partners.')).toContain('aggregated-data:risk');
  });
});

describe('an order of precedence', () => {
  it('grants nothing over the topics it ranks', () => {
    const text = 'In the event of conflict, Schedule 2 prevails with respect to Patient Data, then Schedule 3 with respect to De-identified Data and model training, then the body of this Agreement.';
    expect(analyzeDocument([{ text }]).findings.filter((f) => f.stance === 'risk')).toEqual([]);
  });

  it('still grants where the sentence names a use of the data', () => {
    const text = "2.4 Customer's use of the AI Features is governed by the AI Supplement, which is incorporated into this Agreement, including the rights it grants Supplier to use prompts, outputs and related data to refine the AI Features, and in the event of a conflict concerning the AI Features, the AI Supplement prevails.";
    expect(categoriesOf(text)).toContain('service-improvement:risk');
  });

  it('still grants where the sentence also permits a use', () => {
    expect(categoriesOf('In the event of conflict, this Schedule prevails, and Supplier may use De-identified Data to improve its models.')).toContain('aggregated-data:risk');
  });
});

describe('a copy of the data handed back at exit', () => {
  it('is a return, not a keeping', () => {
    const text = '5.1 On expiry or termination the Contractor shall provide the Customer with a complete copy of Customer Data, including any call recordings still held, in CSV format at no charge.';
    expect(analyzeDocument([{ text }]).findings.filter((f) => f.category === 'survival-retention')).toEqual([]);
  });

  it('leaves a keeping beside it a keeping', () => {
    const text = '5.1 On termination the Contractor shall provide the Customer with a copy of Customer Data and may retain Customer Data indefinitely for its own purposes.';
    expect(categoriesOf(text)).toContain('survival-retention:risk');
  });
});

describe('the supplier\'s terms incorporated into a call-off contract', () => {
  it('are a part: the contract is named as it calls itself', () => {
    const { terms } = extractDefinitions([
      { text: 'This Call-Off Contract is made between Fernside Homes (the "Buyer") and Tallow Data Ltd (the "Supplier").' },
      { text: 'A3 The Supplier Terms, as set out in Part D, are incorporated into this Call-Off Contract.' },
      { text: '1.1 "Supplier Terms" means the Supplier\'s standard terms of service version 2.0.' },
      { text: '3.1 The Supplier shall process Buyer Data only to perform this Call-Off Contract.' },
    ]);
    expect(terms.agreement).toBe('Call-Off Contract');
  });
});

describe('outputs held as a named company\'s property', () => {
  it.each([
    'Risk scores and reports generated by Fleetwise\'s AI are Fleetwise\'s proprietary work product.',
    'Outputs are Kestrana\'s sole property.',
  ])('reads the vendor owning them in "%s"', (text) => {
    expect(categoriesOf(text)).toContain('output-ownership:risk');
  });

  it('reads the customer owning them when the customer is named', () => {
    expect(categoriesOf('Outputs are Customer\'s sole property.')).toContain('output-ownership:protective');
  });
});

describe('a party kept free by "nothing restricts … from"', () => {
  it('acts itself: the customer building its own models is no grant', () => {
    const text = 'Nothing in this Agreement restricts the Client from engaging another analytics provider or from developing its own forecasting models using its own data.';
    expect(analyzeDocument([{ text }]).findings.filter((f) => f.stance === 'risk')).toEqual([]);
  });

  it('still reads a vendor kept free to train as a grant', () => {
    expect(categoriesOf('Nothing in this Agreement prevents Vendor from using Customer Data to train its models.')).toContain('ai-training:risk');
  });
});

describe('a model described as built in the past on training data', () => {
  it('grants nothing when the data is no one\'s named', () => {
    const text = 'The Clinic acknowledges that the alerts are a decision aid only and were developed using training data sets that may not reflect the Clinic\'s own patient mix.';
    expect(categoriesOf(text)).not.toContain('ai-training:risk');
  });

  it('is still a grant when the customer\'s content is named beside the data', () => {
    expect(categoriesOf('Our models were developed using training data that includes content you upload.')).toContain('ai-training:risk');
  });
});

describe('a use of information about what happens at the customer\'s site', () => {
  it('is an improvement use: "what is played" is no verb of the sentence', () => {
    const text = 'We use information about what is shown on your screens, dwell times and playlist changes to improve the Service and to develop new features.';
    expect(categoriesOf(text)).toContain('service-improvement:risk');
  });
});

describe('a model described by its participle', () => {
  it.each([
    'The Estimator produces figures solely by applying pre-trained models to Customer Data when the Customer asks.',
    'The Service uses trained models to score Customer Data.',
  ])('is no training in "%s"', (text) => {
    expect(categoriesOf(text)).not.toContain('ai-training:risk');
  });
});

describe('a clause that prevails over another named by its title', () => {
  it('grants nothing by naming the title', () => {
    const text = '8.4 Kestrel will not use Customer Content to train or improve any machine learning model. This clause 8.4 prevails over any inconsistent term of the Agreement, including clause 12 (Service Improvement).';
    expect(analyzeDocument([{ text }]).findings.filter((f) => f.stance === 'risk')).toEqual([]);
  });
});
