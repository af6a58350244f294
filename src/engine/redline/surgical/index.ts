// The surgical redline path: declarative playbook edits applied to the vendor's own sentence.
// Pure: must not import Office, React, the DOM or Node.
export { surgicalTarget } from './planSurgical';
export { applySplices, type Splice } from './splice';
