// Polarity: a prohibition is protective, a carve-out that reopens it is a risk, double negatives grant.
import { categoriesOf } from './support';

describe('polarity of training and improvement clauses', () => {
  test.each([
    ['prohibition-is-protective', 'Provider shall not use Customer Data to train any machine learning model.', 'no-training:protective', 'ai-training:risk'],
    ['prohibition-with-consent-is-protective', 'Vendor will not use Client Data to train AI models without Client’s prior written consent.', 'no-training:protective', 'ai-training:risk'],
    ['no-data-is-used', 'No customer content is used to train our generative models.', 'no-training:protective', 'ai-training:risk'],
    ['grant-with-except-carve-out', 'Provider will not use Customer Data except to improve the Services.', 'service-improvement:risk', 'no-training:protective'],
    ['except-to-train-is-a-risk', 'Vendor shall not use Customer Data for any purpose except to train its AI models.', 'ai-training:risk', 'no-training:protective'],
    ['other-than-to-provide-is-protective', 'Provider may not use Customer Data other than to provide the Services.', 'no-training:protective', 'service-improvement:risk'],
    ['a-bound-on-a-number-is-no-negation', 'Client grants Supplier the right to use extracts of Client Data, not exceeding five percent of each file, to improve Supplier models.', 'ai-training:risk', 'no-training:protective'],
    ['not-to-exceed-is-no-negation', 'Supplier may use a sample of Client Data, not to exceed one thousand records, to train its models.', 'ai-training:risk', 'no-training:protective'],
    ['a-flow-down-with-a-restated-number-is-a-ban', 'Each model partner processes Client Data under written terms with Supplier that prohibit it from keeping Client Data for longer than ninety (90) days or using it to train or improve its models.', 'no-training:protective', 'ai-training:risk'],
    ['nothing-prevents-is-a-grant', 'Nothing in this Agreement prevents Provider from using Customer Data to train its models.', 'ai-training:risk', 'no-training:protective'],
    ['not-restricted-is-a-grant', 'Provider’s right to use Inputs to fine-tune its models is not restricted by this Section.', 'ai-training:risk', 'no-training:protective'],
    ['notwithstanding-grant', 'Notwithstanding the foregoing, Provider may use Customer Data to train its machine learning models.', 'ai-training:risk', 'no-training:protective'],
    ['solely-to-provide', 'Provider will process Customer Data solely to provide the Services to Customer.', 'no-training:protective', 'service-improvement:risk'],
    // "but not <a thing>" leaves the thing out of a list; it is no clause of its own and no second negation.
    ['but-not-a-thing-then-a-prohibition', 'Supplier sends its model partner meeting notes but not recordings, under terms that prohibit it from training on them.', 'no-training:protective', 'ai-training:risk'],
    ['but-not-customer-data-leaves-usage-data-granted', 'Supplier may use Usage Data, but not Client Data, to refine its forecasting models.', 'ai-training:risk', 'no-training:protective'],
    ['subprocessor-promise-is-flow-down', 'Neither Provider nor its subprocessors will train any AI model on Customer Content.', 'no-training:protective', 'third-party-ai:risk'],
  ])('%s', (_name, clause, expected, forbidden) => {
    const found = categoriesOf(clause);
    expect(found).toContain(expected);
    expect(found).not.toContain(forbidden);
  });

  test('a weak opt-out is both a training risk and an opt-out protection', () => {
    const found = categoriesOf('Provider may use Customer Data to train its models unless Customer opts out in writing.');
    expect(found).toEqual(expect.arrayContaining(['ai-training:risk', 'opt-out:protective']));
  });

  test('an opt-out that cannot be exercised is not a protection', () => {
    expect(categoriesOf('You cannot opt out of the machine learning features of the Software.')).not.toContain('opt-out:protective');
  });
});

describe('wider phrasing', () => {
  test.each([
    ['not-used-for-training-purposes', 'Customer Data will not be used for training purposes.', 'no-training:protective'],
    ['under-no-circumstances', 'Under no circumstances will Provider use Customer Content to train its models.', 'no-training:protective'],
    ['used-as-training-data', 'Your conversations may be reviewed by our staff and used as training data.', 'ai-training:risk'],
    ['named-model-provider', 'We use OpenAI to power the summarisation feature.', 'third-party-ai:risk'],
    ['policy-changed-at-any-time', 'We may modify this Privacy Policy at any time by posting a revised version.', 'policy-by-reference:risk'],
    ['choose-not-to-share', 'You can choose not to share your chats with us for model improvement.', 'opt-out:protective'],
  ])('%s', (_name, clause, expected) => {
    expect(categoriesOf(clause)).toContain(expected);
  });

  test.each([
    ['staff-training-purposes', 'Calls may be recorded for quality and training purposes.'],
    ['models-trained-on-public-data', 'Our AI models are trained on publicly available data and licensed datasets.'],
    ['fees-changed-at-any-time', 'We may change the fees at any time on thirty days’ notice.'],
  ])('%s is not a finding', (_name, clause) => {
    expect(categoriesOf(clause)).toEqual([]);
  });
});

describe('capitalised clauses', () => {
  test('an all-caps prohibition is protective and an all-caps grant is a risk', () => {
    expect(categoriesOf('PROVIDER SHALL NOT USE CUSTOMER DATA TO DEVELOP OR IMPROVE ARTIFICIAL INTELLIGENCE MODELS.')).toEqual(['no-training:protective']);
    expect(categoriesOf('PROVIDER MAY USE CUSTOMER DATA TO IMPROVE ITS MACHINE LEARNING SYSTEMS.')).toContain('ai-training:risk');
  });
});

describe('ownership, retention and deletion phrasing', () => {
  test.each([
    ['outputs-owned-by-customer', 'Outputs are owned by you.', 'output-ownership:protective'],
    ['outputs-owned-by-vendor', 'All Outputs shall be owned by Provider.', 'output-ownership:risk'],
    ['customer-can-delete', 'You can delete your conversations at any time.', 'deletion:protective'],
    ['worldwide-royalty-free-licence-to-content', 'You grant Company a worldwide, royalty-free license to use your Content.', 'broad-license:risk'],
    ['turn-this-off', 'By default we use your content to improve our AI features; you can turn this off in Settings.', 'opt-out:protective'],
  ])('%s', (_name, clause, expected) => {
    expect(categoriesOf(clause)).toContain(expected);
  });

  test('what users chose to do ("decisions to send or discard answers") is no deletion the vendor denies', () => {
    expect(categoriesOf('The Supplier shall not use Client Data, or Users\' ratings and decisions to send or discard answers, to tune the AI Features.')).not.toContain('survival-retention:risk');
  });

  test('a ban on keeping data "for longer than" a period is no open-ended retention', () => {
    expect(categoriesOf('Each model partner processes Client Data under written terms with Supplier that prohibit it from keeping Client Data for longer than ninety days.')).not.toContain('survival-retention:risk');
    expect(categoriesOf('Supplier may keep Client Data for longer where it decides to.')).toContain('survival-retention:risk');
  });

  test('a deletion duty with a back-up tail is not reported as retention', () => {
    expect(categoriesOf('Provider will delete Customer Data within 30 days, although copies may remain in backups for a further 60 days.')).not.toContain('survival-retention:risk');
  });

  test('an indemnity that mentions training data and outputs is not a finding', () => {
    expect(categoriesOf('Provider will indemnify Customer against claims that Outputs, or the training data used by Provider, infringe third-party rights.')).toEqual([]);
  });
});

describe('opt-in conditions', () => {
  test.each([
    ['only-if-customer-opts-in', 'Provider may use Customer Data to train its models only if Customer opts in through the admin console.'],
    ['with-prior-written-consent', 'We may use your Prompts to improve our AI models with your prior written consent.'],
    ['when-you-enable', 'We will use your conversations to train our models when you enable the sharing setting.'],
  ])('%s is a no-training protection, not a training grant', (_name, clause) => {
    const found = categoriesOf(clause);
    expect(found).toContain('no-training:protective');
    expect(found).not.toContain('ai-training:risk');
  });
});

describe('carve-outs inside protections', () => {
  test('a deletion duty that keeps legally required copies is not a retention risk', () => {
    const found = categoriesOf('Provider shall delete Customer Data upon termination, except that Provider may retain copies as required by law.');
    expect(found).toContain('deletion:protective');
    expect(found).not.toContain('survival-retention:risk');
  });

  test('a deletion duty that lets the vendor keep data for its own purposes is a retention risk', () => {
    expect(categoriesOf('Provider shall return Customer Data on termination, provided that Provider may retain Customer Data as necessary to continue developing its products.')).toContain('survival-retention:risk');
  });

  test('a no-training promise with a carve-out the customer chooses stays protective', () => {
    const found = categoriesOf('We will not use Customer Content to train our models, except where you have chosen to share feedback with us.');
    expect(found).toContain('no-training:protective');
    expect(found).not.toContain('ai-training:risk');
  });
});

describe('customer restrictions', () => {
  test('a grant followed by a customer promise is still a grant', () => {
    expect(categoriesOf('You agree that we may use your Content to train our models, and you will not object to that use.')).toContain('ai-training:risk');
  });

  test('a restriction on the customer is not a grant', () => {
    expect(categoriesOf('You shall not use Outputs to develop AI models.')).toEqual([]);
  });
});

describe('an AI word that names the data is not a purpose the clause denies', () => {
  // "AI prompts" is the kind of data; the clause promises not to collect it, not that nothing trains a model on it.
  test('a promise not to collect "AI prompts" is a collection promise only', () => {
    expect(categoriesOf('Our analytics do not collect your documents or AI prompts.').sort()).toEqual(['confidentiality:protective']);
  });

  test('a promise not to use prompts for AI still denies training', () => {
    expect(categoriesOf('We do not use your prompts to improve our AI models.')).toContain('no-training:protective');
  });
});
