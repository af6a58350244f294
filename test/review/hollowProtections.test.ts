// A protection elsewhere in the agreement excuses an edit of a grant only when it binds the vendor without giving way:
// a lawyer audit found a training grant left standing because "shall not use … except as expressly provided in this
// Agreement" and a provider's flow-down were taken as the answer. Clauses are the project's own drafting.
import { preferredReview } from './agreements';

const PARTIES = 'This agreement is between Larkspur Cloud Ltd ("Supplier") and Fenwood Partners LLP ("Client").';
const DATA = '"Client Files" means the documents, prompts and recordings that Client uploads to the Platform.';
const editOf = (clauses: readonly string[], at: number) => preferredReview([PARTIES, DATA, ...clauses]).edit(at);

const GRANT =
  '6.1 Supplier may use Client Files to build and tune the Supplier Models, and Client agrees that Supplier may continue to cause the Supplier Models to learn Client Files during the term of this Agreement.';

describe('a training grant beside a protection that does not bind the vendor for good', () => {
  it('is edited when the only promise yields to what the agreement expressly provides', () => {
    const edit = editOf(['2.1 Supplier shall not use Client Files for any purpose other than providing the Services, except as expressly provided in this Agreement.', GRANT], 3);
    expect(edit?.target).toMatch(/^6\.1 Supplier shall not use\b/);
  });

  it('is edited when the only promise binds the model provider', () => {
    const edit = editOf(['4.2 Supplier shall cause the provider named in Schedule 2 not to use Client Files to train its models.', GRANT], 3);
    expect(edit?.target).toMatch(/^6\.1 Supplier shall not use\b/);
  });

  // It was left whole until audit205 (457 A5.3) read a bare grant left beside the promise as a contradiction to strike:
  // it now goes as "[Reserved.]", still never a second copy of the promise.
  it('is not rewritten into a second copy of the promise when the vendor itself has already made it', () => {
    const target = editOf(['2.1 Supplier shall not use Client Files to train any machine learning model.', GRANT], 3)?.target ?? '';
    expect(target).not.toMatch(/shall not use/);
    expect(['', '6.1 [Reserved.]']).toContain(target);
  });
});
