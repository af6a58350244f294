// Per-clause expectations for the language patterns of calibration round 36 (found reading the lawyer audit of
// agreements 235–236 and the first runs of 237–240, 2026-12-05). Every clause is our own drafting; each row states the
// categories it must yield.
import { extractDefinitions } from '../../src/engine/extractDefinitions';
import { segmentDocument } from '../../src/engine/segmentDocument';
import { categoriesRead, expectationRows as rows } from './support';

describe('a run-on list of definitions', () => {
  const LIST =
    '1.1 In this Agreement: "AI Features" means the drafting assistant of the Platform; "Guides" means Vellacott\'s ' +
    'user guides for the Platform as published from time to time; and "Order" has the meaning given in clause 2.';

  it('is a sentence per definition, each quoting only its own words', () => {
    const sentences = segmentDocument([{ text: LIST }]);
    expect(sentences.map((s) => s.text)).toEqual([
      '1.1 In this Agreement: "AI Features" means the drafting assistant of the Platform;',
      '"Guides" means Vellacott\'s user guides for the Platform as published from time to time;',
      'and "Order" has the meaning given in clause 2.',
    ]);
    for (const s of sentences) expect(LIST.slice(s.start, s.end)).toBe(s.text);
  });

  it('is one sentence where the semicolons divide something other than definitions', () => {
    const text = 'Vellacott will host the data in the EU; it will not move it; "Region" is as stated in the Order.';
    expect(segmentDocument([{ text }]).map((s) => s.text)).toEqual([text]);
  });
});

rows('a definition of the product documentation beside the AI features', [
  ['In this Agreement: "AI Features" means the drafting assistant of the Platform; "Guides" means Vellacott\'s user guides and help-centre articles for the Platform as published from time to time; "Order" means an order form signed by both parties.', []],
  // A policy over the data, defined in the same list, is still one.
  ['In this Agreement: "AI Features" means the drafting assistant of the Platform; "AI Policy" means Vellacott\'s policy on the use of Customer Content by AI Features, as published from time to time.', ['policy-by-reference:risk']],
]);

rows('a definition of confidential information with a reasonable-person test', [
  ['"Confidential Information" means information of a party that is marked confidential or that a reasonable person would understand to be confidential;', []],
  ['Vellacott shall hold the Customer\'s Confidential Information in confidence and shall not disclose it to any third party.', ['confidentiality:protective']],
]);

rows('a duty to test the AI for a quality', [
  ['The Supplier shall test the AI Services for accuracy, robustness and unfair bias before each material release and shall share the results with the Customer.', []],
  // The customer's data used to test the models is still a use of it.
  ['The Supplier may use Customer Data to test the AI models for accuracy.', ['ai-training:risk', 'service-improvement:risk']],
]);

rows('training confined to the service the customer itself receives', [
  ['The Customer authorises the Supplier to use Customer Data to train and fine-tune the Customer Configuration, solely for the purpose of improving the accuracy of the AI Services provided to the Customer.', ['broad-license:neutral']],
  // The same service provided to everyone else as well is the vendor's product.
  ['The Customer authorises the Supplier to use Customer Data to train and fine-tune the Customer Configuration, solely for the purpose of improving the accuracy of the AI Services provided to the Customer and its other customers.', ['ai-training:risk', 'broad-license:neutral']],
]);

rows('ownership of insights pooled across customers', [
  ['The Supplier shall own all rights in Anonymised Insights and may use them for benchmarking.', ['aggregated-data:risk']],
  // Insights produced for the customer are its work product.
  ['The Supplier shall own all rights in the Insights the Platform produces for the Customer.', ['output-ownership:risk']],
]);

rows('a programme the customer takes part in, which is on by default', [
  ['If your account participates in the Lumen Insights Program, which is enabled by default for accounts on our Standard plan, we may use your Inputs to train our machine learning models.', ['ai-training:risk']],
  // Enabling it is the customer's choice.
  ['If you enable the Lumen Insights Program, we may use your Inputs to train our machine learning models.', ['no-training:protective', 'opt-out:protective']],
]);

describe('the contract\'s terms read from a run-on list of definitions', () => {
  const LIST =
    '1.1 In this Agreement: "AI Services" means those elements of the Services which use a Model to extract or summarise content; ' +
    '"Business Day" means a day other than a Saturday or Sunday; "Member" means any member or borrower of the Society; ' +
    '"Authorised Users" means employees of the Society whom it permits to use the Platform; ' +
    '"Outputs" means all fields, summaries and flags produced by the Platform in response to Society Data; ' +
    '"Service Data" means technical logs and system metadata generated by the operation of the Platform, excluding the content of any Output; ' +
    '"Pooled Insights" means statistics derived from Society Data and pooled with the data of other customers; ' +
    'and "Society Data" means all data provided by or on behalf of the Society.';
  const PARTIES = 'This Agreement is between Lodemark Systems Limited (the "Supplier") and Harrowgate Building Society (the "Society").';
  const read = () => extractDefinitions([{ text: PARTIES }, { text: LIST }]);

  it('reads each term from its own meaning, not from the definitions after it', () => {
    const denotes = new Map(read().definitions.map((d) => [d.term, d.denotes]));
    expect(denotes.get('Business Day')).toBe('other');
    expect(denotes.get('Member')).toBe('other');
    expect(denotes.get('Authorised Users')).toBe('other');
    expect(denotes.get('Outputs')).toBe('output');
    expect(denotes.get('Service Data')).toBe('usage-data');
  });

  it('names the customer\'s data, its usage data, its outputs and the whole of the services', () => {
    const { terms } = read();
    expect([terms.customerData, terms.usageData, terms.outputs, terms.services]).toEqual(['Society Data', 'Service Data', 'Outputs', 'Services']);
  });
});

describe('training of the customer\'s own models beside models shared across the customer base', () => {
  const PARTIES =
    'This Agreement is entered into by and between Vantrell Systems, Inc., a Delaware corporation with offices at 12 Mill Road, Duluth, Minnesota 55802 ("Provider"), and Orrin Hale LLP, a New York limited liability partnership with offices at 9 Pearl Street, New York, New York 10004 ("Firm").';
  const read = (clause: string) => categoriesRead(PARTIES, clause);

  it('is training for everyone when the shared models are named too', () => {
    expect(read('Provider may use Inputs and Outputs to train and calibrate the models underlying the AI Features, including Firm-specific models and shared classification models.')).toContain('ai-training:risk');
  });

  it('serves the customer when only its own models are trained, even beside a denial of sharing', () => {
    expect(read('Provider may use Inputs and Outputs to train and calibrate Firm-specific models, which are not shared with other customers.')).not.toContain('ai-training:risk');
  });
});

rows('identifiers removed from data that is then used', [
  ['Before any Input is used for a shared model, Provider will apply its de-identification process to remove client names, party names and matter numbers.', []],
  // Deleting the names themselves at the end is a deletion.
  ['Provider will delete the names and contact details of Authorised Users within 30 days after termination.', ['deletion:protective']],
]);
