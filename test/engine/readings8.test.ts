// Reading patterns met in agreements 37–40 (drafted blind on 2026-12-01, then read): every clause here is our own
// drafting, and each row states the exact categories and stances it must yield.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { expectationRows as rows } from './support';

describe('the GDPR formula keeps data only as Union or Member State law requires', () => {
  const read = (clause: string) => analyzeDocument([{ text: clause }]).findings.filter((f) => f.category === 'survival-retention').map((f) => f.stance);
  it('is retention the law sets, not an open-ended right', () => {
    expect(read('A1.4 The Processor may keep Personal Data after the processing ends only to the extent required by Union or Member State law, and only for as long as so required.')).toEqual(['neutral']);
  });
  it('but keeping after the end for the vendor\'s own ends is still a risk', () => {
    expect(read('A1.4 The Processor may keep Personal Data after the processing ends to improve its analytics.')).toEqual(['risk']);
  });
});

rows('the customer asking the vendor to stop is the customer’s lever', [
  ['Client may ask Halden to stop creating Benchmark Data from Client Data by written notice.', ['opt-out:protective']],
  ['The Customer may require the Supplier to stop using Customer Data for product research.', ['opt-out:protective']],
]);

rows('what the customer may not do to the vendor’s own models keeps nothing', [
  ['You may not use automated means to extract our model weights or system prompts.', []],
  ['You may not copy, or attempt to extract, our models or their weights.', []],
]);

describe('a data term that gathers others ("and together they are …")', () => {
  it('is the contract’s name for the customer’s data', () => {
    const lines = [
      'These terms are between Quillmark Inc. ("we", "us") and you.',
      '"Inputs" are the prompts and files you give the Service, "Outputs" are the text the Service writes for you, and together they are "Your Materials".',
      'We may use Your Materials to operate the Service.',
    ];
    const analysis = analyzeDocument(lines.map((text) => ({ text })));
    expect(analysis.terms.customerData).toBe('Your Materials');
    expect(analysis.definitions.find((d) => d.term === 'Inputs')?.denotes).toBe('customer-data');
    expect(analysis.definitions.find((d) => d.term === 'Outputs')?.denotes).toBe('output');
  });
});

describe('a ban that holds while a control is off, which it is by default', () => {
  const stances = (clause: string) => analyzeDocument([{ text: clause }]).findings.filter((f) => f.category === 'ai-training').map((f) => f.stance);
  it('is an opt-in: no training until the customer switches it on', () => {
    expect(stances('The "Share chats to improve Quillmark" setting is turned off by default, and while it is off we will not use your chats to train our models.')).toEqual([]);
  });
  it('but on by default, the same control is an opt-out: training happens until the customer acts', () => {
    expect(stances('The "Share chats to improve Quillmark" setting is turned on by default, and you can turn it off to stop us training our models on your chats.')).toEqual(['risk']);
  });
});

rows('"Privacy" in the name of a policy document', [
  // The document's name promises nothing; what it incorporates is the risk.
  ['Our Privacy Policy, which forms part of these Terms, describes further ways we use Your Materials, and those uses apply as the Privacy Policy is updated from time to time.', ['policy-by-reference:risk']],
  ['We protect the privacy of Your Materials with encryption at rest.', ['confidentiality:protective']],
]);

rows('"permanently" as the manner of a deletion', [
  ['Call audio is kept for fourteen days after the call so that agents can replay it, after which it is permanently deleted.', ['deletion:protective']],
  // Kept permanently is still open-ended.
  ['Call audio may be kept permanently in our archive.', ['survival-retention:risk']],
]);

rows('a price set by a pricing page', [
  ['The Assistant is charged per User per month at the rate shown on our pricing page, and usage beyond the monthly usage credits is billed at the then-current rate.', []],
]);

rows('a document outside the contract incorporated by reference', [
  ['The Service Terms at quillmark.com/legal, as we update them from time to time, are incorporated into these Terms by reference and describe the further purposes for which we may use Customer Content.', ['policy-by-reference:risk']],
]);

describe('the parties of a preamble', () => {
  const read = (...lines: string[]) => analyzeDocument(lines.map((text) => ({ text })));

  it('reads "(hereinafter the "Vendor", which expression shall … include its successors)" and makes the other party the customer', () => {
    const analysis = read(
      'This Agreement is made BETWEEN Kaveri Analytics Private Limited, having its registered office at Pune (hereinafter the "Vendor", which expression shall include its successors and permitted assigns) AND the lender named in the Schedule (hereinafter the "Lender").',
      'The Vendor shall not use Lender Data to train any model.',
    );
    expect(analysis.parties).toMatchObject({ vendor: 'Vendor', customer: 'Lender' });
  });

  it('gives terms that speak as "we" and name no vendor the vendor "we"', () => {
    const analysis = read(
      'These AI Terms supplement the agreement under which Customer subscribes to the Workspace.',
      'We may use Customer Content only to provide the AI Features, and we will not use it to train our models.',
      'We keep prompts for thirty days, after which we delete them, and we tell Customer if we change our providers.',
    );
    expect(analysis.terms.vendor).toBe('we');
  });
});

rows('a use "not prohibited by law" is every lawful use, not a prohibition (agreements 45–48)', [
  ['Vendor may use Customer Data for any purpose not prohibited by law, including to train its speech models.', ['ai-training:risk', 'service-improvement:risk']],
  ['Vendor may retain De-identified Data for any purpose not otherwise prohibited by applicable law.', ['aggregated-data:risk', 'service-improvement:risk', 'survival-retention:risk']],
]);

rows('how far data is de-identified ("can no longer be identified") negates no use (agreements 45–48)', [
  ['The Supplier may anonymise usage logs so that the user can no longer be identified, and use them to develop and improve its products.', ['aggregated-data:risk', 'service-improvement:risk']],
]);

describe('a data term named after a semicolon ("…; Inputs and Outputs are together "Customer Content"")', () => {
  it('is the umbrella over the terms it lists', () => {
    const lines = [
      'These terms are between Corvane Labs, Inc. ("we") and you.',
      '1.1 "Inputs" are the prompts and files you send to the API; "Outputs" are the results the API returns; Inputs and Outputs are together "Customer Content".',
    ];
    expect(analyzeDocument(lines.map((text) => ({ text }))).terms.customerData).toBe('Customer Content');
  });
});

describe('a contract that calls itself by a name of its own ("this Call-Off Contract")', () => {
  it('is named so in the words the review writes, and "the Framework Agreement" is another document', () => {
    const lines = [
      'This Call-Off Contract is made between the Department for Roads ("Buyer") and Talvern Speech Ltd ("Supplier") under the Framework Agreement.',
      '3.1 The Supplier shall process Buyer Data only to perform this Call-Off Contract.',
      '9.1 On expiry of this Call-Off Contract the Supplier shall delete Buyer Data, as the Framework Agreement requires.',
    ];
    expect(analyzeDocument(lines.map((text) => ({ text }))).terms.agreement).toBe('Call-Off Contract');
  });
});

rows('a licence the vendor takes in ("models that we license from third parties") is no licence of the customer\'s data', [
  ['Your assistant is powered by language models that we license from third parties, currently including Northwind AI, and the text of your messages, together with relevant notes, is sent to those providers so that they can write a reply.', ['third-party-ai:risk']],
  ['You grant us a worldwide, perpetual licence to use the text of your messages for any purpose.', ['broad-license:risk', 'service-improvement:risk', 'survival-retention:risk']],
]);

rows('"remains yours" says who owns the data, not how long it is kept (agreement 47)', [
  ['Your training data remains yours.', []],
  // Where it stays, and for how long, is still retention (for review: the customer's own account bounds it, so it is no
  // open-ended risk since calibration round 29).
  ['Your files remain on our servers for as long as your account is open.', ['survival-retention:neutral']],
]);

rows('aggregating inside a licence kept to serving the customer is no derived-data right', [
  ['Customer grants Harrow a non-exclusive licence to use, copy, modify and aggregate Customer Data solely to provide the Service to Customer.', ['broad-license:neutral']],
  ['Customer grants Harrow a non-exclusive licence to use, copy, modify and aggregate Customer Data for any purpose.', ['aggregated-data:risk', 'broad-license:risk', 'service-improvement:risk']],
]);

rows('a relative clause inside an opening condition leaves the condition on the main clause', [
  ["Subject to the prior written consent of Client's data protection officer, which may be given for one year at a time, Vendor may use Client Data to train its research models.", ['no-training:protective', 'opt-out:protective']],
  ['Unless Client objects in writing, which it may do at any time, Vendor may use Client Data to train its research models.', ['ai-training:risk', 'opt-out:protective']],
]);

rows('the vendor keeping data by a deletion\'s own exception, or by the customer having no right to its deletion', [
  ['After termination the Supplier will delete Client Data, except Client Data already built into its fleet models, which the Supplier may retain.', ['deletion:protective', 'survival-retention:risk']],
  ['After termination the Supplier will delete Client Data, except Client Data it must keep under applicable law.', ['deletion:protective']],
  ['Client shall have no right to require the deletion of any model trained on Client Data.', ['survival-retention:risk']],
  ['Client shall not resell access to the Platform, or extract data from the Platform.', []],
]);

rows('a second verb phrase with its own auxiliary after ", and" has its own polarity', [
  ['Client Data is not used to train models, and is deleted when the Agreement ends.', ['deletion:protective', 'no-training:protective']],
  ['The Supplier shall not use Client Data to train models, and shall be entitled to retain it indefinitely.', ['no-training:protective', 'survival-retention:risk']],
]);

rows('"you also grant" after an opening condition keeps the condition on the grant', [
  ['If you have turned on Model Improvement, you also grant us a licence to use your Prompts to train the models that power the Services.', ['broad-license:risk', 'no-training:protective', 'opt-out:protective']],
]);
