// Readings the review plan relies on (issue 9): the words a contract uses when it never defines them, data made
// from the customer's data is not the customer's data term, and the clauses the review writes read as protections.
import { extractDefinitions } from '../../src/engine/extractDefinitions';
import { analyzeText, categoriesOf } from './support';

const sorted = (text: string) => [...new Set(categoriesOf(text))].sort();

describe('contract words taken from usage', () => {
  test('undefined parties and data are named as the contract names them, determiners aside', () => {
    const { terms } = extractDefinitions([
      { text: 'The Supplier may host Client Content on the Platform.' },
      { text: 'The Supplier shall return Client Content to the Client on request.' },
    ]);
    expect(terms).toMatchObject({ vendor: 'Supplier', customer: 'Client', customerData: 'Client Content' });
  });

  test('data made from the customer data by a whole clause is defined by that clause, not by its last list item', () => {
    const { definitions } = extractDefinitions([
      { text: '"Client Content" means the files Client uploads.' },
      { text: 'The Supplier may combine Client Content with the data of other clients into aggregated form that does not identify Client, any User or any individual ("Aggregate Data").' },
    ]);
    expect(definitions.find((d) => d.term === 'Aggregate Data')?.meaning).toContain('Client Content');
  });

  test('a contract that writes "this agreement" in lower case is called so in inserted wording', () => {
    const { terms } = extractDefinitions([
      { text: 'This agreement is made between Larkspur Cloud Ltd ("Supplier") and Fenwood Partners LLP ("Client").' },
      { text: 'Either party may end this agreement on notice, and this agreement then ends.' },
    ]);
    expect(terms.agreement).toBe('agreement');
  });

  test('a contract that calls itself "these terms" in lower case is known by those words', () => {
    const { terms } = extractDefinitions([
      { text: 'These terms are between you and Quillmoor Ltd ("Quillmoor", "we" or "us").' },
      { text: 'We may change these terms, and by using the app you accept these terms.' },
    ]);
    expect(terms.agreement).toBe('terms');
  });

  test('data the vendor derives from the customer data is not the customer data term', () => {
    const { terms, definitions } = extractDefinitions([
      { text: 'The Supplier may compile anonymised statistics from Client Content ("Derived Data"). The Supplier owns Derived Data.' },
    ]);
    expect(definitions.find((d) => d.term === 'Derived Data')?.denotes).toBe('other');
    expect(terms.customerData).toBe('Client Content');
  });
});

describe('parties named in the contract’s own way', () => {
  test('the one company left in a two-party contract is the vendor, however far its name sits from its bracket', () => {
    const { terms } = extractDefinitions([
      { text: 'This Agreement is between Quarrel Analytics Ltd., a company registered in England under number 01234567 whose office is at 4 Mill Lane, Leeds ("Quarrel"), and the organisation named in the Order ("Subscriber").' },
    ]);
    expect(terms).toMatchObject({ vendor: 'Quarrel', customer: 'Subscriber' });
  });

  test('a bracket of names ("Ostrava," "we," "us," or "our") makes them all the vendor, and the voice is we/you', () => {
    const text = 'These Terms are between you and Ostrava Labs, Inc. ("Ostrava," "we," "us," or "our"). You own your files; we host your files for you, and we delete your files when you ask us to. Your account is yours.';
    const { terms, parties } = extractDefinitions([{ text }]);
    expect(parties.vendorAliases).toEqual(['Ostrava', 'we', 'us']);
    expect(terms).toMatchObject({ vendor: 'Ostrava', voice: 'we-you' });
  });

  test('names listed before "mean" are one party: \'"Brackwater", "we", "us" and "our" mean Brackwater Labs, Inc.\'', () => {
    const text = 'These Terms govern your use of the Brackwater app. "Brackwater", "we", "us" and "our" mean Brackwater Labs, Inc. "You" and "your" mean the person or organisation using the app. You own your files; we host them for you.';
    const { terms, parties } = extractDefinitions([{ text }]);
    expect(parties.vendorAliases).toEqual(expect.arrayContaining(['Brackwater', 'we', 'us']));
    expect(terms.vendor).toBe('Brackwater');
  });

  test('a heading in capitals is not a definition, and a DPA calls itself by its own name', () => {
    const { terms, definitions } = extractDefinitions([
      { text: 'DATA TERMS: SUMMARY' },
      { text: 'This Data Processing Addendum ("this DPA") applies whenever Processor handles Personal Data on behalf of Controller.' },
    ]);
    expect(definitions.map((d) => d.term)).not.toContain('DATA TERMS');
    expect(terms.agreement).toBe('this DPA');
  });
});

describe('clauses a review writes', () => {
  test('a provider flow that needs the customer’s prior consent is not a third-party AI risk', () => {
    expect(sorted('Provider may pass Customer Data to an outside model provider only with Customer’s prior written consent.')).not.toContain('third-party-ai:risk');
    expect(sorted('Provider may pass Customer Data to outside AI model providers to run the assistant features.')).toContain('third-party-ai:risk');
  });

  test('a proviso that keeps derived data anonymous and out of training makes it a safeguard', () => {
    expect(sorted('Provider may compile aggregated figures from Customer Data, provided that such figures do not identify Customer or any person and are not used to train any machine-learning model.')).toEqual(['aggregated-data:protective']);
    expect(sorted('Provider may compile aggregated figures from Customer Data and use them for any purpose.')).toContain('aggregated-data:risk');
  });

  test('a feedback licence that carves out the customer data is not an improvement risk', () => {
    expect(sorted('Provider may use Feedback to improve the Services, except that this clause does not apply to Customer Data.')).toEqual([]);
  });

  test('a lasting feedback licence that carves out the customer data keeps none of it, even where feedback is made on outputs', () => {
    const carvedOut =
      'Ratings and corrections that Users make to Answers are "Feedback", and Client grants Provider a perpetual, irrevocable licence to use Feedback for any purpose, except that this clause does not apply to Client Materials.';
    expect(sorted(carvedOut).filter((c) => c.startsWith('survival-retention'))).toEqual([]);
    expect(sorted(carvedOut.replace(/, except that .*$/, '.'))).toContain('survival-retention:risk');
  });
});

describe('a negation inside brackets', () => {
  test('describes what the brackets qualify and leaves the clause around it positive', () => {
    expect(sorted("8.2 The Client may appoint an auditor (not being a competitor of the Supplier) to audit the Supplier's use of Client Files.")).toEqual(['audit:protective']);
    expect(sorted('8.2 The Supplier shall not use Client Files (including any copies) to train any model.')).toContain('no-training:protective');
  });
});

describe('a negated duty', () => {
  test('"does not require us to remove content already used for training" keeps the content in models; it bans nothing', () => {
    const read = sorted('Switching the setting off does not require Supplier to remove Client Files already used for training.');
    expect(read).toContain('survival-retention:risk');
    expect(read).not.toContain('no-training:protective');
    expect(read).not.toContain('ai-training:risk');
  });
});

describe('a licence kept to serving the customer', () => {
  test.each([
    ['The Institute grants the Contractor a non-exclusive, royalty-free licence for the Term to use, copy and modify the Institute Data solely to the extent necessary to perform the Services.', []],
    ['Customer grants Vendor a licence to use, copy, adapt and translate Customer Materials only as required to provide the Services to Customer.', []],
    // Publishing is wide whatever the purpose; modifying for the vendor's own products is an improvement.
    ['Customer grants Vendor a licence to modify and publish Customer Materials solely to provide the Services.', ['broad-license']],
    ['Customer grants Vendor a licence to use and modify Customer Materials to provide the Services and to improve its products.', ['broad-license', 'service-improvement']],
  ])('%s', (clause, risks) => {
    const found = analyzeText(clause).findings.filter((f) => f.stance === 'risk').map((f) => f.category);
    expect([...new Set(found)].sort()).toEqual(risks);
  });

  test('"royalty-free" is a term of the licence, not a free plan the finding is limited to', () => {
    const [finding] = analyzeText('Customer grants Vendor a perpetual, royalty-free licence to use Customer Materials for any purpose.').findings.filter((f) => f.category === 'broad-license');
    expect(finding?.scope).toBeUndefined();
    const [free] = analyzeText('For free plans, we may use your content to train our models.').findings.filter((f) => f.category === 'ai-training');
    expect(free?.scope).toContain('free');
  });
});

test('"paid" as the verb of a payment ("invoices paid by the Society") is no paid plan the finding is limited to', () => {
  const [kept] = analyzeText('The Supplier may keep Ledger Data and records of invoices paid by the Society after this Agreement ends.').findings.filter((f) => f.category === 'survival-retention');
  expect(kept?.stance).toBe('risk');
  expect(kept?.scope).toBeUndefined();
  const [paid] = analyzeText('On paid plans, we may keep your content after your account is closed.').findings.filter((f) => f.category === 'survival-retention');
  expect(paid?.scope).toContain('paid');
});

test('feedback the service writes for its users is its output, not the customer\'s feedback to the vendor', () => {
  const risks = (clause: string) => analyzeText(clause).findings.filter((f) => f.stance === 'risk' && f.category === 'service-improvement');
  expect(risks('The Supplier may generate tutor answers and personalised feedback on each essay using models hosted by its cloud provider.')).toEqual([]);
  expect(risks('The Supplier may use any feedback the College gives about the Services to improve the Services.').length).toBeGreaterThan(0);
});

test('a permission the customer withdraws is a right taken back, not a licence to the vendor', () => {
  const risks = (clause: string) => analyzeText(clause).findings.filter((f) => f.stance === 'risk').map((f) => f.category);
  expect(risks('Supplier may list the Council as a customer in its brochures, and the Council may withdraw that permission at any time by notice.')).toEqual([]);
  expect(risks('The Council grants Supplier a perpetual, irrevocable licence to use Council Data for any purpose, and that permission survives termination.')).toContain('broad-license');
});
