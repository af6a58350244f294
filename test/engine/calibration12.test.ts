// Per-clause expectations for the language patterns of calibration round 12 (whole agreements read line by line:
// recall first, then false positives, 2026-12-02). Every clause is our own drafting; each row states the exact
// categories and stances it must yield.
import { expectationRows as rows } from './support';

rows('"a Cybersecurity Event", "a cyber incident": the names vendors give a breach, and "tell" as a notice', [
  ['Halden shall notify the Insurer within 72 hours after determining that a Cybersecurity Event affecting Policy Data has occurred.', ['confidentiality:protective']],
  ['Halden will tell the Customer within 24 hours of any cyber incident affecting the Hosted Records.', ['confidentiality:protective']],
  ['We will inform you promptly of any Data Incident involving your content.', ['confidentiality:protective']],
  // The customer's own duty to report stays no promise of the vendor; a security event with no notice is no notice.
  ['Customer shall notify Halden of any cyber incident on its own network.', []],
  ['A cyber attack on a third party\'s network is a force majeure event.', []],
]);

rows('"on your documented instructions", "if an instruction infringes the GDPR": the processor\'s duty binds, and a law infringed is no IP claim', [
  ['Halden processes Member Records exclusively on the documented instructions of the Client; Halden shall tell the Client without delay if it considers that an instruction infringes the GDPR.', ['confidentiality:protective', 'no-training:protective']],
  ['We process your Personal Data on your documented instructions.', ['confidentiality:protective']],
  // The role named in a description of the processing is no promise.
  ['Halden processes personal data on behalf of the Client as processor within the meaning of Art. 4 GDPR.', []],
  // An infringement claim still vetoes: an indemnity says nothing about who may use the data.
  ['Halden shall indemnify the Client against any claim that Output infringes the rights of a third party.', []],
]);

rows('"store Member Records in data centres located in Canada": where the vendor keeps the customer\'s data is a security promise', [
  ['Halden will store Member Records at rest in data centres located in Canada.', ['confidentiality:protective', 'survival-retention:neutral']],
  ['Halden must store Member Records only within New Zealand.', ['confidentiality:protective', 'survival-retention:neutral']],
  // The vendor's own service hosted somewhere, or a provider's location that data is later sent to, promises nothing.
  ['Halden will host the Platform in data centres located in Ohio.', []],
  ['The Client acknowledges that the Platform relies on language models hosted by Corvid Cloud in data centres located in Oregon, and that prompts will be transmitted to Corvid for inference.', ['third-party-ai:risk']],
  // A permission is no promise; the customer's own hosting choice is no vendor promise.
  ['Customer may store Member Records only within its own data centres located in Texas.', []],
]);

rows('"If Halden receives a subpoena for Member Records, it will … notify the Client": notice of a legal demand for the data', [
  ['If Halden receives a subpoena for Member Records, it will promptly notify the Client.', ['confidentiality:protective']],
  ['If Halden receives a court order or other legal process seeking Member Records, it will, unless the law forbids it, promptly notify the Client so that the Client can seek a protective order.', ['confidentiality:protective']],
  // The customer's duty to tell, and a disclosure the law compels with no notice, promise nothing.
  ['Customer shall notify Halden promptly of any subpoena for Member Records.', []],
  ['Halden may disclose Member Records where required by a court order.', []],
]);

rows('"Clause 9.2 does not apply to …", "Deletion does not reach …": what a clause does not cover is carved out of it, not denied', [
  ['Clause 9.2 does not apply to records Halden must keep under law or to Member Records already used in a validation set.', ['survival-retention:neutral']],
  ['Deletion does not reach anonymised statistics already published or copies Halden is required to keep for tax reasons.', ['survival-retention:neutral']],
  // A real promise not to keep stays a deletion promise; a paragraph's own deletion keeps its reading.
  ['Halden will not retain Member Records after termination.', ['deletion:protective']],
  ['Halden shall delete all Member Records within 30 days after termination. This obligation does not apply to copies held in back-up systems until they are overwritten.', ['deletion:protective']],
]);
