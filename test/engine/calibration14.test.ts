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
