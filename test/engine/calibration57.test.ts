// Per-clause expectations for the language patterns of calibration round 57 (first runs on blind88 and agreements
// 435–440, 2026-12-07): a statute's bracket and a name that goes on after a bracket in the parties block; a bracket
// that goes on after its semicolon; a role the customer's people are granted; a carve-out of only the personal part
// of the data licensed; a shop's "return rates"; usage data named only as what the vendor's own things were made
// with; the vendor's ownership reaching what is developed with the customer's data; a term defined as models. Every
// clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { extractDefinitions } from '../../src/engine/extractDefinitions';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);
const partiesOf = (text: string) => extractDefinitions([{ text }]).parties;

describe('brackets in a parties block that name no party', () => {
  it('leave a statute\'s bracket alone: "the Business Corporations Act (Ontario)"', () => {
    const terms = extractDefinitions([
      {
        text: 'This Licence Agreement is made between Harrowfield Legal Analytics Inc., a corporation incorporated under the Business Corporations Act (Ontario) with its office in Toronto ("Harrowfield"), and the firm identified as the licensee in the Order ("Firm").',
      },
    ]).definitions.map((d) => d.term);
    expect(terms).toEqual(expect.arrayContaining(['Harrowfield', 'Firm']));
    expect(terms).not.toContain('Ontario');
  });

  it('leave a gloss inside a name alone: "the Local Court (Amtsgericht) Stuttgart"', () => {
    const parties = partiesOf(
      'This Agreement is entered into between Drehwerk Analytics GmbH, registered with the Local Court (Amtsgericht) Stuttgart under HRB 1234 ("Provider"), and Pressenbau Stahl GmbH, registered with the Local Court Siegen under HRB 99 ("Pressenbau"; Provider and Pressenbau each a "Party").',
    );
    expect(parties.customerAliases).not.toContain('Amtsgericht');
    expect(parties.customer).toBe('Pressenbau');
  });

  it('still read a bare bracket that names a party: "the Department of Health (Department)"', () => {
    const parties = partiesOf('This Deed is made between the State of Tasmania acting through the Department of Health (Department) and Cortexa Pty Ltd (Contractor).');
    expect([parties.customer, parties.vendor]).toEqual(['Department', 'Contractor']);
  });
});

describe('grants that are not licences to the vendor', () => {
  it('a role the customer\'s people are granted after their training', () => {
    expect(categoriesOf('Client must ensure that each Authorised User completes training before being granted the Payroll Officer role.')).toEqual([]);
  });

  it('but a licence the customer must see granted to the vendor is still one', () => {
    expect(categoriesOf('Customer grants Vendor a perpetual, irrevocable licence to use Customer Data for any purpose.')).toContain('broad-license:risk');
  });
});

describe('a licence carved of only the personal part of the data it licenses', () => {
  it('is still a broad licence over the rest', () => {
    expect(
      categoriesOf('Retailer further grants Basketly a worldwide, perpetual, irrevocable licence to use and create derivative works of Retailer Data (other than personal data) for the purposes of developing Basketly\'s products.'),
    ).toContain('broad-license:risk');
  });

  it('while a carve-out of the customer\'s data itself still vetoes it', () => {
    expect(categoriesOf('Basketly may use Feedback (other than Customer Data) for any purpose.')).toEqual([]);
  });
});

describe('a shop\'s returns', () => {
  it('are no data handed back: aggregated benchmarks of "return rates" are still derived data', () => {
    expect(
      categoriesOf('Basketly may create aggregated data from Customer Data, including benchmarks of basket sizes and return rates, and may use and disclose such data for any lawful purpose.'),
    ).toContain('aggregated-data:risk');
  });
});

describe('the vendor\'s ownership of its own things and what they were made with', () => {
  const clause = 'Tallyfold owns all right, title and interest in the Platform and the Tallyfold Models, whether or not developed using Customer Data or Outputs.';

  it('reads the reach over what is developed with the customer\'s data as an improvement risk', () => {
    expect(analyzeDocument([{ text: clause }]).findings.map((f) => f.rules).flat()).toContain('ownership-reaches-customer-data');
  });

  it('is no reach when nothing of the customer\'s is named in the condition', () => {
    expect(categoriesOf('Tallyfold owns all right, title and interest in the Platform, whether or not developed by its staff.')).toEqual([]);
  });

  it('takes usage data named only as a source for no grant of usage data', () => {
    const findings = analyzeDocument([
      { text: 'Provider and its licensors own all right, title and interest in the Platform and the Provider Models, including all enhancements, modifications and derivative works of them, whether or not developed using Prompts or Usage Data.' },
    ]).findings;
    expect(findings.map((f) => f.rules).flat()).not.toContain('usage-data-grant');
  });
});

describe('a term defined as models', () => {
  it('is no data made from the customer\'s: updating the models trains nothing', () => {
    const analysis = analyzeDocument([
      { text: 'This Agreement is between Gearline Analytics GmbH ("Provider") and the customer named in the Order ("Customer").' },
      { text: '"Customer Data" means data transmitted by Customer to the Platform.' },
      { text: '"Pooled Data" means Customer Data combined with data of other customers of Provider.' },
      { text: '"Fleet Models" means machine-learning models and baseline parameters that Provider develops for use across its customer base, including by means of Pooled Data.' },
      { text: '3.9 Provider may further develop the Platform and replace or update Fleet Models at any time, provided that the functionality of the Platform is not materially impaired.' },
    ]);
    expect(analysis.findings.filter((f) => f.paragraph === 4)).toEqual([]);
  });
});

describe('words that name no data and no training (second round: blind89, agreements 441–444)', () => {
  it('people completing a training module train no model', () => {
    expect(categoriesOf('Grower shall ensure that each operator has completed Skyfield\'s type-specific training module for the model of drone being flown, and Skyfield may refuse to activate a drone for anyone who has not completed such training.')).toEqual([]);
  });

  it('a licence the customer receives, "but not to include them in any AI training dataset", is no promise of the vendor', () => {
    expect(categoriesOf('Inkwell grants the Studio a non-exclusive licence to use the stencil templates for its own clients, but not to resell them or include them in any AI training dataset.')).toEqual([]);
    expect(categoriesOf('Inkwell grants the Studio a licence to use the templates, and Inkwell shall not use Customer Data to train any model.')).toContain('no-training:protective');
  });

  it('models "developed by" the vendor describe the feature; nobody is given a right to develop', () => {
    const findings = analyzeDocument([{ text: '3.1 The Platform includes features that generate AI Suggestions using machine learning models developed by Ledgerly and large language models made available by the third-party providers listed in Schedule 2.' }]).findings;
    expect(findings.map((f) => f.category)).not.toContain('ai-training');
  });

  it('"anonymous marking" is a way of marking, not data made anonymous', () => {
    expect(categoriesOf('Generated Assessments may be configured for anonymous marking, in which case Learner identities are hidden from markers.')).toEqual([]);
  });

  it('continued access to the vendor\'s service during transition keeps no data', () => {
    const analysis = analyzeDocument([
      { text: 'This Agreement is between Radisca Inc. ("Contractor") and Marlow Health ("Health System").' },
      { text: '10.6 Upon Health System\'s request, Contractor shall provide transition assistance for up to 180 days after termination, including continued access to the Solution and cooperation with any successor vendor in migrating Outputs.' },
    ]);
    expect(analysis.findings.filter((f) => f.paragraph === 1 && f.category === 'survival-retention')).toEqual([]);
  });
});

describe('third round (blind90, agreements 445–448)', () => {
  it('an AI provider named as a cause of delay nobody is liable for receives no data', () => {
    expect(categoriesOf('Neither party will be liable for delays caused by events beyond its reasonable control, including floods, power failures and outages of AI Providers or hosting providers.')).toEqual([]);
  });

  it('while a provider named in a liability clause over the customer\'s data still is one', () => {
    expect(categoriesOf('Provider will not be liable for any disclosure of Customer Data by an AI Provider.').some((c) => c.startsWith('third-party-ai:'))).toBe(true);
  });

  it('the customer\'s duty to pseudonymise its own data gives the vendor no derived data', () => {
    expect(categoriesOf('Client shall ensure that any production Client Data is masked or pseudonymised before being loaded into development or test environments.')).toEqual([]);
  });

  it('the vendor\'s own practice of de-identifying still does', () => {
    expect(categoriesOf('We also aggregate or de-identify Personal Data so that it no longer identifies you and share it with third parties to help improve our Services.')).toContain('aggregated-data:risk');
  });
});

describe('found on the second read of the change', () => {
  it('a passive grant whose subject is the vendor is a licence to the vendor (the corpus\'s qwen-lic pattern)', () => {
    expect(categoriesOf('You shall procure that we and our affiliates are granted an irrevocable, sub-licensable, perpetual, worldwide licence to use and distribute any User Content.')).toContain('broad-license:risk');
  });

  it('a schedule field "Purposes:" naming training does not make every lower-case "purposes" a verb of training', () => {
    const analysis = analyzeDocument([
      { text: 'This Agreement is between Basketly Ltd ("Basketly") and the merchant named in the Order Form ("Customer").' },
      { text: '"Customer Data" means data that Customer uploads to the Platform.' },
      { text: 'Purposes: providing the Platform to Customer; the training and evaluation of Basketly Models; and security.' },
      { text: '4.3 Customer grants Basketly a worldwide, royalty-free licence to use Customer Data solely for the purposes of operating the Platform for Customer.' },
    ]);
    expect(analysis.findings.filter((f) => f.paragraph === 3 && f.category === 'ai-training')).toEqual([]);
  });
});
