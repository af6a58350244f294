// Per-clause expectations for the language patterns of calibration round 11 (whole agreements read line by line:
// training, output ownership and deletion said without the usual words, 2026-12-02). Every clause is our own
// drafting; each row states the exact categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('"model improvement", "model development": the AI word before the improvement noun names the model improved', [
  ['Orrin may also use Sensor Data for the purposes of its Model Improvement Scheme.', ['ai-training:risk']],
  ['We use the recordings you upload for model development.', ['ai-training:risk']],
  // A name of a setting with no use of data stays a topic; a denial stays a promise.
  ['Model Improvement is switched off for every workspace at launch.', []],
  ['Orrin will not use Sensor Data for model development.', ['no-training:protective']],
  // "peer-reviewed" describes a journal: nobody reviews data.
  ['Orrin may name the Hospital in peer-reviewed articles arising from its Model Improvement Scheme.', []],
]);

rows('who owns the results, reports and insights the service produces for the customer', [
  // "As between the parties," opens no clause: the name after it owns.
  ['As between the parties, Orrin owns all Assessment Results.', ['output-ownership:risk']],
  ['As between the parties, Client owns all Client Data and all Assessment Results.', ['confidentiality:protective', 'output-ownership:protective']],
  ['Orrin will deliver monthly risk reports, each of which shall be a Deliverable owned by Client upon delivery.', ['output-ownership:protective']],
  ['Orrin owns the Platform and all Fleet Insights, including any scores delivered to Client.', ['output-ownership:risk']],
  // "remain the property of" names who owns (it keeps nothing).
  ['Assessment Results remain the property of Orrin.', ['output-ownership:risk']],
  // With no word of owning, reports and scores are no output; an insurance "claim" owns nothing.
  ['Orrin shall send Client a monthly report on service availability.', []],
  ['Client may use Scores for its internal claims handling.', []],
  // Feedback the customer gives stays feedback.
  ['Orrin owns all suggestions, ideas and recommendations that Client gives about the Platform.', []],
  // "bug reports" among the feedback are feedback too, whoever is assigned them (agreement 05's feedback clause).
  ['If Client sends Orrin any suggestions, bug reports or ideas about the Platform, Client hereby assigns to Orrin all right, title and interest in them.', ['service-improvement:risk']],
]);

rows('"except as permitted by this Agreement Vendor shall …": an exception that cites a permission ends before the party and its modal', [
  ['Except as expressly permitted by this Agreement Orrin shall process Client Data only on Client\'s documented instructions.', ['confidentiality:protective', 'no-training:protective']],
]);

rows('"delete the Matter Records from the Platform": the vendor\'s system after "from" is where data is deleted from', [
  ['Within 30 days after termination, the Provider will delete the relevant Matter Records from the Platform.', ['deletion:protective']],
  // The vendor's own material as the thing removed stays no promise about the customer's data.
  ['Within 30 days after termination, the Provider will remove the Documentation from the Platform.', []],
]);

rows('"…, and we will complete deletion within 30 days": a promised deletion with no object deletes the data named before it', [
  ['Your administrator may request deletion of all Customer Content in the workspace, and we will complete deletion from active systems within 30 days.', ['deletion:protective']],
  ['You may ask us to erase your Prompts at any time, and we will do so within 14 days.', ['deletion:protective']],
  // A clause that only states what a service returns promises no deletion.
  ['The assistant sends your prompts to a model provider, which returns an answer.', ['third-party-ai:risk']],
]);

rows('", and all such data sets shall be owned by Orrin": a determiner subject and its modal start a clause of their own', [
  ['Client authorises Orrin to create de-identified data sets from Client Data and to use them for the training of Orrin\'s models, and all such data sets shall be owned by Orrin.', ['aggregated-data:risk', 'ai-training:risk', 'broad-license:risk']],
]);

rows('"You instruct us to use Claim Records … to train …": what the customer hands the vendor to use is its data', [
  ['You instruct us to use Claim Records, together with the records of our other clients, to build risk profiles and to train the scoring models behind our triage features.', ['ai-training:risk']],
  // The customer's own option to instruct stays as before: training limited to its authorisation, and its lever.
  ['You may instruct us to use Claim Records to train a scoring model for you alone.', ['ai-training:risk', 'opt-out:protective']],
]);

rows('"…, without payment to Client, and this right shall survive termination": the condition ends before the new clause', [
  ['Orrin may create statistical information from Sensor Data and may use it for any purpose without payment to Client, and this right shall survive the termination of this Agreement.', ['aggregated-data:risk', 'service-improvement:risk', 'survival-retention:risk']],
]);

rows('"nothing in this Agreement transfers to Client any ownership of …": a right not transferred is no non-disclosure promise', [
  ['Orrin retains all right, title and interest in the Platform, and nothing in this Agreement transfers to Client any ownership of the Reference Records.', []],
  // Data not transferred stays a promise not to disclose.
  ['Orrin will not transfer Client Data to any third party.', ['confidentiality:protective']],
]);

rows('"teaching staff" are people who teach: no model is taught', [
  ['The Provider may tell teaching staff about new Platform features by e-mail, and any teaching assistant may opt out of such messages.', []],
  // A model taught on the customer's data is still training.
  ['The Provider may use Student Content to teach its tutoring models.', ['ai-training:risk']],
]);

rows('"before being granted access to production systems": access given to staff is no licence', [
  ['Orrin\'s engineers with access to Client Data complete privacy training before being granted access to production systems.', ['confidentiality:protective']],
  // The customer granting the vendor a right to use its data stays a licence.
  ['Client grants Orrin a worldwide, perpetual licence to use Client Data for any purpose.', ['broad-license:risk', 'service-improvement:risk', 'survival-retention:risk']],
]);

rows('"Draft Notes that have not been de-identified": "notes that" after a noun reports nothing', [
  ['Orrin will not use Call Recordings or Draft Notes that have not been de-identified to train any model offered to other customers.', ['no-training:protective']],
  // After its subject, "notes that" still reports a clause of its own.
  ['Client notes that Orrin may use Call Recordings to train its models.', ['ai-training:risk']],
]);

rows('voiceprints and biometric templates are the customer\'s users\' data', [
  ['We delete a Member\'s voiceprint within 30 days after the Member turns off voice sign-in.', ['deletion:protective', 'opt-out:protective']],
  ['Orrin shall permanently delete each Biometric Template within sixty days after the check it was made for.', ['deletion:protective']],
]);

rows('"claim dispositions": the noun "claim" reserves nothing for the vendor', [
  ['Orrin may use information about Client\'s use of the Platform, such as claim outcomes, to enhance the Platform and to develop new features.', ['service-improvement:risk']],
  // The vendor reserving its own service and its improvements stays no grant.
  ['Orrin owns the Platform and all improvements to it.', []],
]);
