// A grant that names the customer's data by the things its definition lists ("the classifications … together with the
// submissions") is about that data, and is answered like one that uses the defined term (lawyer audit of 87, Schedule
// 3 Item 4). Also: the data term of a contract that writes "cl. 1.1 Customer Material means …" without quotes, or
// defines it as what "the Department loads" into the service. Clauses are the project's own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { paragraphsOf, preferredReview } from './agreements';

const contract = [
  'This Contract is between the Department of Coastal Planning ("Department") and Marrow Cloud Pty Ltd ("Supplier").',
  '1.1 "Agency Data" means the planning submissions, classifications and officer notes that the Department loads into the Service.',
  '3.2 The Supplier must not use Agency Data to train any model.',
  "Item 4. The classification feature uses a model developed by the Supplier. The Department agrees that the Supplier may use the classifications assigned or corrected by officers, together with the text of the relevant submissions, to retrain that model for the benefit of all of the Supplier's customers, provided that such submissions are public documents.",
];

describe('a training grant that names the data by its items', () => {
  it('is struck where the contract already bans training on the data, leaving the sentence before it', () => {
    const { edit } = preferredReview(contract);
    expect(edit(3)?.target).toBe('Item 4. The classification feature uses a model developed by the Supplier.');
  });
});

describe('the contract\'s name for the customer\'s data', () => {
  it('is read from a definition the Department loads, and from one written "cl. 1.1 … means" without quotes', () => {
    expect(analyzeDocument(paragraphsOf(contract.join('\n'))).terms.customerData).toBe('Agency Data');
    const unquoted = [
      'This Agreement is between Brolga Speech Pty Ltd ("Supplier") and Kestrel Super Services Pty Ltd ("Customer").',
      'cl. 1.1 Customer Material means all call recordings, transcripts and notes provided by or on behalf of the Customer.',
      'cl. 4.1 The Supplier may use Customer Material only to provide the Services.',
    ];
    expect(analyzeDocument(paragraphsOf(unquoted.join('\n'))).terms.customerData).toBe('Customer Material');
  });
});
