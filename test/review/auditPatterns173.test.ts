// Patterns named by the lawyer audits of agreements 389 and 395–397 (audit170, audit173, audit174): a derived-data
// proviso repeated what the data's definition already said; "(a) to provide … and (b) for the other purposes described
// in …" became "(a) … and (b) solely to provide …"; "Accordingly," was left pointing at a struck acknowledgement; a
// survival list with a long qualifier took new numbers in the wrong place; an example struck from "for any lawful
// purpose, including …" changed nothing; a ban kept "in accordance with the AI Terms". Every clause is our own drafting.
import { preferredReview, reviewOf } from './agreements';

const parties = [
  'This Subscription Agreement is between Larchmont Vision Systems, Inc. ("Larchmont") and the insurer named in the Order Form ("Customer").',
  '1.2 "Customer Data" means the claim files, photographs and notes that Customer uploads to the Platform.',
];

describe('a derived-data proviso read with the data\'s definition', () => {
  const defined = '1.3 "Aggregated Data" means statistics that Larchmont compiles from Customer Data together with data of its other customers.';

  it('does not repeat that the data is pooled with other customers\' data when the definition says so', () => {
    const clause = '5.5 Larchmont may use Aggregated Data to publish industry loss trends.';
    const target = preferredReview([...parties, defined, clause]).edit(3)?.target ?? '';
    expect(target).toContain('is not used to train any artificial intelligence or machine-learning model');
    expect(target).not.toContain('aggregated with the data of other customers');
    // The definition's silence on identification is no standard: the sentence gets one.
    expect(target).toContain('cannot reasonably be used to identify Customer or any individual');
  });

  it('adds only the training limb where the sentence sets its own standard of identification', () => {
    const clause = '5.5 Larchmont may use, publish and commercialise Aggregated Data, provided that Customer is not named or reasonably identifiable as a source.';
    const target = preferredReview([...parties, defined, clause]).edit(3)?.target ?? '';
    expect(target).toBe('5.5 Larchmont may use and publish Aggregated Data, provided that such Aggregated Data is not used to train any artificial intelligence or machine-learning model, and that Customer is not named or reasonably identifiable as a source.');
  });
});

describe('a licence for "(a) serving the customer and (b) the purposes described elsewhere"', () => {
  it('keeps the serving purpose once, without its now lonely "(a)"', () => {
    const clause = '5.2 Customer grants Larchmont a worldwide, non-exclusive, royalty-free licence, sublicensable through multiple tiers, to host, copy and analyse the Customer Data (a) to provide the Platform to Customer and (b) for the other purposes described in this Section 5 and in the AI Use Policy.';
    const target = preferredReview([...parties, clause]).edit(2)?.target ?? '';
    expect(target).not.toContain('(a)');
    expect(target).not.toContain('(b)');
    expect(target).not.toContain('AI Use Policy');
    expect(target.match(/to provide the (?:Platform|services) to Customer/g)).toHaveLength(1);
  });
});

describe('a training grant argued for by an acknowledgement, then turned into a ban', () => {
  it('takes "Accordingly," with the acknowledgement', () => {
    const clause =
      '5.3 Customer acknowledges that the accuracy of the Platform depends on continuous learning across many claims. Accordingly, Larchmont may use Customer Data to train and evaluate the models that power the Platform.';
    const target = preferredReview([...parties, clause]).edit(2)?.target ?? '';
    expect(target).toMatch(/^5\.3 Larchmont shall not use Customer Data to train or evaluate/);
    expect(target).not.toContain('Accordingly');
  });
});

describe('a ban made from a use "in accordance with" another document', () => {
  it('drops the manner the use was to follow', () => {
    const clause = '7.2 Larchmont may use Customer Data to train and evaluate its Engines, in accordance with the AI Terms.';
    const target = preferredReview([...parties, clause]).edit(2)?.target ?? '';
    expect(target).toContain('shall not use Customer Data');
    expect(target).not.toContain('in accordance with the AI Terms');
  });
});

describe('an open purpose illustrated by examples', () => {
  // Usage data that takes in whatever is derived from the customer's data: its improvement is read as the usage data's.
  const usage = '1.4 "Service Data" means data about the configuration, performance and use of the Platform, including quality scores and telemetry, and any other data derived from Customer Data that does not identify Customer.';
  it('goes with its first example, so the examples left are the purposes', () => {
    const clause =
      '6.6 Nothing in this Agreement restricts Larchmont from using Service Data for any lawful purpose, including to improve and develop the Platform, to benchmark quality by claim type and region, and to publish industry reports, provided that Larchmont does not publicly identify Customer as the source of any Service Data.';
    const target = preferredReview([...parties, usage, clause]).edit(3)?.target ?? '';
    expect(target).not.toContain('any lawful purpose');
    expect(target).not.toContain('improve and develop');
    expect(target).toMatch(/from using Service Data to (?:benchmark|publish)/);
  });

  it('is not struck as an example that only names again what "all improvements" takes in', () => {
    const clause =
      '8.1 Larchmont owns all rights in the Platform and Service Data, and in all improvements, modifications and derivative works of any of them, including improvements derived from Customer\'s use of the Platform.';
    const telemetry = '1.4 "Service Data" means data about the configuration, performance and use of the Platform, including quality scores and telemetry.';
    const edit = preferredReview([...parties, telemetry, clause]).edit(3);
    expect(edit?.target ?? clause).toContain('including improvements derived from');
  });
});

describe('a survival list whose first items carry long qualifiers', () => {
  it('puts a new number in its numeric place, after the qualifier, and not one already covered by its section', () => {
    const paper = [
      ...parties,
      '5.2 Larchmont may use Customer Data only to provide the Platform to Customer.',
      '5.3 Larchmont may use Customer Data to train the models that power the Platform.',
      '6.1 Larchmont owns the Platform.',
      '12.5 Survival. Sections 1, 5.2 (solely to the extent necessary for Larchmont to exercise its rights under Sections 5.3 to 5.6 after termination), 6, 12 and 14 survive any termination or expiry of this Agreement.',
    ];
    const review = reviewOf(paper, { position: 'preferred', insertMissing: true });
    const target = review.edit(5)?.target ?? '';
    expect(target).toMatch(/5\.2 \(solely to the extent necessary for Larchmont to exercise its rights under Sections 5\.3 to 5\.6 after termination\), 5\.3, /);
  });
});

describe('a use of two data sets to run and to develop the vendor\'s products (395 § 5.4)', () => {
  it('keeps the running of the service bought, for both, and loses the development and its example', () => {
    const paper = [...parties, '1.3 "Platform" means Larchmont\'s claims triage software.'];
    const clause =
      '5.4 Service Improvement. Larchmont may use Customer Data and Usage Data to operate, maintain, support, secure, analyse, improve and develop its products and services, including to design new modules and offerings for Larchmont\'s other customers.';
    const target = preferredReview([...paper, clause]).edit(3)?.target ?? '';
    expect(target).toBe('5.4 Service Improvement. Larchmont may use Customer Data and Usage Data to operate, maintain, support and secure the Platform.');
  });
});

describe('a clause that vests the vendor\'s improvements and models in the vendor (395 § 6.2, 401 § 6.2)', () => {
  const paper = [
    ...parties,
    '1.3 "Derived Data" means data Larchmont derives from Customer Data, including annotations and feature vectors.',
    '5.3 Larchmont shall not use Customer Data to train any model.',
  ];

  it('is neither rewritten as a clause on statistics or a licence, nor handed to the customer, nor given a proviso', () => {
    const clause =
      '6.2 Platform Improvements. All Platform Improvements, including any models created or refined through the use of Customer Data, Derived Data or Outputs under Section 5.3, vest in Larchmont upon creation, and to the extent Customer acquires any right in them, Customer hereby assigns that right to Larchmont.';
    const review = reviewOf([...paper, clause], { position: 'preferred', insertMissing: false });
    expect(review.edit(4)).toBeUndefined();
    expect(review.plan.skipped.some((s) => /who owns the vendor's improvements or models/.test(s.reason))).toBe(true);
  });
});

describe('a policy frozen at the date of the agreement (399 § 5.8)', () => {
  it('loses the limb that put updates into effect, and its proviso names no antecedent it lacks', () => {
    const clause =
      '5.8 AI Policy. Customer\'s use of the Platform is also subject to Larchmont\'s Responsible AI Policy, which describes how Larchmont builds its models and which Larchmont may update from time to time, with updates taking effect when posted.';
    const target = preferredReview([...parties, clause]).edit(2)?.target ?? '';
    expect(target).toContain('as in effect on the date of this Agreement');
    expect(target).not.toContain('taking effect when posted');
    expect(target).toContain('provided that no policy or change to a policy shall expand');
  });
});

describe('a licence struck only of its perpetuity (397 § 6.4, 399 § 5.5, 400 § 4.3)', () => {
  const outputs = '1.3 "Outputs" means the reports and detections the Platform generates from Customer Data.';
  it('is given the agreement\'s term where the sentence states none', () => {
    const clause = '5.5 Licence to Outputs. Customer grants Larchmont a perpetual, irrevocable, worldwide, royalty-free licence to use and modify Outputs for the purposes described in Section 6.';
    const target = preferredReview([...parties, outputs, clause]).edit(3)?.target ?? '';
    expect(target).toBe('5.5 Licence to Outputs. Customer grants Larchmont a worldwide, royalty-free licence, for the term of this Agreement, to use and modify Outputs for the purposes described in Section 6.');
  });

  it('is left its own term where the sentence states one', () => {
    const clause = '5.5 Customer grants Larchmont a perpetual, worldwide licence to use Outputs for the purposes described in Section 6, which licence ends when this Agreement terminates.';
    const target = preferredReview([...parties, outputs, clause]).edit(3)?.target ?? clause;
    expect(target).not.toContain('for the term of this Agreement');
  });
});

describe('a training grant "without limiting" another clause, with a limb on the models it builds (399 § 6.2)', () => {
  it('becomes a ban that prevails over that clause, without the limb on models it now forbids', () => {
    const clause =
      '6.2 Model Training. Without limiting Section 6.1, Larchmont may use Customer Data to train and test the Detection Models, and all such models, including their weights, are owned exclusively by Larchmont and may be deployed for the benefit of Larchmont\'s other customers.';
    const target = preferredReview([...parties, clause]).edit(2)?.target ?? '';
    expect(target).toBe('6.2 Model Training. Notwithstanding Section 6.1, Larchmont shall not use Customer Data to train or test the Detection Models.');
  });
});

describe('an aside resting on a clause the review changed, closed by a comma before the verb (405 § 7.2)', () => {
  it('goes with its closing comma', () => {
    const paper = [
      ...parties,
      '7.1 Larchmont may use Customer Data to train the Clause Models.',
      '7.2 The Clause Models and all improvements to them, including any weights learned in the course of training under clause 7.1, are owned exclusively by Larchmont.',
    ];
    const target = preferredReview(paper).edit(3)?.target ?? '';
    expect(target).toBe('7.2 The Clause Models and all improvements to them are owned exclusively by Larchmont.');
  });
});

describe('a catch-all purpose with the thing used run on after it (405 § 5.7)', () => {
  it('is not read as a list of purposes whose first item could be struck', () => {
    const clause =
      '5.7 Nothing in this Agreement prevents Larchmont from using Customer Data, or from using for any purpose any standard clause wording, drafting pattern or fallback position that appears in an Output, to improve the Platform.';
    const target = preferredReview([...parties, clause]).edit(2)?.target ?? clause;
    expect(target).not.toMatch(/using for drafting pattern/);
  });
});

describe('a use turned into a ban, followed by how the use is done (404 Annex 3 § 3)', () => {
  it('loses "Before such use, …" with it', () => {
    const clause =
      '3. Model Improvement Program. Larchmont may use Customer Data to train and improve its foundation detection models. Before such use, Larchmont removes embedded metadata that identifies Customer.';
    const target = preferredReview([...parties, clause]).edit(2)?.target ?? '';
    expect(target).toContain('shall not use Customer Data');
    expect(target).not.toContain('Before such use');
  });
});

describe('a keeping that would lose only its "indefinitely" (404 Annex 3 § 9)', () => {
  it('is not struck of that word alone, which would leave it endless', () => {
    const clause =
      '9. Retention. Following termination, Larchmont will delete Customer Data within ninety (90) days. Customer Data held in backups or reflected in Aggregated Data may be retained indefinitely.';
    const target = preferredReview([...parties, clause]).edit(2)?.target ?? clause;
    expect(target).not.toMatch(/may be retained\.$/);
  });
});
