// Per-clause expectations for the language patterns of calibration round 28 (found reading the first runs of blind28
// and agreements 181–184, 2026-12-04). Every clause is our own drafting; each row states the categories it must yield.
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
