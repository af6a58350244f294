// Per-clause expectations for the language patterns of calibration round 31 (found reading the first runs of blind32
// and agreements 205–208, 2026-12-04). Every clause is our own drafting; each row states the categories it must yield.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { categoriesOf, expectationRows as rows } from './support';

rows('a lettered recital states facts and wishes; an operative lettered clause is still read', [
  ['(A) The Supplier has built a claims triage platform that uses machine learning, and the Client wishes to licence it.', []],
  ['(B) The Licensee trains language models and wishes to obtain a licence to use the Publisher\'s archive for that work.', []],
  // A modal or a negation makes the clause operative, whatever its marker.
  ['(C) The Supplier shall not use Client Data to train any machine learning model.', ['no-training:protective']],
]);

rows('changing its own feature or model is a change to the service, not training', [
  ['Nimbleware may suspend or modify any AI Feature, or the model behind it, at any time on notice.', []],
  ['Nimbleware may modify its models using Customer Data.', ['ai-training:risk']],
]);

rows('the vendor handing statistics to the customer takes no right over derived data', [
  ['Vendor will provide anonymised bias statistics to Customer on request.', []],
  ['Vendor may use anonymised statistics derived from Customer Data for any purpose.', ['aggregated-data:risk', 'service-improvement:risk']],
]);

rows('consent to an assignment of the contract is no control over data', [
  ["The Supplier may not assign, subcontract or otherwise transfer its rights or obligations under this Agreement without the Client's prior written consent, save for the appointment of subprocessors under clause 9.2.", []],
  ['Vendor may not transfer Customer Data to any third party without Customer\'s prior written consent.', ['confidentiality:protective', 'opt-out:protective']],
]);

rows('a customer word that names a kind of data in a passive clause does not act', [
  // The assent itself reads as the customer's grant; what matters here is that the training is the vendor's.
  ['You acknowledge that player posts submitted to the forum, including posts that are not reported, may be used to train our moderation classifiers.', ['ai-training:risk']],
  ['You agree that patient readings are used to improve our forecasting models.', ['ai-training:risk', 'broad-license:risk', 'service-improvement:risk']],
]);

describe('a flow of data to sub-processors beside the paragraph\'s own flow-down', () => {
  const flow =
    '8.3 The Client provides its general authorisation for the Vendor to engage sub-processors to process Client Data, including the hosting providers and model providers listed on the Vendor\'s sub-processor page.';
  const flowDown = 'Vendor shall bind each sub-processor by a written contract on terms that offer at least the same level of protection for Client Data as this Agreement.';
  it('is governed by the flow-down', () => {
    expect(categoriesOf(`${flow} ${flowDown}`)).not.toContain('third-party-ai:risk');
  });
  it('is still a risk without it', () => {
    expect(categoriesOf(flow)).toContain('third-party-ai:risk');
  });
});

rows('a security document by reference says how the data is protected, not what is done with it', [
  [
    'Vendor will maintain a written information security program containing administrative, physical and technical safeguards designed to protect the security and confidentiality of Client Data, as described in the Vendor Security Overview available at https://vendor.example/security-overview (as updated from time to time).',
    ['confidentiality:protective'],
  ],
  [
    'The Supplier shall implement appropriate technical and organisational measures, including encryption of Personal Data at rest and in transit, multi-factor authentication for privileged access and annual penetration testing, and shall comply with its Information Security Policy as updated from time to time, provided that no update materially reduces the level of protection.',
    ['confidentiality:protective'],
  ],
  // A privacy policy says what is done with the data.
  ['"Privacy Policy" means the Vendor Privacy Policy at vendor.example/privacy, which Vendor may update from time to time.', ['policy-by-reference:risk']],
]);

rows('what the vendor owns of its own, and training stated on other sources', [
  // The outputs name what the vendor's tools make.
  ['Vendor retains all rights in its models, prompt templates and scoring rubrics used to generate Outputs.', ['output-ownership:neutral']],
  ['Vendor owns all Outputs.', ['output-ownership:risk']],
  // The customer's data belongs to the denial; the training stated is on public sources.
  [
    'Vendor does not train its detection models on Client\'s logs or file contents; detection models are trained solely on threat intelligence obtained from public sources.',
    ['no-training:protective'],
  ],
]);

describe('the name of the whole agreement', () => {
  const termOf = (...lines: string[]) => analyzeDocument(lines.map((text) => ({ text }))).terms.agreement;
  it('is the name given to the parts together, not the name of one part', () => {
    expect(termOf('These Enterprise Terms (the "Terms") are between Quillmere Labs, Inc. ("Quillmere") and Harbridge Foods, Inc. ("Customer"). These Terms, each Order Form and the AI Product Terms together form the "Agreement".', 'These Terms apply to the Platform.')).toBe('Agreement');
  });
  it('is the document\'s own name when nothing is named as the whole', () => {
    expect(termOf('These Enterprise Terms (the "Terms") are between Quillmere Labs, Inc. ("Quillmere") and Harbridge Foods, Inc. ("Customer").', 'These Terms apply to the Platform.')).toBe('Terms');
  });
});
