// Per-clause expectations for the language patterns of calibration round 43 (found in the first runs of blind57 and
// agreements 301–304, 2026-12-05): derived data declared "not Confidential Information" is freed from the duty, not
// protected by it; ", and no right of the vendor … shall survive" denies a survival of its own; a clause that does
// nothing beside an order of precedence ranks with it; and the parties of a contract are still found when a
// definition names a class of bodies or an order form labels lines other than the parties'. Every clause is our own
// drafting, and each is read alone, as the evaluation reads a clause.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { extractDefinitions } from '../../src/engine/extractDefinitions';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('derived data declared not to be Confidential Information', () => {
  it.each([
    'Benchmark Statistics shall not be deemed Confidential Information of the Client.',
    'Corvid may publish Aggregated Data for any purpose, and Aggregated Data does not constitute Client Data, Confidential Information or Personal Data for the purposes of this Agreement.',
    'Client Data is the Client\'s Confidential Information, but Usage Data, Route Insights and anonymised data prepared under clause 6 are not the Client\'s Confidential Information.',
  ])('is freed from the duty, and no confidentiality is promised, in "%s"', (text) => {
    const found = categoriesOf(text);
    expect(found).toContain('aggregated-data:risk');
    expect(found).not.toContain('aggregated-data:protective');
  });

  it('promises no confidentiality when the denial is all the sentence says of it', () => {
    const text = 'Corvid may create De-identified Data and may use, disclose and commercialise De-identified Data for any purpose, and De-identified Data does not constitute Client Data, Confidential Information or Personal Information for the purposes of the Agreement.';
    expect(categoriesOf(text)).not.toContain('confidentiality:protective');
  });

  it('still reads a real duty beside the denial', () => {
    expect(categoriesOf('Usage Data is not Confidential Information, but Corvid shall protect it with encryption at rest and in transit.')).toContain('confidentiality:protective');
    expect(categoriesOf('Corvid shall treat all Client Data as Confidential Information and shall not disclose it to any third party.')).toContain('confidentiality:protective');
  });
});

describe('", and no right … shall survive" beside a survival list', () => {
  it('is no survival of data rights', () => {
    const found = categoriesOf('12.4 Clauses 3, 6, 9 and 12.4 shall survive expiry or termination of this Agreement, and no right of the Supplier to use, keep or exploit Client Data, Outputs or anything derived from them shall survive expiry or termination.');
    expect(found).not.toContain('survival-retention:risk');
  });

  it('leaves a survival that names the data a risk', () => {
    expect(categoriesOf("12.4 Clauses 3, 6 and 9 shall survive termination, and the Supplier's licence to use Client Data shall survive termination.")).toContain('survival-retention:risk');
  });

  it('opens a denial of its own, which a measure after "no" does not', () => {
    expect(categoriesOf('Sections 4 and 7 survive termination, and no Client Data shall be used to train any model.')).toContain('no-training:protective');
    expect(categoriesOf('The Supplier will delete Client Data within 30 days, and no later than 60 days after termination.')).toContain('deletion:protective');
  });
});

describe('a clause that does nothing beside an order of precedence', () => {
  it('ranks with it', () => {
    const text = 'In the event of conflict, Schedule 2 prevails with respect to Aggregated Data and model improvement, then this Agreement, then the Order Form, and no terms on any purchase order shall apply.';
    expect(categoriesOf(text)).toEqual([]);
  });
});

describe('finding the vendor among the defined terms', () => {
  it('is not thrown by an "Affiliate" definition that names the customer\'s parent company', () => {
    const { parties } = extractDefinitions([
      { text: 'This Agreement is made by and between Lanternfield Systems, Inc., a Delaware corporation ("Lanternfield"), and Okabe Hotels USA, Inc. ("Customer").' },
      { text: '1.1 "Affiliate" means any entity that controls, is controlled by or is under common control with a party, and in the case of Customer includes Okabe Holdings Co., Ltd.' },
    ]);
    expect(parties.vendorAliases).toEqual(['Lanternfield']);
  });

  it('reads the party blocks of an order form among other labelled lines', () => {
    const { parties } = extractDefinitions([
      { text: 'ORDER FORM No. 2291' },
      { text: 'Customer: Carrowkeel Devices DAC, a company registered in Ireland ("Customer").' },
      { text: 'Provider: Tessmark Analytics Limited, a company registered in England and Wales ("Tessmark").' },
      { text: 'Services: Quality Platform for Customer\'s plants at Sligo and Cork (the "Sites"); Fees: EUR 90,000 per annum.' },
    ]);
    expect(parties.vendorAliases).toEqual(['Tessmark']);
  });
});

describe('how a model was built, told past an adverb or by a participle after its name', () => {
  it.each([
    'The matching models were initially trained on interview data licensed from consenting participants and are periodically tested for adverse impact; nevertheless, Tallywork does not warrant that any score is accurate.',
    'Our yield forecasts rely on reference models trained largely on data from farms in temperate regions and may be less accurate elsewhere.',
  ])('grants no training in "%s"', (text) => {
    expect(categoriesOf(text)).not.toContain('ai-training:risk');
  });

  it('still reads training on the customer\'s data', () => {
    expect(categoriesOf('The screening models were initially trained on Client Data supplied during the pilot.')).toContain('ai-training:risk');
  });
});

describe('a sentence on what an opt-out leaves unaffected', () => {
  it('is no lever over data', () => {
    expect(categoriesOf('Opting out will not affect any other part of these Terms, including your data choices.')).not.toContain('opt-out:protective');
  });

  it('leaves the opt-out beside it a lever', () => {
    expect(categoriesOf('You can opt out of model training in Settings, and opting out will not affect the features available to you.')).toContain('opt-out:protective');
  });
});

describe('a disclaimer of responsibility for what others do', () => {
  it('promises no non-disclosure', () => {
    expect(categoriesOf("Delete a guest code when it is no longer needed; Keyloft isn't responsible for entry by anyone using a code you've shared.")).not.toContain('confidentiality:protective');
  });
});

describe('a survival list that names sections of an AI document', () => {
  it('keeps no data rights by the document\'s name alone', () => {
    expect(categoriesOf('14.2 Sections 3, 7 and 9 of this Agreement and Sections 2.1 and 4 of the AI Features Schedule shall survive any termination of this Agreement.')).not.toContain('survival-retention:risk');
  });

  it('still reads a survival of rights over AI output', () => {
    expect(categoriesOf("14.2 The Supplier's licence to use AI Outputs shall survive any termination of this Agreement.")).toContain('survival-retention:risk');
  });
});

describe('a relative clause inside a list of things denied', () => {
  it.each([
    'The Vendor shall not (a) sell Client Data; (b) use Client Data for marketing; or (c) use Client Data or Outputs to train any model or product that is made available to any person other than the Client.',
    'The Vendor undertakes not to use Client Data, whether identifiable or anonymised, to train any classifier, including the models in the Screening module, which are trained solely on licensed public literature.',
  ])('keeps the "not" in "%s"', (text) => {
    const found = categoriesOf(text);
    expect(found).not.toContain('ai-training:risk');
    expect(found).toContain('no-training:protective');
  });
});

describe("the vendor's duties said to last while it holds the data, beside a survival list", () => {
  it('keep no data rights alive', () => {
    const text = "9.4 Sections 3, 6 and 10 shall survive the termination of this Agreement, and the Vendor's obligations under Sections 3 and 6 shall continue for so long as the Vendor or any of its subcontractors retains any Client Data.";
    expect(categoriesOf(text)).not.toContain('survival-retention:risk');
  });

  it('leave a licence said to last the same way a risk', () => {
    const text = "9.4 Sections 3, 6 and 10 shall survive the termination of this Agreement, and the Vendor's licence to use Client Data shall continue for so long as the Vendor retains any Client Data.";
    expect(categoriesOf(text)).toContain('survival-retention:risk');
  });
});

describe('data deleted from where it is stored in the vendor\'s service', () => {
  it('is the customer\'s data, not the vendor\'s material', () => {
    const text = 'Upon termination of the Usage Contract, the Company shall delete all documents stored in the Service within 90 days.';
    expect(categoriesOf(text)).toContain('deletion:protective');
  });

  it('leaves the vendor\'s own material its own', () => {
    expect(categoriesOf('On termination the Customer shall delete the Software and the Documentation stored on its systems.')).not.toContain('deletion:protective');
  });
});
