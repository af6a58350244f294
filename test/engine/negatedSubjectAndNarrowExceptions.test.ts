// Negated data subjects ("No Order Data will be used to train") and exceptions that only serve the customer stay
// protective; exceptions that reopen training or improvement for the vendor stay risks. Pure: engine only.
import { categoriesOf } from './support';

describe('negated subjects and customer-serving exceptions keep a ban protective', () => {
  test.each([
    ['negated-defined-term', 'No Shipment Data shall be used to fine-tune any language model operated by Carrier.'],
    ['negated-two-nouns', 'No Patient Content or billing information may be processed to train artificial intelligence models.'],
    ['none-of', 'None of the Subscriber’s data will be used to train or retrain Provider’s machine learning models.'],
    ['neither-nor', 'Neither Customer Inputs nor Outputs shall be used to train any AI model.'],
    ['in-furtherance-of', 'In no event will Supplier use Learner Data to train machine learning models other than in furtherance of the tutoring services ordered by the School.'],
    ['for-the-benefit-of', 'Vendor shall not use Client Materials to train any neural network, except for the sole benefit of Client under this Agreement.'],
    ['customer-only-model', 'Provider will not use Claims Data to train any model, except for a model used exclusively to deliver the Services to the Insurer.'],
    ['save-to-provide', 'Processor shall not use Personal Data to train machine learning models save for as strictly necessary to provide the Services.'],
  ])('%s', (_name, clause) => {
    const found = categoriesOf(clause);
    expect(found).toContain('no-training:protective');
    expect(found).not.toContain('ai-training:risk');
  });
});

describe('exceptions that reopen use for the vendor stay risks', () => {
  test('except to improve the Services', () => {
    const found = categoriesOf('Supplier will not use Order Data for any purpose except to improve the Services.');
    expect(found).toContain('service-improvement:risk');
    expect(found).not.toContain('no-training:protective');
  });

  test('except aggregated data used to develop models', () => {
    const found = categoriesOf('Vendor shall not use Client Content to train machine learning models, except for aggregated data used to develop new models.');
    expect(found).toContain('ai-training:risk');
  });

  test('shall not ... unless Customer opts out', () => {
    const found = categoriesOf('Customer Content shall not be excluded from the training of Provider’s AI models unless Customer opts out.');
    expect(found).toContain('ai-training:risk');
  });

  test('will not ... unless Customer opts out of a vendor-wide feature', () => {
    const found = categoriesOf('Provider will not use Customer Inputs to train its AI models for other customers unless Customer opts out of this feature.');
    expect(found).toContain('ai-training:risk');
  });

  test('"no later than" is not a negated data subject', () => {
    const found = categoriesOf('Provider may use Customer Data to train its AI models no later than thirty days after receipt.');
    expect(found).toContain('ai-training:risk');
  });
});
