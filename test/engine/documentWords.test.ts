// The contract's own words for its data and itself, where the audits found the review writing in the playbook's:
// an umbrella gathered in a bracket, the "you" voice's own data phrase, a statement of work that is its own contract.
// Clauses are the project's own drafting.
import { extractDefinitions } from '../../src/engine/extractDefinitions';
import { analyzeText } from './support';

const termsOf = (...lines: string[]) => extractDefinitions(lines.map((text) => ({ text }))).terms;

describe('the customer data term', () => {
  test('is the umbrella a bracket gathers over a whole list ("A, B and C (together, "X")"), not the first term defined', () => {
    const terms = termsOf(
      'This Agreement is between Ostrander Freight B.V. ("Client") and Lumenroute GmbH ("Provider").',
      '1.1 "Consignment Data" means waybills, stop lists and delivery notes that Client uploads to the Services.',
      '1.2 "Dock Footage" means video captured by cameras at Client\'s depots.',
      '3.1 Client retains all rights in Consignment Data, Dock Footage and Trailer Telemetry (together, "Client Data"), and Provider retains all rights in the Services.',
    );
    expect(terms.customerData).toBe('Client Data');
  });

  test('is the "you" voice\'s own phrase where terms written to users define none', () => {
    const terms = termsOf(
      'We built Driftnote to help you keep a private diary. We store your entries and your information securely on our servers.',
      'We use your information to run the app and to back up your entries. We never sell your information.',
      'You can export your information at any time, and you can delete your account from the settings page.',
    );
    expect(terms.customerData).toBe('your information');
  });
});

test('a statement of work that calls itself "this SOW" is the agreement the inserted wording names', () => {
  const terms = termsOf(
    'This Statement of Work No. 3 ("SOW") is issued under the Master Services Agreement between Pellham Outfitters, Inc. ("Retailer") and Trivandra Systems Ltd ("Vendor").',
    'Vendor shall deliver the chat assistant described in this SOW by the dates in this SOW.',
    'Retailer may terminate this SOW on thirty days\' notice.',
  );
  expect(terms.agreement).toBe('SOW');
});

test('a customer that requires the vendor to stop collecting feedback exercises a control, and grants nothing', () => {
  const findings = analyzeText('Retailer may by written notice require Vendor to stop collecting star ratings and free-text feedback in the Chat Logs.').findings;
  expect(findings.filter((f) => f.stance === 'risk')).toEqual([]);
});

test('a term the contract defines as the customer\'s data is read as such, whatever its name sounds like', () => {
  const lines = [
    'This Agreement is between Lumenroute GmbH ("Provider") and Ostrander Freight B.V. ("Client").',
    '"Operational Data" means the shipment records and delivery notes that Client uploads to the Services.',
    'Provider retains all rights in the Routing Engine, including every improvement resulting from the processing of Operational Data.',
  ];
  const rules = analyzeText(...lines).findings.filter((f) => f.paragraph === 2).flatMap((f) => f.rules);
  expect(rules).toContain('improvement-grant');
  expect(rules).not.toContain('usage-data-grant');
});

test('a data term that names the customer only in what it excludes is not the customer\'s data', () => {
  const { definitions } = extractDefinitions([
    { text: 'This Agreement is between Halvard Reasoning Ltd (the "Licensor") and Corrib Mutual plc (the "Licensee").' },
    { text: '"Licensee Data" means all data that the Licensee uploads to the Platform.' },
    { text: '"Technical Data" means log files and performance metrics relating to the Platform, excluding any Licensee Data.' },
  ]);
  expect(definitions.find((d) => d.term === 'Technical Data')?.denotes).not.toBe('customer-data');
  expect(definitions.find((d) => d.term === 'Licensee Data')?.denotes).toBe('customer-data');
});

describe('a defined name for improving the vendor\'s own things', () => {
  const categories = (...lines: string[]) => analyzeText(...lines).findings.filter((f) => f.paragraph === lines.length - 1).map((f) => `${f.category}:${f.stance}`);

  test('is an improvement purpose by itself ("for … (b) making Enhancements")', () => {
    const found = categories(
      '1.1 "Enhancements" means any upgrade, recalibration or extension of the Routing Engine or the Lumenroute Platform.',
      '4.2 Provider may use Customer Data for the purposes of (a) performing the Services; and (b) making Enhancements.',
    );
    expect(found).toContain('service-improvement:risk');
  });

  test('but not when the name is the customer\'s ("Client Enhancements")', () => {
    const found = categories(
      'This Agreement is between Ostrander Freight B.V. ("Client") and Lumenroute GmbH ("Provider").',
      '1.1 "Client Enhancements" means configurations Client builds on top of the Services.',
      '4.2 Provider may use Customer Data for the purposes of (a) performing the Services; and (b) supporting Client Enhancements.',
    );
    expect(found).not.toContain('service-improvement:risk');
  });
});

describe('duties lifted and bans on sharing', () => {
  const found = (line: string) => analyzeText('This Agreement is between Corbel Identity Ltd ("Vendor") and Amberline Payments plc ("Customer").', line).findings.filter((f) => f.paragraph === 1).map((f) => `${f.category}:${f.stance}`);

  test('"shall not be required to retrain any Model" forbids nothing', () => {
    expect(found('6.4 Vendor shall not be required to retrain any Model or to remove any Customer Data from any Model.')).not.toContain('no-training:protective');
  });

  test('"shall not disclose it to public authorities except under a court order" bars sharing, not training', () => {
    expect(found('B.3 Vendor shall not disclose Customer Data to public authorities, except pursuant to a valid court order.')).not.toContain('no-training:protective');
  });

  test('a ban on using the data save to serve the customer still limits its purpose', () => {
    expect(found('B.3 Vendor shall not use Customer Data except to provide the Services to Customer.')).toContain('no-training:protective');
  });
});

describe('a licence of a data set for model development, from the data holder\'s chair', () => {
  const lines = [
    'DATA USE AND LICENSE AGREEMENT (DE-IDENTIFIED RETINAL FUNDUS PHOTOGRAPH DATA)',
    'This Data Use and License Agreement is entered into by and between Harrowgate Eye Hospital, a charitable trust ("Hospital"), and Pellucid Optics Inc., a Delaware corporation ("Developer").',
    'Hospital maintains an archive of retinal photographs and is willing to make a de-identified subset of them available to Developer for the development of machine learning tools for eye care.',
    '1.1 "Data Set" means the de-identified retinal photographs and grading notes described in Exhibit A, together with any updates delivered by Hospital under this Agreement.',
    '1.2 "Permitted Purpose" means the training, validation and testing of Models for the detection of eye disease.',
    '2.1 Hospital shall deliver the Data Set to Developer by encrypted transfer, and Developer shall use the Data Set solely for the Permitted Purpose.',
    '3.1 Developer may also use the Data Set to improve its existing products and services.',
  ];

  test('reads the holder as the customer, its data set as the customer\'s data, and suggests the data-use mode', () => {
    const analysis = analyzeText(...lines);
    expect(analysis.parties).toMatchObject({ customer: 'Hospital', vendor: 'Developer' });
    expect(analysis.terms.customerData).toBe('Data Set');
    expect(analysis.terms.articled).toContain('Data Set');
    expect(analysis.suggestedMode).toBe('dua');
  });

  test('reads a long title in capitals as a heading that grants nothing', () => {
    expect(analyzeText(...lines).findings.filter((f) => f.paragraph === 0)).toEqual([]);
  });
});

describe('a right the customer holds', () => {
  test('is given to nobody: "you have rights …, including rights to access and erase your data"', () => {
    const found = analyzeText('You have rights under data protection law, including rights to access and erase your data.').findings.map((f) => `${f.category}:${f.stance}`);
    expect(found).not.toContain('broad-license:risk');
  });

  test('while a right the vendor is given or holds over the data is still read', () => {
    expect(analyzeText('We have the right to use your content to improve our services.').findings.map((f) => f.category)).toContain('service-improvement');
  });
});
