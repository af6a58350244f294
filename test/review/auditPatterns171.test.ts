// Patterns named by the lawyer audit of agreement 391 (audit171, first run at 32cf0c8): a ban built from a training
// permission kept its lists conjunctive ("shall not use Customer Data, Prompts, AI Output and Authorised Users'
// ratings of AI Output … to train, fine-tune, evaluate and improve"), which forbids only doing all of them at once.
// Every clause is our own drafting.
import { preferredReview } from './agreements';

describe('a ban built from a permission to train on a list of things', () => {
  it('names each thing and each kind of model work with "or"', () => {
    const lines = [
      'This Subscription Agreement is between Penmoor Payroll Ltd ("Penmoor") and the employer named in the Order Form ("Customer").',
      '1.4 "Customer Data" means all data that Customer uploads to the Services.',
      '1.5 "Prompts" means questions that Authorised Users submit to the AI Features, and "AI Output" means the answers the AI Features generate.',
      '4.2 Penmoor may use Customer Data, Prompts, AI Output and Authorised Users\' ratings of AI Output to train, fine-tune, evaluate and improve the proprietary models used in the AI Features.',
    ];
    const target = preferredReview(lines).edit(3)?.target ?? '';
    expect(target).toContain('Prompts, AI Output or Authorised Users\' ratings of AI Output');
    expect(target).toMatch(/train, fine-tune, evaluate or improve/);
  });
});
