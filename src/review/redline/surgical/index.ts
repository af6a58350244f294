// The surgical redline path: declarative playbook edits applied to the vendor's own sentence.
// Pure: must not import Office, React, the DOM or Node.
export { surgicalEdit, UNNUMBERED, type SurgicalResult } from './planSurgical';
export { applySplices, splicesToOps, type Splice } from './splice';
export { insideTagAlong } from './edits';
export { servesTheCustomer } from './banSurroundings';
export { DERIVED_DATA_NAME } from './ownerSwap';
export { struckCorrections, withoutFeedbackCarveOut } from './feedbackContent';
export { derivedSafeguard, keptDerivedOnly } from './derivedKept';
