// Patterns from the lawyer audits of agreements 235–240 (audit87–audit89) and the session after them. Every clause is
// the project's own drafting.
import { insertsOnlyWhatIsThere } from '../../src/review/repeatedProviso';
import { preferredReview } from './agreements';

const PARTIES = 'This Platform Agreement is between Brackenfold Systems, Inc. ("Provider") and Ashcombe Freight LLC ("Company").';
const DATA = '1.3 "Company Data" means all data, information and files that Company or its users submit to the Service.';

describe('a list of model providers the vendor keeps on a web page', () => {
  const LIST =
    '6. The Model Providers that Provider currently uses are identified at https://trust.brackenfold.example/ai, as that page may be updated from time to time. ' +
    'Provider may add or replace a Model Provider by updating that page at least fifteen days before the change takes effect, and Company\'s sole remedy if it objects to a change is to switch off the AI Features.';

  it('gets the objection right once, in place of a remedy that only stops the features, and no policy proviso beside it', () => {
    const target = preferredReview([PARTIES, DATA, LIST]).edit(2)?.target ?? '';
    expect(target).not.toContain('sole remedy');
    expect(target).toContain('no new Model Provider receives Company Data until Company has had written notice');
    expect(target.match(/provided that/g)).toHaveLength(1);
    expect(target).toContain('as that page may be updated from time to time. Provider may add');
  });
});

describe('a policy frozen at signature', () => {
  it('loses the sentence that takes continued use as acceptance of a later version', () => {
    const policy =
      '12. Provider\'s practices for the data used to improve the AI Features are described in its Model Use Policy at https://trust.brackenfold.example/model, as amended from time to time, which is incorporated by reference. Continued use of the AI Features after an amendment is posted constitutes acceptance of the amended policy.';
    const target = preferredReview([PARTIES, DATA, policy]).edit(2)?.target ?? '';
    expect(target).toContain('in effect on');
    expect(target).not.toContain('Continued use');
  });
});

describe('a proviso the clause already carries', () => {
  const PROVISO = 'provided that no policy or change to it shall expand Provider\'s rights in Company Data';
  it('is not inserted again', () => {
    const current = `The AI Policy applies, as updated from time to time, ${PROVISO}. The Privacy Notice also applies.`;
    expect(insertsOnlyWhatIsThere(current, [{ kind: 'insert', at: current.length - 1, text: `, ${PROVISO}` }])).toBe(true);
    expect(insertsOnlyWhatIsThere(current, [{ kind: 'insert', at: 10, text: ' and' }])).toBe(false);
    expect(insertsOnlyWhatIsThere(current, [{ kind: 'delete', start: 0, end: 4, text: 'The ' }])).toBe(false);
  });
});

describe('a training programme on by default, defined in its own clause and switched off in the next', () => {
  const TERMS = 'These Terms are between Marlow Vet Cloud, Inc. ("we", "us") and the practice that subscribes ("you").';
  const INPUTS = '1.2 "Inputs" means the notes, images and prompts you submit to the Generative Features.';
  const PROGRAMME =
    '3.3 Insights Program. If your account participates in the Marlow Clinical Insights Program (the "Program"), which is enabled by default for accounts on our Standard plan, you grant us a perpetual, irrevocable, royalty-free license to use Inputs to train and improve machine learning models, including models that we make available to other customers.';
  const SWITCH =
    '3.4 Opting Out. An account administrator may opt out of the Program at any time in Settings. Accounts on our Enterprise plan are not enrolled in the Program unless they opt in in writing.';
  const KEEPING = '9.4 Data included in the Clinical Insights Program under Section 3.3 before the Terms end may be retained indefinitely.';

  it('becomes a ban, and the switch that named it goes, though another clause still cites its number', () => {
    const review = preferredReview([TERMS, INPUTS, PROGRAMME, SWITCH, KEEPING]);
    // The heading names a programme the clause no longer runs: it takes the ban's caption (audit168).
    expect(review.edit(2)?.target).toMatch(/^3\.3 Model Training\. We will not use\b/);
    expect(review.edit(2)?.target).not.toContain('Program"');
    expect(review.edit(3)?.target).toBe('3.4 [Reserved.]');
  });

  it('stays where a clause other than the switch leans on its short name', () => {
    const leaning = '5.1 We will report to you each year on how the Program used Inputs.';
    const review = preferredReview([TERMS, INPUTS, PROGRAMME, SWITCH, leaning]);
    expect(review.edit(2)?.target ?? PROGRAMME).toContain('(the "Program")');
  });
});

describe('a licence whose purposes end with the vendor\'s own rights', () => {
  it('keeps a list that reads: the last comma becomes "and", and "under this Agreement" stays with the obligations', () => {
    const licence =
      '3.1 As between the parties, Company owns all right, title and interest in Company Data. Company grants to Provider a non-exclusive, royalty-free licence during the Term to access, use, copy, store, adapt and otherwise process Company Data to the extent necessary to provide the Service, to perform its obligations and to exercise its rights under this Agreement, and Provider may sub-license those rights to its sub-processors.';
    const target = preferredReview([PARTIES, DATA, licence]).edit(2)?.target ?? '';
    expect(target).toContain('to provide the Service and to perform its obligations under this Agreement, and Provider may sub-license');
  });
});

describe('corrections the customer\'s users make', () => {
  it('are the customer\'s data, so training on them is banned like any other', () => {
    const grant =
      '4.1 Provider may use quality-assurance corrections made by Authorised Users, such as corrected labels and overridden flags, to improve the accuracy of the AI Features for all of its customers.';
    const target = preferredReview([PARTIES, DATA, grant]).edit(2)?.target ?? '';
    expect(target).toMatch(/shall not use/);
  });
});
