// Improving an AI product (a feature, an integration, an API) with the customer's data is an improvement of the service
// as well as a possible training use; improving the models themselves stays the training finding alone. Own drafting.
import { categoriesOf } from './support';

const read = (paragraph: string): string[] => [...new Set(categoriesOf(paragraph))].sort();

describe('data used to improve an AI product', () => {
  test('the AI assistant of the app: improvement and the training warning', () => {
    expect(read('Lantern may use your prompts to refine and improve the AI assistant in the app.')).toEqual(['ai-training:risk', 'service-improvement:risk']);
  });

  test('a model API named as the product improved', () => {
    expect(read('Orrin may use Usage Data to evaluate and improve the Orrin Model API and its other products.')).toContain('service-improvement:risk');
  });

  test('improving the models themselves is training, not a second finding', () => {
    expect(read('Lantern may use your prompts to improve its AI models.')).toEqual(['ai-training:risk']);
  });

  test('a recital about developing AI technology grants nothing to improve', () => {
    expect(read('Research and development of artificial intelligence technologies for medical imaging.')).not.toContain('service-improvement:risk');
  });
});
