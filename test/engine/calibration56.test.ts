// Per-clause expectations for the language patterns of calibration round 56 (first runs on blind86 and agreements
// 425–430, 2026-12-07): a carve-out from a promise that ends "which <vendor> may use for training", and the items
// listed under it; a document naming its own scope ("This Addendum governs …"); audit named as a purpose of the
// vendor's own practice; an "aggregator" as a company; a coined name ending "-works"; aggregated metrics after a list
// of what is measured; the vendor improving "its" things; machine-generated outputs; a sub-processor list naming a
// model provider; the buyer by its trade's word; staff help chosen by the customer; a probabilistic-output
// disclaimer; a duty after a comma; a licence the customer receives. Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { extractDefinitions } from '../../src/engine/extractDefinitions';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('a carve-out from a promise that lets the vendor train on what it lists', () => {
  it('is training, read in the carve-out and in each item listed under it', () => {
    const analysis = analyzeDocument([
      { text: '6.2 The undertaking in clause 6.1 does not extend to the following, which Quarrel may use for the purposes of training and evaluating its ranking models:' },
      { text: '(a) Service Logs, including correction histories;' },
      { text: '(b) any Client Content that Client submits to the Community Library.' },
    ]);
    const risky = (paragraph: number) => analysis.findings.filter((f) => f.paragraph === paragraph && f.category === 'ai-training' && f.stance === 'risk');
    expect(risky(0)).not.toEqual([]);
    expect(risky(2)).not.toEqual([]);
  });

  it('is no training where the "may" is denied again, or where the training only describes another item', () => {
    expect(categoriesOf('Clause 6.1 does not apply to Service Logs, which Quarrel may not use to train its models.')).not.toContain('ai-training:risk');
    expect(categoriesOf('Clause 9.1 does not apply to Service Logs, which Quarrel may keep after termination, or to any model trained using Client Content.')).not.toContain('ai-training:risk');
  });
});

describe('a document naming its own subject matter', () => {
  it('grants nothing by "This Data Sharing Addendum governs … use of De-identified Data"', () => {
    expect(categoriesOf('This Data Sharing Addendum governs the sharing of Council Data by the Council with Contractor and Contractor\'s use of De-identified Data.')).toEqual([]);
  });

  it('still reads a grant that follows it in the same sentence', () => {
    expect(categoriesOf('This Addendum governs Contractor\'s use of De-identified Data, and Contractor may use De-identified Data to train its models.')).toContain('ai-training:risk');
  });
});

describe('audit named as a purpose of the vendor\'s own practice', () => {
  it('gives the customer no audit right', () => {
    const found = categoriesOf('Brambleway retains Customer Inputs for twenty-four months for model evaluation, quality assurance and audit purposes.');
    expect(found).not.toContain('audit:protective');
  });
});

describe('an aggregator', () => {
  it('is a company that gathers data, not aggregated data', () => {
    const found = categoriesOf('When you link a bank account, you authorise us and our Data Aggregator to retrieve your balances and to store them as Business Data.');
    expect(found).not.toContain('aggregated-data:risk');
  });
});

describe('a coined company name ending "-works"', () => {
  it('is the vendor acting, so its promise not to train is read', () => {
    expect(categoriesOf('Gablerworks will not use Project Files to train artificial intelligence models.')).toContain('no-training:protective');
  });
});

describe('aggregated metrics named after a list of what is measured', () => {
  it('is derived data the vendor may publish', () => {
    const found = categoriesOf('Ticketmoor may compile aggregated ticket sales, attendance and pricing metrics derived from Promoter\'s events and may publish such metrics to third parties.');
    expect(found).toContain('aggregated-data:risk');
  });
});

describe('the vendor improving its own things', () => {
  it('is an improvement of its products, whatever they are called', () => {
    expect(categoriesOf('Housewell may use the Agent\'s listing data to improve the accuracy of its search rankings and property alerts.')).toContain('service-improvement:risk');
  });

  it('is not read where what is improved is made for the customer', () => {
    expect(categoriesOf('Housewell will use Customer Data solely to improve the accuracy of its forecasts for Customer.')).not.toContain('service-improvement:risk');
  });
});

describe('machine-generated drafts owned by the customer', () => {
  it('is the customer owning outputs', () => {
    expect(categoriesOf('All transcripts, including machine-generated drafts, are owned by the Customer.')).toContain('output-ownership:protective');
  });
});

describe('a sub-processor list that names a model provider', () => {
  it('is a third-party model flow, though the list names crew lists and the customer authorises it', () => {
    const found = categoriesOf('The Customer grants a general authorisation for Keelson to engage the sub-processors listed in Annex 3, which include a provider of document-understanding models used to extract data from manifests and crew lists.');
    expect(found.some((f) => f.startsWith('third-party-ai'))).toBe(true);
  });
});

describe('the buyer named by its trade\'s own word', () => {
  it('reads a clinic\'s own model as the customer\'s', () => {
    const found = categoriesOf('Pawlish shall not use Clinic Records to train any machine-learning model, save that Pawlish may use Clinic Records to train models deployed solely for the Clinic\'s own account.');
    expect(found).toContain('no-training:protective');
    expect(found).not.toContain('ai-training:risk');
  });

  it('reads an employer\'s opt-out of a benchmarking pool', () => {
    expect(categoriesOf('Employer may opt out of the Salary Insights benchmarking pool by written notice.')).toContain('opt-out:protective');
  });
});

describe('help for the customer\'s staff that the customer may elect', () => {
  it('is no lever over data', () => {
    expect(categoriesOf('Where the Customer is on the Team plan, the Customer may elect to have Gablerworks\' onboarding team prepare a quarterly improvement plan identifying unused features and recommending training modules for the Customer\'s staff.')).toEqual([]);
  });
});

describe('outputs disclaimed as probabilistic', () => {
  it('say nothing of who owns them', () => {
    expect(categoriesOf('Remaining life estimates are probabilistic outputs and do not constitute an engineering certification.')).toEqual([]);
  });
});

describe('a duty after a comma that closes a phrase naming the customer', () => {
  it('is the vendor\'s, not the customer\'s', () => {
    const found = categoriesOf('Trialwick shall process Participant Data only within the United Kingdom, shall pseudonymise it before any transfer to the Customer, and shall ensure that unblinded data is accessible only to the named Data Manager.');
    expect(found).toContain('confidentiality:protective');
  });

  it('is still the customer\'s where the customer is its subject', () => {
    expect(categoriesOf('The parties agree that Customer, and not Provider, is responsible for deleting Personal Data when the retention period expires.')).toEqual([]);
  });
});

describe('a licence the customer receives', () => {
  it('is no licence granted to the vendor', () => {
    expect(categoriesOf('Customer receives a licence to use the Allocation Model solely for the Study.')).toEqual([]);
  });
});

describe('a short name given, in an attached schedule, to a party\'s company', () => {
  it('is that party\'s alias', () => {
    const { parties } = extractDefinitions([
      { text: '(1) TERNHAM AIRWAYS LIMITED, a company incorporated in England ("Airline"); and' },
      { text: '(2) QUILLROSTER LTD, a company incorporated in England ("Supplier").' },
      { text: 'In these AI Terms "Quillroster" means Quillroster Ltd, and "Customer" means the entity that has contracted with Quillroster.' },
    ]);
    expect(parties.vendorAliases).toContain('Quillroster');
  });
});

// Second round (first runs of blind87 and agreements 431–434).
describe('a relative clause with its own subject and modal after the grant', () => {
  it('leaves the customer\'s authorisation the head of the sentence (blind87-045)', () => {
    const found = categoriesOf('Customer authorises Brightquay Systems to use Customer Inputs to improve the accuracy of the Platform and to develop new reports that Brightquay Systems may make available to other customers.');
    expect(found).toContain('service-improvement:risk');
  });

  it('still reads "agrees that the vendor may" as the vendor\'s permission', () => {
    expect(categoriesOf('Customer agrees that Provider may use Customer Data to train its models.')).toContain('ai-training:risk');
  });
});

describe('a licence between two bare names over a data term', () => {
  it('runs from the one whose data it is (blind86-132)', () => {
    const found = categoriesOf('Marina grants Tidecount a worldwide, perpetual licence to use, copy, analyse and commercialise Berth Data for any business purpose of Tidecount.');
    expect(found).toContain('broad-license:risk');
  });

  it('still runs to the customer when it licenses the vendor\'s platform', () => {
    expect(categoriesOf('Tidecount grants Marina a non-exclusive licence to use the Tidecount Platform and the Berth Data for Marina\'s internal purposes.')).not.toContain('broad-license:risk');
  });
});

describe('a licence over content that includes photographs and biographies', () => {
  it('is a licence over the content, not only a publicity right (blind87-009)', () => {
    const found = categoriesOf('By uploading Clinic Content (including patient testimonials and clinician biographies), you grant Molarway a perpetual, irrevocable licence to publish and display that Clinic Content for any purpose.');
    expect(found).toContain('broad-license:risk');
  });

  it('is still a publicity right when only names and logos are licensed', () => {
    expect(categoriesOf('Customer grants Vendor a licence to use Customer\'s name and logo in its customer lists.')).not.toContain('broad-license:risk');
  });
});

describe('copy generated for the customer that the customer owns', () => {
  it('is the customer owning outputs, with the restaurant as the customer (blind87-115)', () => {
    const found = categoriesOf('Restaurant shall own all menu descriptions and other copy generated for it by the Assistant, and Menuwise shall not claim any right in it.');
    expect(found).toContain('output-ownership:protective');
    expect(found).not.toContain('output-ownership:risk');
  });
});

describe('a ban whose exception is a setting off by default', () => {
  it('is no training, and the setting is the customer\'s opt-in (audit191, 432 B.3)', () => {
    const found = categoriesOf('Vendor shall not use Bank Data to train the Shared Model unless Bank has enabled the "Contribute" setting in the console, which is disabled by default.');
    expect(found).toContain('no-training:protective');
    expect(found).not.toContain('ai-training:risk');
  });
});

describe('a phrase before another party\'s short name', () => {
  it('is no alias of that party unless it is a company by its legal form (agreement-15)', () => {
    const { parties } = extractDefinitions([
      { text: 'These Terms govern your use of the Quillpine API, software development kits, IDE extensions and related services (together, the "Platform"). "Quillpine", "we" and "us" mean Quillpine Labs, Inc.' },
    ]);
    expect(parties.vendorAliases).not.toContain('Platform');
  });
});
