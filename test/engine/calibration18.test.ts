// Per-clause expectations for the language patterns of calibration round 18 (misses and false positives found on the
// agreements and blind17, grouped into general patterns, 2026-12-02). Every clause is our own drafting; each row states
// the exact categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('"records of whether a technician accepted …": after a preposition, "whether" asks a question inside the noun phrase, it sets no condition', [
  [
    '"Operational Data" means logs, response times and records of whether a dispatcher accepted or changed a suggested route, all of which the Provider may use for any purpose, including to train its routing models.',
    ['ai-training:risk', 'aggregated-data:risk', 'service-improvement:risk'],
  ],
]);

rows('"does not retain uncollected parcels": what is not kept must be data, named in the sentence or erased before it', [
  ['The Depot does not retain undelivered pallets beyond five working days and may send them back to the haulier.', []],
  ['Subscription payments are passed to the Club each week, and the Platform does not retain any part of them beyond its commission.', []],
  // What an earlier clause erased is data, whatever it is called.
  ['On request, the Provider will erase the Customer\'s survey plans from its systems within 30 days and will keep no copy.', ['deletion:protective']],
]);

rows('"Depot staff must be trained on the scanner before they can open consignment records": with no model in the sentence, the people named are the ones trained', [
  ['Depot staff must be trained on the dispatch console before they can open customer order records.', []],
  ['Crew members must be trained on the handheld scanner before first use, and the Operator must keep records of that training.', []],
  ['Ward stewards must complete annual data-protection training before their first shift.', []],
  // A model named in the sentence is trained on data, whoever else is trained.
  ['Our staff review samples, and the Provider may use your order records to train its forecasting models.', ['ai-training:risk']],
  // People who handle what is selected for training are not the ones trained.
  // (Since 2026-12-03 the limit is no training ban: its own purposes include training.)
  ['Provider personnel may access Customer Content only to give support or, where Customer Content has been selected for training, to review and label it.', ['ai-training:risk', 'confidentiality:protective']],
]);

rows('"create derivative works of Customer Data solely to provide the Services": within the service, making a summary of the data is the service; the purpose sets the reach', [
  ['Customer grants Provider a non-exclusive licence to host, copy and create derivative works of Customer Data solely to provide the Services to Customer.', ['broad-license:neutral']],
  // "otherwise to exercise its rights" beside the service is a purpose of the vendor's own.
  ["Customer grants Provider a non-exclusive licence to host, copy and create derivative works of Customer Data as necessary to provide the Services and otherwise to exercise Provider's rights under this Agreement.", ['broad-license:risk']],
]);

rows('"course and assignment text": an assignment is schoolwork unless it assigns a right', [
  ['To produce responses, we pass the provider the student\'s question together with the course and assignment text, but we do not pass on student names.', []],
  ['Supplier hereby assigns to Customer, by way of present assignment of future rights, all rights in the outputs.', ['output-ownership:protective']],
]);

rows('"deliver, personalize and support the Services": personalising the service for the customer serves it; it improves no product', [
  ['We use Pupil Data only to deliver, personalize and support the Services for you.', ['confidentiality:protective', 'no-training:protective']],
  // Refinement of a model is improvement, named as a noun.
  ['Where a member objects, the Provider shall exclude that member\'s records from any refinement of the Provider\'s scoring engine.', ['opt-out:protective']],
]);

rows('"System" means the cameras and software: a defined term that names no data is not usage data, though "system" is a usage word', [
  [
    '"System" means the cameras, servers and enforcement software that the Contractor supplies under this Contract.\n(a) The Contractor shall furnish, install, operate and maintain the System, and shall train the City\'s officers in its use.',
    [],
  ],
  ['"System Data" means logs and metrics about the operation of the Platform.\nThe Provider may use System Data for any purpose.', ['aggregated-data:risk']],
]);

rows('"the City shall give the Contractor notice … before releasing such material": what is given is the notice named first, not the material named later', [
  ['The Contractor shall mark any material it considers exempt, and the Council shall give the Contractor notice and a fair chance to object before releasing such material.', []],
  // A right over data given first is still given.
  ['The Customer shall give the Provider a perpetual licence to its survey files and notice of any change.', ['broad-license:risk', 'survival-retention:risk']],
]);

rows('"transfer all City Data then held by the Contractor to the City before destroying such City Data": the data held at the end is returned and destroyed', [
  ['Upon termination of this Contract, the Contractor shall, at the Council\'s option, transfer all Council Data then held by the Contractor to the Council before destroying such Council Data.', ['deletion:protective']],
  // Kept without end beside the deletion is still kept.
  ['Upon termination the Contractor shall destroy Council Data, but may keep the Council Data it holds in its archive indefinitely.', ['survival-retention:risk']],
]);

rows('"Output may not be unique and nothing grants Customer any right in … Usage Data": similarity of outputs owns nothing, and a right denied to the customer grants the vendor nothing', [
  ['As between the parties, Customer owns all Output; provided that Customer acknowledges that Output may not be unique and that nothing in this Section grants Customer any right in the AI Features, the underlying models or Usage Data.', ['output-ownership:protective']],
]);

rows('"shall cease the improvement and training uses described in Section 3(b)": the customer\'s stop-training right ends the uses, as a ban does', [
  ['On the Council\'s written direction, the Contractor shall cease the improvement and training uses described in Section 3(b) with respect to Council Data collected afterwards.', ['no-training:protective']],
  // A second verb after "and" is a duty of its own, out of the cessation's reach.
  ['On termination the Supplier shall cease all use of Council Data and destroy it within thirty days.', ['deletion:protective']],
]);
