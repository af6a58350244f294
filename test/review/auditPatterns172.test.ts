// Patterns named by the lawyer audit of agreement 393 (audit172, first run at 32cf0c8): a purpose struck from a list of
// nouns ("for security, abuse monitoring and model evaluation, regardless of any earlier deletion …") left "abuse
// monitoring and regardless of …", because the qualifier after the list was read as one more purpose. Every clause is
// our own drafting.
import { preferredReview } from './agreements';

const paper = [
  'This Platform Agreement is between Briefwell Legal Technologies, Inc. ("Briefwell") and the firm named in the Order Form ("Customer").',
  '1.4 "Prompts" means the questions and instructions that Customer\'s users submit to the AI Features.',
  '1.5 "Output" means the text the AI Features generate in response to Prompts.',
  '5.2 Briefwell will not use Customer Data or Prompts to train any model.',
];

describe('a keeping for a list of purposes, one of them the vendor\'s own', () => {
  it('loses that purpose and keeps the list and its qualifier grammatical', () => {
    const clause =
      'A.8 Retention of Prompts and Output. Briefwell retains Prompts and Output in the Services for the life of the applicable matter, and retains logs of Prompts and Output for up to twenty-four (24) months after their creation for security, abuse monitoring and model evaluation, regardless of any earlier deletion of the related matter.';
    const target = preferredReview([...paper, clause]).edit(4)?.target ?? '';
    expect(target).toContain('for security and abuse monitoring, regardless of any earlier deletion');
    expect(target).not.toContain('model evaluation');
  });
});
