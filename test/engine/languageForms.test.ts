// Language forms a rule must read in general: negated subjects, wish-conditions, objections, vesting, open-ended retention.
// Every clause here is our own drafting; each table is named by the behaviour it pins down.
import { categoriesOf } from './support';

describe('a negated subject withholds the right it names', () => {
  test.each([
    ['nothing-herein-authorises', 'Nothing herein authorises the Vendor to fine-tune its language models with Client Data.'],
    ['nothing-in-these-terms-grants', 'Nothing in these Terms grants us any right to train machine learning models on your files.'],
    ['nothing-in-the-dpa-entitles', 'Nothing in the DPA entitles Processor to use Personal Data to develop artificial intelligence.'],
    ['construed-as-granting', 'Nothing in this Agreement shall be construed as granting Vendor a right to train neural networks on Client Data.'],
    ['no-provision-permits', 'No provision of these Terms permits the Company to fine-tune models with your inputs.'],
  ])('%s', (_name, clause) => {
    const found = categoriesOf(clause);
    expect(found).toContain('no-training:protective');
    expect(found).not.toContain('ai-training:risk');
  });

  test('nothing herein restricts is still a grant', () => {
    expect(categoriesOf('Nothing hereunder restricts Supplier from using Client Data to train its models.')).toContain('ai-training:risk');
  });
});

describe('a wish-condition means training is on by default, with an opt-out', () => {
  test.each([
    ['if-you-do-not-wish-then-object', 'Where you do not wish us to use your messages to train our AI, you can object by emailing our privacy team.'],
    ['if-the-customer-does-not-want-then-untick', 'If the Customer does not want its prompts used to train our models, it may untick the sharing option in the console.'],
    ['if-you-would-rather-we-did-not', 'If you would rather we did not use your voice notes to train our models, switch off the sharing toggle.'],
  ])('%s', (_name, clause) => {
    const found = categoriesOf(clause);
    expect(found).toEqual(expect.arrayContaining(['ai-training:risk', 'opt-out:protective']));
    expect(found).not.toContain('no-training:protective');
  });
});

describe('objections that are not opt-outs from data use', () => {
  test('objecting to a new subprocessor is a DPA procedure, not an opt-out', () => {
    expect(categoriesOf('Client may object to a replacement subprocessor on reasonable data protection grounds within ten days.')).not.toContain('opt-out:protective');
  });
});

describe('opt-out wording beyond "opt out"', () => {
  test.each([
    ['right-to-object', 'You have the right to object to processing of your content for model development in your profile settings.'],
    ['exclude-from-the-corpus', 'Administrators may exclude their workspace files from the corpus used to refine our ranking technology.'],
    ['remove-from-the-dataset', 'Creators may remove their artwork from the training data set through the studio dashboard.'],
    ['wish-condition-with-a-contact', 'If you do not wish us to use your posts for research, write to our privacy officer.'],
    ['clear-the-checkbox', 'Members can clear the research checkbox to keep their uploads out of product improvement work.'],
  ])('%s', (_name, clause) => {
    expect(categoriesOf(clause)).toContain('opt-out:protective');
  });
});

describe('ownership stated without "own"', () => {
  test.each([
    ['shall-vest-in-customer', 'All deliverables produced by the Vendor’s AI engine for the Customer shall vest in the Customer upon delivery.', 'output-ownership:protective'],
    ['waiver-of-reuse', 'The Contractor waives all rights to reuse any outputs generated for the Buyer.', 'output-ownership:protective'],
    ['creations-belong-to-user', 'Designs you make with our drawing assistant belong to you.', 'output-ownership:protective'],
    ['creations-belong-to-vendor', 'Any artwork you generate through the Studio belongs to the Company and its licensors.', 'output-ownership:risk'],
    ['vests-in-vendor', 'Title to every output of the writing assistant shall vest in the Supplier.', 'output-ownership:risk'],
  ])('%s', (_name, clause, expected) => {
    expect(categoriesOf(clause)).toContain(expected);
  });
});

describe('a licence made broad by its verbs', () => {
  test('redistribution right over customer content is a broad licence', () => {
    expect(categoriesOf('You give the Platform a licence to copy, cut and redistribute your uploads.')).toContain('broad-license:risk');
  });
});

describe('retention and survival with no end', () => {
  test.each([
    ['unspecified-period-after-deletion', 'Your files are stored until you remove them, and we may keep them for an indefinite period afterwards for business reasons.'],
    ['unspecified-period-despite-legal-reason', 'Once you delete your files we may retain them for an unspecified period where required by law.'],
    ['cannot-be-extracted-from-models', 'Information already learned by our models cannot be extracted from them later.'],
    ['model-use-after-account-closure', 'Models built with your data will continue to be used even if you close your account.'],
  ])('%s', (_name, clause) => {
    expect(categoriesOf(clause)).toContain('survival-retention:risk');
  });
});

describe('survival and ownership words in ordinary commercial clauses', () => {
  test.each([
    ['customer-keeps-using-service-after-cancelling', 'The Platform will continue to be used by you after you cancel, until the paid term ends.'],
    ['services-deliverables-vest', 'All Deliverables shall vest in the Buyer once the invoice is paid.'],
  ])('%s', (_name, clause) => {
    expect(categoriesOf(clause)).toEqual([]);
  });
});

describe('third-party AI named by role', () => {
  test('external AI suppliers receiving data', () => {
    expect(categoriesOf('Meeting notes are passed to outside AI suppliers who generate the action items.')).toContain('third-party-ai:risk');
  });
});

describe('passive consumer deletion', () => {
  test.each([
    ['erased-from-servers', 'If you remove a chat, it is erased from our servers within 14 days.'],
    ['purged-from-databases', 'Once a user closes a project, it will be securely purged from our databases after thirty days.'],
  ])('%s', (_name, clause) => {
    expect(categoriesOf(clause)).toContain('deletion:protective');
  });

  test('a promise to stop using data after account deletion is not survival', () => {
    expect(categoriesOf('We will not continue to use your content after you delete your account.')).not.toContain('survival-retention:risk');
  });

  test('a purge of the vendor’s own records is not a deletion promise', () => {
    expect(categoriesOf('Old billing statements are purged from our systems after ten years.')).not.toContain('deletion:protective');
  });

  test('a purge that does not happen is not a promise', () => {
    expect(categoriesOf('A removed chat is not deleted from our systems.')).not.toContain('deletion:protective');
  });
});

describe('mentions of confidentiality or security that impose no duty', () => {
  test.each([
    ['liability-cap-carve-out', 'Save for breach of confidentiality, neither party’s total liability will exceed the amounts paid in the prior year.'],
    ['liability-limits-do-not-apply', 'The exclusions in this Section do not apply to a breach of confidentiality obligations.'],
    ['staff-privacy-training', 'Vendor shall give all new employees privacy and security training within their first month.'],
  ])('%s', (_name, clause) => {
    expect(categoriesOf(clause)).toEqual([]);
  });

  test('a confidentiality duty beside a liability carve-out still counts', () => {
    expect(categoriesOf('Vendor shall treat Client Data as confidential, and liability for breach of confidentiality is uncapped.')).toContain('confidentiality:protective');
  });

  test('a real security duty next to staff training still counts', () => {
    expect(categoriesOf('Provider shall encrypt Customer Data at rest and give its staff security training.')).toContain('confidentiality:protective');
  });
});

describe('"including, without limitation" widens a list; it sets no condition and no duration', () => {
  const read = (clause: string): string[] => [...new Set(categoriesOf(clause))].sort();

  test.each([
    [
      'in-parentheses',
      // Improving the App comes first and training is one way of doing it: both are read (calibration round 39).
      'You grant Brightly a worldwide licence to use Your Photos to operate and improve the App (including, without limitation, to build, train and test machine learning models).',
      ['ai-training:risk', 'broad-license:neutral', 'service-improvement:risk'],
    ],
    [
      'after-a-comma',
      'Customer grants Vendor a licence to use Client Files to run the Platform, including without limitation to train Vendor’s forecasting models.',
      ['ai-training:risk', 'broad-license:risk'],
    ],
  ])('%s', (_name, clause, expected) => {
    expect(read(clause)).toEqual(expected);
  });

  test('"without" still gates a ban on consent', () => {
    expect(read('Vendor will not use Client Files to train any model without Client’s prior written consent.')).toEqual(['no-training:protective', 'opt-out:protective']);
  });
});

describe('a clause quoted from its "provided that" on is a clause in its own right', () => {
  test('the proviso’s own ban limits the use to its purpose', () => {
    const clause = 'provided that Ostrava shall not have any right to use, sell or exploit such Member Data in any other manner or for any other purpose.';
    expect([...new Set(categoriesOf(clause))].sort()).toEqual(['confidentiality:protective', 'no-training:protective']);
  });
});

describe('purposes listed after a use clause are the purposes of that use', () => {
  const read = (clause: string): string[] => [...new Set(categoriesOf(clause))].sort();

  test.each([
    ['content', 'We may use your notes for the following purposes: (a) to run the App; (b) to improve our products.', ['service-improvement:risk']],
    [
      'usage-data',
      'We may use the Telemetry for any lawful purpose, including: (a) to run the App; (b) to improve and develop our products; and (c) to detect abuse.',
      ['aggregated-data:risk', 'service-improvement:risk'],
    ],
  ])('%s', (_name, clause, expected) => {
    expect(read(clause)).toEqual(expected);
  });

  test('a later clause with its own modal is not a listed purpose', () => {
    expect(read('We may use your notes to run the App; we will improve our products with public research.')).not.toContain('service-improvement:risk');
  });
});

describe('a party inside a relative clause about the data is not the one acting', () => {
  const read = (clause: string): string[] => [...new Set(categoriesOf(clause))].sort();

  test.each([
    ['that-you-request', 'Messages that you request to be deleted will be removed within 14 days.'],
    ['that-you-ask', 'Voice Recordings that you ask to be erased will be deleted within 14 days, except as required by law.'],
  ])('%s: the deletion is the vendor’s promise', (_name, clause) => {
    expect(read(clause)).toEqual(['deletion:protective']);
  });
});

describe('an exception inside brackets ends with its own bracket, even with a bracket nested in it', () => {
  test.each([
    ['nested', 'Client grants Vendor a perpetual, non-transferable (except as permitted in Section 9.1 (Assignment)), royalty-free licence to use Client Files to train Vendor’s models.'],
    ['flat', 'Client grants Vendor a non-transferable (except as permitted in Section 9.1) licence to use Client Files to train Vendor’s models.'],
  ])('%s: the licence after it is read', (_name, clause) => {
    expect(categoriesOf(clause)).toContain('ai-training:risk');
  });
});
