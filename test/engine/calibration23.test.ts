// Per-clause expectations for the language patterns of calibration round 23 (found on blind22 and agreements 137–144
// after their first runs, 2026-12-03). Every clause is our own drafting; each row states the exact categories and
// stances it must yield.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { expectationRows as rows } from './support';

rows('"acknowledges that A, and that B": the second thing acknowledged is a clause of its own, modal or not', [
  [
    'This Agreement is between Tollgate Payments Inc. ("Company") and the merchant named in the Order ("Merchant").\nMerchant acknowledges that Company retrains the Risk Models using Merchant Data, and that the Risk Models are used to score payments of all merchants.',
    ['ai-training:risk'],
  ],
  // A ban in the first clause stays a ban.
  [
    'This Agreement is between Tollgate Payments Inc. ("Company") and the merchant named in the Order ("Merchant").\nMerchant acknowledges that Company does not retrain the Risk Models using Merchant Data, and that the Risk Models are used to score payments of all merchants.',
    ['no-training:protective'],
  ],
]);

describe('a role word the contract gives to an outside supplier ("Model Provider" means a third-party provider …)', () => {
  const preamble = 'This Agreement is between Quarrystone Software, Inc. ("Quarrystone") and the entity named in the Order Form ("Customer").';
  it('is not the vendor: the party named in the preamble is', () => {
    const lines = [preamble, '1.6 "Model Provider" means a third-party provider of large language models that Quarrystone engages to generate Suggestions.'];
    const { terms } = analyzeDocument(lines.map((text) => ({ text })));
    expect(terms.vendor).toBe('Quarrystone');
  });
  it('nor is an "AI Provider" defined by what it supplies', () => {
    const lines = [preamble, '1.2 "AI Provider" means the supplier of the language models behind the Assistant.'];
    expect(analyzeDocument(lines.map((text) => ({ text }))).terms.vendor).toBe('Quarrystone');
  });
  it('while a party defined in the preamble by a role word stays the vendor', () => {
    const lines = ['This Agreement is between Quarrystone Software, Inc. (the "Service Provider") and the entity named in the Order Form ("Customer").'];
    expect(analyzeDocument(lines.map((text) => ({ text }))).terms.vendor).toBe('Service Provider');
  });
});

rows('copyright verbs in a licence the vendor grants to the customer ("Larkmoor grants You a licence to use, reproduce, distribute …")', [
  [
    "Grant of Rights. Subject to this Licence, Larkmoor grants You a non-exclusive, worldwide, non-transferable and royalty-free limited licence under Larkmoor's intellectual property embodied in the Harbour Materials to use, reproduce, distribute, copy, create derivative works of, and make modifications to the Harbour Materials.",
    [],
  ],
  // The customer granting the same rights to the vendor is the broad licence.
  ['You grant Larkmoor a worldwide, royalty-free licence to use, reproduce, distribute and modify Your Content for any purpose.', ['broad-license:risk', 'service-improvement:risk']],
]);

rows('staff trained as the object of "train" ("shall train its support and engineering staff …, and keep records of such training")', [
  ['Provider shall train its support and engineering staff annually on secure data handling, and shall keep records of completion of such training.', []],
  // A model trained on the data is still training.
  ['Provider shall train its routing models on Customer Data, and shall keep records of such training.', ['ai-training:risk', 'survival-retention:risk']],
]);

rows('a model the proviso keeps for the customer alone ("provided that such classifier is used only for the Client\'s matters")', [
  [
    'This Agreement is between Wexcombe Review LLP (the "Provider") and Tarn Holdings plc (the "Client").\n5.3 The Provider may train a matter-specific classifier on coding decisions made on Client Materials, provided that such classifier is used only for the Client\'s matters and is deleted at the end of the matter.',
    [],
  ],
  // A proviso that keeps only the data's identity back still lets the model serve everyone.
  [
    'This Agreement is between Wexcombe Review LLP (the "Provider") and Tarn Holdings plc (the "Client").\n5.3 The Provider may train its review classifiers on coding decisions made on Client Materials, provided that only anonymised decisions are used.',
    ['aggregated-data:risk', 'ai-training:risk'],
  ],
]);

rows('know-how the vendor licenses to the customer ("the Provider grants the Client a … licence to use them") is no feedback', [
  [
    'This Agreement is between Wexcombe Review LLP (the "Provider") and Tarn Holdings plc (the "Client").\n6.3 To the extent any Provider Tools or Know-How are incorporated in a Deliverable, the Provider grants the Client a non-exclusive, perpetual, royalty-free licence to use them as part of that Deliverable.',
    [],
  ],
]);

rows('a vendor whose name ends like a plural ("Corvallis", "Nimbus") is still the one acting', [
  ['Corvallis may use the call records it receives to retrain the ranking models behind its services.', ['ai-training:risk']],
  // A plural common noun stays no company: partners acting are outsiders, which is the third-party risk.
  ['Partners may use Customer Data to retrain their ranking models.', ['third-party-ai:risk']],
]);

rows('data "combined with data of other customers" is pooled, so derived', [
  [
    'Brackwater may strip caller names from Call Records and combine them with data of other customers to publish industry benchmarks.',
    ['aggregated-data:risk'],
  ],
]);

rows('"a Model Provider", "an AI Provider" name the model\'s supplier, not the vendor by its role', [
  [
    "Larchmont shall not use Customer Content to train or otherwise improve any machine learning model, whether its own or a Model Provider's, except as Customer elects under Section 4.5.",
    ['no-training:protective'],
  ],
]);

rows('what anonymised work teaches ("Anonymised Learnings", "aggregated findings") is derived data', [
  ['The Provider may use Anonymised Learnings to improve its review methodologies and to develop new services.', ['aggregated-data:risk']],
]);

rows('models "for Customer\'s account" serve that customer alone, as do models kept for its workspace', [
  [
    "This Agreement is between Kestrel Analytics, Inc. (\"Provider\") and Marlow Freight LLC (\"Customer\").\nProvider may use Customer Data to train the models that power the Forecasting Features for Customer's account.",
    [],
  ],
  // Data taken from the customer's account to train the vendor's models is still training.
  [
    "This Agreement is between Kestrel Analytics, Inc. (\"Provider\") and Marlow Freight LLC (\"Customer\").\nProvider may use data from Customer's account to train the models that power the Forecasting Features.",
    ['ai-training:risk'],
  ],
]);

rows('a heading the contract marks as one ("8. Audit", "EXHIBIT B – SUBPROCESSORS") names a topic, promising and granting nothing', [
  ['8. Audit', []],
  ['6. Data Protection', []],
  ['EXHIBIT B – SUBPROCESSORS', []],
  // A heading that says no is read as the statement it makes.
  ['12. No Training on Customer Data', ['no-training:protective']],
  // A short instruction in title case is no heading.
  ['Untick ‘Allow Data For AI’ in Seller Settings.', ['opt-out:protective']],
]);

rows('the setting turned off with its noun between ("may turn the setting off")', [
  [
    'A Customer administrator may turn the setting off at any time, after which Provider will not use Customer Data for model improvement.',
    ['no-training:protective', 'opt-out:protective'],
  ],
]);

describe('a data-sharing agreement between two parties read on the same side (a "University" and a "Company")', () => {
  const lines = [
    'This Agreement is between the Board of Regents of Tamarack University (the "University") and Fernleaf Learning, Inc. (the "Company").',
    '1.1 "Course Data" means records of student activity that the University makes available to the Company under this Agreement.',
    '4.3 The University grants the Company a non-exclusive, non-transferable licence during the Term to use Course Data solely to conduct the Project.',
  ];
  const analysis = analyzeDocument(lines.map((text) => ({ text })), { mode: 'dua' });
  it('takes the one that grants the licence of the data, and makes it available, as the data holder', () => {
    expect(analysis.terms.customer).toBe('University');
    expect(analysis.terms.vendor).toBe('Company');
  });
  it('reads a non-transferable licence to the recipient as no disclosure of the data', () => {
    expect(analysis.findings.filter((f) => f.stance === 'risk').map((f) => f.category)).toEqual([]);
  });
});

rows('a model named for the customer ("the Bank-Specific Model") is its own: training it serves the customer', [
  [
    'This Agreement is between Halden Converse Limited (the "Supplier") and Northmoor Bank plc (the "Bank").\n5.2 The Supplier shall create the Bank-Specific Model by fine-tuning the relevant Supplier Model using Conversation Logs.',
    [],
  ],
  [
    'This Agreement is between Halden Converse Limited (the "Supplier") and Northmoor Bank plc (the "Bank").\n4.3 The Supplier shall not use Bank Data to train any Supplier Model, save that the Supplier may use Conversation Logs to fine-tune the Bank-Specific Model.',
    ['no-training:protective'],
  ],
  // The vendor's own models trained on the same logs stay a training grant.
  [
    'This Agreement is between Halden Converse Limited (the "Supplier") and Northmoor Bank plc (the "Bank").\n5.2 The Supplier may fine-tune the Supplier Models using Conversation Logs.',
    ['ai-training:risk'],
  ],
]);

rows('a verb after "models that we" describes the models ("models that we build and train ourselves"), granting nothing', [
  ['Our editing tools are powered by machine learning models that we build and train ourselves.', []],
  // After a reporting verb, "that we train" is what is acknowledged: a use of the data.
  ['You acknowledge that we train our models on Your Content.', ['ai-training:risk']],
]);
