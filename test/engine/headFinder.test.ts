// Who acts in a long sentence: a party named after "by" acts only as the agent of a passive participle
// ("processed by our providers"), not after a noun ("publication by other companies"). Own drafting.
import { categoriesOf } from './support';

const read = (paragraph: string): string[] => [...new Set(categoriesOf(paragraph))].sort();

describe('the agent after "by"', () => {
  test('a licence that lets the vendor make content available for publication by other companies is a broad licence', () => {
    expect(read('This licence includes the right for us to make Your Content available for syndication, distribution or publication by other companies that partner with Lantern.'))
      .toContain('broad-license:risk');
  });

  test('a passive participle still takes its agent: data processed by model providers reaches third parties', () => {
    expect(read('Your prompts are processed by third-party model providers to generate responses.')).toContain('third-party-ai:risk');
  });
});

describe('a company named by one capital letter', () => {
  test('"Q may use …" is the vendor acting in its own terms', () => {
    expect(read('Q may use information that people provide and data that it receives to train machine learning models, including generative models.'))
      .toContain('ai-training:risk');
  });

  test('the article "A" opening a sentence is not a company', () => {
    expect(read('A member may use the information it collects to train machine learning models for its own projects.')).not.toContain('ai-training:risk');
  });
});

describe('a relative clause inside the object', () => {
  test('"data that is passed by …" does not make "is" the head: the grantor still grants', () => {
    expect(read('Reseller hereby grants Lumen and its Channel Partners a limited, irrevocable, worldwide licence to collect, use and share visitor data that is passed by Reseller in connection with the Lumen Products.'))
      .toContain('broad-license:risk');
  });
});

describe('action words used as nouns after the head', () => {
  test('"use of Your Files to train … is within this license and is no restricted transfer" still reads the training', () => {
    expect(read('For the avoidance of doubt, use of Your Files to develop, train, and improve machine learning models of Lantern is within the scope of this license and does not constitute a sale or other restricted transfer of Your Files.'))
      .toContain('ai-training:risk');
  });
});
