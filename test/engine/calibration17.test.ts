// Per-clause expectations for the language patterns of calibration round 17 (false positives and misses of blind16,
// grouped into general patterns, 2026-12-02). Every clause is our own drafting; each row states the exact categories
// and stances it must yield.
import { expectationRows as rows } from './support';

rows('"The assistant may give wrong answers": with no grantor and no licensee named, "give" hands over no right', [
  ['The booking assistant may give inaccurate answers about opening hours.', []],
  ['The planner gives general guidance on menus, not dietary advice.', []],
  ['Each annual site licence includes two onboarding calls for office managers on reading the usage data.', []],
  // A grant over the customer's own data stays a grant, named grantor or not.
  ['A perpetual, irrevocable licence to publish and adapt any photographs you upload is granted to us.', ['broad-license:risk', 'survival-retention:risk']],
]);

rows('"accounts with no sign-in for a year are deleted": a "with no …" phrase describes the subject, it negates nothing', [
  ['Accounts with no activity for 18 months will be closed and deleted.', []],
  ['Tenant profiles with no login for two years are removed.', []],
]);

rows('", and any costs recovered are retained": a clause with a subject of its own is out of the earlier negation\'s reach', [
  ['We do not charge members a joining fee, and any deposits paid are retained until the end of the season.', []],
  ['We do not sell your data, and we delete it within 30 days after your account closes.', ['deletion:protective', 'confidentiality:protective']],
]);

rows('"its dispatch technicians receive training": people named by their trade are trained, not a model', [
  ['Coldwell trains and certifies its field engineers under the national safety scheme.', []],
  ['The Operator shall ensure that its drivers receive annual training on the highway code.', []],
  // A model trained on the staff's data is still training on data.
  ['We do not use driver schedules or sickness data to train any machine learning model.', ['no-training:protective']],
]);

rows('"… do not replace the nurse\'s judgement; the chart remains the record": a semicolon ends a negation\'s reach', [
  ['The AI summaries assist, but do not replace, the nurse\'s judgement; the patient chart remains the authoritative record.', []],
]);

rows('"model-specific training for each boiler model": the make of a machine is no AI model', [
  ['Before servicing any boiler model it has not worked on before, the Contractor shall ensure its engineers receive model-specific training.', []],
]);

rows('"Opting out does not affect service messages": messages about the account are communications, not data control', [
  ['Opting out does not affect account servicing messages, which we send to keep your policy running.', []],
]);

rows('"floor plans uploaded to the Portal", "photographs", "translations": the customer\'s material named by how it arrives or by its kind', [
  ['Agencies grant the Platform Operator a perpetual, irrevocable licence to copy, adapt and sublicense the brochures and floor plans uploaded to the Portal.', ['broad-license:risk', 'survival-retention:risk']],
  ['We may use photographs of damaged items to refine the damage-assessment features we offer to all insurers.', ['service-improvement:risk']],
  ['Approved translations may be used by the Agency to train its neural machine translation engines for all clients.', ['ai-training:risk']],
]);

rows('"shall in no event be obliged to remove … from any trained model": a duty lifted in strong words forbids nothing', [
  ['The Processor shall in no event be obliged to remove Customer Files from any trained model or back-up.', ['survival-retention:risk']],
]);

rows('"shall implement measures including pseudonymisation, encryption …": de-identifying among the security measures is a safeguard', [
  ['The Processor shall implement the technical and organisational measures in Annex 2, including pseudonymisation of member numbers, encryption of personal data at rest and access limited to named staff.', ['confidentiality:protective']],
  // A use of the de-identified data for the vendor's own ends stays a risk, security words or not.
  ['The Processor may use pseudonymised member records to improve its pricing engine, and shall keep them encrypted at rest.', ['aggregated-data:risk', 'service-improvement:risk', 'confidentiality:protective']],
]);

rows('"shall ensure that any Subcontractor, including any model provider, agrees to the same restrictions": a flow-down, not a leak', [
  ['Processor shall ensure that any Subcontractor that creates or transmits Customer Data on behalf of Processor, including any provider of hosted artificial intelligence models, agrees in writing to the same restrictions and conditions that apply to Processor under this Addendum.', ['third-party-ai:neutral']],
  // Data sent to the providers with no such binding stays a flow to outsiders.
  ['Processor may share Customer Data with third-party providers of hosted language models to generate summaries.', ['third-party-ai:risk']],
]);
