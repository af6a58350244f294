// audit41's wrong-target pattern: a licence is narrowed by its purpose, not by striking the processing rights the
// service runs on (a summary is a derivative work of the call). Clauses are the project's own drafting.
import { preferredReview } from './agreements';

const doc = (clause: string) => [
  'This Services Agreement is between Quellor Systems Limited (the "Supplier") and Harbourside Mutual Society (the "Society").',
  '"Services" means the call transcription and summary services described in the Order Form.',
  '"Ledger Data" means all call recordings and account records that the Society makes available to the Supplier.',
  clause,
  'The Society shall pay the fees in the Order Form, and the Society may dispute an invoice within thirty days.',
];

describe('a licence of the customer\'s data', () => {
  it('kept to providing the service, is left as it is, derivative works and all', () => {
    const review = preferredReview(
      doc('3.1 The Society grants the Supplier a non-exclusive licence to host, copy, process and create derivative works of Ledger Data solely to provide the Services to the Society.'),
    );
    expect(review.edit(3)).toBeUndefined();
  });

  it('loses "otherwise to exercise the Supplier\'s rights" and keeps the rights the service needs', () => {
    const edit = preferredReview(
      doc(
        "3.1 The Society grants the Supplier a worldwide, non-exclusive licence to host, copy, transmit, display and create derivative works of Ledger Data as reasonably necessary to provide the Services and otherwise to exercise the Supplier's rights and perform its obligations under this Agreement.",
      ),
    ).edit(3);
    expect(edit?.target).toBe(
      '3.1 The Society grants the Supplier a worldwide, non-exclusive licence to host, copy, transmit, display and create derivative works of Ledger Data as reasonably necessary to provide the Services and perform its obligations under this Agreement.',
    );
  });

  // "supporting and improving" goes as one item, so "supporting" with it; the lawyer may keep it.
  it('keeps its serving purpose, closed with "solely", when its own ends are struck from "for the purposes of"', () => {
    const edit = preferredReview(
      doc('3.1 The Society grants the Supplier a non-exclusive licence to use, copy, adapt and modify Ledger Data for the purposes of providing, supporting and improving the Services.'),
    ).edit(3);
    expect(edit?.target).toBe(
      '3.1 The Society grants the Supplier a non-exclusive licence to use, copy, adapt and modify Ledger Data solely for the purposes of providing and supporting the Services.',
    );
  });
});

describe('a licence "for the purposes of performing the Services and exercising its rights"', () => {
  it('loses the vendor\'s own rights and says the service is its only purpose', () => {
    const edit = preferredReview(
      doc('3.1 The Society grants the Supplier a non-exclusive licence to use, copy, modify and process Ledger Data for the purposes of performing the Services and exercising its rights under this Agreement.'),
    ).edit(3);
    expect(edit?.target).toBe('3.1 The Society grants the Supplier a non-exclusive licence to use, copy, modify and process Ledger Data solely for the purposes of performing the Services.');
  });
});
