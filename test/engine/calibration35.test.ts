// Per-clause expectations for the language patterns of calibration round 35 (found reading the first runs of
// agreements 227–228, 2026-12-05). Every clause is our own drafting; each row states the categories it must yield.
import { extractDefinitions } from '../../src/engine/extractDefinitions';
import { expectationRows as rows } from './support';

rows('a use conditioned on a setting stated as on, without saying who turns it on', [
  ['Where the Model Tuning Scheme is enabled for the Customer\'s workspace, Glenbrook may use call recordings to train its speech models.', ['ai-training:risk']],
  ['If model improvement is turned on for your team, we may use your drafts to fine-tune our models.', ['ai-training:risk']],
  // The customer named as the one who turns it on is consent.
  ['Where the Customer has enabled the Model Tuning Scheme, Glenbrook may use call recordings to train its speech models.', ['no-training:protective', 'opt-out:protective']],
  ['If the setting is switched on by you, we may use your drafts to fine-tune our models.', ['no-training:protective', 'opt-out:protective']],
]);

rows('an improvement the vendor makes, defined to include training its models', [
  ['"Service Enhancement" means improving the Platform and building new features, including by training, tuning and testing the machine learning models that power Glenbrook products.', ['ai-training:risk']],
  // A defined use named for something other than improvement may list what is banned.
  ['"Excluded Uses" means training, tuning or testing any machine learning model.', []],
]);

rows('a defined name for derived data, made from the customer\'s data', [
  ['"Anonymised Data" means data derived from Customer Data that does not identify the Customer or any person.', ['aggregated-data:neutral']],
]);

rows('subcontractors with no data or AI in the clause', [
  ['Glenbrook may subcontract the performance of its obligations and remains responsible for its subcontractors.', []],
  ['The Customer may invite architects, surveyors and subcontractors to view its projects.', []],
  // A subprocessor handles the data by definition; so does a subcontractor that processes it.
  ['Glenbrook may engage subprocessors on thirty days\' notice.', ['third-party-ai:neutral']],
  ['Glenbrook may engage subcontractors to process Customer Data for the AI Features.', ['third-party-ai:neutral']],
]);

describe('the customer\'s data term, where no definition is an umbrella over the others', () => {
  const termOf = (...lines: string[]) => extractDefinitions(lines.map((text) => ({ text }))).terms.customerData;
  const PARTIES = 'These Terms are between Glenbrook Ltd ("Company") and the subscriber named in the Order ("Subscriber").';

  it('is not a term made from another, or a part of another, even when defined first', () => {
    expect(
      termOf(
        PARTIES,
        '"Extracted Fields" means the tables and values that the Platform generates from Subscriber Files.',
        '"Site Data" means Subscriber Files relating to a single building site.',
        '"Subscriber Files" means all drawings, photographs and other files uploaded to the Platform by Subscriber.',
      ),
    ).toBe('Subscriber Files');
  });

  it('is still the first defined where none is made from another', () => {
    expect(
      termOf(
        PARTIES,
        '"Subscriber Files" means all drawings and photographs uploaded to the Platform by Subscriber.',
        '"Subscriber Notes" means the comments Subscriber types into the Platform.',
      ),
    ).toBe('Subscriber Files');
  });
});

rows('a numbered title whose noun takes "to" and a verb', [
  ['7. Permission to use Your Content.', []],
  ['12. Licence to Use Client Files.', []],
  // The title leads into the grant, which is read on its own.
  ['7. Permission to use Your Content. You grant us a perpetual licence to use Your Content for any purpose.', ['broad-license:risk', 'service-improvement:risk', 'survival-retention:risk']],
]);

rows('people named only as where the data came from, and a model trained', [
  ['Customer agrees that Sensor Data, including fault notes entered by Customer\'s technicians, may be used by Glenbrook to train and retrain its anomaly detection models.', ['ai-training:risk', 'broad-license:risk']],
]);

rows('a lifted duty to delete the customer\'s data', [
  ['Glenbrook is not required to delete Customer Data that a user has asked to move to a personal account.', ['survival-retention:risk']],
  // A ban on deleting is no keeping the vendor takes.
  ['Glenbrook shall not delete Customer Data without the Customer\'s consent.', ['opt-out:protective']],
]);

rows('a title in capitals', [['DATA PRIVACY AND ARTIFICIAL INTELLIGENCE ADDENDUM', []]]);

rows('an item of a deletion schedule', [
  [
    '9.1 Glenbrook shall delete or de-identify Pupil Data in accordance with the following schedule, and shall not retain Pupil Data for longer than is necessary for the purposes permitted by this Addendum:\n(c) all other Pupil Data: within sixty (60) days after termination or expiration of the Agreement, after first making the Pupil Data available to the School for export in a commonly used format for a period of at least thirty (30) days if the School so requests; and',
    ['deletion:protective'],
  ],
]);

rows('"feedback" naming the control, not feedback given', [
  ['Prompts that users flag using the feedback buttons may be retained for up to 24 months.', ['survival-retention:neutral']],
  ['Glenbrook may use any comments you send through the feedback buttons to improve the Services.', ['service-improvement:risk']],
]);

describe('the name of the document under review, where it collects the vendor\'s terms under another name', () => {
  it('is the part that speaks of itself, not the collection it supplements', () => {
    const terms = extractDefinitions(
      [
        'This Pupil Data Addendum ("Addendum") is made between Thornbury Academy Trust ("Trust") and Pathwise Ltd ("Provider"). This Addendum supplements Provider\'s Terms of Service and any order form accepted by the Trust (collectively, the "Underlying Agreement").',
        '2.1 This Addendum prevails over the Underlying Agreement.',
        '"Pupil Data" means all data about pupils that the Trust provides to Provider under this Addendum.',
      ].map((text) => ({ text })),
    ).terms;
    expect(terms.agreement).toBe('Addendum');
  });
});

rows('a checking verb whose object is how an AI feature performs', [
  ['Glenbrook may use Client Data to evaluate the accuracy of its speech models.', ['service-improvement:risk']],
  // Training beside the check still trains.
  ['Glenbrook may use Client Data to train and evaluate its speech models.', ['ai-training:risk']],
]);
