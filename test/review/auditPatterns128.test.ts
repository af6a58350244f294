// Patterns named by the lawyer audits of agreements 317–320 (audit128, audit129), taken up in the fortieth session:
// a feedback clause whose example names the customer's own edits was turned into a ban that left "will not use …
// without restriction or obligation"; a ban on keeping outputs kept ", in de-identified form," and the "and may include
// such Outputs …" after it; an item struck from a definition's list at its own "and" left "driver,"; and an open purpose
// narrowed to the service kept the exception an earlier edit had made of its example. Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { applySplices } from '../../src/review/redline/surgical/splice';
import { ceaseRetention } from '../../src/review/redline/surgical/keepingEdits';
import { paragraphsOf, preferredReview } from './agreements';
import { supplierSentence } from './surgicalContext';

const base = [
  'This Subscription Agreement is between Brackenfold Systems Ltd ("Brackenfold") and the customer named in the Order Form ("Customer").',
  '1.2 "Customer Data" means all records and files that Customer or its Authorized Users submit to the Services.',
  '1.3 "Outputs" means content the AI Features generate for Customer.',
];

describe("a feedback clause whose example names the customer's own edits", () => {
  it('strikes the example, keeps the defined name and carves the data out, rather than banning feedback', () => {
    const review = preferredReview([
      ...base,
      '7.1 If Customer or any Authorized User provides suggestions, comments or other feedback, including star ratings of Outputs and any edits made by Authorized Users to Outputs before they are filed ("Feedback"), Brackenfold may use and incorporate such Feedback to improve the Services and the AI Features without restriction or obligation to Customer.',
    ]);
    const edit = review.edit(3);
    expect(edit?.target).toMatch(/other feedback \("Feedback"\), Brackenfold may use and incorporate such Feedback/);
    expect(edit?.target).toMatch(/does not apply to Customer Data\.$/);
    expect(edit?.target).not.toMatch(/will not|shall not/);
    expect(edit?.comment.external).toMatch(/Customer Data is not feedback/);
  });
});

describe('a ban on a use that the sentence frees "without restriction or obligation"', () => {
  it('drops the freedom, which after a ban would read as nonsense', () => {
    const review = preferredReview([
      ...base,
      '6.4 Brackenfold may use Customer Data to train the AI Features without restriction or obligation to Customer.',
    ]);
    const target = review.edit(3)?.target ?? '';
    expect(target).toMatch(/shall not use Customer Data to train the AI Features\.$/);
  });
});

describe('a ban on keeping outputs for the vendor’s own ends', () => {
  it('drops the form the keeping was limited to and bans the further use joined to it', () => {
    const sentence = 'The Supplier may retain and use Outputs, in de-identified form, to measure the accuracy of the AI Features and may add such Outputs to its test datasets.';
    const splices = ceaseRetention(supplierSentence(sentence), 'shall cease using and shall delete') ?? [];
    const target = applySplices(sentence, splices) ?? '';
    expect(target).toBe('The Supplier shall not retain or use Outputs to measure the accuracy of the AI Features and shall not add such Outputs to its test datasets.');
  });
});

describe("an item struck from a definition's list that holds its own \"and\"", () => {
  it('goes from the comma before it, when the list goes on after it', () => {
    const review = preferredReview([
      ...base,
      '1.4 "Platform Data" means data relating to the operation and use of the Services, including event logs, error reports, dispatcher and field engineer interactions, and tagged photographs, which shall not constitute Customer Data.',
    ]);
    const target = review.edit(3)?.target ?? '';
    expect(target).toMatch(/error reports, and tagged photographs/);
  });
});

describe('an open purpose narrowed after its example was made the exception', () => {
  it('loses the exception too', () => {
    const review = preferredReview([
      'These Terms are between Tarnwick Audio Ltd ("we", "us") and the customer ("you").',
      '1.1 "Customer Data" means the recordings you upload.',
      '1.2 "Usage Data" means data about how the Platform is used.',
      '3.3 We own all Usage Data and may use it for any purpose during and after the subscription term, including to train and benchmark the Tarnwick Models and to develop industry reports that we make available to other customers.',
    ]);
    const target = review.edit(3)?.target ?? '';
    expect(target).not.toMatch(/solely[^.]*other than/);
  });
});

describe('the names a contract gives itself and its parties', () => {
  it('does not take a "Contract Reference:" line for the agreement\'s name', () => {
    const analysis = analyzeDocument(paragraphsOf(['CONDITIONS OF CONTRACT', 'Contract Reference: BRK/2026/014 - Field Services', 'These Conditions form the contract between Brackenfold Ltd (the "Supplier") and Tarnwick Council (the "Customer").', '3.1 The Supplier shall perform the Contract with reasonable care.'].join('\n')));
    expect(analysis.terms.agreement).not.toBe('Contract Reference');
  });

  it('reads a party named in brackets without quotes in an Australian preamble', () => {
    const analysis = analyzeDocument(paragraphsOf(['CUSTOMER AGREEMENT', 'Brackenfold Pty Ltd (ABN 12 345 678 901) of 1 George Street, Sydney (Brackenfold) and the customer named in the Order Form (Customer).', '3.1 Brackenfold may use Customer Data to provide the Platform.'].join('\n')));
    expect(analysis.terms.vendor).toBe('Brackenfold');
  });

  it('does not read a bracket inside a company name as a party', () => {
    const analysis = analyzeDocument(paragraphsOf(['ORDER FORM', 'Provider: Brackenfold Systems Limited, acting with its affiliate Brackenfold Systems (Ireland) Limited ("Brackenfold").', '3.1 Brackenfold may use Customer Data to provide the Services.'].join('\n')));
    expect(analysis.terms.vendor).toBe('Brackenfold');
  });
});

describe('an example struck from before the sentence’s own verb', () => {
  it('leaves the verb and the clause after it, not a sentence without a verb', () => {
    const review = preferredReview([
      'These Terms are between Tarnwick Audio Ltd ("we", "us") and the customer ("you").',
      '1.1 "Your Content" means the recordings you upload.',
      '9.4 All models, weights and other improvements we develop, including those trained with Your Content under this Addendum, belong exclusively to us, and you will have no rights in them after you close your account.',
    ]);
    const target = review.edit(2)?.target ?? '';
    expect(target).toMatch(/we develop belong exclusively to us, and you will have no rights/);
  });
});
