// Patterns named by the lawyer audit of agreements 387–388 (audit169, first runs at 6a2a4f9): the vendor's AI addendum
// attached as a schedule to the customer's own form went unmarked as "your own form" (388 Schedule 4); a training grant
// worded as the customer's authorisation, with an inline definition the contract uses, was left standing (387 § 5.2);
// and a safeguard on the data "used for this purpose" blocked the ban (388 A1). Every clause is our own drafting.
import { preferredReview, skippedWith } from './agreements';

const ownForm = [
  'THE HOLLINGBURY GALLERY TRUST',
  'CONTRACT FOR SERVICES: STANDARD CONDITIONS',
  'PARTIES',
  '(1) THE HOLLINGBURY GALLERY TRUST, a charitable company limited by guarantee (the "Trust"); and',
  '(2) INKWELL SCRIPT LIMITED, a company incorporated in England and Wales (the "Supplier").',
  '1.1 "Trust Data" means all data, images and records supplied by or on behalf of the Trust.',
  '5.2 The Supplier shall not use Trust Data to train any model except a model used solely for the Trust.',
  '5.3 The Supplier may retain Trust Data for six years after termination where the Trust asks it to keep an archive copy.',
];
const addendum = [
  'SCHEDULE 4: SUPPLIER\'S AI ADDENDUM',
  'Inkwell AI Services Addendum (version 3)',
  'This Addendum forms part of the agreement between Inkwell and the Customer. In this Addendum, "Customer" means the Trust, "Customer Content" means the Trust Data, and "we", "us" and "Inkwell" mean the Supplier.',
  'A1. Service Improvement. You agree that we may use Customer Content, including any corrections you make to Transcriptions ("Corrections"), to train and improve our general recognition models for the benefit of all our customers, provided that any Customer Content used for this purpose is first pseudonymised.',
  'A2. Corrections are reviewed weekly by our quality team.',
];

describe('the customer\'s own form with the vendor\'s addendum attached', () => {
  const review = preferredReview([...ownForm, ...addendum]);

  it('leaves the customer\'s own clauses for instructions', () => {
    expect(review.edit(7)).toBeUndefined();
    expect(skippedWith(review.plan, 7, /own form/)).toBe(true);
  });

  it('redlines the vendor\'s addendum as vendor paper, keeping the definition the addendum uses', () => {
    const target = review.edit(11)?.target ?? '';
    expect(target).toMatch(/\bwe will not use Customer Content\b/i);
    expect(target).toContain('("Corrections")');
    expect(target).not.toContain('first pseudonymised');
  });
});

describe('a training grant worded as the customer\'s authorisation', () => {
  it('becomes the vendor\'s ban, and the inline definition stays', () => {
    const paper = [
      'This Master Subscription Agreement is between Gantry Labs, Inc. ("Gantry") and the customer named in the Order Form ("Customer").',
      '1.4 "Customer Data" means data that Customer uploads to the Services.',
      '1.5 "Site Photos" means photographs of a project site uploaded by or for Customer.',
      '5.2 Model Training. Customer therefore authorizes Gantry to use Site Photos and any corrections that Authorized Users make to Findings ("Feedback Notes") to train, retrain and evaluate the models that power the AI Features.',
      '5.3 Gantry may display Feedback Notes to Authorized Users.',
    ];
    const target = preferredReview(paper).edit(3)?.target ?? '';
    expect(target).toMatch(/^5\.2 Model Training\. Gantry (?:shall|will) not use Site Photos\b/);
    expect(target).toContain('("Feedback Notes")');
  });
});

describe('the edits of a vendor\'s licence, policy and vendor clauses (387)', () => {
  const paper = [
    'This Master Subscription Agreement is between Gantry Labs, Inc. ("Gantry") and the customer named in the Order Form ("Customer").',
    '1.4 "Customer Data" means data that Customer uploads to the Services.',
    '1.5 "Site Photos" means photographs of a project site uploaded by or for Customer.',
  ];

  it('narrows a licence without leaving a stray comma, keeps "securing", and drops "as otherwise described"', () => {
    const licence =
      '4.2 License to Gantry. Customer grants Gantry a worldwide, non-exclusive, royalty-free, fully paid-up license, sublicensable through multiple tiers, to host, copy and modify Customer Data for the purposes of providing, supporting, securing and improving the Services and as otherwise described in this Agreement.';
    const target = preferredReview([...paper, licence]).edit(3)?.target ?? '';
    expect(target).not.toContain('license, to host');
    expect(target).toContain('securing the Services');
    expect(target).not.toContain('improving');
    expect(target).not.toContain('as otherwise described');
  });

  it('keeps the sentence that names a policy, when only the policy describes the training', () => {
    const clause =
      '5.8 Responsible AI Policy. Customer\'s use of AI Features is subject to Gantry\'s Responsible AI Policy at gantry.example/ai-policy, which describes, among other things, the categories of Customer Data that Gantry uses to train AI Features. Gantry may update the Responsible AI Policy at any time.';
    const target = preferredReview([...paper, clause]).edit(3)?.target ?? clause;
    expect(target).toContain('is subject to Gantry\'s Responsible AI Policy at gantry.example/ai-policy');
  });
});
