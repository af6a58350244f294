// Per-clause expectations for the language patterns of calibration round 38 (found in the first runs of blind45 and
// agreements 255–258, 2026-12-05): parties named with the article inside the quotes over two paragraphs, exceptions
// with a subject of several words, changes said in the passive, "not yet", customer restrictions under the contract's
// own name for the customer, and opt-ins in the condition before the grant. Every clause is our own drafting; each row
// states the categories it must yield.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { extractDefinitions } from '../../src/engine/extractDefinitions';
import { expectationRows as rows } from './support';

describe('parties given one paragraph each, with the article inside the quotes', () => {
  const paragraphs = [
    'SERVICES AGREEMENT',
    'BETWEEN HALLORAN LEARNING SYSTEMS LIMITED, a company registered in Scotland with number SC400123 ("the Contractor");',
    'AND KILBRECK COUNCIL, a local authority having its offices at Council Buildings, Kilbreck ("the Council").',
    '1.1 "Council Data" means all data which the Council or its Schools enter into the Service.',
    '"Controller" and "Processor" have the meanings given in the UK GDPR.',
    '3.1 The Contractor shall process Council Data only on the documented instructions of the Council.',
  ].map((text) => ({ text }));
  const { terms } = extractDefinitions(paragraphs);

  it('reads the second paragraph\'s party as the customer, not the data-protection role defined later', () => {
    expect(terms.vendor).toBe('Contractor');
    expect(terms.customer).toBe('Council');
  });

  it('writes both parties with their article, as the contract names them', () => {
    expect(terms.articled).toEqual(expect.arrayContaining(['Contractor', 'Council']));
  });
});

rows('an exception whose own subject runs to several words before its modal', [
  ['6.7 Dashcam Data is retained for the retention period selected by Customer in the Platform (by default thirty (30) days for event clips) and then automatically deleted, except that Dashcam Data included in a Risk Model training or evaluation dataset may be retained by Vendor for so long as the relevant Risk Model remains in use.', ['survival-retention:risk']],
  // The exception keeps nothing: no retention is read.
  ['6.4 Camera footage is kept for the period the Customer selects and then deleted, except that the Customer may download it first.', ['deletion:protective']],
]);

rows('a document incorporated by reference that the vendor may change, said in the passive', [
  ['7.2 The Vendor AI Data Statement, which describes how Customer Data is used to develop the Vendor models, is incorporated by reference into this Agreement and may be amended by Vendor on notice through the Platform.', ['policy-by-reference:risk']],
]);

rows('"not yet" inside a deletion promise', [
  // A denial of its own after "that has" still promises: "Customer Data that has not been anonymised shall not …".
  ['Vendor shall delete Customer Data on request, and Customer Data that has not been anonymised shall not be used to train any model.', ['deletion:protective', 'no-training:protective']],
  ['Vendor shall delete the Customer Data of a named employee on request, including from evaluation datasets that have not yet been used to train a released model.', ['deletion:protective']],
]);

describe('a restriction list whose lead-in names the customer by the contract\'s own word', () => {
  const lines = [
    'This Agreement is made between Ledgerline Software Limited ("Ledgerline", "we" or "us") and the accounting practice named in the Order Form ("Practice" or "you").',
    '4.2 The Practice must not, and must ensure that its Users do not:',
    '(a) use the Service in breach of any law;',
    '(b) copy or reverse engineer the Service, or attempt to extract the weights of any model used by the Assistant;',
    '(c) use the Assistant or any Outputs to build or train a product or model that competes with the Service; or',
  ];
  const findings = analyzeDocument(lines.map((text) => ({ text }))).findings;

  it('reads no training by the vendor in the items', () => {
    expect(findings.filter((f) => f.paragraph >= 2 && f.category === 'ai-training')).toEqual([]);
  });
});

rows('"machine-learned" is machine learning', [
  ['5.2 Agency grants Vendor a licence to use Listing Photographs to develop and improve machine-learned features such as room tagging.', ['ai-training:risk']],
]);

describe('an opt-in in the condition that opens the grant, after a "notwithstanding"', () => {
  const lines = [
    'This Agreement is between Quarrell Claims AI Ltd ("Supplier") and Harwick Mutual plc ("Insurer").',
    '"Insurer Data" means all documents and data the Insurer submits to the Services.',
    '4.3 Notwithstanding clause 3.3, where the Insurer has opted in by written instruction, the Supplier may use Insurer Data to fine-tune a model used only for the Insurer.',
  ];
  const training = analyzeDocument(lines.map((text) => ({ text }))).findings.find((f) => f.paragraph === 2 && f.category === 'ai-training');

  it('is training only on the customer\'s own decision', () => {
    expect(training?.scope).toMatch(/^only if Insurer authorises it/);
  });
});
