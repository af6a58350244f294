// Per-clause expectations for the language patterns of calibration round 20 (found on the audited agreements and
// blind19, 2026-12-03). Every clause is our own drafting; each row states the exact categories and stances it must yield.
import { expectationRows as rows } from './support';

const CUSTOMER_DATA = '"Customer Data" means all data that Customer or its Users submit to the Platform.';

rows('"… and Usage Data shall not constitute Customer Data": a usage definition that names the customer\'s data only to keep it apart sweeps nothing in', [
  [`${CUSTOMER_DATA}\n"Usage Data" means log files, telemetry and any information derived from Customer's use of the Platform, and Usage Data shall not constitute Customer Data for any purpose.`, []],
  // Content swept in is still swept.
  [`${CUSTOMER_DATA}\n"Usage Data" means log files and the content of prompts, and Usage Data is owned by the Operator.`, ['aggregated-data:risk']],
]);
