// The contract's own words for its data and itself, where the audits found the review writing in the playbook's:
// an umbrella gathered in a bracket, the "you" voice's own data phrase, a statement of work that is its own contract.
// Clauses are the project's own drafting.
import { extractDefinitions } from '../../src/engine/extractDefinitions';
import { analyzeText } from './support';

const termsOf = (...lines: string[]) => extractDefinitions(lines.map((text) => ({ text }))).terms;

describe('the customer data term', () => {
  test('is the umbrella a bracket gathers over a whole list ("A, B and C (together, "X")"), not the first term defined', () => {
    const terms = termsOf(
      'This Agreement is between Ostrander Freight B.V. ("Client") and Lumenroute GmbH ("Provider").',
      '1.1 "Consignment Data" means waybills, stop lists and delivery notes that Client uploads to the Services.',
      '1.2 "Dock Footage" means video captured by cameras at Client\'s depots.',
      '3.1 Client retains all rights in Consignment Data, Dock Footage and Trailer Telemetry (together, "Client Data"), and Provider retains all rights in the Services.',
    );
    expect(terms.customerData).toBe('Client Data');
  });

  test('is the "you" voice\'s own phrase where terms written to users define none', () => {
    const terms = termsOf(
      'We built Driftnote to help you keep a private diary. We store your entries and your information securely on our servers.',
      'We use your information to run the app and to back up your entries. We never sell your information.',
      'You can export your information at any time, and you can delete your account from the settings page.',
    );
    expect(terms.customerData).toBe('your information');
  });
});

test('a statement of work that calls itself "this SOW" is the agreement the inserted wording names', () => {
  const terms = termsOf(
    'This Statement of Work No. 3 ("SOW") is issued under the Master Services Agreement between Pellham Outfitters, Inc. ("Retailer") and Trivandra Systems Ltd ("Vendor").',
    'Vendor shall deliver the chat assistant described in this SOW by the dates in this SOW.',
    'Retailer may terminate this SOW on thirty days\' notice.',
  );
  expect(terms.agreement).toBe('SOW');
});

test('a customer that requires the vendor to stop collecting feedback exercises a control, and grants nothing', () => {
  const findings = analyzeText('Retailer may by written notice require Vendor to stop collecting star ratings and free-text feedback in the Chat Logs.').findings;
  expect(findings.filter((f) => f.stance === 'risk')).toEqual([]);
});
