// Per-clause expectations for the language patterns of calibration round 26 (found re-reading the lawyer audit of
// agreements 161–164, 2026-12-03). Every clause is our own drafting; each row states the categories it must yield.
import { analyzeText, categoriesRead, expectationRows as rows } from './support';

rows('an authority to engage sub-processors names who handles the data; it licenses no data', [
  ['4. Subcontracting: the Client authorises the Supplier to engage the following subcontractors:', ['third-party-ai:neutral']],
  ['4. Sub-processors: the Customer authorises the Provider to engage the following sub-processors:', ['third-party-ai:neutral']],
  // An authority over the data itself is still a licence.
  ['The Customer authorises the Provider to copy and process Customer Data for any purpose.', ['broad-license:risk', 'service-improvement:risk']],
]);

rows('a purpose after a dashed aside with verbs of its own is the clause\'s purpose', [
  [
    'We may use usage information — how you and your team use the app, such as the screens opened, the reports you export and the errors shown — to improve and develop our services.',
    ['aggregated-data:risk', 'service-improvement:risk'],
  ],
]);

rows('a data word joined by a hyphen to the next word names a kind of technology, not the data used', [
  [
    'We may use usage information — how you use the app, such as the reports you export — to improve our services, including our document-understanding technology.',
    ['aggregated-data:risk', 'service-improvement:risk'],
  ],
]);

rows('a pronoun reaches past a clause that names nothing to the data named before it', [
  [
    'If you send us ideas or other feedback about our apps, you agree that we may use them without restriction.',
    ['broad-license:risk', 'service-improvement:risk'],
  ],
]);

rows('a licence of the model itself to the customer, under a name the contract never defines', [
  ['Subject to these terms, Brindlewick grants You a worldwide, royalty-free licence to use, copy, modify and distribute the Model and its derivatives.', []],
  // A licence of the customer's data to the vendor is still one.
  ['You grant Brindlewick a worldwide, royalty-free licence to use, copy and modify your prompts to improve the Model.', ['ai-training:risk', 'broad-license:risk']],
]);

describe('a sentence that says when a permission given elsewhere ends grants nothing', () => {
  it('reads no licence in "This permission ends when you delete …"', () => {
    const read = categoriesRead('This permission ends when you delete Your Content or your account, except for copies held in backups for 30 days.');
    expect(read.filter((c) => c.endsWith(':risk'))).toEqual([]);
  });

  it('leaves "When this licence ends" to date the customer\'s own duty', () => {
    expect(categoriesRead('When this licence ends, you must delete every copy of the Software from your devices.')).toEqual([]);
  });
});

describe('a term the customer-data definition lists among its parts is the customer\'s data, whatever its name', () => {
  const definitions = [
    '"Recordings" means the audio of calls made through the Platform, and "Analytics" means the sentiment scores and topic tags the Platform generates from Recordings.',
    '"Client Data" means Recordings, Analytics and all other data the Client or its agents submit to the Platform.',
  ];

  test('"Analytics" listed in "Client Data" is not the vendor\'s usage data', () => {
    const analysis = analyzeText(...definitions);
    expect(analysis.definitions.find((d) => d.term === 'Analytics')?.denotes).toBe('customer-data');
    expect(analysis.terms.usageData).toBeUndefined();
  });

  test('keeping "Analytics" for a period the customer chose keeps nothing for the vendor\'s own ends', () => {
    const clause = 'Recordings and Analytics are retained for the period the Client selects in the administration console.';
    const found = analyzeText(...definitions, clause).findings.filter((f) => f.paragraph === 2);
    expect(found.map((f) => f.rules).flat()).not.toContain('retention-for-own-ends');
    expect(found.filter((f) => f.category === 'aggregated-data')).toEqual([]);
  });

  test('a usage-data term the definition does not list stays usage data', () => {
    const analysis = analyzeText(
      '"Client Data" means the audio of calls and all other data the Client submits to the Platform.',
      '"Platform Analytics" means statistics on how the Platform is used, such as log-in times and error rates.',
    );
    expect(analysis.definitions.find((d) => d.term === 'Platform Analytics')?.denotes).toBe('usage-data');
  });

  test('without the definitions, "analytics" is still a purpose of the vendor\'s', () => {
    expect(categoriesRead('The Supplier may retain call recordings for its own analytics after the Term.')).toContain('survival-retention:risk');
  });
});

rows('"nothing in this Agreement shall require … to retrain" lifts a duty; it forbids no training', [
  [
    'Provider may retain Aggregated Data indefinitely, and nothing in this Agreement shall require Provider to delete or retrain any model trained on that data.',
    ['aggregated-data:risk', 'survival-retention:risk'],
  ],
  // "No model shall be trained on Customer Content" still forbids it.
  ['No model shall be trained on Customer Content.', ['no-training:protective']],
]);

rows('a ban\'s next item after an "other than" limit is the ban\'s own (", or for targeted advertising")', [
  [
    'Tutorly will not use Pupil Data to train artificial intelligence models, to build profiles of pupils for any purpose other than the School\'s teaching, or for targeted advertising.',
    ['confidentiality:protective', 'no-training:protective'],
  ],
]);

rows('a usage-data definition that leaves the customer\'s data out sweeps nothing in', [
  ['"Usage Data" means technical and statistical information about the use and performance of the Services, not including the content of Customer Data.', ['aggregated-data:neutral']],
  // Taken in, it is swept.
  ['"Usage Data" means technical and statistical information about the use of the Services, including Customer Data entered into queries.', ['aggregated-data:risk']],
]);
