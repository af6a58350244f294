// Per-clause expectations for the language patterns of calibration round 52 (first runs on blind76 and agreements
// 377–382, 2026-12-06): a definition whose relative clause, after an aside, gives the vendor a use is a grant; words
// that by their neighbour name something else ("your store", "penetration testing", "training on drafting",
// "incorrect statistical values"); a duty to assist the customer grants nothing; the whole named at the end of a list
// of its parts is the agreement. Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('a definition whose relative clause gives the vendor a use', () => {
  it('grants, even after an aside and a verb joined to the permission', () => {
    const found = analyzeDocument(
      [
        'This Agreement is between Furrowline Machinery Ltd ("Furrowline") and Penrose Farms LLP ("Customer").',
        '"Field Data" means yield maps and moisture readings recorded by the Equipment, which, as between the parties, Furrowline owns and may use for any purpose, including training its crop-forecasting machine-learning models.',
      ].map((text) => ({ text })),
    ).findings;
    expect(found.filter((f) => f.paragraph === 1).map((f) => `${f.category}:${f.stance}`)).toContain('ai-training:risk');
  });

  it('grants where the vendor and its permission follow the pronoun directly', () => {
    const found = analyzeDocument(
      [
        'This Agreement is between Furrowline Machinery Ltd ("Furrowline") and Penrose Farms LLP ("Customer").',
        '"Field Data" means yield maps recorded by the Equipment, which Furrowline may use for any purpose, including training its crop-forecasting machine-learning models.',
      ].map((text) => ({ text })),
    ).findings;
    expect(found.filter((f) => f.paragraph === 1).map((f) => `${f.category}:${f.stance}`)).toContain('ai-training:risk');
  });

  it('still only defines where the relative clause names no permission', () => {
    expect(categoriesOf('"Field Data" means yield maps and moisture readings which, as between the parties, the Grower owns.')).not.toContain('ai-training:risk');
  });
});

describe('words that by their neighbour name something else', () => {
  it('reads "your store" as a shop, not keeping data', () => {
    expect(categoriesOf('The Service uses machine learning to choose which products to show each visitor to your store and how to rank search results.')).not.toContain('survival-retention:risk');
    expect(categoriesOf('We may store Customer Data in Canada after termination for twelve months.')).toContain('survival-retention:risk');
  });

  it('reads "penetration testing" as a security check, not improvement', () => {
    expect(
      categoriesOf('We maintain safeguards to protect Customer Data, including encryption at rest, access logging and annual independent penetration testing.'),
    ).not.toContain('service-improvement:risk');
  });

  it('reads "training on drafting" as teaching people, and "training on existing records" as training a model', () => {
    expect(categoriesOf('The Supplier must provide training sessions for up to 20 Authorised Users, including practical training on writing effective Prompts.')).not.toContain('ai-training:risk');
    expect(categoriesOf('The Supplier may use Prompts for training on existing records to improve its models for all customers.')).toContain('ai-training:risk');
  });

  it('reads "incorrect statistical values" in an accuracy disclaimer as mistakes, not derived data', () => {
    expect(categoriesOf('The Customer acknowledges that Outputs may contain errors, including invented citations or incorrect statistical values.')).not.toContain('aggregated-data:risk');
  });
});

describe('a duty to help the customer', () => {
  it('grants the vendor no use of what it describes', () => {
    const found = categoriesOf('9.4 The Supplier shall assist the Client with any data protection impact assessment of the AI Services, including by describing each model used and the results of its accuracy testing.');
    expect(found).not.toContain('service-improvement:risk');
    expect(found).not.toContain('ai-training:risk');
  });

  it('leaves a permission given in the same sentence', () => {
    expect(categoriesOf('The Supplier shall assist the Client with onboarding and may use the Client Data to improve its products for other clients.')).toContain('service-improvement:risk');
  });
});

describe('the agreement named after its parts', () => {
  it('is the whole, not the addendum defined among them', () => {
    const analysis = analyzeDocument(
      [
        'These Harbourline Platform Terms (these "Terms") are entered into by Harbourline Inc. ("Harbourline") and the customer named in the Order Form ("Customer"). These Terms, together with each Order Form and the Data Processing Addendum attached as Exhibit A (the "DPA"), constitute the "Agreement".',
        'Capitalized terms used but not defined in this DPA have the meanings given in the Terms.',
      ].map((text) => ({ text })),
    );
    expect(analysis.terms.agreement).toBe('Agreement');
  });
});

describe('outputs classed as the customer\'s data (blind77 first run)', () => {
  it('are the customer\'s, with the protections its data has', () => {
    expect(categoriesOf('Summaries and tags generated by the Services ("Generated Content") constitute Customer Data for all purposes of this Agreement.')).toContain('output-ownership:protective');
    expect(categoriesOf('Outputs shall be deemed Customer Data.')).toContain('output-ownership:protective');
  });

  it('are not, where the clause denies it', () => {
    expect(categoriesOf('Outputs do not constitute Customer Data.')).not.toContain('output-ownership:protective');
  });
});

describe("a ban on training with an exception for the customer's private model (blind77 first run)", () => {
  it('stays a ban', () => {
    const found = categoriesOf("Tonality shall not use Recordings to train any artificial intelligence model, save for the Customer's private scoring model, which is trained solely on that Customer's data.");
    expect(found).toContain('no-training:protective');
    expect(found).not.toContain('ai-training:risk');
  });

  it('is reopened by an exception for a model offered to every customer', () => {
    expect(categoriesOf('Tonality shall not use Recordings to train any artificial intelligence model, except to train the scoring model it offers to all of its customers.')).toContain('ai-training:risk');
  });
});

describe('two parties named only by their own names (386 first run)', () => {
  const opening = [
    'Parties',
    'Marrowgate Mutual Limited ABN 11 222 333 444 of 1 Harbour Street, Sydney ("Marrowgate").',
    'Quillon Analytics Pty Ltd ACN 555 666 777 of 2 River Road, Melbourne ("Quillon").',
    'A. Marrowgate is an insurer regulated under the Insurance Act and holds claims and policy data about its customers.',
    'B. Quillon provides consulting services and operates a machine learning platform used to build pricing models.',
  ];

  it('are told apart by the recitals: the data holder is the customer, the model builder the vendor', () => {
    const { parties } = analyzeDocument(opening.map((text) => ({ text })));
    expect(parties.customerAliases).toEqual(['Marrowgate']);
    expect(parties.vendorAliases).toEqual(['Quillon']);
  });

  it('stay unread where the recitals say neither', () => {
    const { parties } = analyzeDocument(opening.slice(0, 3).map((text) => ({ text })));
    expect(parties.customerAliases).toEqual([]);
  });
});
