// Per-clause expectations for the language patterns of calibration round 19 (found on the agreements' definitions,
// 2026-12-02). Every clause is our own drafting; each row states the exact categories and stances it must yield.
import { expectationRows as rows } from './support';

const MEMBER_DATA = '"Member Data" means all data that the Club or its members upload to the Platform.';
const PARTIES = 'This Agreement is made between Larchfield Systems Ltd ("Operator") and Harbour Rowing Club ("Club").';

rows('"Service Data" means telemetry …, together with any data derived from Member Data: the contract\'s own name for the customer\'s data, after "derived from", is swept into the vendor\'s pool', [
  [`${MEMBER_DATA}\n"Service Data" means login times, page loads and error logs, together with any information derived from Member Data once it has been de-identified by the Operator.`, ['aggregated-data:risk']],
  // The vendor named between "derived" and "from".
  [`${PARTIES}\n${MEMBER_DATA}\n"Usage Data" means feature counts and crash reports, and any other data derived by the Operator from Member Data in running the Platform.`, ['aggregated-data:risk']],
  // A pool that excludes what is derived sweeps nothing in.
  [`${MEMBER_DATA}\n"Usage Data" means feature counts and crash reports, but does not include any data derived from Member Data.`, []],
  // A pool made only of derived data is what the clauses granting it regulate: the lawyer reads those.
  [`${MEMBER_DATA}\n"Club Statistics" means statistics derived from Member Data.`, ['aggregated-data:neutral']],
]);

rows('"Service Data is not Member Data": one term said not to be the customer\'s data classifies; it protects nothing', [
  [`${MEMBER_DATA}\nService Data is not Member Data.`, []],
  [`${MEMBER_DATA}\nAggregated statistics shall not be deemed Member Data for any purpose of this Agreement.`, []],
  // A denial of what a pool contains still denies collection.
  [`${MEMBER_DATA}\nUsage Data never includes Member Data.`, ['confidentiality:protective']],
  // A denial of use still limits.
  ['The Operator will not sell aggregated statistics to anyone.', ['aggregated-data:protective']],
]);

rows('"(f) Before using the Fleet Dataset for training, the Provider shall pseudonymise …": after a list marker, "Before" opens a condition, not a subject', [
  // Since round 24 the promise not to re-identify is read as the protection it is.
  ['(f) Before using any Customer Data for training under Section 4(a), Provider shall pseudonymise all driver identifiers and shall not attempt to re-identify any driver.', ['confidentiality:protective']],
  // Without the marker it was already read so; a grant after the condition is still a grant.
  ['(c) Before the pilot ends, the Provider may use the Fleet Dataset to train its routing models.', ['ai-training:risk']],
]);

rows('"Customer may withdraw the licence granted in § 4(a)": the customer takes back the licence it gave, which grants nothing', [
  ["(b) Customer may withdraw the licence granted in Section 4(a) with effect for the future by giving sixty days' written notice.", []],
  // The licence granted beside the withdrawal is still granted, and the withdrawal is the customer's control.
  ['Customer grants the Provider a perpetual, irrevocable licence to use Customer Data for any purpose, and Customer may withdraw that licence only on termination.', ['broad-license:risk', 'opt-out:protective', 'service-improvement:risk', 'survival-retention:risk']],
]);

rows('"… may use any such feedback freely, including to improve the Models, except that this clause does not apply to Customer Data": training on feedback, with the customer\'s data carved out, grants nothing over it', [
  [
    'Customer may send Provider comments and suggestions about the Platform, and Provider may use any such feedback freely, including to improve its models, except that this clause does not apply to Customer Data.',
    [],
  ],
]);

rows('"Clauses 17 (Liability) and 19 (Governing Law) survive termination": a survival list of general provisions keeps nothing of the data', [
  ["The sections titled 'Fees', 'Indemnity' and 'Governing Law' survive the termination of this Agreement.", []],
  ['Clauses 17 (Liability) and 19 (Governing Law) survive termination.', []],
  // A list that names the data, confidentiality or proprietary rights, or gives numbers alone, is still read.
  ['Sections 3 (Customer Data), 9 (Fees) and 12 (Governing Law) survive termination.', ['survival-retention:risk']],
  ['Provisions on confidentiality, proprietary rights, indemnification and governing law survive termination.', ['survival-retention:neutral']],
  ['Sections 4, 7.2 and 12 survive termination.', ['survival-retention:neutral']],
]);
