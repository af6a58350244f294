// Patterns taken up in the fifty-sixth session. Every clause is our own drafting.
import { clausePaths } from '../../src/review/clauseNumbers';
import { duaReview, preferredReview, reviewOf, skippedWith } from './agreements';

describe('the vendor\'s power to change the agreement itself (audit203 453 A8.2, audit205 457 § 13.4, audit209 464 § 14.3)', () => {
  const PARTIES = 'This Subscription Agreement is between Harrowgate Analytics Ltd ("Supplier") and the bank named in the Order Form ("Customer").';
  const DATA = '1.2 "Customer Data" means the call recordings and notes that Customer uploads to the Services.';
  const GRANT = '4.1 Supplier may use Customer Data to train and improve its speech models.';
  const PROMISE = '4.1 Supplier shall not use Customer Data to train any machine learning model.';

  it('conditions the power, at the close of its sentence, in the words the clause uses for the agreement', () => {
    const change = '15.2 Supplier may amend this Agreement by giving Customer thirty (30) days\' notice by email, and Customer\'s continued use of the Services after that period constitutes acceptance.';
    const edit = preferredReview([PARTIES, DATA, GRANT, change]).edit(3);
    expect(edit?.target).toBe(
      '15.2 Supplier may amend this Agreement by giving Customer thirty (30) days\' notice by email, and Customer\'s continued use of the Services after that period constitutes acceptance, provided that no change to this Agreement shall expand Supplier\'s rights in Customer Data unless agreed in a written amendment signed by both parties.',
    );
    expect(edit?.comment.external).toMatch(/^This clause lets Supplier change this Agreement on its own\./);
  });

  it('puts the proviso on the power, before a limb about the customer\'s objection', () => {
    const change = '15.2 Supplier may update these Platform Terms on thirty (30) days\' notice; if Customer objects to a material change, the prior version continues to apply until renewal.';
    const target = preferredReview([PARTIES, DATA, PROMISE, change]).edit(3)?.target ?? '';
    expect(target).toContain("notice, provided that no change to these Platform Terms shall expand Supplier's rights in Customer Data unless agreed in a written amendment signed by both parties; if Customer objects");
  });

  it('leaves a change that needs both parties\' signatures', () => {
    const change = '15.2 Supplier may amend this Agreement only by a written amendment signed by both parties.';
    expect(preferredReview([PARTIES, DATA, GRANT, change]).edit(3)).toBeUndefined();
  });

  it('leaves the power where the contract has nothing about the data for a change to take back', () => {
    const FEES = '5.1 Customer shall pay the Fees within thirty (30) days of invoice.';
    const change = '15.2 Supplier may amend this Agreement by giving Customer thirty (30) days\' notice by email.';
    expect(preferredReview([PARTIES, DATA, FEES, change]).edit(3)).toBeUndefined();
  });

  it('leaves it to the lawyer\'s fallbacks, which carry no proviso, and to a skip', () => {
    const change = '15.2 Supplier may amend this Agreement by giving Customer thirty (30) days\' notice by email.';
    const lines = [PARTIES, DATA, GRANT, change];
    const find = (plan: ReturnType<typeof reviewOf>) => plan.edit(3);
    expect(find(reviewOf(lines, { position: 'fallback1', insertMissing: false }))).toBeUndefined();
    expect(find(reviewOf(lines, { position: 'preferred', insertMissing: false, perItem: { 'edit:p3': 'skip' } }))).toBeUndefined();
  });

  it('does not write it twice where the inserted policy clause already reaches the agreement\'s changes', () => {
    const policy = '9.1 Supplier\'s AI Policy at https://harrowgate.example/ai, as updated from time to time, governs the use of Customer Data for model training.';
    const change = '15.2 Supplier may amend this Agreement by giving Customer thirty (30) days\' notice by email.';
    const { plan, edit } = reviewOf([PARTIES, DATA, GRANT, policy, change], { position: 'preferred' });
    const reaching = plan.items.filter((item) => item.kind === 'insert' && item.text.includes('(including under clause 15.2)'));
    expect(reaching.length + (edit(4) ? 1 : 0)).toBe(1);
  });
});

describe('a clause whose whole business is the vendor\'s power to change its policies (audit210, 468 § 3(c))', () => {
  const PARTIES = 'These Terms of Service (these "Terms") are between Pellwood Studio, Inc. ("Pellwood," "we," "us," or "our") and the business that accepts them ("you").';
  const CONTENT = '(k) "Your Content" means the briefs, images and other materials you submit to the Services.';
  const POLICIES = '(a) Your use of the Services is subject to our Acceptable Use Policy at https://pellwood.example/aup (the "AUP") and our Privacy Policy at https://pellwood.example/privacy (the "Privacy Policy").';
  const CHANGE = '(c) We may update the AUP and the Privacy Policy from time to time, and updates take effect when posted unless we state otherwise.';
  const NOTICE = '(d) We will give you at least 30 days\' notice before we raise our fees.';

  it('takes the condition in a business\'s terms, never "[Reserved]", and "30 days" is no age limit', () => {
    const target = preferredReview([PARTIES, CONTENT, POLICIES, CHANGE, NOTICE]).edit(3)?.target ?? '';
    expect(target).toBe(
      '(c) We may update the AUP and the Privacy Policy from time to time, and updates take effect when posted unless we state otherwise, provided that no policy or change to a policy will expand our rights in Your Content unless agreed in a written amendment signed by both parties.',
    );
  });
});

describe('a struck power to amend after an aside in the subject (audit211, 465 § 6.6)', () => {
  it('keeps the comma that closes the aside', () => {
    const PARTIES = 'This Addendum is between Corrant Speech Ltd ("Provider") and Westway Bank plc ("Bank").';
    const DATA = '"Inputs" means the call audio and notes Bank submits to the AI Features.';
    const clause = '6.6 Provider\'s AI Use Policy and AI Transparency Statement, available at https://corrant.example/ai, are incorporated into this Addendum by reference, and Provider may amend them by publishing an updated version, which shall take effect thirty (30) days after publication.';
    const target = preferredReview([PARTIES, DATA, clause]).edit(2)?.target ?? '';
    expect(target).not.toContain('/ai and are incorporated');
  });
});

describe('a power to change model providers whose only answer to an objection is to switch a feature off (audit211, 465 § 7.3)', () => {
  it('gives the right to object in place of the sole remedy, with the objection first', () => {
    const PARTIES = 'This Addendum is between Corrant Speech Ltd ("Provider") and Westway Bank plc ("Bank").';
    const DATA = '"Inputs" means the call audio and notes Bank submits to the AI Features.';
    const PROVIDERS = '"Model Providers" means the third parties that supply the large language models used by Provider to operate the AI Features, as listed in Annex 1.';
    const clause = '7.3 Provider may add or replace a Model Provider by updating Annex 1 on its trust centre and giving Bank at least fifteen (15) days\' notice by email, and if Bank reasonably objects on data protection grounds, Bank\'s sole remedy shall be to disable the affected AI Feature.';
    const target = preferredReview([PARTIES, DATA, PROVIDERS, clause]).edit(3)?.target ?? '';
    expect(target).toContain('by email, provided that no new Model Provider receives Inputs until Bank has had written notice of that Model Provider and a reasonable opportunity to object');
    expect(target).not.toContain('sole remedy');
  });
});

describe('a clause inserted after the last item of a schedule that the signatures follow (audit211, 466 Sch 3)', () => {
  it('goes before the signature block', () => {
    const lines = [
      'This Agreement is between Larkspur Notes Ltd ("Larkspur") and Ashby Surgery ("Surgery").',
      '1. Larkspur shall provide the Service.',
      '2. Surgery shall pay the Fees.',
      '3. Larkspur may use Consultation Data to train its models.',
      'Schedule 3 - Improvement Programme',
      '1. The programme improves transcription.',
      '2. Larkspur\'s use of data under the programme is further described in its Model Notice at https://larkspur.example/notice, as updated from time to time.',
      'Signed for and on behalf of Larkspur Notes Ltd:',
      'Name: ____________ Date: ____________',
    ];
    const { plan } = reviewOf(lines, { position: 'preferred' });
    const signature = lines.findIndex((line) => line.startsWith('Signed for'));
    for (const item of plan.items) if (item.kind === 'insert') expect(item.after).toBeLessThan(signature);
  });
});

describe('a programme the customer is in by default, whose use of the data depends on taking part (audit211, 466 § 8.1–8.2)', () => {
  const PARTIES = 'This Agreement is between Larkspur Notes Ltd ("Supplier") and Ashby Surgery ("Customer").';
  const DATA = '"Consultation Data" means the audio and notes captured through the Service for Customer.';
  const ENROLLED = '8.1 Customer shall participate in the Model Improvement Programme from its go-live date unless it indicates in the Order Form that it does not wish to participate.';
  const USE = '8.2 While Customer participates in the Model Improvement Programme, Supplier may use Consultation Data to train the speech models used in the Service.';

  it('turns the default round and leaves the programme\'s use to the customer\'s choice', () => {
    const { edit, plan } = preferredReview([PARTIES, DATA, ENROLLED, USE]);
    expect(edit(2)?.target).toBe(
      '8.1 Customer shall not participate in the Model Improvement Programme from its go-live date unless it indicates in the Order Form that it wishes to participate.',
    );
    expect(edit(3)).toBeUndefined();
    expect(skippedWith(plan, 3, /our change to clause 8\.1 makes taking part the customer's own choice/)).toBe(true);
  });

  it('still answers a use that does not depend on taking part', () => {
    const other = '8.3 Supplier may use Consultation Data to develop new products.';
    expect(preferredReview([PARTIES, DATA, ENROLLED, USE, other]).edit(4)).toBeDefined();
  });

  it('leaves a programme the customer joins only by electing to', () => {
    const optIn = '8.1 Customer shall participate in the Model Improvement Programme only if it elects to do so in the Order Form.';
    const { edit } = preferredReview([PARTIES, DATA, optIn, USE]);
    expect(edit(2)).toBeUndefined();
    expect(edit(3)).toBeDefined();
  });
});

describe('a ban on all training inserted beside the customer\'s own opt-in (audit211, 465 § 5.7)', () => {
  it('keeps the choice the contract gives the customer to opt in', () => {
    const lines = [
      'This Addendum is between Corrant Speech Ltd ("Provider") and Westway Bank plc ("Bank").',
      '"Inputs" means the call audio and notes Bank submits to the AI Features.',
      '"Model Improvement" means the use of Inputs to train, fine-tune and evaluate the models that Provider makes available to all of its customers.',
      '5.3 If Bank joins the Model Improvement Programme, Provider may use Inputs for Model Improvement.',
    ];
    const { plan } = reviewOf(lines, { position: 'preferred' });
    const ban = plan.items.find((item) => item.kind === 'insert' && item.text.includes('shall not use'));
    if (ban?.kind !== 'insert') throw new Error('expected the inserted ban');
    expect(ban.text).toContain('machine-learning model, except as clause 5.3 permits once Bank has opted in.');
  });
});

describe('a data-use agreement\'s survival list that leaves out its ban on other models (audit210, 467 § 17.1)', () => {
  it('adds the ban, never the licence', () => {
    const lines = [
      'This Data Licence is between Marlow Health Board ("Board") and Quellis Imaging Ltd ("Developer").',
      '"Licensed Images" means the de-identified chest scans of patients listed in Schedule 1.',
      '2.1 The Board grants the Developer a licence during the Term to use the Licensed Images solely to train the Model.',
      '2.3 The Developer shall not use the Licensed Images to train, fine-tune or benchmark any other model, product or service.',
      '9.1 Clauses 5, 8 and 9 shall survive expiry or termination of this Agreement.',
    ];
    const target = duaReview(lines).edit(4)?.target ?? '';
    expect(target).toBe('9.1 Clauses 2.3, 5, 8 and 9 shall survive expiry or termination of this Agreement.');
  });
});

describe('US-style references to lettered items (audit212, 468 §§ 12(d), 18(a))', () => {
  it('reads each lettered or roman item as its section\'s path', () => {
    const paths = clausePaths(['7. MODEL IMPROVEMENT', '(a) General.', '(b) Use of Data.', '(i) We may use Usage Data.', '(ii) We may use Your Content.', '(c) Opt-Out.', '8. PROVIDERS', '(a) Providers.'].map((text) => ({ text })));
    expect(paths).toEqual(['7', '7(a)', '7(b)', '7(b)(i)', '7(b)(ii)', '7(c)', '8', '8(a)']);
  });

  it('takes a deleted lettered clause out of the survival list, whole', () => {
    const lines = [
      'These Terms of Service (these "Terms") are between Pellwood Studio, Inc. ("Pellwood," "we," "us," or "our") and the business that accepts them ("you").',
      '1. DEFINITIONS',
      '(a) "Your Content" means the briefs, images and other materials you submit to the Services.',
      '12. DELETION',
      '(a) We will delete Your Content within 30 days after these Terms end.',
      '(b) Effect on Models. Deletion of Your Content does not require us to delete or retrain any model trained on Your Content.',
      '18. GENERAL',
      '(a) Survival. Sections 1, 12(a), 12(b) and 18 survive any expiration or termination of these Terms.',
    ];
    const edit = preferredReview(lines).edit(7);
    expect(edit?.target).toBe('(a) Survival. Sections 1, 12(a) and 18 survive any expiration or termination of these Terms.');
  });
});
