// Clauses that lean on a clause the review changed (knock-on amendments, the first structural fault in the lawyer
// audits of agreements 45–56). Every clause is the project's own drafting.
import { preferredReview } from './agreements';
import { joinOps } from '../../src/review/joinOps';
import { applyOps } from '../../src/engine/applyOps';

const TALLIS = [
  'This Agreement is between Tallis Speech Ltd (the "Supplier") and the Council named in the Order (the "Buyer").',
  '1.1 "Buyer Data" means the recordings and transcripts the Buyer uploads to the Service.',
  '3.1 The Buyer grants the Supplier a licence to process Buyer Data to provide the Service to the Buyer.',
  '3.2 The Buyer grants the Supplier a licence to host and process Buyer Data to provide the Service, and to develop, tune and refine the Supplier\'s speech models and related features of the Service.',
  '3.3 Notwithstanding Clause 3.1, the Supplier may use Buyer Data to train the Supplier Models offered to its other customers.',
  '5.3 The Supplier shall retain ownership of the Supplier Models, including any improvements to them made during the Term in accordance with Clause 3.3, and nothing in this Agreement transfers any interest in them to the Buyer.',
  '9.4 Clause 9.3 shall not require the Supplier to reverse any training carried out under Clause 3.3.',
  '11.3 Clauses 3.2 (to the extent it concerns development of the Supplier\'s speech models already undertaken), 5, 7 and 9 survive termination of this Agreement.',
  'The Buyer shall pay the fees within thirty days of invoice.',
];

describe('clauses that lean on a clause the review changed', () => {
  const { edit } = preferredReview(TALLIS);

  it('loses an aside that rests on the changed clause, and keeps the rest of the sentence', () => {
    expect(edit(5)?.target).toBe(
      '5.3 The Supplier shall retain ownership of the Supplier Models, and nothing in this Agreement transfers any interest in them to the Buyer.',
    );
    expect(edit(5)?.comment.external).toMatch(/relied on Clause 3\.3 as it stood before our change/);
  });

  it('no longer keeps alive the part of a clause the review struck', () => {
    expect(edit(7)?.target).toBe('11.3 Clauses 5, 7 and 9 survive termination of this Agreement.');
  });

  it('names in the changed clause\'s internal note a clause that cites it but cannot be conformed word by word', () => {
    const changed = edit(4);
    expect(changed).toBeDefined();
    expect(changed?.comment.internal).toMatch(/Also check Clause 9\.4, which refers to Clause 3\.3\./);
    expect(changed?.comment.external).not.toMatch(/Also check/);
    expect(edit(6)).toBeUndefined();
  });
});

describe('a survival list naming a licence the review made end with the agreement', () => {
  const lines = (survival: string) => [
    'This Agreement is between Harrow Instruments Inc. ("Company") and the customer named in the Order ("Customer").',
    '1. Definitions. "Machine Data" means the readings that Customer\'s equipment sends to the Service.',
    '2. Service. Company provides the monitoring service described in the Order.',
    '4. Licence. Customer grants Company a worldwide, non-exclusive, perpetual, irrevocable licence to use, copy and modify Machine Data for any purpose.',
    '6. Fees. Customer pays the fees in the Order.',
    survival,
  ];

  it('loses the licence from the list, so the licence does not outlast the agreement', () => {
    const { edit } = preferredReview(lines('24. Survival. Sections 4, 6 and 7 survive termination of this Agreement.'));
    expect(edit(3)?.target).not.toMatch(/perpetual/);
    expect(edit(5)?.target).toMatch(/^24\. Survival\. Sections (?:4A, )?6 and 7 survive termination of this Agreement\.$/);
    expect(edit(5)?.comment.external).toMatch(/the rights it gave no longer outlast this Agreement, so it no longer survives\./);
  });

  it('keeps a clause number that only begins like it ("4A", "4.2")', () => {
    const { edit } = preferredReview(lines('24. Survival. Sections 4.2, 6 and 7 survive termination of this Agreement.'));
    expect(edit(5)?.target ?? 'unchanged: Sections 4.2, 6').toMatch(/Sections 4\.2, /);
  });

  it('loses every such licence from the list, not only the first', () => {
    const { edit } = preferredReview([
      ...lines('24. Survival. Sections 2, 4, 5, 6 and 7 survive termination of this Agreement.').slice(0, 4),
      '5. Gallery. If Customer publishes a report to the Gallery, Customer grants Company a perpetual, irrevocable licence to display that report and the Machine Data behind it.',
      '6. Fees. Customer pays the fees in the Order.',
      '24. Survival. Sections 2, 4, 5, 6 and 7 survive termination of this Agreement.',
    ]);
    const survival = edit(6)?.target ?? '';
    expect(survival).not.toMatch(/\b4, /);
    // Clause 5 loses its perpetuity and takes the agreement's term (audit175, 399 § 5.5): it no longer outlasts the
    // agreement, so the list loses it too.
    expect(edit(4)?.target).toMatch(/licence, for the term of this Agreement, to display/);
    expect(survival).toMatch(/Sections 2, (?:4A, )?6 and 7 survive/);
  });

  it('keeps a licence the review rewrote into a restriction, so the restriction outlasts the agreement (audit41)', () => {
    const { edit } = preferredReview([
      ...lines('').slice(0, 3),
      '1.2 "Derived Data" means statistics and annotations that Company derives from Machine Data.',
      '4. Licence. Customer further grants Company a perpetual, irrevocable, worldwide licence to use Derived Data to develop, train and improve Company\'s monitoring models and other products, provided that Company shall not publish Derived Data that identifies Customer.',
      '6. Fees. Customer pays the fees in the Order.',
      '24. Survival. Sections 4, 6 and 7 survive termination of this Agreement.',
    ]);
    const rewritten = edit(4)?.target ?? '';
    expect(rewritten).not.toMatch(/perpetual/);
    expect(rewritten.match(/shall not/g)?.length ?? 0).toBeGreaterThan(1);
    expect(edit(6)?.target ?? 'unchanged: Sections 4, 6 and 7').toMatch(/Sections 4, 6 and 7/);
  });

  it('loses a licence named as a subject of its own ("and the licence granted in Section 4,"), never its number alone', () => {
    const { edit } = preferredReview(lines('24. Survival. Sections 6 and 7, and the licence granted in Section 4, shall survive termination of this Agreement.'));
    expect(edit(5)?.target).toBe('24. Survival. Sections 6 and 7 shall survive termination of this Agreement.');
  });
});

describe('a survival clause that keeps a licence alive beside the clauses it lists', () => {
  it('loses that licence, and the survival of the listed clauses stands', () => {
    const { edit } = preferredReview([
      'This Agreement is between Harrow Instruments Inc. ("Company") and the customer named in the Order ("Customer").',
      '1. Definitions. "Machine Data" means the readings that Customer\'s equipment sends to the Service.',
      '2. Service. Company provides the monitoring service described in the Order.',
      '6. Fees. Customer pays the fees in the Order.',
      '24. Survival. Sections 6, 8 and 9, and any licence granted to Company with respect to Machine Data, shall survive any termination of this Agreement.',
    ]);
    expect(edit(4)?.target).toBe('24. Survival. Sections 6, 8 and 9 shall survive any termination of this Agreement.');
  });
});

describe('two edits of one paragraph joined', () => {
  it('puts a deletion before an insertion at the same place, so the joined edit applies', () => {
    const text = 'Sections 4, 5.1, 6 and 9 survive.';
    const at = text.indexOf('5.1, ');
    const joined = joinOps([{ kind: 'insert', at, text: '2.5, ' }], [{ kind: 'delete', start: at, end: at + 5, text: '5.1, ' }]);
    expect(joined && applyOps(text, joined)).toBe('Sections 4, 2.5, 6 and 9 survive.');
  });
});
