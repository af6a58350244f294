// A licence's purposes listed after it ("(ii) for the purpose of … machine learning, training, testing") are the
// purposes of that licence: the training among them is the vendor's training on the customer's data. Own drafting.
import { categoriesOf } from './support';

const read = (paragraph: string): string[] => [...new Set(categoriesOf(paragraph))].sort();

describe('training named in the purpose list of a licence', () => {
  test('the customer’s grant, then its purposes after a colon', () => {
    expect(read('You grant Orrin a worldwide licence to use, copy and process Customer Content: (i) to provide the Services; (ii) for the purpose of product development, machine learning, artificial intelligence, training and testing.'))
      .toContain('ai-training:risk');
  });

  test('a purpose list with no AI in it is no training', () => {
    expect(read('You grant Orrin a worldwide licence to use, copy and process Customer Content: (i) to provide the Services; (ii) for billing and support.'))
      .not.toContain('ai-training:risk');
  });

  test('staff training in a purpose list is about people', () => {
    expect(read('You grant Orrin a licence to use Customer Content: (i) to provide the Services; (ii) for the training of Orrin support staff.'))
      .not.toContain('ai-training:risk');
  });
});

describe('a lead-in sentence ending in a colon, then its list', () => {
  test('"Orrin may use Client Files to:" is a sentence, not a heading: its items are its purposes', () => {
    expect(read('Orrin may use Client Files to: (a) host the Services; (b) build new features; and (c) fine-tune its machine learning models.'))
      .toEqual(['ai-training:risk', 'service-improvement:risk']);
  });

  test('a short title before a colon is still a heading', () => {
    expect(read('Model training: Orrin does not train models on Client Files.')).toEqual(['no-training:protective']);
  });

  test('a deletion list after a lead-in with a modal', () => {
    expect(read('Closing the workspace will permanently erase: all project files, chat history and stored prompts.')).toContain('deletion:protective');
  });
});

describe('an item of a privacy policy’s purpose list in the vendor’s voice', () => {
  test('"Training machine learning models to run our Platform" is the vendor training on what it collects', () => {
    expect(read('Training machine learning models to run our Platform and to detect abuse.')).toContain('ai-training:risk');
  });

  test('the vendor’s service named before the training is still the material used: the customer’s ban is no grant', () => {
    expect(read('You may not use our Services to train machine learning models.')).not.toContain('ai-training:risk');
  });
});
