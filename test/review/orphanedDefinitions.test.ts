// A definition the review's edits leave unused is deleted, its number kept, and its number leaves the survival list
// (lawyer audits of agreements 87 and 93). Clauses are the project's own drafting.
import { preferredReview } from './agreements';

const contract = (extra: string[] = []) => [
  'This Agreement is between Tamsin Route Analytics Limited ("Supplier") and Ottery Coaches Limited ("Customer").',
  '1.1 "Customer Data" means the trip logs, dashcam footage and driver records that the Customer uploads to the Platform.',
  '3.1 The Customer grants the Supplier a worldwide, perpetual and irrevocable licence to use, copy, adapt and publish Customer Data for the Permitted Purposes.',
  '3.2 "Permitted Purposes" means (a) providing the Platform; (b) fixing faults; and (c) developing and training the Supplier\'s route models for all of its customers.',
  ...extra,
  '9.4 Clauses 3.1, 3.2 and 7 survive termination of this Agreement.',
];

describe('a definition that only the changed clause used', () => {
  it('is deleted once the change takes its last use away, and leaves the survival list', () => {
    const { edit } = preferredReview(contract());
    expect(edit(2)?.target).not.toMatch(/Permitted Purposes/);
    expect(edit(3)?.target).toBe('3.2 [Reserved.]');
    expect(edit(3)?.comment.external).toBe('We have deleted this definition. After our change to Clause 3.1, "Permitted Purposes" is no longer used in this Agreement.');
    expect(edit(4)?.target).toMatch(/^9\.4 Clauses 3\.1, 7 survive|^9\.4 Clauses 3\.1 and 7 survive/);
  });

  it('stays while another clause still uses it', () => {
    const { edit } = preferredReview(contract(['7.1 The steering committee may ask the Supplier to explain how the Permitted Purposes apply to a new feature.']));
    expect(edit(3)?.target ?? 'unchanged').not.toBe('3.2 [Reserved.]');
  });
});
