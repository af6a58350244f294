// Per-clause expectations for the language patterns of calibration round 28 (found reading the first runs of blind28
// and agreements 181–184, 2026-12-04). Every clause is our own drafting; each row states the categories it must yield.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { expectationRows as rows } from './support';

rows('a customer restriction lead-in that opens the sentence governs every item after it', [
  [
    "You agree not to: (a) use the app in a way that breaks the law; (b) copy our lesson library; or (c) use the app's responses to build or train a rival tutoring product or AI model.",
    [],
  ],
  [
    'Customer shall not: (i) reverse engineer the Platform; or (ii) use any Output to develop a machine learning model that competes with the Platform.',
    [],
  ],
  // The vendor's own promise in the same form is still read.
  ['We will not: (a) sell your recordings; or (b) use your recordings to train our speech models.', ['confidentiality:protective', 'no-training:protective']],
]);

rows('a term defined in single quotes, as UK drafting writes it, is a defined term', [
  [
    "'Platform Learning Purposes' means the use of Tenant Records, including rent histories and repair requests, to develop, train and test Harrowgate's forecasting models.",
    ['ai-training:risk'],
  ],
  [
    "As between you and Quayline, you own the summaries and action lists the Service generates for your meetings ('Meeting Notes'), and we assign to you any right we may have in Meeting Notes.",
    ['output-ownership:protective'],
  ],
]);

rows('ownership in plain words: "are yours", and what the service "generates for you"', [
  ['Mixes you create with Tunewell are yours.', ['output-ownership:protective']],
  ['Your voice notes remain yours, and we use them only to run the app.', ['confidentiality:protective']],
  ["We don't claim ownership of anything the coach generates for you.", ['output-ownership:protective']],
  // Feedback the service writes for the customer is its output, not the customer's ideas handed over.
  ['You also own the hints and feedback the tutor generates for you.', ['output-ownership:protective']],
  // Feedback the customer sends about such output is still feedback.
  ['If you send us feedback about what the app generates for you, we may use it freely.', ['service-improvement:risk']],
]);

rows('a team named by its work is people: the work word before it is no act on data', [
  ["1. The Services comprise: (a) transcription of Call Recordings; and (b) dashboards and exports for the Customer's quality assurance team.", []],
  // The team that reviews the data is still no reason to miss the training it serves.
  ['Clips recorded by your cameras may be reviewed by our team and used to help our systems learn to tell people from pets.', ['ai-training:risk']],
]);

rows('a deletion clause is not read as keeping: "archive" naming a price or a span, ", however," inside a verb group', [
  [
    '14.2 Within 45 days after the Firm confirms that the export has arrived, or after the end of any archive period, the Supplier shall permanently delete the Case Data and all Case Models from the Platform, and backups containing that Case Data shall expire in accordance with clause 9.3.',
    ['deletion:protective'],
  ],
  // "will not, however, be removed": the "not" still reaches the verb after the aside.
  ['Redacted transcripts used in model training will not, however, be removed from models already trained.', ['survival-retention:risk']],
  ['We do not train on your data, however, we may keep it for thirty days after you close your account.', ['no-training:protective', 'survival-retention:risk']],
]);

describe('a deletion that reaches the vendor’s sub-processors is still the vendor’s own', () => {
  const missingOf = (lines: string[]) => analyzeDocument(lines.map((text) => ({ text }))).missing.map((m) => m.category);
  const PARTIES = 'This agreement is between Harrowfield Ltd (the "Provider") and Calder & Finch LLP (the "Client").';
  const DATA = '1.1 "Client Materials" means documents the Client uploads to the Platform.';

  it('counts "delete … from the Platform and from the systems of its sub-processors" as the deletion', () => {
    const deletion = '10.3 On termination the Provider shall within 30 days delete all Client Materials from the Platform and from the systems of its sub-processors.';
    expect(missingOf([PARTIES, DATA, deletion])).not.toContain('deletion');
  });

  it('still finds the vendor’s own deletion missing where only its providers must delete', () => {
    const flowDown = '8.2 The Provider shall require each model provider not to use Client Materials to train its models and to delete them within 30 days.';
    expect(missingOf([PARTIES, DATA, flowDown])).toContain('deletion');
  });
});

rows('a model trained only on the customer’s data and barred from everyone else is the customer’s', [
  [
    '6.1 Each Case Model shall be trained only on Case Data from a single Case and shall not be used to rank documents for any other client of the Supplier.',
    [],
  ],
  // A purpose limit with a promise about other customers is still a grant to train.
  [
    '3.3 Customer authorizes Vendor to use Check Data to train and improve the Models, provided that such use is limited to fraud prevention and Vendor does not use such data to identify any person to any other customer.',
    ['ai-training:risk', 'broad-license:risk'],
  ],
]);
