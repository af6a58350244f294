// Paragraph vetoes: what one sentence raises and another sentence of the same paragraph settles. Own drafting.
import { categoriesOf } from './support';

const read = (paragraph: string): string[] => [...new Set(categoriesOf(paragraph))].sort();

describe('a disclosure of model providers beside the paragraph’s own conditional ban on disclosing to them', () => {
  const disclosure = 'The Service is hosted by outside cloud providers, and certain models offered through it ("Hosted Models") are operated by third parties.';
  const ban =
    'Orrin shall not disclose Client Files to any third-party provider of artificial intelligence models unless Client has approved that provider in writing and Orrin has bound it by terms at least as protective of Client Files as this Agreement.';

  test('is governed by the ban: no risk is left', () => {
    expect(read(`${disclosure} ${ban}`)).toEqual(['confidentiality:protective', 'third-party-ai:neutral']);
  });

  test('is governed by a flow-down in the same paragraph too', () => {
    const flowDown = 'Orrin has agreed terms with each such third party under which Client Files will not be used to train its models.';
    expect(read(`${disclosure} ${flowDown}`)).not.toContain('third-party-ai:risk');
  });

  test('is still a risk without the ban', () => {
    expect(read(disclosure)).toContain('third-party-ai:risk');
  });

  test('does not excuse a sentence that lets a provider keep the data', () => {
    const keeps = 'Client Files sent to a Hosted Model are processed by that third party under its own terms, which may permit it to retain Client Files.';
    expect(read(`${disclosure} ${keeps} ${ban}`)).toContain('third-party-ai:risk');
  });
});

describe('improvement from usage data beside a promise not to train on the customer’s data', () => {
  const usage = 'We use anonymous usage statistics to learn which screens people open and to improve the Lantern app.';
  const promise = 'We never train any model on your notes.';

  test('is settled by the promise: the usage data is reported as derived data, not as a hidden training grant', () => {
    expect(read(`${usage} ${promise}`)).toEqual(['aggregated-data:risk', 'no-training:protective']);
  });

  test('is still an improvement risk without the promise', () => {
    expect(read(usage)).toEqual(['aggregated-data:risk', 'service-improvement:risk']);
  });

  test('does not excuse improvement with the customer’s own content', () => {
    expect(read(`We use your notes to improve the Lantern app. ${promise}`)).toContain('service-improvement:risk');
  });
});
