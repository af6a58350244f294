// Per-clause expectations for the language patterns of calibration round 45 (found in the first runs of blind61 and
// agreements 317–318, 2026-12-06): a customer who "may by notice require the Supplier to cease" a use holds a lever
// over it, the "cease" being its demand; a deletion promise "save that A, B and any C … will be retained by <vendor>"
// keeps data for the vendor, however long the listed subject; ", whereupon <a long subject> shall not …" is a
// statement of its own; and "withdraw its agreement" to a use is withdrawing consent. Every clause is our own
// drafting, and each is read alone, as the evaluation reads a clause.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe("the customer's right to require the vendor to stop a use", () => {
  it('is a lever over data use, not a ban the clause lays down', () => {
    const text = '7.4 The Buyer may at any time by written notice require the Contractor to cease any processing of Buyer Data for purposes other than the delivery of the Services, including benchmarking and product research.';
    expect(categoriesOf(text)).toContain('opt-out:protective');
  });

  it('is not read into a requirement the vendor places on the customer', () => {
    const text = 'The Contractor may require the Buyer to cease using the Services if an invoice is unpaid for sixty days.';
    expect(categoriesOf(text)).not.toContain('opt-out:protective');
  });
});

describe('a deletion promise with a listed exception that keeps data', () => {
  it('reads the keeping for the vendor, however many items the subject lists', () => {
    const text = "9.2 On expiry, Lanterne will erase the Client's Route Data, save that Journey Metadata, Derived Route Scores and any camera stills already added to validation datasets for the Navigation Model will be kept by Lanterne and are not subject to erasure.";
    expect(categoriesOf(text)).toContain('survival-retention:risk');
  });

  it('keeps an aside inside the exception an aside', () => {
    const text = '9.3 Lanterne keeps trip logs for thirty days to show recent journeys, after which they are erased from the Service, except that samples chosen for quality checks, from which names have been removed, may be kept for up to two years and thereafter for as long as they form part of a test dataset.';
    expect(categoriesOf(text)).toContain('survival-retention:risk');
  });
});

describe('a withdrawal followed by ", whereupon"', () => {
  it('gives the customer a lever, and the consequence is a statement of its own', () => {
    const text = '5.3 The Client may at any time, by notice in the portal, withdraw its agreement under clause 5.2, whereupon Field Records uploaded after the date of that notice shall not be added to any training dataset.';
    expect(categoriesOf(text)).toContain('opt-out:protective');
    expect(categoriesOf(text)).not.toContain('ai-training:risk');
  });
});
