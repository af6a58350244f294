// Patterns named by the lawyer audits of the forty-eighth and forty-ninth sessions (audit177 onwards): the vendor's
// terms attached to the customer's own paper call the customer "Customer", and an opt-out there from a programme the
// review abolished was kept. Every clause is our own drafting.
import { preferredReview } from './agreements';

const ownPaper = [
  'This Master Agreement is between Tallowmere Foods plc ("Tallowmere") and Brindle Optics, Inc. ("Supplier").',
  '1.4 "Tallowmere Data" means all data that Tallowmere or its personnel supply to Supplier, including Customer Content as defined in Annex 2.',
  '12.1 Cloud Terms. References in Annex 2 to "Customer" mean Tallowmere and references to "Brindle" mean Supplier.',
  'Annex 2 Brindle Cloud Terms',
  '1. Customer Content. "Customer Content" means the images that Customer uploads to the cloud service.',
];

describe('an opt-out in attached vendor terms from a programme the review abolished', () => {
  const programme = '3. Shared Learning Program. Brindle may use Customer Content to train and improve the inspection models it offers to all of its customers.';
  const optOut = '4. Opting Out. Customer may opt out of the Shared Learning Program by emailing Brindle. An opt-out applies only to images uploaded after it takes effect.';

  it('is deleted as moot when the customer is called "Customer" there', () => {
    const review = preferredReview([...ownPaper, programme, optOut]);
    expect(review.edit(5)?.target ?? '').toMatch(/will not|shall not/);
    expect(review.edit(6)?.target).toBe('4. [Reserved.]');
  });

  it('reads a run-in heading with small words in lower case as no part of the clause\'s subject', () => {
    const review = preferredReview([...ownPaper, programme, optOut.replace('Opting Out.', 'Leaving the Program.')]);
    expect(review.edit(6)?.target).toBe('4. [Reserved.]');
  });
});

describe('a derived-data permission whose own proviso only limits what is disclosed', () => {
  const parties = [
    'This Subscription Agreement is between Quarrystone Survey Ltd ("Quarrystone") and the contractor named in the Order Form ("Customer").',
    '1.2 "Site Data" means the drone images and site records that Customer uploads to the Platform.',
    '1.3 "Derived Data" means measurements and statistics that Quarrystone generates from Site Data.',
  ];
  const clause =
    '6.4 Quarrystone may create Derived Data and may use, disclose and commercialise Derived Data for any purpose, provided that Quarrystone will not disclose Derived Data in a form that names Customer or identifies any individual.';

  it('keeps the permission and adds the standard the data itself must meet', () => {
    const target = preferredReview([...parties, clause]).edit(3)?.target ?? '';
    expect(target).toContain('Quarrystone may create Derived Data');
    expect(target).not.toMatch(/(?:will|shall) not create/);
    expect(target).toContain('does not identify Customer or any individual');
    expect(target).toContain('will not disclose Derived Data in a form that names Customer or identifies any individual');
  });
});
