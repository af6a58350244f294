// Patterns named by the lawyer audits of agreements 333–336 (audit136, audit137), taken up in the forty-second session:
// the customer granted itself a licence once it owned the outputs; a legal hold on data a subpoena asks for was struck
// as retention; tuning the customer's own instance was banned as training; and grants over the data the customer's
// personal data is "contained in" were left alone as naming no customer data. Every clause is our own drafting.
import { leavesBrokenText } from '../../src/review/brokenText';
import { namesDerivedData } from '../../src/review/namesTheData';
import { strikeSurvival } from '../../src/review/redline/surgical/keepingEdits';
import { preferredReview } from './agreements';

const base = [
  'This Subscription Agreement is between Corvale Systems Inc. ("Corvale") and the fleet operator named in the Order Form ("Customer").',
  '1.2 "Customer Data" means all data that Customer submits to the Platform.',
];

describe('an owner swapped to the customer', () => {
  it('takes the licence back to the customer, joined by a plain "and", with it', () => {
    const review = preferredReview([...base, 'B.4 Outputs. As between the parties, Corvale owns all route scores, alerts and other outputs of the AI Features ("Outputs") and grants Customer a non-exclusive licence during the Term to use Outputs for its internal purposes.']);
    const edit = review.edit(2);
    expect(edit?.target).toMatch(/Customer owns all route scores/);
    expect(edit?.target).not.toMatch(/grants Customer/);
  });
});

describe('a legal hold', () => {
  it('keeps the vendor\'s right to preserve what a pending subpoena asks for', () => {
    const review = preferredReview([
      ...base,
      '5.5 Legal Process. If Corvale receives a subpoena or court order for Customer Data, Corvale will promptly notify Customer. Corvale may preserve Customer Data responsive to any such request for so long as the request remains pending.',
    ]);
    expect(review.edit(2)?.target ?? review.paragraphs[2]?.text).toMatch(/may preserve Customer Data responsive to any such request/);
  });
});

describe("tuning the customer's own instance", () => {
  it('is the service the customer buys, not training to ban', () => {
    const review = preferredReview([...base, '3. Corvale may use Customer Data to tune intent classifiers and prompt configurations for the Customer Instance. Tuned components form part of the Corvale Materials but will be deployed only in the Customer Instance during the Term.']);
    expect(review.edit(2)).toBeUndefined();
  });
});

describe('derived data named with the store it joins', () => {
  it('is still data derived from the customer\'s, where the store is not its source', () => {
    expect(namesDerivedData('De-identified utterances produced through that review form part of Service Telemetry and may be incorporated into the shared intent library.')).toBe(true);
    expect(namesDerivedData('We may use aggregated usage data to improve the Services.')).toBe(false);
    expect(namesDerivedData('We may create de-identified data from service telemetry and metadata.')).toBe(false);
  });
});

describe('first runs on agreements 337–340 (audit138, audit139)', () => {
  const research = [
    'This Agreement is between the Tarnhill Health Authority (the "Authority") and Vossberg Imaging Inc. (the "Contractor").',
    '1.2 "Authority Data" means all data the Authority provides to the Contractor.',
    '4.1 The Contractor shall not use Authority Data to train any model and shall delete Authority Data when this Agreement ends.',
  ];

  it('strikes only the limb that keeps the data in trained models, not the customer\'s right to withdraw before it', () => {
    const review = preferredReview([
      ...research,
      "D.10 Withdrawal. The Authority may end further disclosures of Authority Data at any time; any such withdrawal does not require the Contractor to remove Authority Data from Models already trained.",
    ]);
    const target = review.edit(3)?.target ?? '';
    expect(target).toMatch(/^D\.10 Withdrawal\. The Authority may end further disclosures of Authority Data at any time\.$/);
  });

  it('strikes a sentence that only makes a licence granted elsewhere perpetual, leaving no doubled space', () => {
    const review = preferredReview([
      ...research,
      '5. Effect of contribution. The licence in paragraph 4 is perpetual and irrevocable in respect of Authority Data contributed before termination. The Contractor will report on the contribution each year.',
    ]);
    const target = review.edit(3)?.target ?? '';
    expect(target).toBe('5. Effect of contribution. The Contractor will report on the contribution each year.');
  });
});

describe('a training limb struck from a list of purposes', () => {
  it('takes the proviso that names it by its number with it, and no cross-reference opens an item', () => {
    const review = preferredReview([
      'This Agreement is between Pellworth Inc. ("Pellworth") and Harrow Brands Inc. ("Client").',
      '1.2 "Client Data" means all data that Client uploads to the Services.',
      "A.5 Pellworth may use Client Data (i) to fine-tune brand-voice models dedicated to Client's workspace, and (ii) to train and improve the ranking models used across the Services, provided that data used under clause (ii) is de-identified.",
    ]);
    const target = review.edit(2)?.target ?? '';
    expect(target).toMatch(/dedicated to Client's workspace\.$/);
    expect(target).not.toMatch(/clause \(ii\)|\[Reserved\]/);
  });
});

describe('first runs on agreement 339 (audit138)', () => {
  const terms = [
    'These Terms are between Pellworth Voice Ltd ("we") and the customer ("you").',
    '1.2 "Inputs" means audio and text you submit to the Services.',
    '6.2 Unless you have opted out under clause 6.4, we may use Inputs to train and improve the Pellworth Models.',
  ];

  it('takes the limb denying any duty to retrain, joined by a bare "and", and never leaves "to remove data from."', () => {
    const sentence = 'An opt-out applies only to Inputs submitted after the setting is changed and does not oblige us to remove data from, or to retrain, any Pellworth Model that has already been trained.';
    const splices = strikeSurvival(sentence) ?? [];
    expect(splices.map((s) => sentence.slice(s.start, s.end))).toEqual([' and does not oblige us to remove data from, or to retrain, any Pellworth Model that has already been trained']);
    const cut = sentence.indexOf(', or to retrain');
    expect(leavesBrokenText(sentence, [{ kind: 'delete', start: cut, end: sentence.length - 1, text: sentence.slice(cut, -1) }])).toBeDefined();
  });

  it('answers retention of data named only by the clause that used it', () => {
    const review = preferredReview([...terms, '7.3 Copies of Inputs may persist in encrypted backups for up to 90 days after deletion. Data that we selected for training under clause 6.2 before deletion, and any Pellworth Model trained on that data, may be retained indefinitely.']);
    const target = review.edit(3)?.target;
    expect(target).toBeDefined();
    expect(target).not.toMatch(/retained indefinitely/);
  });
});
