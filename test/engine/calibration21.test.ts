// Per-clause expectations for the language patterns of calibration round 21 (found on agreements 117 and 118,
// 2026-12-03). Every clause is our own drafting; each row states the exact categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('"Deletion does not extend to … any model developed …": the "not" carves what follows out of the deletion duty and denies no training', [
  // What the carve-out lets the vendor keep after the end is a risk, not a no-training promise.
  [
    'Return and deletion under Section 14.2 does not extend to usage records, pseudonymised call data or any model or weights trained for the Authorised Purposes, all of which Tallis may keep after expiry.',
    ['survival-retention:risk'],
  ],
  // A plain ban on training stays a ban.
  ['Tallis shall not use Customer Data to train any model, and this Section 14.3 survives expiry.', ['no-training:protective']],
]);

rows('"We will notify you before a change …, including any change to how we use your files for training": the use is what a change might alter, not a grant', [
  ['We will tell you at least 45 days before any change to how we use your recordings for model training takes effect.', []],
  ['We will email you 30 days before a change that reduces your rights, including any change to how we use Your Files to train our models.', []],
  // A grant beside the notice is still a grant.
  ['We use your recordings to train our models, and we will tell you 30 days before we change how we do so.', ['ai-training:risk']],
]);

rows('"… but please read sections 8 to 10 for the rights you give us": a pointer to other clauses grants nothing itself', [
  ["You keep ownership of your designs, but please see sections 8 to 10 for the rights you give us.", []],
  // The rights given here, with their object, are still given.
  ['You give us a perpetual, worldwide licence to use, copy and publish your designs for any purpose.', ['broad-license:risk', 'survival-retention:risk']],
]);

const HARLOW = 'This Agreement is between Harlow Maps Ltd ("Harlow") and Tamsin Rail plc (the "Customer").';

rows('"The Supplier grants the Customer a licence to use the Reports during the Term": the customer\'s use of its outputs ends with the contract', [
  [`${HARLOW}\nHarlow grants the Customer a non-exclusive licence to use the Outputs during the Term for its internal planning only.`, ['output-ownership:risk']],
  // The vendor's own materials, licensed as they sit in outputs: the licence is the risk, not who owns the materials.
  [
    `${HARLOW}\nOutputs may include map styles that Harlow also uses for other customers ("Supplier Materials").\nHarlow retains ownership of Supplier Materials and grants the Customer a non-exclusive licence to use them, as incorporated in Outputs, during the Subscription Term.`,
    ['output-ownership:neutral', 'output-ownership:risk'],
  ],
  // A licence with no end in view is no risk.
  [`${HARLOW}\nHarlow grants the Customer a perpetual, royalty-free licence to use the Outputs for any purpose.`, []],
]);

rows('A label in quotation marks ("Restricted") names a setting and negates nothing', [
  ['Kestrel will not use items the Customer has marked "Restricted" to train or tune any model.', ['no-training:protective']],
]);

rows('"…, and in particular shall not use Student Data to train …": a promise after an exception, opened by an adverb, is the clause\'s next promise, not part of the exception', [
  [
    'Provider shall not use Pupil Data for any purpose other than running the Services, and in particular shall not use Pupil Data to train artificial intelligence or for advertising.',
    ['confidentiality:protective', 'no-training:protective'],
  ],
]);

rows('"kept for as long as tax rules require": the law sets the end of the keeping', [
  ['Account data is erased within 45 days of a confirmed erasure request, although invoices are kept for as long as tax rules require.', ['deletion:protective']],
  // Kept for as long as the vendor likes is still open-ended.
  ['Account data is erased on request, although we keep usage records for as long as we find them useful.', ['deletion:protective', 'survival-retention:risk']],
]);

rows('"no-show data": a negator joined by a hyphen is part of a compound word', [
  ['Pollenly may analyse booking and no-show data from studio calendars to improve its scheduling tools.', ['service-improvement:risk']],
]);

rows('"readings recorded in your account": what the customer keeps in its account is its data', [
  ['Voltera may use meter readings and tariff choices saved in your account to refine its pricing tools and to develop new features.', ['service-improvement:risk']],
]);

rows('"\\"Platform Purposes\\" means … (c) training the forecasting models …": a defined purpose that builds the vendor\'s models is a training right in itself', [
  [
    '"Platform Purposes" means (a) operating and securing the Platform; (b) correcting faults; (c) calibrating, training and benchmarking the forecasting models that Harlow offers to all its customers; and (d) complying with law.',
    ['ai-training:risk'],
  ],
  // The same shape with no model built is no training right.
  ['"Platform Purposes" means (a) operating and securing the Platform; (b) correcting faults; and (c) complying with law.', []],
]);

rows('"(a) If Client enables the feature, Company will fine-tune a private model …": a list marker before the condition leaves the condition on the clause', [
  [
    '(a) If the Customer enables the Route Playbook feature, the Supplier will fine-tune a private model instance on the routes the Customer selects, which will be available only to the Customer\'s Users.',
    ['no-training:protective', 'opt-out:protective'],
  ],
]);

rows('"Deletion under Clause 15.1 shall extend to … weights trained using Customer Data": what a deletion reaches is deleted, not granted', [
  ['15.3 Deletion under Clause 15.1 shall extend to Derived Data and to any model weights trained using Customer Data.', []],
]);

rows('"… the Sub-processor (a) …, (b) does not use Personal Data to train …, and (c) deletes inputs …": inside a list item the negation stops at the next item', [
  [
    '5.4 Processor shall ensure by written contract that each model Sub-processor (a) processes Personal Data only to return outputs, (b) does not use Personal Data to train its models, and (c) deletes inputs within thirty (30) days.',
    ['deletion:protective', 'no-training:protective', 'third-party-ai:neutral'],
  ],
]);
