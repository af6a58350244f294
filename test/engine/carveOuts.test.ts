// What a deletion clause does not reach: a carve-out that keeps the customer's own data inside what the vendor built
// from it is a retention risk; backups, legal records and anonymised material are the narrow carve-outs, noted only.
// Every clause is our own drafting; each row states the exact categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('"Clause 7.2 does not apply to … Client Data already incorporated into …": data kept inside what the vendor built', [
  ['Clause 7.2 does not apply to copies held in back-up systems or to Client Data already incorporated into the Benchmark Library.', ['survival-retention:risk']],
  ['Deletion does not reach scoring models already trained with your data, or records we must keep under tax law.', ['survival-retention:risk']],
  ['Section 9.3 shall not apply to Member Records already reflected in the Halden Index, all of which Halden may keep.', ['survival-retention:risk']],
  // Anonymised material, backups and records the law requires stay a note; so does data the customer itself keeps.
  ['Clause 7.2 does not apply to anonymised Client Data already incorporated into the Halden Index, which Halden may retain.', ['survival-retention:neutral']],
  ['Clause 7.2 does not apply to anonymised content already incorporated into the Halden Index, which Halden may retain.', ['survival-retention:neutral']],
  ['Clause 7.2 does not apply to copies held in back-up systems or to records Halden must keep under law.', ['survival-retention:neutral']],
]);

rows('"during the term of this Agreement": keeping bounded by the contract is not open-ended', [
  ['Client grants Halden a non-exclusive right to use, copy and store Client Data to provide the Platform during the term of this Agreement.', ['broad-license:neutral']],
  ['Client grants Halden a non-exclusive right to use, copy and store Client Data to provide the Platform during the term of this Agreement and thereafter without limitation in time.', ['broad-license:neutral', 'survival-retention:risk']],
]);

rows('teaching as what people do ("teaching rooms"), and access the vendor grants to the customer and its regulators', [
  ['The Supplier shall provide automatic recording in all timetabled teaching rooms and captioning of each teaching session.', []],
  ['This Agreement is between Lough Bank plc (the "Bank") and Halden Analytics Ltd (the "Service Provider").\nThe Service Provider shall grant the Bank, its auditors and any competent authority full and unrestricted access to its premises, systems and records relating to the Services.', ['audit:protective']],
  // The vendor's own unrestricted use of the customer's data stays a risk.
  ['Halden may use Client Data for any purpose without restriction.', ['service-improvement:risk']],
]);
