// Where an inserted protection lands and how it is numbered, in the two layouts the lawyer audits of agreements 88
// and 93 found it misplaced: consumer terms numbered "(1)", "(2)" under "§" headings, and a contract whose order form
// and schedule follow the body. Clauses are the project's own drafting.
import { paragraphsFromText } from '../../src/engine/paragraphsFromText';
import { reviewOf } from './agreements';

const consumerTerms = [
  'These Terms are an agreement between you and Quillmoor Games GmbH ("Quillmoor", "we", "us").',
  '§ 1 Your Account',
  '(1) You must keep your password secret.',
  '(2) We may close your account if you break these Terms.',
  '§ 2 Your Content',
  '(1) "Your Content" means the posts, chat messages and prompts you send through the App.',
  '(2) You grant us a worldwide, perpetual, sublicensable licence to use and adapt Your Content for any purpose.',
  '(3) We may use Your Content to train the models that power our AI companion.',
  '§ 3 Purchases',
  '(1) Purchases of coins are final.',
  '(2) Refunds follow the rules of the app store you bought from.',
];

const contractWithOrderForm = [
  'This Master Services Agreement is between Thornbury Route Systems Limited ("Supplier") and Calder Freight Limited ("Customer").',
  '1. DEFINITIONS',
  '1.1 "Customer Data" means the vehicle data, footage and documents that the Customer uploads to the Platform.',
  '4. DATA',
  '4.1 The Supplier may use Customer Data to train and improve the models it offers to all of its customers.',
  '4.2 The Supplier may keep Customer Data for as long as it sees fit, and Clause 4.1 survives termination.',
  '5. GENERAL',
  '5.1 This Agreement is governed by the laws of England.',
  'ORDER FORM',
  'Subscription: 120 vehicles, annual fee as quoted.',
  'SCHEDULE 2 – AI FEATURES',
  '1. The Supplier may use Customer Data to tune the route models shared by its customers.',
  '2. The Supplier may send Customer Data to its model providers.',
  '3. The Supplier may publish statistics drawn from Customer Data.',
];

describe('an inserted protection', () => {
  it('goes into the section that deals with the data and takes its next "(n)" number in terms written under "§" headings', () => {
    const { inserts } = reviewOf(consumerTerms, { position: 'preferred' });
    const audit = inserts().find((item) => item.answers === 'audit');
    expect(audit?.after).toBe(7);
    expect(audit?.number).toBe('(4)');
    expect(audit?.text).toMatch(/^\(4\) /);
  });

  it('goes into the body, never into the order form or a schedule, and is referred to by the contract\'s own word', () => {
    const { inserts } = reviewOf(contractWithOrderForm, { position: 'preferred' });
    for (const item of inserts()) expect(item.after).toBeLessThan(8);
    const audit = inserts().find((item) => item.answers === 'audit');
    expect(audit?.after).toBe(5);
    // The deletion clause took 4.3 beside the retention clause.
    expect(audit?.number).toBe('4.4');
    expect(audit?.comment.external).toMatch(/^We inserted a new clause as Clause 4\.4\./);
  });
});

describe('reading a plain-text contract', () => {
  it('takes "§ 5 AI Features" on its own line for a heading, and a numbered sentence for no heading', () => {
    const [heading, clause] = paragraphsFromText('§ 5 AI Features\n(1) We may use your prompts.');
    expect(heading?.isHeading).toBe(true);
    expect(clause?.isHeading).toBeUndefined();
    expect(paragraphsFromText('§§ 4(2) and 4(3) survive termination.')[0]?.isHeading).toBeUndefined();
  });
});
