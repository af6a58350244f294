// Patterns named by the lawyer audit of agreements 169–172 (audit61): a stock clause put in place of a clause about
// something else. The deletion clause replaced a sentence that keeps nothing, and the service licence replaced a
// licence of what the customer chooses to publish. Every clause is the project's own drafting.
import { reviewOf } from './agreements';
import { offTarget } from '../../src/review/offTarget';
import type { Finding } from '../../src/engine/types';

const review = (...lines: string[]) => reviewOf(lines, { position: 'preferred', insertMissing: false });

describe('the deletion clause is no like for like for a sentence that keeps nothing', () => {
  it('leaves a training sentence whose only "keep" is what people keep, rather than rewriting it as deletion', () => {
    const TERMS = 'These terms are between Glimmerhaus Ltd ("we") and you. "Your Images" means the photos you upload to the app.';
    const OFF = 'We do not use Your Images to train our models unless you turn on "Help us improve".';
    const clause =
      'When our "Help us improve" setting is on, we use Your Images to train and improve the machine learning models that power the app - for example, to teach them to recognise skies, faces and objects and to learn which edits people keep.';
    const { plan, edit } = review(TERMS, OFF, clause);
    expect(edit(2)?.target ?? clause).not.toMatch(/^Within 30 days after/);
    // Read as keeping at all, it is left with that reason; read through the dashes as an example, it keeps nothing.
    const keeping = plan.skipped.filter((s) => s.target.category === 'survival-retention' && s.target.paragraph === 2);
    expect(keeping.every((s) => /not keeping it after the end/.test(s.reason))).toBe(true);
  });

  it('still rewrites a sentence that keeps the data after the end', () => {
    const TERMS = 'These terms are between Glimmerhaus Ltd ("we") and you. "Your Images" means the photos you upload to the app.';
    const clause = 'We may keep Your Images indefinitely after you close your account.';
    expect(review(TERMS, clause).edit(1)?.target).toBeDefined();
  });
});

describe('a licence of what the customer chooses to publish', () => {
  it('is narrowed in its own words, not replaced by the service licence', () => {
    const PARTIES = 'This Agreement is between Lantern Learning Ltd ("the Supplier") and Ashby Primary School ("the School").';
    const DATA = '1.1 "School Content" means lesson plans and other materials the School uploads to the Platform.';
    const clause =
      "4.2 Where the School chooses to publish an item of School Content to the Platform's Shared Resources library, the School grants the Supplier a perpetual, irrevocable, worldwide, royalty-free licence, with the right to sublicense to other subscribing schools, to use, reproduce, adapt and distribute that item.";
    const SERVICE = '4.1 The School grants the Supplier a licence to host and process School Content to provide the Services.';
    const edit = review(PARTIES, DATA, SERVICE, clause).edit(3);
    expect(edit?.target).toMatch(/^4\.2 Where the School chooses to publish an item of School Content to the Platform's Shared Resources library, the School grants the Supplier/);
    expect(edit?.target).not.toMatch(/perpetual|irrevocable/);
  });
});

describe('the service licence is no like for like for a licence of what the customer chooses to share', () => {
  const finding = (quote: string): Finding =>
    ({ id: 'f', category: 'broad-license', stance: 'risk', severity: 'high', paragraph: 3, start: 0, end: quote.length, quote, explanation: '', evidence: [], rules: ['broad-licence'] }) as unknown as Finding;

  it('refuses to put the service licence in place of a licence the customer opted into', () => {
    const quote = '3.2 While Customer is enrolled, Customer grants Provider a perpetual, irrevocable, royalty-free license to use de-identified Inputs to train its models.';
    expect(offTarget(finding(quote), true, ['Inputs'], 'Customer', true)).toMatch(/chooses to share/);
  });

  it('lets it replace a licence the customer gives whatever it chooses', () => {
    const quote = '3.2 Customer grants Provider a perpetual, irrevocable, royalty-free license to use Inputs for any purpose.';
    expect(offTarget(finding(quote), true, ['Inputs'], 'Customer', true)).toBeUndefined();
  });
});

describe('consumer terms ask for deletion as an individual would', () => {
  it('asks for confirmation on request, not an officer\'s certificate for regulators', () => {
    const lines = [
      'These terms are between Glimmerhaus Ltd ("we") and you. "Your Images" means the photos you upload to the app.',
      'We may use Your Images to train the models that power the app.',
      'You can close your account at any time in Settings.',
      'You must be at least 16 years old to use the app.',
    ];
    const inserted = reviewOf(lines, { position: 'preferred' }).inserts().find((item) => item.answers === 'deletion');
    expect(inserted?.text).toMatch(/will confirm the deletion to you in writing on request\.$/);
    expect(inserted?.text).not.toMatch(/officer/);
    expect(inserted?.comment.external).not.toMatch(/regulators|certificate/);
  });
});
