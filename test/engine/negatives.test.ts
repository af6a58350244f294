// Tricky negatives: words that look like AI data terms but are not findings at all.
import { categoriesOf } from './support';

describe('language that is not an AI data term', () => {
  test.each([
    ['staff-training-is-not-a-finding', 'Provider will provide training sessions to Customer’s staff at no extra charge.'],
    ['accredited-training-on-using-ai-is-teaching-people', 'The Supplier will give up to six (6) hours a year of CLE-accredited training on the effective use of AI in due diligence for Client\'s lawyers.'],
    ['hours-of-training-for-people', 'Supplier will give Client\'s analysts up to six hours of training on labelling the datasets for the Pilot Programme.'],
    ['regular-training-of-a-team', 'Our review team receives regular training on handling distressing images, but no process is perfect.'],
    ['product-models-are-not-ai', 'Provider may update its product models and pricing tiers from time to time.'],
    ['aggregate-liability-cap', 'Neither party’s aggregate liability shall exceed the fees paid in the twelve months before the claim.'],
    ['export-control-technical-data', 'Each party shall not export any technical data received under this Agreement in breach of export control laws.'],
    ['customer-may-not-train-competing-models', 'Customer may not use the Services to train a model that competes with Provider.'],
    ['vendor-licence-to-customer', 'Vendor grants Customer a perpetual, irrevocable, worldwide licence to use the Software.'],
    ['name-and-logo-opt-out', 'Provider may use Customer’s name and logo in marketing, and Customer may opt out at any time.'],
    ['indemnity-mentions-training', 'Provider will defend Customer against any third-party claim that the Services, which include data Provider has used to train a model, infringe intellectual property rights.'],
    ['customer-backup-duty', 'Customer is responsible for keeping backups of its own data and for preventing its loss or destruction.'],
    ['ai-tools-mentioned', 'Incident response may use machine learning tools.'],
    ['vendor-keeps-its-own-ip', 'Provider retains all right, title and interest in the Services, including all improvements and enhancements.'],
    ['support-policy-updated', 'Provider will provide the support described in the Support Policy, as updated from time to time.'],
    ['fee-records-audit', 'Provider shall keep accurate records of the fees charged and make them available for audit on request.'],
    ['trademark-licence', 'Customer grants Provider a limited right to use Customer’s trademarks solely to identify Customer as a customer.'],
  ])('%s', (_name, clause) => {
    expect(categoriesOf(clause)).toEqual([]);
  });

  // Survival lists are worth a lawyer's glance (real vendor terms label them as retention terms), but sections that
  // survive without a data-use right are a neutral note, never a risk to redline.
  test('survival-of-boilerplate-sections is a neutral note, not a risk', () => {
    expect(categoriesOf('Sections 7 (Confidentiality) and 9 (Limitation of Liability) survive termination.')).toEqual(['survival-retention:neutral']);
  });

  test('training people who handle the data is a security measure, not training on the data', () => {
    const found = categoriesOf('"Plant Data" means the readings the Purchaser uploads to the Service.\nSupplier shall provide education and training concerning data protection to its engineers and employees who handle Plant Data at least once a year.');
    expect(found).toEqual(['confidentiality:protective']);
  });
});

describe('the customer\'s own policies that bind the vendor', () => {
  const preamble = 'This Agreement is made between the State of Tasman acting through its Department of Transport (Department) and Kestrel Vision Pty Ltd (Contractor).';
  test('are a protection, not a policy the vendor may change', () => {
    const found = categoriesOf(`${preamble}\n12.1 The Contractor must comply with the Department policies listed in Schedule 4, including the Department's Artificial Intelligence Assurance Framework, as amended from time to time and notified to the Contractor.`);
    expect(found.filter((c) => c.startsWith('policy-by-reference'))).toEqual([]);
  });

  test('while the vendor\'s own policy, as it updates it, stays a risk', () => {
    const found = categoriesOf(`${preamble}\n"Camera Data" means the video the Department sends to the Solution.\n12.2 The Contractor will handle Camera Data in accordance with the Contractor's AI Data Policy, as amended by the Contractor from time to time.`);
    expect(found).toContain('policy-by-reference:risk');
  });
});
