// Per-clause expectations for the language patterns of calibration round 25 (found on blind24 after its first run,
// 2026-12-03). Every clause is our own drafting; each row states the exact categories and stances it must yield.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { expectationRows as rows } from './support';

rows('a thing left out inside brackets ("(…, but not the contents of Lab Records)") negates nothing outside them', [
  [
    'Provider may use Service Logs (such as sign-in times and error codes, but not the contents of Lab Records) to maintain and improve the Platform.',
    ['service-improvement:risk'],
  ],
  // The act left out is still read, and still denied: "processed … but not retained".
  ['Prompts are processed to generate a response but not retained.', ['deletion:protective']],
]);

rows('"to enable" a purpose is no switch the customer turns on', [
  [
    'Meter readings and fault codes are sent to Provider to enable remote diagnostics and to improve meter reliability and future firmware.',
    ['aggregated-data:risk', 'service-improvement:risk'],
  ],
  // After a word of choosing it is the customer's lever.
  ['You may choose to enable model training on your Workspace Content in Settings.', ['opt-out:protective']],
]);

rows('the product made "smarter", and material named by its medium ("footage")', [
  ['We use your listening history to make our playlist technology smarter for every subscriber.', ['service-improvement:risk']],
  ['Doorbell footage may be used to train our package-detection models.', ['ai-training:risk']],
]);

rows('people kept up to date in their profession are trained, not models', [
  ['Translators assigned to Client projects keep their accreditation current through continuing professional development, including training on the Client\'s glossary.', []],
  ['Provider will run train-the-trainer sessions for Customer\'s team leaders on reviewing recorded conversations.', []],
]);

rows('a licence the vendor grants the customer over the vendor\'s own model', [
  ['Subject to this Licence, Licensor grants You a worldwide, royalty-free licence to use, copy, modify and distribute the Falcrest-3 Model Weights.', []],
]);

rows('a grant\'s words inside a hyphenated compound ("right-to-work checks") grant nothing', [
  ['Kinds of personal data: names, home addresses, right-to-work documents, call recordings and chat transcripts.', []],
]);

rows('a carve-out from deletion that ends in a right to keep "indefinitely" is the survival the customer must see', [
  [
    '9.4 The deletion duties in this Section 9 do not apply to Statistical Data or to Customer Data already used under Section 6.2, which Provider may retain indefinitely.',
    ['survival-retention:risk'],
  ],
]);

describe('a data-use agreement read for the data holder', () => {
  const PARTIES = 'This Data Licence Agreement is between Harrowgate Health Trust (the "Data Provider") and Quillon Labs Ltd (the "Licensee").';
  const DATA = '1.2 "Licensed Records" means the de-identified patient records that the Data Provider makes available under this Agreement.';
  const risksOf = (clause: string) =>
    analyzeDocument([PARTIES, DATA, clause].map((text) => ({ text })), { mode: 'dua' }).findings.filter((f) => f.paragraph === 2 && f.stance === 'risk').map((f) => f.category);

  it('reads "or for any purpose other than those set out in Section 2.1" as the limit, not a purpose beyond it', () => {
    expect(risksOf('2.5 The Licensee shall not use the Licensed Records to train any model other than the Model, or for any purpose other than those set out in Section 2.1.')).toEqual([]);
  });
  it('reads publishing the results of research using the data as no disclosure of the data', () => {
    expect(risksOf('6.5 The Licensee may publish the findings of its research using the Licensed Records, provided that the Data Provider may first review them.')).toEqual([]);
  });
  it('reads a disclosure limited to what hosting the work needs as no onward disclosure', () => {
    expect(risksOf('7.1 The Licensee may disclose the Licensed Records to its cloud hosting provider to the extent necessary for it to host the Licensed Records and provide compute.')).toEqual([]);
  });
  it('still reads an open disclosure as one', () => {
    expect(risksOf('7.1 The Licensee may disclose the Licensed Records to its affiliates and research partners.')).toEqual(['dua-data-disclosure']);
  });
});

rows('policies incorporated "as updated from time to time" by a sentence that names them only as "both policies"', [
  [
    'Our Privacy Policy explains how we handle personal information, and our AI Policy describes how we use your files to train our models. Both policies, as updated from time to time, form part of these Terms.',
    ['ai-training:risk', 'policy-by-reference:risk'],
  ],
]);

rows('a row of a sub-processor list: a company with its legal form beside an AI word, and no verb', [
  ['Quorvane AI Ltd – large language model inference for ticket summaries – Ireland', ['third-party-ai:neutral']],
  ['Stellmark Transcribe GmbH – speech-to-text transcription of recorded calls – Germany', ['third-party-ai:neutral']],
  // A provider with no AI in its row is still one the data goes to (round 55: the labelled agreements read every
  // sub-processor row so; the finding is neutral and asks nothing of the review). A sentence with a verb that names a
  // company is no such row.
  ['Brightwater Hosting Inc. – data centre hosting – United States', ['third-party-ai:neutral']],
  ['Either party may bring proceedings in the courts where Quorvane AI Ltd has its registered office.', []],
]);

rows('training that a setting "doesn\'t undo" is kept in the models, not promised away', [
  ['Turning the toggle off doesn\'t undo training that has already taken place.', ['opt-out:protective', 'survival-retention:risk']],
  // "cannot be undone" says a deletion is final.
  ['Closing your account is permanent and cannot be undone.', []],
]);

rows('a purpose set off by a condition between commas ("and, unless you switch it off, to help our AI features learn")', [
  [
    'We use your ledgers to run the app for you and, unless you switch it off in Settings, to help our AI features learn.',
    ['ai-training:risk', 'opt-out:protective'],
  ],
]);

rows('a ban\'s next purpose after "for any purpose other than …," is the ban\'s own', [
  [
    'Provider shall not use Pupil Data for behavioural advertising, for any purpose other than providing the Services, or to train machine-learning models.',
    ['confidentiality:protective', 'no-training:protective'],
  ],
]);

rows('outputs named by their kind and by the vendor\'s tool, owned by the vendor ("are our property")', [
  ['Caption drafts and bio rewrites produced by Quipster are our property.', ['output-ownership:risk']],
  ['Keyword tags and graphical abstracts generated by Marlcote\'s AI tools are owned by Marlcote.', ['output-ownership:risk']],
]);

rows('levers and duties in other words ("withdraw your permission", "sanitize")', [
  [
    'You may at any time withdraw your permission for Trip Data to be used to train our route-planning models.',
    ['ai-training:risk', 'opt-out:protective'],
  ],
  ['At contract closeout the Contractor shall sanitize all copies of Agency Data, including backups, and certify the sanitization.', ['deletion:protective']],
]);

rows('audit59 (162): staff training, a flow-down that bans training, and a hosting row of a sub-processor list', [
  // "quality-assurance staff" names the people; "the analytics dashboard" is a screen of the product.
  [
    '"Analytics" means the scores and tags that the Services generate from Call Data.\nThe Provider shall provide training to the Customer\'s supervisors and quality-assurance staff in the use of the analytics dashboard.',
    [],
  ],
  [
    'The Provider shall ensure that each sub-processor is bound by written terms, and that no sub-processor uses Customer Data to train its own models.',
    ['no-training:protective', 'third-party-ai:neutral'],
  ],
  ['(b) Harrowmere Hosting Ltd | hosting and storage of Call Data and Transcripts | Leeds, United Kingdom;', []],
]);

rows('a vendor\'s power to modify the contract itself, said to reach the customer\'s data', [
  [
    'Provider may modify these Terms from time to time, including the purposes for which Provider processes Customer Data, by giving thirty days\' notice.',
    ['policy-by-reference:risk'],
  ],
  // Without the customer's data named, a notice clause about the terms is not read.
  ['Provider may modify these Terms from time to time by giving thirty days\' notice.', []],
]);

rows('a duty denied ("does not require Vendor to retrain") forbids no training', [
  [
    'Leaving the programme applies to Inputs processed after the setting is disabled and does not require Vendor to retrain models trained before that date.',
    ['ai-training:risk'],
  ],
]);
