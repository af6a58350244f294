// Per-clause expectations for the language patterns of calibration round 9 (whole agreements read line by line:
// negation scope and the frame's verb, 2026-12-01). Every clause is our own drafting; each row states the exact
// categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('"does not <verb>" is the clause\'s verb; a later "which we may …" is a statement of its own', [
  // The denied removal is the clause's act, and what "we may keep" is kept: the risk, not a deletion promise.
  // (The "not" denies the removal only: no ban on training or on the statistics is read from it, since 2026-12-03.)
  ['Closing your workspace does not remove your recordings from models that were trained before the closure, or from the statistics we compiled under clause 5, which we may keep and continue to use.', ['survival-retention:risk']],
  // AI right after "use" is the tool used, not a purpose of the data.
  ['Orrin does not use machine learning in the scheduling of your appointments.', []],
  ['Orrin does not use your recordings to train its models.', ['no-training:protective']],
  // The verb before the comma is still the first clause's own.
  ['We store Client Data only to provide the Platform, and we do not use Client Data to train our models.', ['confidentiality:protective', 'no-training:protective', 'survival-retention:neutral']],
]);

rows('"is not subject to X" says which terms do not apply; a coordinated ", and remain …" has its own polarity', [
  ['Anonymised Statistics are not Client Data, are not subject to clause 9, and remain available to Orrin after the Agreement ends.', ['aggregated-data:risk', 'survival-retention:risk']],
  // Freed from deletion, the statistics are kept: nothing about them is limited.
  ['Anonymised Statistics are not subject to deletion or return when the Agreement ends.', ['survival-retention:risk']],
  // "To the extent that …" is a condition up to its comma; the grant after it is read as before.
  ['To the extent that the processing of Client Data is not subject to the GDPR, Client grants Orrin the right to use Client Data to train its models.', ['ai-training:risk', 'broad-license:risk']],
]);

rows('"X is (also) subject to our … Policy, which explains …": the policy governs, and its relative clause is read', [
  ['Your use of the Platform is also subject to our Data Use Policy at orrin.example/data, which explains the purposes for which we collect and use Client Data, including to improve the Platform, and that policy may be updated by us from time to time.', ['policy-by-reference:risk', 'service-improvement:risk']],
  // Not a policy: "subject to" stays what it was.
  ['Output may include material that is subject to third-party copyrights.', ['output-ownership:neutral']],
]);

rows('an extraction someone attempts ("attempt to extract model weights") is model theft, not data kept in a model', [
  ['The Licensee shall not reverse engineer, decompile or extract the Vendor Models.', []],
  ['You will not use the Platform to build a competing product, attempt to extract model weights from our models, or resell access to the Platform.', []],
  // Data that cannot be taken out of a trained model is still kept in it.
  ['Once your recordings have been used to train our models, they cannot be extracted from those models.', ['survival-retention:risk']],
]);

rows('the vendor\'s own refusal after its modal ("may decline to deploy", "which exclude …") is no opt-out of the customer', [
  ['Orrin may decline to deploy a Custom Model that fails its safety review, in which case it refunds the fee.', []],
  ['The Supplier may use error logs, which exclude call recordings, to maintain and improve its software.', ['service-improvement:risk']],
  // The customer's lever, named after the modal, and a stated off state are still opt-outs.
  ['We will let you opt out of model training in your settings.', ['ai-training:risk', 'opt-out:protective']],
  ['The AI Assistant shall be disabled by default and may be enabled by the Client.', ['opt-out:protective']],
]);

rows('a definition whose term is the AI provider, and that names the customer\'s data sent to it, names the third-party flow', [
  ['2.3 "Model Provider" means a provider of large language model inference named in Schedule 2, through which Orrin sends prompts containing Client Data.', ['third-party-ai:neutral']],
  // Naming no data, or defining the customer's data, it stays a definition that says nothing of its own.
  ['2.3 "Model Provider" means a provider of large language model inference named in Schedule 2.', []],
  ['2.4 "Client Data" means all records the Client uploads, including prompts it sends to any Model Provider.', []],
]);

rows('a model "provided by" a company the vocabulary does not know is an outsider\'s model', [
  ['The Supplier may use the transcription model provided by Quillmark Labs, Inc. to transcribe Client Data.', ['third-party-ai:risk']],
  // The contract's own party, a model the vendor says it developed, or servers (no AI word) name no outside provider.
  ['The Supplier may use the transcription model provided by the Supplier to transcribe Client Data.', []],
  ['The Supplier may use the transcription model developed by Quillmark Labs, Inc. to transcribe Client Data.', []],
]);

rows('a ban on building a competing product from the vendor\'s service or outputs binds the customer, however it is named', [
  ['The Bank shall not use scores or other outputs of the Service to develop or train any credit model intended to replace the Services.', []],
  // Built from the customer's data, the ban binds the vendor: a protection.
  ['Provider shall not use Customer Data to train a competing product.', ['no-training:protective']],
]);

rows('the preamble ("This … Agreement is entered into … between …") names the parties; its title grants nothing', [
  ['This Data Sharing and Model Development Agreement is entered into as of 1 March 2026 between Orrin Ltd and Client plc.', []],
  ['This Data Contribution and Licence Agreement is made as of the date of last signature between Orrin Ltd and Client plc.', []],
  // An operative clause after it is read.
  // The licence to train reads as it does without the preamble (training and the licence); "This Agreement" at the
  // start of the sentence is no company acting (session 36: the run of capitals stops at "This").
  ['This Agreement is entered into between Orrin and Client, and Client grants Orrin a licence to use Client Data to train its models.', ['ai-training:risk', 'broad-license:risk']],
]);

rows('whoever grants the vendor a licence to train, the training is the vendor\'s', [
  // The grantor's name holds a third-party word ("Partner"); the third-party note on it is left for later.
  ['3.1 Data Partner hereby grants to Orrin a non-exclusive licence to copy and use Shared Records to train and evaluate Orrin Models.', ['ai-training:risk', 'broad-license:neutral', 'third-party-ai:risk']],
  // No grant to the vendor: the outsider's own training stays the outsider's.
  ['Any partner may use such records to train its own models.', ['third-party-ai:risk']],
]);

rows('a definition whose relative clause has the vendor and a modal of its own ("…, which Orrin may collect and use …") grants', [
  ['2.5 "Usage Statistics" means counts of how Users interact with the Platform, which Orrin may collect and use to maintain and improve the Platform.', ['aggregated-data:risk', 'service-improvement:risk']],
  // A relative clause without a modal of its own describes; the definition still grants nothing.
  ['2.5 "Usage Statistics" means counts of how Users interact with the Platform that Orrin uses to improve the Platform.', []],
]);

rows('a definition of derived data ("X" means statistical information derived from Client Data …) is noted for review', [
  ['1.4 "Pooled Insights" means statistical information derived from Client Data combined with the data of other clients, so that no client or individual can be identified.', ['aggregated-data:neutral']],
  // Derived data carved out of the customer's data by "does not include" is set apart, and noted too.
  ['1.2 "Client Data" means all records the Client uploads to the Platform, but does not include De-identified Data.', ['aggregated-data:neutral']],
  // Listed as part of the customer's own data, it stays the customer's.
  ['1.2 "Client Data" means all records the Client uploads to the Platform, including anonymised statistics about them.', []],
  // Statistical models are AI, and a statistic named with no data defines no derived data.
  ['1.5 "Orrin Models" means the statistical and machine-learning scoring models developed by Orrin.', []],
  ['"Price Index" means the consumer price index published by the Office for National Statistics.', []],
]);

rows('requiring the vendor "to cease including" data in a pool is the customer\'s lever', [
  ['4.3 The Client may, on three months\' written notice, require Orrin to cease including Client Data in the preparation of Pooled Insights for future periods.', ['opt-out:protective']],
  // The customer named by its own name (read as the one acting): another party is told to stop, no refusal of its own.
  ['4.3 Acme Motors may, on three months\' written notice, require Orrin to cease including Client Data in the preparation of Pooled Insights.', ['opt-out:protective']],
]);
