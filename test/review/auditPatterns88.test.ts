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
