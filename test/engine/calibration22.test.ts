// Per-clause expectations for the language patterns of calibration round 22 (found on blind21 and agreements 129–132
// after their first runs, 2026-12-03). Every clause is our own drafting; each row states the exact categories and
// stances it must yield.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { expectationRows as rows } from './support';

rows('a term named for what it is ("Forecasts", "Insights") is the word for outputs when its meaning says the service makes it', [
  [
    '1.4 "Insights" means the route plans, load forecasts and other outputs that the Platform generates for Customer.\nCustomer owns the Insights delivered to it.',
    ['output-ownership:neutral', 'output-ownership:protective'],
  ],
  // Reports a party's staff prepare are no outputs of the service.
  ['1.4 "Playbooks" means the onboarding guides that Supplier\'s account managers prepare for Customer.\nCustomer owns the Playbooks.', []],
]);

rows('a defined activity that builds models ("Product Refinement" means enhancing … by retraining the models) names training where it is used', [
  [
    '"Product Refinement" means enhancing the accuracy of the Routing Features, including by retraining and validating the models behind them on Fleet Data. Halyard may use Customer Data for Product Refinement.',
    ['ai-training:risk'],
  ],
  // The same activity banned stays a ban.
  [
    '"Product Refinement" means enhancing the accuracy of the Routing Features, including by retraining and validating the models behind them on Fleet Data. Halyard shall not use Customer Data for Product Refinement.',
    ['no-training:protective'],
  ],
]);

rows('what aggregation yields ("aggregated booking trends", "anonymised attendance figures") is data without a data word', [
  ['We may share anonymised, aggregated booking trends with the venues we work with.', ['aggregated-data:risk']],
  ['The Society may share anonymised attendance figures with its sponsors to support grant applications.', ['aggregated-data:risk']],
  // Aggregated fees or hours are no data.
  ['Fees are invoiced monthly in aggregate, and usage figures are shown on each invoice.', []],
]);

rows('data pooled with other members\' data ("combine … with that of other members", "pooled forecasts") is aggregated', [
  [
    'The Association may combine Grower Data with that of other members to produce pooled harvest forecasts for its members.',
    ['aggregated-data:risk'],
  ],
]);

rows('"Case Files", "Job Documents": a capitalised data word after a capitalised word is a defined term for data, not a product', [
  [
    'Clinic hereby grants to Lab a perpetual, irrevocable, royalty-free licence to use, reproduce, modify and create derivative works of Case Files for any lawful business purpose.',
    ['broad-license:risk', 'service-improvement:risk', 'survival-retention:risk'],
  ],
]);

rows('a party that grants rights over data named after itself ("The Hirer grants … Hirer Materials") is the customer', [
  [
    'The Hirer grants Trestle a royalty-free licence to use, copy and adapt drawings and other Hirer Materials uploaded to the Trestle Portal for Trestle\'s business purposes.',
    ['broad-license:risk'],
  ],
  // A vendor licensing its own materials to the customer by role gives the customer something.
  ['Trestle grants Customer a licence to use Trestle Materials during the Term.', []],
]);

rows('"including training its staff": the people right after the training word are the ones trained', [
  ['Vendor may use Customer Materials for its internal business purposes, including training its staff.', []],
  // A model after the training word is still trained.
  ['Vendor may use Customer Materials for its internal business purposes, including training its models.', ['ai-training:risk']],
]);

rows('what the customer sends in is its data: "drawings submitted for design review", "the readings your meters send us"', [
  ['Kestrel may use drawings submitted for design review to train and test its automated design-check tool.', ['ai-training:risk']],
  // "You agree that …" is read as the customer's grant as well.
  ['You agree that the readings your meters send us may be used to build the forecasting models we offer to all our customers.', ['ai-training:risk', 'broad-license:risk', 'service-improvement:risk']],
  // Submitted to someone names no side: the vendor's own invoices go to the customer.
  ['Invoices submitted to Customer after the Term are payable within thirty days.', []],
]);

rows('a body of law named by its field ("under German commercial and tax law") is no commercial end of the vendor', [
  ['The Supplier may retain Customer Data to the extent required by statutory retention periods under German commercial and tax law.', ['survival-retention:neutral']],
  // A commercial end is still one.
  ['The Supplier may retain Customer Data for its commercial purposes.', ['survival-retention:risk']],
]);

rows('"… are excluded from the data we use to develop our products": what is kept out of the pool a use draws on is kept from the use', [
  ['Photographs of lock mechanisms are excluded from the data we use to develop our products, including any machine-learning features.', ['no-training:protective']],
  // Excluded from something else ("excluded from deletion") keeps nothing from training.
  ['Records excluded from deletion under clause 9 may be used to train our models.', ['ai-training:risk']],
]);

rows('a title-case heading that opens with a pronoun ("5. Your Content and Our License") names a topic and grants nothing', [
  ['5. Your Content and Our License', []],
  // A sentence that opens with the pronoun still grants.
  ['5.2 You grant us a perpetual licence to use Your Content for any purpose.', ['broad-license:risk', 'service-improvement:risk', 'survival-retention:risk']],
]);

describe('a promise kept for one corner of the service ("Uploads stored in your Private Vault")', () => {
  it('reports the corner as its scope, so it is not read as covering all the data', () => {
    const { findings } = analyzeDocument([{ text: 'We never use Uploads stored in your Private Vault to train any model.' }]);
    const promise = findings.find((f) => f.category === 'no-training');
    expect(promise?.stance).toBe('protective');
    expect(promise?.scope).toBe('private vault');
  });
});

rows('"claims" owns only when a party claims rights, never as the noun ("its internal claims handling purposes")', [
  [
    'This Agreement is between Veritrace Ltd (the "Supplier") and Harbour Mutual DAC (the "Insurer").\n"Risk Reports" means the scores and other outputs generated by the Services.\nThe Supplier grants the Insurer a licence to use Risk Reports solely for its internal claims handling purposes.',
    ['output-ownership:neutral'],
  ],
]);

rows('a defined activity named by its noun ("Model Refinement" means the calibration, retraining … of the Detection Models)', [
  [
    '"Model Refinement" means the calibration, retraining and validation of the Detection Models.\nThe Insurer grants the Supplier a licence to use Claims Data for Model Refinement.',
    ['ai-training:risk', 'broad-license:risk'],
  ],
]);

describe('the parties and the data of a data-sharing agreement listed one to a paragraph', () => {
  const lines = [
    'RESEARCH DATA SHARING AGREEMENT',
    'PARTIES',
    '(1) LOCHAN IMAGING LIMITED, a company incorporated in Scotland (the "Company"); and',
    '(2) THE NORTH GLEN HEALTH BOARD, constituted under the National Health Service (Scotland) Act 1978 (the "Board").',
    '"Data Protection Laws" means the UK GDPR and the Data Protection Act 2018.',
    '"Shared Images" means the de-identified retinal scans that the Board makes available to the Company under this Agreement.',
    '2.1 The Board shall make the Shared Images available to the Company through the Safe Setting.',
    '3.5 The Company may use the Shared Images to improve its commercial products.',
    '4.1 The Company shall delete the Shared Images when the Board asks it to.',
  ].map((text) => ({ text }));
  it('names the other listed party as the data holder, the shared images as its data, and never a law as data', () => {
    const { terms } = analyzeDocument(lines, { mode: 'dua' });
    expect(terms.customer).toBe('Board');
    expect(terms.customerData).toBe('Shared Images');
  });
  it('reads a law\'s name as no data in the customer mode either', () => {
    const { definitions } = analyzeDocument(lines);
    expect(definitions.find((d) => d.term === 'Data Protection Laws')?.denotes).toBe('other');
  });
});
