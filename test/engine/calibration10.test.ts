// Per-clause expectations for the language patterns of calibration round 10 (whole agreements read line by line:
// who acts when the customer goes by its own name, and the customer's levers, 2026-12-01). Every clause is our own
// drafting; each row states the exact categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('a name acting beside the vendor\'s capitalised role word is the other party, the customer', [
  ['Hospital may, by notice in writing to Supplier, withdraw the authorisation given in clause 4.2 for Patient Records received after the notice.', ['opt-out:protective']],
  ['Hospital may at any time exclude its Patient Records from the Benchmark Pool by notice to the Supplier.', ['opt-out:protective']],
  // With no role word, a name acting is still the vendor naming itself: its own withdrawal is no lever of the customer.
  ['Orrin may withdraw the authorisation given in clause 4.2 for Patient Records received after the notice.', []],
  // "a Third Party Service Provider" is an outsider, not the vendor's role word: the name still acts for the vendor.
  ['We may share data with a Third Party Service Provider that provides AI services, and Acme will ensure that the Third Party Service Provider does not use it to train its models.', ['no-training:protective', 'third-party-ai:neutral']],
]);

rows('", in which case X will …" is a statement of its own; a deletion named after "despite" is overridden', [
  ['The Studio may request a litigation hold on any project, in which case the Provider will keep the Project Files, despite any deletion request or scheduled purge, until the Studio lifts the hold.', ['survival-retention:neutral']],
  // "Notwithstanding" that opens the sentence, or a comma or modal after it, leaves the deletion promise whole.
  ['Notwithstanding clause 9, Provider shall delete the Project Files within 30 days after termination.', ['deletion:protective']],
  ['Notwithstanding Section 9 the Provider shall delete the Project Files within 30 days after termination.', ['deletion:protective']],
]);

rows('the vendor owning models made from the customer\'s data ("derived in whole or in part from …") is an ownership risk', [
  ['Orrin owns all models and weights derived in whole or in part from Client Data, and nothing in this Agreement gives Client any right in them.', ['output-ownership:risk']],
  // No model made from data, a model made from public data, or the customer owning it: no such risk.
  ['Provider owns the Platform and the Documentation.', []],
  ['Orrin owns its forecasting models, including models trained on publicly available data.', []],
  ['Client owns all models trained on Client Data.', ['confidentiality:protective']],
]);

rows('refining a product\'s algorithms improves the service as well as training a model', [
  ['Orrin may use Sensor Data to operate the Service and to develop and refine the algorithms behind its fault detection.', ['ai-training:risk', 'service-improvement:risk']],
  // A model is still training alone, and a denial stays a promise.
  ['Orrin may use Sensor Data to train and improve our models.', ['ai-training:risk']],
  ['Orrin will not use Sensor Data to develop or refine any algorithm.', ['no-training:protective']],
]);

rows('the one the customer instructs ("you instruct us to use …") does the work in the clauses after the instruction', [
  // The instruction's purpose, after an aside set off by commas, is the vendor's training.
  ['Notwithstanding clause 4.1, you instruct us to use Claim Records, including the outcome of each claim and whether the claim was ultimately paid and closed, to build, validate and recalibrate the scoring models that power our triage features for all customers.', ['ai-training:risk', 'opt-out:protective']],
]);

rows('models "not retrained", "not rebuilt" keep what they learned: no training ban, the data stays in the models', [
  ['Models trained before you switch the setting off are not retrained or rolled back.', ['opt-out:protective', 'survival-retention:risk']],
  ['If you withdraw, any models already built with your Content will not be rebuilt.', ['survival-retention:risk']],
  ['Client may withdraw from the Pool at any time, but forecasts and models created before the exit takes effect may continue to be used and need not be rebuilt.', ['opt-out:protective', 'survival-retention:risk']],
  // Retraining on the customer's data, denied, is still a training ban.
  ['Our models will not be retrained on your Content.', ['no-training:protective']],
]);

rows('"after termination Customer may export …, after which Orrin will delete …": the vendor\'s deletion is a clause of its own', [
  ['For ninety days after expiry Client may download its Sensor Data through the Platform, after which Orrin will delete Sensor Data from its production systems.', ['deletion:protective']],
  // The vendor's material deleted by the customer stays no promise; "after which time" opens no clause of its own.
  ['Upon termination, Client shall cease use of the Software and Documentation and shall delete and remove such items from all servers, workstations and data files.', []],
  ['For thirty days after termination we will give you access to export your Content, after which time your Content will be deleted under our regular deletion schedule.', ['deletion:protective']],
]);

rows('"We do not sell your X, and we (also) use it to train …": the second clause has its own polarity', [
  ['We do not sell your Content, and we also use it to train our models.', ['ai-training:risk', 'confidentiality:protective']],
  ['We do not sell your Prompts, and we use them to train and improve our models.', ['ai-training:risk', 'confidentiality:protective']],
  // A second "not" of its own, or a use limited to the service, stays a promise.
  ['We do not sell your Content, and we do not use it to train our models.', ['confidentiality:protective', 'no-training:protective']],
  ['We will not sell your Content, and we use it only to provide the Service.', ['confidentiality:protective', 'no-training:protective']],
]);

rows('an updatable statement of data use at a web address is a policy by reference', [
  ['Our Data Use Statement at orrin.example/data, which we may update from time to time, describes the Content we use to tune our generation features.', ['ai-training:risk', 'policy-by-reference:risk']],
  // A statement of work, or a statement of fees, is no policy.
  ['Each Statement of Work is governed by this Agreement.', []],
  ['A statement at the end of each month lists the fees due.', []],
]);

rows('"a prohibition on using X to train …" forbids the training as "prohibits" does', [
  ['Vendor shall impose on each subcontractor written obligations, including a prohibition on using Bank Data to train or improve the subcontractor\'s own models.', ['no-training:protective', 'third-party-ai:neutral']],
  ['Our contracts with model providers include a prohibition on using your prompts to train their models.', ['no-training:protective', 'third-party-ai:neutral']],
]);

rows('an opt-out of e-mail whose later clause says the data setting is untouched is no data lever', [
  ['You can unsubscribe from our product news e-mails using the link in any of them; doing so doesn\'t change Model Improvement or any other workspace setting.', []],
  // The data lever named first stays one.
  ['You can opt out of model training in Settings; doing so does not affect your e-mail preferences.', ['ai-training:risk', 'opt-out:protective']],
]);

rows('giving someone a notice hands over no right', [
  ['Client shall give each Patient the notice set out in Schedule B, as Supplier may revise it to reflect changes in law.', []],
  // A licence stays a licence whatever notice it mentions.
  ['You give us a worldwide licence to use your content, without notice to you.', ['broad-license:risk']],
]);

rows('", and does not use X to train …" after an exception is the next promise, not part of what the exception allows', [
  ['Orrin shall ensure that each Subprocessor does not retain Client Data except for up to 30 days for abuse monitoring, and does not use Client Data to train its models.', ['confidentiality:protective', 'deletion:protective', 'no-training:protective', 'third-party-ai:neutral']],
]);

rows('"Client may elect that Client Data shall no longer be used for …" is the customer\'s lever', [
  ['Client may at any time elect that Client Data shall no longer be used for the purposes in clause 5.', ['opt-out:protective']],
]);

rows('data "pooled across" the vendor\'s customers is aggregated data', [
  ['"Shared Signals" means risk scores and other indicators which Orrin derives from Client Data and pools across its customer network.', ['aggregated-data:neutral']],
]);
