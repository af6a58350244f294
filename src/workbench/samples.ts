// The project's own sample documents the workbench offers in its load menu, one per review mode. Our own drafting.
// Imports the .txt files as text (webpack asset/source; jest's raw-text transform).
import sampleAgreement from '../../samples/sample-agreement.txt';
import sampleCustomerAddendum from '../../samples/sample-customer-addendum.txt';
import sampleDataUseAgreement from '../../samples/sample-data-use-agreement.txt';

export interface WorkbenchSample {
  readonly id: string;
  readonly label: string;
  readonly text: string;
}

export const WORKBENCH_SAMPLES: readonly WorkbenchSample[] = [
  { id: 'agreement', label: 'Sample vendor agreement (review as the customer)', text: sampleAgreement },
  { id: 'data-use-agreement', label: 'Sample data-use agreement (review as the data holder)', text: sampleDataUseAgreement },
  { id: 'customer-addendum', label: 'Sample customer addendum (review as the vendor)', text: sampleCustomerAddendum },
];
