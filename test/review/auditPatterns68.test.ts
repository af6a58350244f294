// Patterns found reading the first-run plans of agreements 197–200 (audit68). Every clause is the project's own
// drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { applyOps } from '../../src/engine/applyOps';
import { survivalEdit } from '../../src/review/survivalList';
import { preferredReview, reviewOf } from './agreements';

const PARTIES = 'These Terms are between Pennywort Apps Pty Ltd ("we", "us") and you, the business that uses Pennywort ("you").';
const CONTENT = '1.1 "Your Content" means the invoices, receipts and records you upload to Pennywort.';

describe('deemed acceptance by continued use beside a change that now needs the customer\'s agreement', () => {
  it('goes as a limb of the sentence the proviso qualifies', () => {
    const POLICY = '4.3 We may update the AI Policy at any time by posting a revised version. Updates take effect when posted, but your continued use of Pennywort after an update takes effect means you accept it.';
    const edit = preferredReview([PARTIES, CONTENT, POLICY]).edit(2);
    expect(edit?.target).toContain('provided that no policy or change to a policy will expand our rights in Your Content unless agreed in a written amendment signed by both parties');
    expect(edit?.target).toContain('Updates take effect when posted.');
    expect(edit?.target).not.toMatch(/continued use/);
  });

  it('goes as a sentence of its own', () => {
    const POLICY = '4.3 We may update the AI Policy at any time by posting a revised version. By continuing to use Pennywort after an update, you agree to the updated AI Policy.';
    const edit = preferredReview([PARTIES, CONTENT, POLICY]).edit(2);
    expect(edit?.target).toMatch(/signed by both parties\.$/);
  });

  it('stays where the edit asks for no agreement to a change', () => {
    const FEEDBACK = '8.1 If you send us feedback, we may use it for any purpose. Your continued use of Pennywort after we update these Terms means you accept the update.';
    expect(preferredReview([PARTIES, CONTENT, FEEDBACK]).edit(2)?.target ?? '').toContain('means you accept the update');
  });
});

describe('a duty to follow the customer\'s own policies, as the customer amends them', () => {
  it('is no policy the vendor can change, whatever the title between the owner and the word "Policies"', () => {
    const lines = [
      'This Agreement is between Kestrel Vale NHS Trust (the "Trust") and Marrowby Voice Ltd (the "Supplier").',
      '5.6 The Supplier shall comply with the Trust\'s Information Security and Records Management Policies as amended from time to time and notified to the Supplier in writing, and shall encrypt all Trust Data at rest.',
    ];
    expect(preferredReview(lines).analysis.findings.filter((f) => f.category === 'policy-by-reference')).toEqual([]);
  });

  it('is still a risk where the vendor itself may amend the policy', () => {
    const lines = [
      'This Agreement is between Kestrel Vale NHS Trust (the "Trust") and Marrowby Voice Ltd (the "Supplier").',
      '5.6 The Supplier shall process Trust Data in accordance with its Data Handling Policy, which the Supplier may amend from time to time.',
    ];
    expect(preferredReview(lines).analysis.findings.some((f) => f.category === 'policy-by-reference' && f.stance === 'risk')).toBe(true);
  });
});

describe('a keeping that leads into a list of its reasons', () => {
  it('is left as the lead-in, and the item that keeps for the vendor\'s own ends is answered on its own', () => {
    const { edit, plan } = preferredReview([
      PARTIES,
      CONTENT,
      '13.2 After your account closes you have 60 days to export Your Content, and then we will delete it within a further 30 days.',
      '13.3 Despite Section 13.2, we may keep Your Content after your account closes:',
      '(a) in our backups until they are overwritten in the normal course, which takes up to 12 months;',
      '(b) for as long as the law requires us to keep it; and',
      '(c) to the extent we have used it to train a model, which we may keep and use indefinitely.',
    ]);
    expect(edit(3)).toBeUndefined();
    expect(plan.skipped.some((s) => 'paragraph' in s.target && s.target.paragraph === 3 && /leads into a list/.test(s.reason))).toBe(true);
    expect(edit(6)).toBeDefined();
  });
});

describe('a survival list that names a sub-paragraph', () => {
  it('adds the new clause in its place, never between a number and its "(e)"', () => {
    const lines = [
      PARTIES,
      '4.3 We may keep Your Content in backups for ninety days after deletion.',
      '13.5 Sections 3.2, 6.1(e), 7.4, 7.7, 8 and 14 survive the closure of your account.',
    ].map((text) => ({ text }));
    const edit = survivalEdit(lines, analyzeDocument(lines), [{ number: '7.6', answers: 'no-training' }], new Set());
    expect(edit && applyOps(lines[2]!.text, edit.ops)).toBe('13.5 Sections 3.2, 6.1(e), 7.4, 7.6, 7.7, 8 and 14 survive the closure of your account.');
  });
});

describe('a training permission that a protection excepts by number, with its own opt-out and condition', () => {
  const TRUST = 'This Agreement is between Kestrel Vale NHS Trust (the "Trust") and Marrowby Voice Ltd (the "Supplier").';
  const DATA = '1.1 "Trust Data" means all audio recordings and other data that the Trust provides to the Supplier.';
  const BAN = '4.2 Save as permitted by clauses 4.4 and 4.6, the Supplier shall not use Trust Data to train any machine learning model.';
  const SUPPORT = '4.4 The Supplier may use Trust Data to the extent reasonably required to operate and support the Services.';
  const GRANT =
    '4.6 Unless the Trust has given notice under clause 4.7, the Supplier may use de-identified audio recordings derived from Trust Data to train the Supplier\'s speech recognition models, provided that the Supplier has first completed a data protection impact assessment covering such use.';
  const STOP =
    '4.7 The Trust may at any time, by written notice, require the Supplier to cease the use described in clause 4.6. Such notice shall take effect thirty (30) days after its receipt and shall apply to Trust Data collected after that date, and the Supplier shall not be required to remove from any model data used before the notice took effect.';

  it('is turned into a ban, losing the opt-out opening and the condition that no longer conditions anything', () => {
    const { edit } = reviewOf([TRUST, DATA, BAN, SUPPORT, GRANT, STOP], { position: 'preferred', insertMissing: false });
    expect(edit(4)?.target).toBe('4.6 The Supplier shall not use de-identified audio recordings derived from Trust Data to train the Supplier\'s speech recognition models.');
  });

  it('leaves the protection\'s exception citing only what still permits a use', () => {
    const { edit } = reviewOf([TRUST, DATA, BAN, SUPPORT, GRANT, STOP], { position: 'preferred', insertMissing: false });
    expect(edit(2)?.target).toBe('4.2 Save as permitted by clause 4.4, the Supplier shall not use Trust Data to train any machine learning model.');
  });

  it('says why the limits on the customer\'s notice to stop were struck', () => {
    const END = '10.3 Within thirty (30) days after this Agreement ends, the Supplier shall delete all Trust Data and certify that it has done so.';
    const { edit } = reviewOf([TRUST, DATA, BAN, SUPPORT, STOP, END], { position: 'preferred', insertMissing: false });
    const stop = edit(4);
    expect(stop?.target ?? '').not.toMatch(/thirty \(30\) days|not be required to remove/);
    expect(stop?.comment.external).toMatch(/must stop without delay and reach the data already used/);
  });
});

describe('a training permission the customer is said to agree to', () => {
  it('is turned into the vendor\'s own ban, the assent dropped and its verbs joined with "or"', () => {
    const GRANT =
      '7.7 If you are on the Starter plan, you agree that we may use Your Content, including Prompts, Output and any corrections you make to suggested categories or extracted receipt fields, to train, fine-tune, evaluate and otherwise develop the machine learning models used in Pennywort.';
    expect(preferredReview([PARTIES, CONTENT, GRANT]).edit(2)?.target).toBe(
      '7.7 If you are on the Starter plan, we will not use Your Content, including Prompts, Output and any corrections you make to suggested categories or extracted receipt fields, to train, fine-tune, evaluate or otherwise develop the machine learning models used in Pennywort.',
    );
  });

  it('gives the reason for striking that content cannot be taken back out of a model', () => {
    const lines = [
      PARTIES,
      CONTENT,
      '7.6 We will not use Your Content to train any model.',
      '7.8 You can turn off the "Help improve Pennywort" setting in Settings. Once it is off, we will stop adding your new Prompts to our training datasets, but we are not able to remove content from models that have already been trained.',
      '13.2 Within 30 days after your account closes, we will delete Your Content.',
    ];
    const edit = preferredReview(lines).edit(3);
    expect(edit?.target ?? '').not.toMatch(/not able to remove/);
    expect(edit?.comment.external).toMatch(/must stop without delay and reach the data already used/);
  });
});

describe('a training grant that names the use it allows', () => {
  it('loses, once banned, the later sentence that says that named use is on by default', () => {
    const GRANT =
      '5.2 If your workspace is on a Team plan, you agree that we may use Your Content to train the models that power Pennywort ("Model Training"). Model Training is switched on by default for those plans.';
    const target = preferredReview([PARTIES, CONTENT, GRANT]).edit(2)?.target ?? '';
    expect(target).toContain('we will not use Your Content to train the models that power Pennywort ("Model Training").');
    expect(target).not.toContain('switched on by default');
  });
});
