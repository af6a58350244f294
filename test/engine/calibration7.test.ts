// Per-clause expectations for the language patterns of calibration round 7 (AI addenda, trust centres, UK/IE/AU/IN/SG
// DPAs and privacy notices, 2026-12-01). Every clause is our own drafting; each row states the exact categories and
// stances it must yield.
import { expectationRows as rows } from './support';

rows('a modal or "be" inside parentheses belongs to the aside, not the clause', [
  ['We use your reviews and the messages you send to sellers (which may be checked automatically) to run the shop and to improve our services.', ['service-improvement:risk']],
  ['We analyse your uploads (which can be large) to improve our services.', ['service-improvement:risk']],
  // The clause's own modal still decides.
  ['We may use your reviews (which are public) to improve our services.', ['service-improvement:risk']],
]);

rows('"save" is the British "except", and an exception with its own subject and modal is a clause of its own', [
  ['Orrin shall not use Client Data to train any model, save with the Client\'s prior written consent.', ['no-training:protective', 'opt-out:protective']],
  ['Orrin shall not use Client Data to train any model, save where the Client has opted in.', ['no-training:protective', 'opt-out:protective']],
  // "save that they shall …" binds in its own right: the duty goes on (a survival), nothing is kept.
  ['The confidentiality duties in clause 7 continue for three years after termination, save that they shall continue indefinitely for trade secrets.', ['confidentiality:protective', 'survival-retention:neutral']],
  ['Orrin will not use Client Data to train any model, except that it may keep copies for abuse monitoring for 30 days.', ['no-training:protective', 'survival-retention:neutral']],
  // "turns on" is the customer's opt-in as "turn on" is.
  ['Orrin will not use Client Data to train any model, except to the extent the Client turns on the model improvement setting.', ['no-training:protective', 'opt-out:protective']],
]);

rows('a clause that opens with its modal has no subject of its own, whoever the passive names after "by"', [
  ['Client Data is hosted in the United Kingdom and will not be used by Orrin or any subcontractor to train a model.', ['no-training:protective', 'third-party-ai:neutral']],
  // A clause with a subject of its own keeps its reading.
  ['Client Data is hosted in the United Kingdom and Orrin will not use it to train a model.', ['no-training:protective']],
]);

rows('an exception inside one item of a list ends where the next item starts', [
  ['8.2 Orrin shall not use Student Data (a) to train any artificial intelligence model, (b) to build a profile of a student other than for the School\'s educational purposes, or (c) to target advertising to students.', ['no-training:protective']],
  // A list inside the exception ("unless: (i) …; (ii) …") is the exception's own: it goes on.
  ['Orrin will delete all Client Data within thirty days, unless: (i) Orrin is required by law to keep it; or (ii) the Client has asked Orrin to keep it.', ['deletion:protective']],
  // A condition inside item (a) no longer swallows items (b) and (c) and the "indefinitely" they share.
  ['Orrin may retain (a) copies of Client Data in backup media until they are overwritten, (b) the samples used for evaluation, and (c) all derived learnings, in each case indefinitely.', ['survival-retention:risk']],
]);

rows('a "no" right after a verb denies the verb ("claims no rights in", "keeps no copies")', [
  ['Orrin claims no rights in the Outputs you generate.', ['output-ownership:protective']],
  ['Orrin retains no rights in any Output, save that nothing shall prevent Orrin from producing similar suggestions for other customers.', ['output-ownership:protective']],
  ['We keep no copies of your prompts.', ['deletion:protective']],
  // The vendor's claim stated positively is still its ownership.
  ['Orrin owns all Outputs.', ['output-ownership:risk']],
  // "…; they belong to you": a clause with a pronoun subject of its own is not reached by the "no" before it.
  ['Orrin claims no ownership of any Output; it belongs to you.', ['output-ownership:protective']],
]);

rows('output named by how the tool made it, and suggestions the customer accepts', [
  ['Orrin claims no ownership of the episodes or of the clips generated with Orrin; they belong to you.', ['output-ownership:protective']],
  ['Subject to these Terms, Orrin assigns to you all right, title and interest it may have in suggestions that you accept into your code.', ['output-ownership:protective']],
  ['Images created using the Service are owned by you.', ['output-ownership:protective']],
  // What the customer supplies is its own content, not output.
  ['You own the files you upload.', ['confidentiality:protective']],
]);

rows('a condition or exception set off by commas ends before the main clause\'s purpose ("…, to train …")', [
  ['Orrin shall not use Client Data, whether in identifiable or aggregated form, to train or fine-tune any machine-learning model.', ['no-training:protective']],
  ['Orrin shall not use Client Data, whether or not it has been anonymised, to train any model.', ['no-training:protective']],
]);

rows('a privacy notice\'s present-tense use, and the purposes listed after it', [
  ['We use the information we collect to: create your account; take payments; tailor the app and develop new features; and meet our legal duties.', ['service-improvement:risk']],
  ['We use booking data, including dates and ratings, (a) to confirm your stay; (b) to take payment; and (c) to improve our services.', ['service-improvement:risk']],
  // A clause with a subject of its own is not an item of the list.
  ['We use your data to provide the service; we improve our products every month.', []],
]);

rows('idioms of duty, notice and investment carry data or action words that name no data', [
  ['The Employer shall not rely solely on a score and remains responsible for all of its hiring decisions.', []],
  ['You may opt out of this agreement to arbitrate by sending written notice to Orrin within 30 days.', []],
  ['Your savings are invested in one of four model portfolios, and past performance does not predict future returns.', []],
  // The same words about data keep their reading.
  ['Summaries are generated by sending your notes to OpenAI.', ['third-party-ai:risk']],
  ['Files you delete may remain in our backups for up to 30 days.', ['survival-retention:risk']],
]);

rows('a second clause reported with "and that" is about its own subject', [
  ['The Client acknowledges that the scoring feature learns from the data of every customer who enables it, and that the Client\'s Sales Data will accordingly be used to train the shared scoring model.', ['ai-training:risk']],
  // A party subject after "and that" keeps its reading.
  ['The Client acknowledges that Orrin hosts the Service in Ireland, and that it will not use any Output to train a model.', []],
]);

rows('", and those <things> may …" after a comma is a clause of its own', [
  ['We use your symptom notes to train the triage algorithms that suggest which appointment you need, and those algorithms may continue to be used after you close your account.', ['ai-training:risk', 'survival-retention:risk']],
  // A list of subjects before one verb stays one clause.
  ['Your prompts, your files and the outputs will not be used to train our models.', ['no-training:protective']],
]);

rows('"that provider", "such providers": a provider named before, taken up again', [
  ['The help chatbot runs on a generative AI service provided by Google Cloud. The questions you type are shared with that provider solely to generate answers.', ['third-party-ai:risk']],
  // "the Provider" of contract voice is the vendor.
  ['The Provider shall use Customer Data solely to provide the Services.', ['confidentiality:protective', 'no-training:protective']],
]);

rows('a pair of spaced dashes encloses an aside, as brackets do', [
  // Read as the sentence without its aside is read ("We use Usage Data to operate and improve the Service."): the
  // purpose after the closing dash is the clause's own (calibration round 26).
  ['We use Usage Data — clicks, error reports and the commands you run, but not the contents of your files — to operate and improve the Service.', ['aggregated-data:risk', 'service-improvement:risk']],
  // The removal inside the aside describes the data; nobody promises to delete anything.
  ['Orrin may use de-identified data — records from which all identifiers have been removed — for research.', ['aggregated-data:risk']],
  // One spaced dash still sets off a new statement.
  ['Only admins can turn on AI features – we never train on your content.', ['no-training:protective', 'opt-out:protective']],
]);

rows('an "engine" is the product improved', [
  ['The Client instructs Orrin to process Staff Data for the purposes of (i) running payroll, and (ii) testing upgrades to, and improving the accuracy of, the payroll engine.', ['service-improvement:risk']],
  ['Public profiles may be indexed by search engines.', []],
]);

rows('a condition set off by commas after "and" holds back the second verb of the modal\'s group', [
  ['On exit the Supplier shall transfer all Client Data to a new supplier and, once the Client has confirmed the transfer, securely erase any Client Data it still holds.', ['confidentiality:protective', 'deletion:protective']],
  // The condition's own verbs stay its own.
  ['If you upload, share or post content, we may display it to other users.', []],
]);

rows('a participle after "a", "an", "each" describes its noun ("a deleted workspace")', [
  ['Projects in a deleted workspace remain recoverable for 90 days.', ['survival-retention:neutral']],
  ['Each reviewer is a licensed attorney bound by confidentiality obligations.', ['confidentiality:protective']],
]);

rows('"where the law allows us" is the law\'s permission, not a grant by the customer', [
  ['Some rights you have as a consumer cannot be excluded, and nothing in these Terms is intended to exclude them; where the law allows us to limit our liability for a failure to meet such a guarantee, our liability is limited to supplying the services again.', []],
  // The customer's own permission still grants.
  ['You allow us to use your photos to improve our services.', ['broad-license:risk', 'service-improvement:risk']],
]);
