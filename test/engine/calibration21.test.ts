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
