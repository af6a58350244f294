// Per-clause expectations for the language patterns of calibration round 24 (found on agreements 145–148 after their
// first runs, 2026-12-03). Every clause is our own drafting; each row states the exact categories and stances it must
// yield.
import { analyzeText, categoriesRead, expectationRows as rows } from './support';

rows('a choice named only to be overridden ("even if you have switched it off", "whether or not Customer has opted out")', [
  [
    'Photos you share on the Community Board may also be used as set out in Section 9, even if you have switched off the "Improve Panfry" setting.',
    ['service-improvement:risk'],
  ],
  [
    'Even if you opt out, we will still use flagged conversations to train our safety models.',
    ['ai-training:risk'],
  ],
  // The same choice as a real lever stays a protection.
  [
    'Photos you share on the Community Board will not be used as set out in Section 9 if you have switched off the "Improve Panfry" setting.',
    ['opt-out:protective'],
  ],
  // "select whether or not you want us to …" asks for the choice; nothing concedes (the lever stays, beside the
  // training that runs until the customer says no).
  [
    'From your profile you can select whether or not you want us to use your recipes to train our recommendation models.',
    ['ai-training:risk', 'opt-out:protective'],
  ],
  // A concession about something that is no choice over data changes nothing.
  ['Even if you opt out of promotional messages, we will still send you receipts and service notices.', []],
]);

rows('data pooled with other customers\' data under any name ("combine them with metrics from other customers")', [
  [
    "Vendor may take usage measures from Client's Dashboards and combine them with metrics from other clients to publish Industry Benchmarks.",
    ['aggregated-data:risk'],
  ],
]);

rows('keeping data apart or in confidence is security, not retention', [
  ['Vendor shall keep Customer Data logically separated from the data of other customers.', ['confidentiality:protective']],
]);

describe('a sentence that takes up the grant before it ("It continues after you close your account")', () => {
  it('keeps the grant alive past the exit, as if it named the licence', () => {
    const clause = 'You give us permission to store and show your photos so that we can run the app. It continues after you close your account for photos already shared with other members.';
    expect(categoriesRead(clause)).toContain('survival-retention:risk');
  });
  it('but not where nothing was granted before it', () => {
    expect(categoriesRead('We keep a log of your sign-ins. It remains available to you for 90 days after you close your account.')).not.toContain('survival-retention:risk');
  });
});

rows('reading the clause around asides, compounds and relatives (blind23)', [
  // The data opens the sentence as its subject; the "you" inside it acts in nothing.
  ['Your purchase history, device signals and the way you use Shopwren help train our machine-learning systems that rank offers.', ['ai-training:risk']],
  // "listener-engagement events" is a noun, and the modal of the relative after the comma is the relative's.
  [
    "Publisher grants Wavecrest the right to use Publisher Logs, including playlist context and user-engagement events, to develop and train Wavecrest's recommendation models, which may be offered to any broadcaster.",
    ['ai-training:risk', 'broad-license:risk'],
  ],
  ['Member Data may also be used by Oatfield to help its systems learn, for example to sharpen fraud alerts for every member.', ['ai-training:risk']],
]);

rows('protections in the vendor\'s voice that name the customer as an owner or the people in the data (blind23)', [
  [
    '8.1 The Processor shall keep the Client Data confidential, shall process it only on the Client\'s documented instructions and shall ensure that its staff are bound by confidentiality.',
    ['confidentiality:protective', 'no-training:protective', 'opt-out:protective'],
  ],
  ['Oatfield shall not attempt to re-identify any individual from Member Data.', ['confidentiality:protective']],
]);

rows('"… after your session ends and we never use it for training": a second statement with its own no inside a condition', [
  [
    "4.2 Offline Mode. When you draft in Offline Mode, we don't keep Your Content after your session ends and we never use it for training, whatever your other settings are.",
    ['deletion:protective', 'no-training:protective'],
  ],
  // A condition that opens the sentence keeps its second limb: "If … and you don't …, we …" (the use the condition
  // leaves on is read as the opt-out regime it is).
  ['If History is off and you do not send us a rating, Quillory does not use your drafts to train its models.', ['ai-training:risk', 'opt-out:protective']],
]);

rows('"Customer agrees that Provider may use …": the agreement is as wide as the permission it agrees to', [
  ['Customer agrees that Provider may use Customer Data to host and support the Services.', ['broad-license:neutral']],
  ['Customer agrees that Provider may use Customer Data to develop new products.', ['broad-license:risk', 'service-improvement:risk']],
]);

describe('definitions and bans laid out as a UK contract lays them out (agreement 154)', () => {
  const lines = [
    'This agreement is between Brackenly Research Limited ("the Provider") and Tidewell LLP ("the Firm").',
    '1.1 The following definitions apply in this agreement. "Firm Data": all queries, uploaded documents and other materials input into the Platform by the Firm.',
    '7.1 The Provider is the processor of any personal data included in the Firm Data ("Firm Personal Data").',
    '5.2 The Provider shall not, and shall procure that its sub-processors shall not:',
    '(a) use any Firm Data to train or otherwise improve any machine-learning model; or',
    '(b) disclose Firm Data to any third party.',
  ];
  const analysis = analyzeText(...lines);

  it('reads the first definition after the sentence that introduces the list', () => {
    expect(analysis.terms.customerData).toBe('Firm Data');
  });

  it('reads each item under a bare "shall not:" as a ban, never as the use it forbids', () => {
    const item = analysis.findings.filter((f) => f.paragraph === 4).map((f) => `${f.category}:${f.stance}`);
    expect(item).toContain('no-training:protective');
    expect(item).not.toContain('ai-training:risk');
  });
});
