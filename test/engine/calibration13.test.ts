// Per-clause expectations for the language patterns of calibration round 13 (whole agreements read line by line:
// recall first, then false positives and stance, 2026-12-02). Every clause is our own drafting; each row states the
// exact categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('"… and we also use them to train …", "…, and also uses it …": a clause that adds or contrasts does not inherit the "not"', [
  ['Halden does not sell your Prompts and we also use them to train our models.', ['ai-training:risk', 'confidentiality:protective']],
  ['Halden does not rent Client Records, and also uses them to train its models.', ['ai-training:risk', 'confidentiality:protective']],
  ['We will never share your Inputs and we also rely on them to tune our models.', ['ai-training:risk', 'confidentiality:protective']],
  ['We do not sell your Prompts, but we do use them to train our models.', ['ai-training:risk', 'confidentiality:protective']],
  ['Halden will not sell Client Records; however, Halden may use Client Records to train its machine learning models.', ['ai-training:risk', 'confidentiality:protective']],
  ['We do not sell your Prompts, and we will also use your Prompts to train our models.', ['ai-training:risk', 'confidentiality:protective']],
  // A second "not" of its own keeps the promise; a list after ";" with no subject still shares the "not".
  ['We do not use your Prompts to train our models and also do not sell them.', ['confidentiality:protective', 'no-training:protective']],
  ['Halden will not use Client Records to train any model, and we also will not sell them.', ['confidentiality:protective', 'no-training:protective']],
]);

rows('"You will not receive any payment for Inputs we use to train …": a payment denied neither promises nor grants the use it names', [
  ['We will not pay you or give you any credit for Content we use to train our models.', []],
  ['No compensation will be paid to you for Your Content used to improve our models.', []],
  ['Client is not entitled to any royalty or other compensation for Client Records used to develop Halden\'s models.', []],
  ['You will not receive any payment or credit for any Inputs we use to train our models.', []],
  // A promise of its own after the payment clause still counts; a use denied before any payment word is still denied.
  ['You will not receive any payment for Feedback, and we will not use your Content to train our models.', ['no-training:protective']],
  ['Halden shall not use Client Records to train models, and no fees are payable for the Platform during the pilot.', ['no-training:protective']],
]);

rows('"Ownership of all Results vests in the Client", "rights … pass to the Client", "copyright … shall remain with Provider": the owner is the party title passes to', [
  ['Ownership of all Reports vests in the Customer upon creation.', ['output-ownership:protective']],
  ['All rights in the generated images pass to the Customer upon their creation.', ['output-ownership:protective']],
  ['Title to every Output transfers to Customer when the Fees are paid.', ['output-ownership:protective']],
  ['The copyright in any output produced by the Service shall remain with Provider.', ['output-ownership:risk', 'survival-retention:neutral']],
  ['All rights in Outputs rest with the Provider.', ['output-ownership:risk']],
  // Data (not title) passing to someone is no ownership (a subprocessor note, as before).
  ['Customer Data may pass to our subprocessors for hosting.', ['third-party-ai:neutral']],
]);

rows('"access restrictions on a need-to-know basis", "logically segregated", "a breach affecting its data": security promises named by the measure', [
  ['Halden shall take appropriate secrecy measures, in particular access restrictions on a need-to-know basis and written confidentiality undertakings from all persons involved.', ['confidentiality:protective']],
  ['Halden will restrict access to Member Records to staff with a need to know.', ['confidentiality:protective']],
  ['Client Records are logically segregated from the data of Halden\'s other customers.', ['confidentiality:protective']],
  ['Halden uses role-based access for personnel who handle Client Records.', ['confidentiality:protective']],
  ['Halden will notify the Client without undue delay after becoming aware of a breach affecting Client Records.', ['confidentiality:protective']],
  // The customer's own duties, a ban on the customer and a breach of contract are no security promise of the vendor.
  ['You must not circumvent access restrictions of the Platform.', []],
  ['The Customer shall notify Halden of any breach affecting the Platform.', []],
  ['Either party may terminate for a material breach affecting the other.', []],
]);

rows('"Termination shall not affect the Supplier\'s right to …", "Nothing in this clause requires …": a denied effect or duty leaves the right standing', [
  ['Expiry or termination of this Agreement shall not affect the Provider\'s right to continue using the Aggregated Data.', ['aggregated-data:risk', 'broad-license:risk', 'survival-retention:risk']],
  ['Termination shall not affect Halden\'s obligation to delete Client Records under clause 9.', ['deletion:protective']],
  ['Halden will not use Client Records to train models, and termination does not affect this obligation.', ['no-training:protective']],
  ['This clause does not affect your rights under data protection law.', []],
  ['Nothing in this clause requires Halden to remove Client Records already incorporated into its models.', ['survival-retention:risk']],
  // A permission denied by "nothing" is still a ban.
  ['Nothing in this Agreement permits Halden to use Client Records to train its models.', ['no-training:protective']],
]);

rows('"free to use … the know-how acquired in performing this Agreement": a residuals clause keeps what the vendor learned from the customer', [
  ['Notwithstanding clause 4, Halden remains free to use for its business the general learnings, experience and know-how acquired in performing this Agreement.', ['service-improvement:risk']],
  ['Halden may use the know-how and ideas it gains in the course of providing the Services to improve its offerings.', ['service-improvement:risk']],
  // The vendor's own know-how, with no engagement named, is its IP.
  ['Halden owns the know-how and ideas embodied in the Platform.', []],
]);

rows('"shall hand back all Client Records": returning the data in plain words', [
  ['At the end of the engagement, the Supplier shall hand back all Client Records and keep no copies.', ['deletion:protective']],
  ['Halden will hand back the Member Records within 30 days of termination.', ['deletion:protective']],
  // The customer handing back the vendor's equipment returns no data.
  ['The Client shall hand back any Halden laptops at the end of the engagement.', []],
]);
