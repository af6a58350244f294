// Varied vendor phrasing for each category, beyond the synthetic set: the rules read language, not fixed phrases.
import { categoriesOf } from './support';

describe('varied phrasing', () => {
  test.each([
    ['Content you share with the assistant may be used to improve the underlying models.', 'ai-training:risk'],
    ['We may use your chats to help our AI learn and get better over time.', 'ai-training:risk'],
    ['Vendor may use Service Data for research and development purposes.', 'service-improvement:risk'],
    ['We may share non-personally identifiable information publicly and with our partners.', 'aggregated-data:risk'],
    ['Provider may derive statistical information from Customer Data and use it for benchmarking.', 'aggregated-data:risk'],
    ['We may route your requests to external large language model providers.', 'third-party-ai:risk'],
    ['Upon written request, Provider will permanently remove Customer Data from its systems.', 'deletion:protective'],
    ['Provider will restrict access to Customer Data to personnel who need it to provide the Services.', 'confidentiality:protective'],
    ['Vendor shall hold Customer Data in strict confidence.', 'confidentiality:protective'],
    ['Provider may keep copies of Customer Data in its archives after the Agreement ends.', 'survival-retention:risk'],
    ["We won't use business data from your organisation to train our models.", 'no-training:protective'],
    ['You may stop us from using your content for training by changing your privacy settings.', 'opt-out:protective'],
  ])('%s → %s', (clause, expected) => {
    expect(categoriesOf(clause)).toContain(expected);
  });
});
