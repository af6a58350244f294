// audit44 (agreement 111): a sentence that keeps the vendor's own IP and grants the customer a licence was replaced
// whole by the playbook's clause on derived data, taking the customer's licence with it. Our own drafting.
import { preferredReview } from './agreements';

describe('a sentence that also grants the customer a licence', () => {
  const paragraphs = [
    'This Call-Off Contract is made between Harrowgate Language Services Ltd (the "Contractor") and the Borough Council (the "Authority").',
    '1.1 "Authority Data" means the documents and recordings that the Authority gives the Contractor to translate.',
    '1.2 "Term Banks" means glossaries, aligned segments and other reusable resources derived from Authority Data while translating, all of which form part of the Contractor\'s Background IPR.',
    '4.2 The Contractor shall retain all Intellectual Property Rights in its Background IPR, including its translation engines and the Term Banks, and hereby grants to the Authority a non-exclusive, perpetual, royalty-free licence to use any Term Banks delivered with the translations for the Authority\'s own purposes.',
    'The Authority shall pay each invoice within thirty days. The Contractor shall notify the Authority of any breach.',
  ];

  it('is not replaced by the playbook clause, and the lawyer is told why', () => {
    const review = preferredReview(paragraphs);
    const edit = review.edit(3);
    expect(edit === undefined || edit.target.includes('grants to the Authority a non-exclusive, perpetual, royalty-free licence')).toBe(true);
  });
});
