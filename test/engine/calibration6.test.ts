// Per-clause expectations for the language patterns of calibration round 6 (real vendor terms and whole agreements,
// 2026-12-01). Every clause is our own drafting; each row states the exact categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('data said to persist in a clause the customer acknowledges', [
  ['You acknowledge that your uploads may persist in our backups for up to 60 days.', ['survival-retention:neutral']],
  ['Client acknowledges that Client Data may be retained in archive copies for 35 days.', ['survival-retention:neutral']],
  // The reported clause has a party or a pronoun as its subject: its own actor, as before.
  ['Client agrees that it will not use any Output to train a model.', []],
  ['You acknowledge that we may retain your uploads for 60 days.', ['survival-retention:neutral']],
]);

rows('a promise to notify the customer of a breach', [
  ['9.2 Orrin shall inform the Client without undue delay, and no later than 72 hours, after it becomes aware of a security incident affecting Client Data.', ['confidentiality:protective']],
  ['We will alert you promptly if we discover unauthorised access to your workspace.', ['confidentiality:protective']],
  // The customer's own duty to report misuse of its account, and a breach of contract, are not the vendor's security.
  ['The Client shall notify Orrin promptly of any unauthorised access to its user accounts.', []],
  ['Either party may terminate this Agreement on written notice if the other commits a material breach.', []],
]);

rows('a data use or AI feature that is off by default is the customer’s opt-in', [
  ['On Business plans, the AI Assistant is disabled by default until an account owner switches it on.', ['opt-out:protective']],
  ['Training on workspace content is turned off by default for every plan.', ['no-training:protective', 'opt-out:protective']],
  // A product setting with no data use, and an opt-out of e-mail, are not levers over data.
  ['Dark mode is off by default.', []],
  ['Product newsletters are disabled by default.', []],
]);

rows('the modal of a purpose clause ("so that … can") is not the head', [
  ['Orrin keeps each conversation for the subscription term so that Users can view it again, and keeps copies in its logs for 90 days.', ['survival-retention:neutral']],
  ['We retain call recordings for one year in order that supervisors may review them.', ['survival-retention:neutral']],
]);

// Unrelated lines of whole agreements: termination for breach, fees, app-store purchases.
rows('contract mechanics name no data', [
  ['12.2 The Client may terminate this Agreement only for Orrin’s material breach that remains uncured thirty (30) days after written notice of it.', []],
  ['Subscription fees are invoiced quarterly in advance.', []],
  ['In-app purchases are refunded by the app stores under their own rules, and we cannot refund purchases made through their stores.', []],
  // The same words about data keep their reading.
  ['Files you delete may remain in our backups for up to 30 days.', ['survival-retention:risk']],
  ['We may use your uploads to advance our products.', ['service-improvement:risk']],
]);

rows('a main clause after a clause of time with no comma', [
  ['On expiry the Client may download its files for 14 days, after which Orrin will erase Client Data from its live systems within 30 days.', ['deletion:protective']],
  ['Within 45 days after your subscription ends we will erase your uploads.', ['deletion:protective']],
  ['You may close your account at any time, and when you do we’ll erase your uploads within 30 days.', ['deletion:protective']],
  // A party after a preposition or an article stays inside the condition.
  ['If you switch on Private Mode in Orrin, your chats with Orrin will not be used to improve our models.', ['no-training:protective', 'opt-out:protective']],
]);

rows('an end or a deletion after "after", with any subject', [
  ['Orrin may keep the scores and notes for up to two years after the project is deleted.', ['survival-retention:risk']],
  ['Orrin may use Derived Data after the Order Form expires.', ['aggregated-data:risk', 'survival-retention:risk']],
  // The deletion the clause promises, a period after "after", and keeping only as the law requires stay as they were.
  ['Orrin will erase Client Data within 30 days after the Order Form expires.', ['deletion:protective']],
  ['Orrin may keep prompts for up to 14 days to investigate abuse. After 14 days the prompts are erased.', ['deletion:protective', 'survival-retention:neutral']],
  ['Orrin may retain Client Data after this Agreement ends only for as long as applicable law requires.', ['survival-retention:neutral']],
]);

rows('"customer" naming the vendor’s team, and a condition ended by a colon', [
  ['If you have written to our customer service team: those messages will be stored for up to 12 months after your last message.', ['survival-retention:risk']],
  ['Messages sent to our customer support team are kept for 90 days.', ['survival-retention:neutral']],
  ['We use your messages only to provide customer support.', ['confidentiality:protective', 'no-training:protective']],
]);

rows('a use limited to the purpose the data was given for', [
  ['For the voice feature, we only collect the recordings it needs and only use them for that purpose.', ['confidentiality:protective', 'no-training:protective']],
  ['Orrin shall use Client Data only for the purposes for which it was provided.', ['confidentiality:protective', 'no-training:protective']],
  // A use for the vendor's own ends stays the risk it is.
  ['Orrin may use Client Data to improve its models and for that purpose may keep it for a year.', ['ai-training:risk', 'service-improvement:risk', 'survival-retention:risk']],
]);

rows('the vendor’s own copyright acts over the customer’s content', [
  ['Orrin may reproduce, display, adapt and use Client Content only as needed to run and support the Platform.', ['broad-license:neutral', 'confidentiality:protective', 'no-training:protective']],
  // The vendor licensing its own software to the customer is not a licence over data.
  ['Orrin grants a non-exclusive licence to copy, display and modify the Documentation for internal use.', []],
]);

rows('a privacy law named is not a security measure', [
  ['15.4 Any ambiguity in this Agreement shall be resolved in favour of a meaning that permits the Clinic to comply with HIPAA.', []],
  ['The parties shall amend this Agreement as needed to comply with changes in HIPAA.', []],
  // Applied to the data, or a signed business associate agreement, it protects.
  ['Orrin shall protect PHI as HIPAA requires.', ['confidentiality:protective']],
  ['Orrin will sign a business associate agreement with the Clinic.', ['confidentiality:protective']],
]);

rows('a definition numbered as a schedule’s clause', [
  // "Replies" means what the Assistant returns: the contract's word for outputs, so the definition shapes output rights.
  ['B.2 "Queries" means questions and other text that Users submit to the Assistant to train it on their own style, and "Replies" means what the Assistant returns.', ['output-ownership:neutral']],
]);

rows('a period the customer sets in its settings', [
  ['Orrin erases recordings of closed projects after twelve months, or after any shorter period that you set in your retention settings.', ['deletion:protective', 'opt-out:protective']],
  ['The page layout that you set is saved to your profile.', []],
]);

rows('a provider named by name that data is sent to', [
  ['(c) OpenAI, L.L.C., whose models draft the summaries, and to which the transcript of each meeting is sent; and', ['third-party-ai:risk']],
  // A model company speaking in its own terms stays the vendor.
  ['OpenAI will share such data with its affiliates only to provide the Services.', ['confidentiality:protective', 'no-training:protective']],
]);

rows('"ensure that no …" denies the clause it governs', [
  ['Orrin shall ensure that no subcontractor that hosts language models may use Client Data to train those models.', ['no-training:protective', 'third-party-ai:neutral']],
  ['Orrin warrants that no Client Data will be used to train any model.', ['no-training:protective']],
  // A negation inside a relative clause still describes only.
  ['Orrin may use files that do not contain personal data to train its models.', ['ai-training:risk']],
]);

rows('a "not" and a later prohibition across a comma are no double negative', [
  ['We send our model providers the transcript but not the audio, under terms that prohibit them from training on it.', ['no-training:protective', 'third-party-ai:neutral']],
  ['Nothing prevents Orrin from using aggregated data to improve the Platform.', ['aggregated-data:risk', 'service-improvement:risk']],
]);
