// Per-clause expectations for the language patterns of calibration round 14 (whole agreements read line by line:
// recall first, then false positives and stance, 2026-12-02). Every clause is our own drafting; each row states the
// exact categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('"… means the models which the Provider retrains … for all of its clients": a definition that describes pooled training', [
  ['"Risk Signals" means the indicators that the Provider derives from Claims Data and uses to retrain the fraud models it offers to all of its insurer clients.', ['ai-training:risk']],
  ['"Platform Learning" means the retraining of Halden\'s ranking models on Customer Data for the benefit of all of its subscribers.', ['ai-training:risk']],
  ['"Pooled Insights" means the models that Halden trains on Customer Data and makes available across its customer base.', ['ai-training:risk']],
  ['"Service Improvement" means Halden\'s activities to evaluate, tune and retrain the classifiers of the platform used for all of its customers, including by means of Customer Data.', ['ai-training:risk']],
  // A definition that only names the models, or models trained for the customer alone, stays a definition.
  ['"Derived Models" means the neural networks which Halden trains using Customer Data.', []],
  ['"Derived Models" means the neural networks which Halden trains using Customer Data for the Customer alone.', []],
  ['"Vendor Models" means the machine learning models developed by Halden, including retrained versions.', []],
  // The customer's own models, even for all of its customers, are no grant to the vendor.
  ['"Customer Models" means the models which Customer trains on the Platform for all of its customers.', []],
]);

rows('"may retain … to comply with the … Act, and in any event for no longer than six years": a keeping for a legal purpose with a cap is the accepted carve-out', [
  ['Notwithstanding Clause 9, Halden may retain Client Records and Model Outputs for so long as it needs them to comply with its obligations under the Anti-Money Laundering Act, and in any event for no longer than six years.', ['survival-retention:neutral']],
  ['Halden may retain AI Outputs to comply with its legal obligations and for no longer than two years.', ['survival-retention:neutral']],
  // With no cap, with a purpose of the vendor's own beside the legal one, or with no legal purpose, it stays a risk.
  ['Halden may retain Client Records for so long as it needs them to comply with the law.', ['survival-retention:risk']],
  ['Halden may retain Client Records to comply with the law and to train its models, for no longer than five years.', ['ai-training:risk', 'survival-retention:risk']],
  ['Halden may retain Client Records for so long as it wishes.', ['survival-retention:risk']],
]);

rows('"In consideration of the licence granted hereunder, Licensee shall pay …": a licence named as what a payment buys is cited, not granted', [
  ['In consideration of the licence granted under Clause 3, the Customer shall pay the Fees.', []],
  ['In return for the rights granted in this Agreement, Client will pay Halden the Fees set out in the Order Form.', []],
  // A party that grants after the consideration phrase grants here.
  ['In consideration of the Fees, Customer grants Halden a perpetual, irrevocable licence to use Customer Data for any purpose.', ['broad-license:risk', 'service-improvement:risk', 'survival-retention:risk']],
  ['In exchange for access to the Service, you grant us a worldwide, royalty-free licence to use, reproduce and publish your Content.', ['broad-license:risk']],
]);

rows('"Generated Descriptions", "generated summaries": output named by its kind after "generated"', [
  ['Halden owns all Generated Summaries.', ['output-ownership:risk']],
  ['As between the parties, the Customer owns all Generated Translations.', ['output-ownership:protective']],
  ['Generated Designs remain the property of Halden, which may reuse them for other customers.', ['output-ownership:risk']],
  ['The generated transcripts belong to you.', ['output-ownership:protective']],
  // Output deleted is no ownership.
  ['Halden may delete generated summaries after 30 days.', ['deletion:protective']],
]);

rows('"a FedRAMP Moderate Authorization", "background checks on all personnel with access to Customer Data": security named by certification or vetting', [
  ['The Contractor shall obtain before go-live and maintain for the entire term a FedRAMP Moderate Authorization for the platform.', ['confidentiality:protective']],
  ['Halden maintains PCI DSS compliance and a HITRUST certification for the Service.', ['confidentiality:protective']],
  ['Halden shall conduct background checks on all personnel who will have access to Customer Data.', ['confidentiality:protective']],
  // Checks on the service's own members, with no customer data, are no promise about the data.
  ['We may conduct background checks on members who report abuse.', []],
]);

rows('"…, and when it is on we may use …": "on" or "off" after "is" states a setting; the party after it starts the main clause', [
  ['Your account has a "Model Feedback" setting, and when it is on we may use your prompts to refine our language models.', ['ai-training:risk', 'service-improvement:risk']],
  ['When the toggle is on Halden may use Client Records to train its models.', ['ai-training:risk']],
  ['If your Product Improvement setting is on, we may use your prompts to improve our models.', ['ai-training:risk', 'service-improvement:risk']],
]);

rows('"Whatever your Product Improvement setting, we never use …": a control named after the improvement is its topic, not a use', [
  ['Whatever your Product Improvement setting, Halden never uses Client Records to train any model offered to other customers.', ['no-training:protective']],
  // The improvement named as a purpose is still a use.
  ['We use your prompts for product improvement.', ['service-improvement:risk']],
]);
