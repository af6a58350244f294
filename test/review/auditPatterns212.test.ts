// Patterns taken up in the sixty-second session. Every clause is our own drafting.
import { reviewOf } from './agreements';

const PARTIES = 'This Agreement is between Brackenfold Systems Inc. ("Vendor") and the trust named in the Order Form ("Trust").';
const DATA = '1.1 "Trust Data" means all data and documents that the Trust or its staff submit to the Platform.';

describe('an improvement purpose closing a list, with its own list of objects (audit228, 500 § 5.5)', () => {
  const USE =
    '5.2 Vendor may use Trust Data to answer support tickets, diagnose the Platform, detect misuse and spam, and enhance the speed, stability and design of the Platform, in line with Schedule 2.';
  it('goes whole with its verb, and the list before it takes the "and"', () => {
    const target = reviewOf([PARTIES, DATA, USE], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).not.toMatch(/enhance|stability|design/);
    expect(target).toContain('to answer support tickets, diagnose the Platform, and detect misuse and spam, in line with Schedule 2.');
  });
});

describe('a training grant the customer makes outright, cited by other clauses (audit228, 499 A4.1)', () => {
  // Set in an acknowledgement, the grant has no "Vendor may" for a ban to take.
  const GRANT =
    'B2.1 The Trust recognises that the Ranking Models get better with real case outcomes, and so the Trust authorises Vendor to use Trust Data and Outputs to train, retune and evaluate the Ranking Models.';
  const CITES = 'B2.2 Ranking Models trained under paragraph B2.1 may be offered to other customers of Vendor.';
  // The review rewrites this licence to the service alone, so the contract already says the data serves nothing else.
  const LICENCE =
    '4.3 The Trust grants Vendor a perpetual, irrevocable licence to use, copy and modify Trust Data for Vendor\'s internal business purposes, including research and the development of new products.';
  const SAFEGUARD =
    'B2.3 Before using Trust Data for the purposes in paragraph B2.1, Vendor shall apply the masking steps set out in Annex 1, including the removal of names and record numbers.';
  it('becomes a permission the customer may give by written notice, with a comment that says so', () => {
    const review = reviewOf([PARTIES, DATA, LICENCE, GRANT, CITES, SAFEGUARD], { position: 'preferred', insertMissing: false });
    const edit = review.edit(3);
    expect(edit?.target).toContain('and so the Trust may, by written notice, authorise Vendor to use Trust Data and Outputs to train');
    expect(edit?.comment.external).toMatch(/written notice/);
    expect(edit?.comment.external).not.toMatch(/opt-out/);
  });

  it('leaves the safeguard that points at the grant alone', () => {
    const review = reviewOf([PARTIES, DATA, LICENCE, GRANT, CITES, SAFEGUARD], { position: 'preferred', insertMissing: false });
    expect(review.edit(3)?.target).toContain('may, by written notice, authorise');
    expect(review.edit(5)).toBeUndefined();
  });

  it('keeps a grant that also serves the customer as it was: an option would put the service itself in doubt', () => {
    const SERVES =
      'B2.1 The Trust recognises that the Ranking Models get better with real case outcomes, and so the Trust authorises Vendor to use Trust Data to provide the Platform and to train the Ranking Models.';
    const target = reviewOf([PARTIES, DATA, LICENCE, SERVES, CITES], { position: 'preferred', insertMissing: false }).edit(3)?.target ?? '';
    expect(target).not.toContain('may, by written notice, authorise');
  });
});

describe('a backup kept for a stated time beside a keeping without end (audit228, 499 § 14.3)', () => {
  const KEEP =
    '12.4 Vendor may retain copies of Trust Data in backup media for up to six (6) months, and may retain indefinitely any Trust Data incorporated into model training or evaluation datasets before termination.';
  it('keeps the backup and its period, and takes away the other keeping', () => {
    const target = reviewOf([PARTIES, DATA, KEEP], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).toContain('Vendor may retain copies of Trust Data in backup media for up to six (6) months, and');
    expect(target).not.toMatch(/may retain indefinitely|shall not retain indefinitely/);
    expect(target).toMatch(/shall not retain any Trust Data incorporated into model training/);
  });
});

describe('the vendor\'s online terms reproduced in a schedule of the customer\'s own form (audit230, 504 Sch. 4)', () => {
  const FORM = [
    'SERVICES AGREEMENT',
    'Company Procurement Reference: HF/2026/12 - Halloway Standard Terms of Procurement',
    'THIS AGREEMENT is made BETWEEN:',
    '(1) HALLOWAY FREIGHT LIMITED, a company incorporated in England whose registered office is at 4 Dock Road, Hull ("Company"); and',
    '(2) PELLWORTH TELEMATICS LIMITED, a company incorporated in England whose registered office is at 9 Mill Lane, York ("Supplier").',
    '(A) Following a competitive tender, Company wishes to appoint Supplier on Company\'s standard terms of procurement.',
    '1.1 "Company Data" means all data supplied by or on behalf of Company or recorded by the Devices.',
    '5.3 Supplier shall not use Company Data to train or otherwise develop any machine learning model.',
    'SCHEDULE 3 - INCORPORATED SUPPLIER ONLINE TERMS',
    'References in the paragraphs below to "Customer" are to Company and to "Customer Data" are to Company Data.',
    '12.1 Pellworth may use diagnostic data from Devices, including camera health data, to maintain and improve Pellworth products and services, including future Device models.',
  ];
  it('redlines the vendor\'s terms, and the improvement\'s example of future products goes with it', () => {
    const review = reviewOf(FORM, { position: 'preferred', insertMissing: false });
    expect(review.analysis.terms.vendor).toBe('Supplier');
    const target = review.edit(10)?.target ?? '';
    expect(target).not.toMatch(/improve|future Device models/);
    expect(target).toContain('to maintain Pellworth products and services');
  });
});

describe('a data clause joined to the end of an assignment clause (audit230, 503 § 12.2)', () => {
  it('goes from its ", and"; the vendor keeps its right to assign', () => {
    const ASSIGN =
      '14.3 Vendor may assign this Agreement to a successor in connection with a merger or a sale of substantially all of its assets, and any rights granted to Vendor in respect of Trust Data, Usage Data and Aggregated Data shall pass to such successor.';
    const target = reviewOf([PARTIES, DATA, ASSIGN], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? '';
    expect(target).toBe('14.3 Vendor may assign this Agreement to a successor in connection with a merger or a sale of substantially all of its assets.');
  });
});

describe('a licence whose last purpose is "as … required by law" (audit230, 503 § 4.2)', () => {
  it('is answered: a purpose the law requires keeps nothing, so it does not hold the licence back', () => {
    const LICENCE =
      '4.2 The Trust grants Vendor a worldwide, transferable and sublicensable licence to copy and adapt Trust Data (a) to provide the Platform; (b) to improve Vendor\'s other products; and (c) as otherwise permitted by this Agreement or required by law.';
    const review = reviewOf([PARTIES, DATA, LICENCE], { position: 'preferred', insertMissing: false });
    const target = review.edit(2)?.target ?? '';
    expect(target).not.toMatch(/sublicensable|other products/);
  });
});

describe('a keeping the law requires, joined to a keeping of derived data (audit230, 503 § 7.4)', () => {
  it('is never turned into "shall not retain … that it is required to retain by law"', () => {
    const KEEP =
      '9.4 Notwithstanding the foregoing, Vendor may retain Trust Data that it is required to retain by law, and Aggregated Data and any models developed under this Agreement shall not be subject to deletion.';
    const target = reviewOf([PARTIES, DATA, KEEP], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? KEEP;
    expect(target).not.toMatch(/shall not retain Trust Data that it is required/);
  });
});

describe('a keeping for a period written out in words (audit231, 506 § 14.4)', () => {
  it('is not turned into "shall cease using and shall delete … for up to one hundred and twenty (120) days"', () => {
    const KEEP =
      '15.4 Vendor may retain Trust Data for up to one hundred and twenty (120) days after termination, and thereafter in archives under its retention schedule, after which it will be deleted.';
    const target = reviewOf([PARTIES, DATA, KEEP], { position: 'preferred', insertMissing: false }).edit(2)?.target ?? KEEP;
    expect(target).not.toMatch(/shall delete Trust Data for up to/);
  });
});
