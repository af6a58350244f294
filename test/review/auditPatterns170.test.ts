// Patterns named by the lawyer audit of agreement 389 (audit170, first run at 6a2a4f9): a permission narrowed to serving
// the customer kept "commercialise" ("you do not commercialise data in order to support the Platform"), and the proviso
// on derived data was put on sentences about models, where "such data … is not used to train any model" contradicted
// a retraining licence or had nothing to refer to. Every clause is our own drafting.
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import type { SurgicalContext } from '../../src/review/redline/surgical/context';
import { editSplices } from '../../src/review/redline/surgical/edits';
import { preferredReview } from './agreements';

const vendorPaper = [
  'This Subscription Agreement is between Tidecrest Analytics Pty Ltd ("Tidecrest") and Westmarch Networks Ltd ("Customer").',
  '1.3 "Customer Data" means data that Customer or its Authorised Users upload to the Platform.',
  '1.4 "Platform Data" means logs, metrics and prompts generated through Customer\'s use of the Platform.',
  '1.5 "De-identified Data" means Customer Data from which the identity of individuals has been removed.',
];

describe('a permission narrowed to serving the customer', () => {
  it('loses the verb that sells the data with the vendor\'s own purposes', () => {
    const clause =
      '4.3 Tidecrest owns all Platform Data and may use, disclose and commercialise Platform Data for any purpose, including to operate, secure, support, improve and develop the Platform and Tidecrest\'s other products and services.';
    const target = preferredReview([...vendorPaper, clause]).edit(4)?.target ?? '';
    expect(target).toContain('to operate');
    expect(target).not.toContain('improve and develop');
    expect(target).not.toMatch(/commerciali[sz]e/);
  });
});

describe('the proviso on derived data, beside a sentence about models', () => {
  const derivedData = DEFAULT_PLAYBOOK.issues.find((issue) => issue.id === 'aggregated-data');
  const provisos = (derivedData?.positions[0]?.edits ?? []).filter((edit) => edit.kind === 'append-proviso');
  const context = (sentence: string): SurgicalContext => ({
    sentence,
    evidence: [],
    terms: preferredReview(vendorPaper).analysis.terms,
    vendorNames: ['Tidecrest'],
    mode: 'customer',
  });
  const added = (sentence: string) => provisos.map((edit) => editSplices(edit, context(sentence), (text) => text)).filter((found) => found !== undefined);

  it('is not put on a licence to retrain models, nor on the models kept after termination', () => {
    expect(provisos.length).toBeGreaterThan(0);
    expect(added('Tidecrest may use Outcome Labels, together with the Customer Data records to which they relate, to retrain, calibrate and evaluate the Models, provided that any personal information in those records is first converted to De-identified Data.')).toEqual([]);
    expect(added('Nothing in this Agreement requires Tidecrest to delete or retrain any Shared Model that was developed using De-identified Data before termination, and Tidecrest may continue to use and commercialise them after termination.')).toEqual([]);
  });

  it('is still put on a use of de-identified data for the vendor\'s own ends', () => {
    expect(added('Tidecrest may use De-identified Data for its own business purposes, including benchmarking and publishing industry reports.').length).toBeGreaterThan(0);
  });
});

describe('a sentence that only points to a statement describing the vendor\'s model work', () => {
  it('keeps what it discloses and has only the statement frozen', () => {
    const clause =
      '5.7 Further information about how Tidecrest develops, evaluates and monitors Models, including the categories of Platform Data used to develop and test them, is set out in Tidecrest\'s Responsible AI Statement at https://tidecrest.example/legal/ai, as updated by Tidecrest from time to time. Updates take effect when published.';
    const target = preferredReview([...vendorPaper, clause]).edit(4)?.target ?? clause;
    expect(target).toContain('including the categories of Platform Data used to develop and test them');
    expect(target).not.toMatch(/may use Models only after/);
  });
});
