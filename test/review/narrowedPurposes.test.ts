// A narrowed purpose must not keep what it narrowed away. "for any purpose, including training Shared Models,
// publishing indices, and developing new products" lost its first example and left "for any purpose, publishing …"
// (no longer a sentence, and still unlimited); a licence narrowed to "operating and securing the Platform and
// Supplier's other products" still reached the vendor's other business. Every clause is the project's own drafting.
import { preferredReview } from './agreements';

const base = [
  'This Platform Agreement is between Ostrava Lane Analytics Ltd ("Ostrava") and the customer named in the Order Form ("Customer").',
  '1.2 "Customer Data" means all data that Customer or its Users upload to the Platform.',
  '1.3 "Telemetry" means data about how the Platform is used.',
];

describe('an unlimited purpose whose first gerund example carries the risk', () => {
  it('makes that example the exception and keeps "including" for the others', () => {
    const review = preferredReview([
      ...base,
      '4.2 Ostrava may collect Telemetry and may use, disclose and commercialise Telemetry during and after the Term for any purpose, including fine-tuning its routing models, preparing market reports, and developing new products, provided that Ostrava shall not identify Customer to any third party.',
    ]);
    const edit = review.edit(3);
    // The later gerunds are examples of their own: only the first is excepted, and they keep their "including".
    expect(edit?.target).toMatch(/for any purpose other than fine-tuning its routing models, including preparing market reports, and developing new products, provided/);
    expect(edit?.target).not.toMatch(/purpose, preparing/);
  });

  it('gives the training reason, since the excepted words are about training', () => {
    const review = preferredReview([
      ...base,
      '4.2 Ostrava may use and disclose Telemetry for any purpose, including fine-tuning its routing models, preparing market reports, and developing new products.',
    ]);
    expect(review.edit(3)?.comment.external).toMatch(/must not be used to train models/);
  });
});

describe("a licence's serving purposes joined to the vendor's other products", () => {
  it('loses the other products with the verbs it narrowed (gerunds)', () => {
    const review = preferredReview([
      ...base,
      "2.3 Customer grants to Ostrava a worldwide, royalty-free licence to copy, modify and adapt Customer Data for the purposes of operating, hosting, securing, supporting and improving the Platform and Ostrava's other products and services, provided always that Ostrava keeps Customer Data confidential.",
    ]);
    const target = review.edit(3)?.target ?? '';
    // "supporting" serves the customer too, and stays (audit169, 387 § 4.2 lost "securing" the same way).
    expect(target).toMatch(/solely for the purposes of operating, hosting, securing and supporting the Platform, provided always/);
    expect(target).not.toMatch(/other products/);
  });

  it('loses them too where the purposes are infinitives', () => {
    const review = preferredReview([
      ...base,
      "2.4 Customer grants Ostrava and its Affiliates a non-exclusive licence to store, copy and display Customer Data to the extent necessary to provide, secure, support and develop the Platform and Ostrava's other products and services.",
    ]);
    const target = review.edit(3)?.target ?? '';
    expect(target).toMatch(/to provide, secure and support the Platform\.$/);
  });
});

describe('a gerund example that is not wholly about models', () => {
  it('is not made the exception, which would take the other uses with the training', () => {
    const review = preferredReview([
      ...base,
      '4.3 Ostrava may create Aggregated Data and may use and disclose Aggregated Data during and after the Term for any lawful purpose, including publishing industry reports and training its routing models, provided that Ostrava does not identify Customer.',
    ]);
    expect(review.edit(3)?.target ?? '').not.toMatch(/other than publishing/);
  });

  it('nor is a noun list whose items end in "-ing" read as more examples', () => {
    const review = preferredReview([
      ...base,
      "4.4 Ostrava may use Telemetry and Customer Data for the purposes of developing and improving Ostrava's products and services, including improving the accuracy of its speech recognition, anti-spoofing and summarisation capabilities.",
    ]);
    expect(review.edit(3)?.target ?? '').not.toMatch(/including anti-spoofing/);
  });
});

