// Per-clause expectations for the language patterns of calibration round 16 (misses of blind4, blind5 and the corpus
// grouped into general patterns, 2026-12-02). Every clause is our own drafting; each row states the exact categories
// and stances it must yield.
import { expectationRows as rows } from './support';

rows('"Photos you remove are deleted …": the customer in a relative clause without "that" names the data, it does not act', [
  ['Photos you remove are deleted from our servers within 14 days.', ['deletion:protective']],
  ['Messages you archive are permanently erased from our systems within 30 days.', ['deletion:protective']],
  // The customer before its own modal or auxiliary is still the one the clause is about.
  ['Upon request you will be sent a copy of your records.', []],
  ['Each month you are sent a summary of your account activity.', []],
]);

rows('"your watch history", "stored login credentials", "ID scans": records of a person\'s activity and identity named by their kind are data', [
  ['Your watch history and the playlists you make may be used to train our recommendation models.', ['ai-training:risk']],
  ['We delete stored login credentials and purchase history within 30 days after you close your account.', ['deletion:protective']],
  ['ID scans are erased automatically 48 hours after verification.', ['deletion:protective']],
  ['We will never share your contact details with advertisers.', ['confidentiality:protective']],
  ['Saved searches may be used by us to improve our services.', ['service-improvement:risk']],
  // Entries of a log and results of a search are no one's records.
  ['Entries in the event log are shown on the dashboard.', []],
  ['Search results are shown in order of relevance.', []],
]);

rows('"We limit access to your recordings to the engineers who need it": limiting access is restricting it', [
  ['We limit access to your recordings to the support engineers who need it, and each access is recorded.', ['confidentiality:protective']],
  ['Customer may limit access to the workspace to named users.', []],
  ['The free plan has limited access to premium features.', []],
]);

rows('"If we learn of a breach affecting your data, we\'ll tell you …": a breach named in the condition before the promise to tell', [
  ['If Provider becomes aware of a Security Incident affecting Customer Data, Provider will notify Customer without undue delay.', ['confidentiality:protective']],
  ['If we learn of a data breach affecting your photos, we\'ll tell you within 72 hours.', ['confidentiality:protective']],
  // Telling someone else, or the customer's own duty to tell, is no promise to the customer; "we'll tell you" of
  // anything but a breach is no security promise.
  ['If a security incident occurs, we may inform the police.', []],
  ['If you suffer a data breach, you must notify us within 24 hours.', []],
  ["We'll tell you about new features by email.", []],
]);

rows('"…, including by analysing how Customer Content is structured": the "is" of an embedded question does not head the clause', [
  ['(c) developing new features for our platform, including by studying how Client Files are organised and shared;', ['service-improvement:risk']],
  ['Customer decides how its data is shared with its own users.', []],
  // A question that opens the sentence is its own.
  ['How is my data used?', []],
]);

rows('"… and for no other purpose, including the development of generative models": the list names the other purposes denied', [
  ['Halden shall use Client Records only to deliver the Services and for no other purpose, including the training of machine learning models.', ['confidentiality:protective', 'no-training:protective']],
  // "other purposes, including …" with no "no" grants them.
  ['Halden may use Client Records to train its models and for other purposes, including research.', ['ai-training:risk']],
]);

rows('"Use of Customer Data for model training is not permitted": a use named as the subject is denied by the head\'s "not"', [
  ['Use of Client Records to train machine learning models is not permitted under this Agreement.', ['no-training:protective']],
  ["Training our models on your photos isn't something we do.", ['no-training:protective']],
  // A double negative permits, and a "not limited to" widens: both stay risks.
  ['Use of Client Records to train models is not restricted by this Agreement.', ['ai-training:risk']],
  ['Our use of your photos to improve the app is not limited to the free plan.', ['service-improvement:risk']],
]);

rows('"corrections … are fed back into the engine\'s training set", "we don\'t feed them into any model": data fed into a model trains it', [
  ['Corrections you make to suggested tags are fed back into the tagging model.', ['ai-training:risk']],
  ["Your photos are yours; we don't feed them into any machine learning model.", ['confidentiality:protective', 'no-training:protective']],
  // Fed into anything that is not a model, it trains nothing.
  ['Usage data is fed into our billing system to produce invoices.', []],
  ['We keep your files in Canada and we never feed them into our billing system.', []],
]);

rows('"…, and we purge the underlying data within 28 days": any verb of the vocabulary after ", and we" states something of its own', [
  ['Cancelling hides your page at once, and we remove the page data from our servers within a week.', ['deletion:protective']],
  // The "not" of the first clause does not reach the second.
  ['We do not sell your files, and we delete them when you close your account.', ['confidentiality:protective', 'deletion:protective']],
]);

rows('"Your messages are encrypted, so our staff cannot read them": ", so" opens the consequence as a clause of its own', [
  ['Your notes are encrypted on your device, so our staff cannot read them.', ['confidentiality:protective']],
  ['We do not use your recordings for training, so you do not need to opt out.', ['no-training:protective']],
  // "so long as" and "so that" go on with the clause.
  ['We may use your recordings to train our models, so long as you have not opted out.', ['ai-training:risk', 'opt-out:protective']],
  ['Your recordings are kept on our servers, so that you can replay them later.', ['survival-retention:neutral']],
]);

rows('"If you\'d rather your notes were not used to train …": the contracted "you\'d rather" states the customer\'s wish', [
  ['If you\'d rather your notes were not used to train our models, write to us and we will exclude them.', ['ai-training:risk', 'opt-out:protective']],
  ["If you'd rather not receive newsletters, click unsubscribe.", []],
]);

rows('"Photographers may opt their portfolio out of …": an opt-out split by its object is an opt-out', [
  ['Photographers may opt their portfolio out of our model training programme at any time.', ['ai-training:risk', 'opt-out:protective']],
  // Read as "opt out of …" is: the training the customer may leave, and the lever.
  ['Photographers may opt out of our model training programme at any time.', ['ai-training:risk', 'opt-out:protective']],
  ['We opted for a subscription model out of caution.', []],
]);
