// Per-clause expectations for the language patterns of calibration round 38 (found in the first runs of blind45 and
// agreements 255–258, 2026-12-05): parties named with the article inside the quotes over two paragraphs, exceptions
// with a subject of several words, changes said in the passive, "not yet", customer restrictions under the contract's
// own name for the customer, and opt-ins in the condition before the grant. Every clause is our own drafting; each row
// states the categories it must yield.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { detectFindings } from '../../src/engine/detectFindings';
import { segmentDocument } from '../../src/engine/segmentDocument';
import { modeDefinition } from '../../src/engine/modes';
import { extractDefinitions } from '../../src/engine/extractDefinitions';
import { expectationRows as rows } from './support';

describe('parties given one paragraph each, with the article inside the quotes', () => {
  const paragraphs = [
    'SERVICES AGREEMENT',
    'BETWEEN HALLORAN LEARNING SYSTEMS LIMITED, a company registered in Scotland with number SC400123 ("the Contractor");',
    'AND KILBRECK COUNCIL, a local authority having its offices at Council Buildings, Kilbreck ("the Council").',
    '1.1 "Council Data" means all data which the Council or its Schools enter into the Service.',
    '"Controller" and "Processor" have the meanings given in the UK GDPR.',
    '3.1 The Contractor shall process Council Data only on the documented instructions of the Council.',
  ].map((text) => ({ text }));
  const { terms } = extractDefinitions(paragraphs);

  it('reads the second paragraph\'s party as the customer, not the data-protection role defined later', () => {
    expect(terms.vendor).toBe('Contractor');
    expect(terms.customer).toBe('Council');
  });

  it('writes both parties with their article, as the contract names them', () => {
    expect(terms.articled).toEqual(expect.arrayContaining(['Contractor', 'Council']));
  });
});

rows('an exception whose own subject runs to several words before its modal', [
  ['6.7 Dashcam Data is retained for the retention period selected by Customer in the Platform (by default thirty (30) days for event clips) and then automatically deleted, except that Dashcam Data included in a Risk Model training or evaluation dataset may be retained by Vendor for so long as the relevant Risk Model remains in use.', ['survival-retention:risk']],
  // The exception keeps nothing: no retention is read.
  ['6.4 Camera footage is kept for the period the Customer selects and then deleted, except that the Customer may download it first.', ['deletion:protective']],
]);

rows('a document incorporated by reference that the vendor may change, said in the passive', [
  ['7.2 The Vendor AI Data Statement, which describes how Customer Data is used to develop the Vendor models, is incorporated by reference into this Agreement and may be amended by Vendor on notice through the Platform.', ['policy-by-reference:risk']],
]);

rows('"not yet" inside a deletion promise', [
  // A denial of its own after "that has" still promises: "Customer Data that has not been anonymised shall not …".
  ['Vendor shall delete Customer Data on request, and Customer Data that has not been anonymised shall not be used to train any model.', ['deletion:protective', 'no-training:protective']],
  ['Vendor shall delete the Customer Data of a named employee on request, including from evaluation datasets that have not yet been used to train a released model.', ['deletion:protective']],
]);

describe('a restriction list whose lead-in names the customer by the contract\'s own word', () => {
  const lines = [
    'This Agreement is made between Ledgerline Software Limited ("Ledgerline", "we" or "us") and the accounting practice named in the Order Form ("Practice" or "you").',
    '4.2 The Practice must not, and must ensure that its Users do not:',
    '(a) use the Service in breach of any law;',
    '(b) copy or reverse engineer the Service, or attempt to extract the weights of any model used by the Assistant;',
    '(c) use the Assistant or any Outputs to build or train a product or model that competes with the Service; or',
  ];
  const findings = analyzeDocument(lines.map((text) => ({ text }))).findings;

  it('reads no training by the vendor in the items', () => {
    expect(findings.filter((f) => f.paragraph >= 2 && f.category === 'ai-training')).toEqual([]);
  });
});

rows('"machine-learned" is machine learning', [
  ['5.2 Agency grants Vendor a licence to use Listing Photographs to develop and improve machine-learned features such as room tagging.', ['ai-training:risk']],
]);

describe('an opt-in in the condition that opens the grant, after a "notwithstanding"', () => {
  const lines = [
    'This Agreement is between Quarrell Claims AI Ltd ("Supplier") and Harwick Mutual plc ("Insurer").',
    '"Insurer Data" means all documents and data the Insurer submits to the Services.',
    '4.3 Notwithstanding clause 3.3, where the Insurer has opted in by written instruction, the Supplier may use Insurer Data to fine-tune a model used only for the Insurer.',
  ];
  const training = analyzeDocument(lines.map((text) => ({ text }))).findings.find((f) => f.paragraph === 2 && f.category === 'ai-training');

  it('is training only on the customer\'s own decision', () => {
    expect(training?.scope).toMatch(/^only if Insurer authorises it/);
  });
});

rows('words of data use in their everyday sense', [
  ['12.4 Power cuts. The Venue is responsible for maintaining adequate backup power and a backup generator at the site.', []],
  ['The optional Onboarding Insights module reports on staff retention at 90 and 180 days, based on status updates from the Employer\'s HR system.', []],
  ['Noise Gate applies processing to your uploaded audio. You can fine-tune the settings for each episode before publishing.', []],
  // A copy kept in a backup stays retention.
  ['We keep backup copies of your Uploads for 35 days after you delete them.', ['survival-retention:risk']],
]);

rows('"means" the noun is no definition', [
  ['7.2 Call Summaries and Interaction Analytics produced by the Platform constitute Customer Data, whether or not they were generated by automated means.', []],
]);

rows('a survival that a rider bounds', [
  ['This Agreement is between Kestrel Analytics Ltd ("Vendor") and Ardee Bank DAC ("Bank").\n"Bank Data" means all data Bank submits to the Platform.\nR11 Clause 11.6 is amended so that clauses 4.3 and 4.4 survive for no more than twenty-four (24) months after termination or expiry, and clause 3.1 survives only for so long as Vendor lawfully retains Bank Data under clause 11.4.', ['survival-retention:neutral']],
  ['R12 Clauses 4.3 and 4.4 survive for no more than twenty-four (24) months after termination.', ['survival-retention:neutral']],
  // Unbounded, the survival of the licence stays a risk.
  ['Clause 3.1 (Licence to Customer Data) survives termination of this Agreement indefinitely.', ['broad-license:risk', 'survival-retention:risk']],
]);

rows('a permission to delete after notice, at the vendor\'s discretion', [
  ['If a show on the Free plan publishes no new episodes for twelve months, we may unpublish it and delete its media files after giving the account owner 30 days\' notice.', []],
  // A promise to delete stays one.
  ['We will delete your media files within 30 days after you close your account.', ['deletion:protective']],
]);

rows('people who have received training', [
  ['8.4 The Supplier shall ensure that every reviewer deployed on a Matter has received training on the Client\'s review protocol before starting work.', []],
]);

describe('the cues an everyday phrase takes back', () => {
  const cuesOf = (text: string): string[] => {
    const paragraphs = [{ text }];
    const mode = modeDefinition('customer');
    const { definitions, parties } = mode.readParties(extractDefinitions(paragraphs), paragraphs);
    return detectFindings(paragraphs, segmentDocument(paragraphs), definitions, parties, { rules: mode.rules }).frames.flatMap((f) => f.cues.map((c) => `${c.set}:${c.text}`));
  };

  it.each([
    ['The Venue maintains backup power at the site.', 'backup:backup'],
    ['Staff retention is reported monthly.', 'retainVerb:retention'],
    ['You can fine-tune the settings for each episode.', 'trainVerb:fine-tune'],
    ['Our engineer may need to turn off your supply for an hour.', 'optOutVerb:turn off'],
    ['The summaries are Customer Data, whether or not generated by automated means.', 'definitionCue:means'],
    ['Feedback does not include Customer Content, which remains subject to clause 14.', 'retainVerb:remains'],
    ["Each reviewer has received training on the Client's review protocol.", 'trainVerb:training on'],
  ])('%s has no %s', (text, cue) => {
    expect(cuesOf(text)).not.toContain(cue);
  });

  it('keeps the cue where the word has its data sense', () => {
    expect(cuesOf('Deleted files remain in our backups for 35 days.')).toContain('backup:backups');
    expect(cuesOf('"Service Data" means logs of the use of the Services.')).toContain('definitionCue:means');
  });
});

describe('outsiders named as holders that a deletion reaches', () => {
  const lines = [
    'This Agreement is between Lumenfold Care Pty Ltd ("Lumenfold") and the operator named in the Order Form ("Customer").',
    '"Customer Data" means all resident records and notes Customer enters into the Platform.',
    '"Model Providers" means the third-party providers of large language models that Lumenfold engages for the Platform.',
    '9.4 Within sixty (60) days after termination, Lumenfold will delete all Customer Data in its possession or control, including copies held by Model Providers and sub-processors, and will certify that deletion on request.',
  ];
  const read = analyzeDocument(lines.map((text) => ({ text }))).findings.filter((f) => f.paragraph === 3);

  it('reads the deletion promise and no flow to the providers', () => {
    expect(read.map((f) => `${f.category}:${f.stance}`).sort()).toEqual(['deletion:protective']);
  });
});

describe('a lasting licence that the customer receives', () => {
  const lines = [
    'This Agreement is between Lumenfold Care Pty Ltd ("Lumenfold") and the operator named in the Order Form ("Customer").',
    '"Generated Notes" means the draft care notes the Platform produces for Customer.',
    "3.4 Lumenfold owns the templates and note structures used in Generated Notes, and Customer's rights in those elements are limited to a perpetual, non-exclusive licence to use them for its own audit and record-keeping purposes.",
  ];
  const read = analyzeDocument(lines.map((text) => ({ text }))).findings.filter((f) => f.paragraph === 2);

  it('keeps nothing of the customer\'s for ever', () => {
    expect(read.filter((f) => f.category === 'survival-retention')).toEqual([]);
  });
});

rows('definitions that name outside model providers or a training scheme', [
  ['"Model Provider" means a third party that supplies a large language model or speech-to-text engine that Vendor uses to deliver any part of the Platform.', ['third-party-ai:neutral']],
  ['"Accuracy Programme" means Vendor\'s optional programme under which customer data is used to train and fine-tune the speech models used in the Platform.', ['ai-training:neutral']],
  // The customer's own training is no scheme of the vendor's.
  ['"Permitted Use" means Customer using Output to develop machine learning models for its internal classification tasks.', []],
]);

rows('an account closed for inactivity at the vendor\'s discretion', [
  ["Inactive accounts. If you haven't placed an order or signed in for 24 months, we may close your account and delete any saved projects. We'll email you at least 30 days before we do this.", []],
  // An end the clause opens with still times a deletion.
  ['On termination of this Agreement, Vendor may delete Customer Data.', ['deletion:protective']],
]);

describe('parties named in an order form, and a customer left to the order', () => {
  const names = (...lines: string[]) => extractDefinitions(lines.map((text) => ({ text }))).terms;

  it('does not take a name given to a third party in the customer\'s block as the customer', () => {
    const terms = names(
      'ORDER FORM',
      'Customer: Pecan Grove Restaurants, LLC, a Texas limited liability company operating restaurants under franchise agreements with a third-party franchisor (the "Franchisor").',
      'Provider: Ordervox Systems, Inc., a Delaware corporation ("Ordervox").',
      '1. Customer shall pay the Fees. Ordervox shall provide the Services.',
    );
    expect(terms.customer).not.toBe('Franchisor');
    expect(terms.vendor).toBe('Ordervox');
  });

  it('reads the party named as identified in the order schedule as the customer, not the GDPR role defined later', () => {
    const terms = names(
      'This Licence Agreement is made between Proctorly Ltd, a company registered in England ("Proctorly"), and the higher education institution identified in the Order Schedule (the "Institution").',
      '1.2 References to "Personal Data", "Controller" and "Processor" have the meanings given in the UK GDPR.',
      '4.1 The Institution is the Controller and Proctorly is a Processor of Personal Data in Institution Data.',
    );
    expect(terms.customer).toBe('Institution');
    expect(terms.vendor).toBe('Proctorly');
  });
});

describe('an order form whose party line gives the party its own address', () => {
  it('keeps both labelled blocks ("… with its registered office at …" names no other entity)', () => {
    const terms = extractDefinitions(
      [
        'ORDER FORM',
        'Customer: Harbourline Freight Pte. Ltd., a company incorporated in Singapore, with its registered office at 3 Pier Road ("Customer").',
        'Provider: Tallydeck Pte. Ltd., a company incorporated in Singapore, with its registered office at 9 Quay Street ("Tallydeck").',
      ].map((text) => ({ text })),
    ).terms;
    expect(terms.vendor).toBe('Tallydeck');
    expect(terms.customer).toBe('Customer');
  });
});

rows('a second clause whose subject opens with a determiner and runs on, after an example list', [
  ['Customer grants Vendor a licence to use Learning Data to train the Models, including Models that are made available to other customers, and all such Models and any weights, parameters and improvements resulting from that use are owned exclusively by Vendor.', ['ai-training:risk', 'broad-license:risk']],
]);

describe('a customer named by an initialism, and its say over the vendor\'s terms', () => {
  const lines = [
    'This Agreement is made between Kowhai District Health Board (the "DHB"), and Pukeko Messaging Limited, a company incorporated in New Zealand (the "Supplier").',
    '"Patient Data" means all messages and answers that patients submit to the Services.',
    '2.4 The Supplier may update the Product Terms from time to time, but an update binds the DHB only if the DHB\'s Chief Information Officer has agreed to it in writing, and the DHB may decline any update, including any update that would expand the purposes for which Patient Data may be used.',
  ];

  it('reads the initialism as the customer', () => {
    expect(extractDefinitions(lines.map((text) => ({ text }))).terms.customer).toBe('DHB');
  });

  it('reads no changeable policy and no derived-data use in the customer\'s right to refuse an update', () => {
    const read = analyzeDocument(lines.map((text) => ({ text }))).findings.filter((f) => f.paragraph === 2 && f.stance === 'risk');
    expect(read.map((f) => f.category)).toEqual([]);
  });
});
