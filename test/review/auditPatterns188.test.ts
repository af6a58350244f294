// Patterns taken up in the fiftieth session, from the lawyer audits of the forty-ninth's first runs (audit186) and of
// this session's own (audit188 onwards). Every clause is our own drafting.
import { applyOps } from '../../src/engine/applyOps';
import { withDeemedAcceptanceStruck } from '../../src/review/deemedAcceptance';
import { keepsNonAttribution, takesSafeguard } from '../../src/review/safeguardLimb';
import { withUseFollowerStruck } from '../../src/review/useFollower';
import { throughAcknowledgedNeed } from '../../src/review/describingSentence';
import { preferredReview, skippedWith } from './agreements';

describe('a deemed acceptance whose protective exception cites a numbered clause', () => {
  const text =
    '12.1 Harrowgate may amend any policy referred to in this Agreement on notice. Continued use of the Services after an amendment takes effect constitutes acceptance of it, save that an amendment that reduces the protection given by clause 4.2 shall not apply until the next renewal.';
  const consent = [{ kind: 'insert' as const, at: text.indexOf('. Continued'), text: ', provided that no change shall take effect unless agreed in a written amendment signed by both parties' }];

  it('is struck as a whole sentence, not cut at the full stop inside "4.2" (audit186, 421 § 17.1)', () => {
    const ops = withDeemedAcceptanceStruck(text, consent);
    const after = ops ? applyOps(text, ops) : '';
    expect(after).not.toMatch(/Continued use/);
    expect(after).toMatch(/parties\. An amendment that reduces the protection given by clause 4\.2 shall not apply until the next renewal\.$/);
  });
});

describe('a safeguard the vendor owes before it uses the data', () => {
  const text =
    "5.3 Harrowgate may use Customer Content and Usage Data for Service Improvement, provided that: (a) Harrowgate shall not disclose Customer Content to any Model Provider for training; and (b) before any Customer Content is used to tune Harrowgate's own models, Harrowgate shall take reasonable steps to remove the names of users from it. Harrowgate may also publish benchmarks.";
  const limb = text.slice(text.indexOf('; and (b)'), text.indexOf(' from it.') + ' from it'.length);
  const sentence = text.slice(0, text.indexOf(' Harrowgate may also') + 1);

  it('is not struck on its own while the use it conditions stays (audit186, 421 § 5.3(b): "harmful")', () => {
    const ops = [{ kind: 'delete' as const, start: text.indexOf(limb), end: text.indexOf(limb) + limb.length, text: limb }];
    expect(takesSafeguard(text, ops)).toMatch(/safeguard/);
  });

  it('goes with the whole sentence whose use it conditions', () => {
    expect(takesSafeguard(text, [{ kind: 'delete', start: 0, end: sentence.length, text: sentence }])).toBeUndefined();
  });
});

describe('a policy fixed at the effective date whose updates sentence also takes continued use as acceptance', () => {
  const text =
    "6.3 Customer's use is subject to the AI Policy, which Harrowgate may update from time to time. Updates take effect when posted, and Customer's continued use of the AI Features after an update constitutes acceptance of the updated policy.";
  const fixed = [{ kind: 'insert' as const, at: text.indexOf(', which'), text: ', as in effect on the Effective Date' }];

  it('loses the whole sentence, not only its acceptance limb (audit187, 423 § 6.3 kept "Updates take effect when posted.")', () => {
    const ops = withDeemedAcceptanceStruck(text, fixed);
    expect(ops && applyOps(text, ops)).not.toMatch(/Updates take effect/);
  });
});

const parties = 'This Subscription Agreement is between Harrowgate Analytics Inc. ("Harrowgate") and the company named in the Order Form ("Customer").';
const dataTerm = '1.2 "Customer Data" means all data that Customer or its users submit to the Services.';

describe('a survival list whose last item is the vendor\'s rights and shares the list\'s verb', () => {
  it('loses the item and keeps "shall survive" for the other clauses (audit189, 428 § 10.6)', () => {
    const survival = '10.6 Articles 4, 6 and 7, Sections 10.4 and 10.5, and Harrowgate\'s rights under Section 4.1 with respect to De-identified Data created before termination, shall survive the expiration or termination of this Agreement.';
    const target = preferredReview([parties, dataTerm, '4.1 Harrowgate may create De-identified Data from Customer Data and may use it to train its models.', survival]).edit(3)?.target ?? '';
    expect(target).toMatch(/^10\.6 Articles 4, 6 and 7, Sections 10\.4 and 10\.5,? shall survive the expiration or termination of this Agreement\.$/);
  });
});

describe('a precedence clause conformed to the data-use changes', () => {
  const lines = [
    parties,
    dataTerm,
    '4.1 Customer consents to Harrowgate using De-identified Data derived from Customer Data to train and improve Harrowgate Models.',
    '5.4 Customer may at any time, by written notice to Harrowgate, withdraw the consent given in clause 4.1. Harrowgate shall cease using Customer Data for model training within thirty (30) days after receipt of such notice; provided, however, that withdrawal shall not require Harrowgate to retrain any Harrowgate Model trained before then.',
    // Not the Order Form, the customer's own negotiated paper, which keeps its rank (audit221; see rankedAbove).
    '13.1 In the event of conflict, the following order of precedence applies: (a) the AI Terms; (b) the body of this Agreement.',
  ];

  it('cites the clauses that permit or forbid a use, not a withdrawal right (audit189, 428 §§ 5.4 and 10.6)', () => {
    const target = preferredReview(lines).edit(4)?.target ?? '';
    expect(target).toMatch(/that clause 4\.1 would not permit/);
  });

  it('names the part ranked above by its own words, not the words before it (351 § 13.4)', () => {
    const precedence = '13.1 This Agreement is the entire agreement, and in the event of conflict an AI Addendum prevails over this Agreement.';
    const target = preferredReview([...lines.slice(0, 4), precedence]).edit(4)?.target ?? '';
    expect(target).toContain('nothing in an AI Addendum permits');
    expect(target).not.toMatch(/nothing in the event/);
  });
});

describe('a carve-out from confidentiality for uses other clauses allow', () => {
  it('is answered where those clauses are edited, even when the clause allowing it lists its items below (audit189, 427 § 7.3)', () => {
    const lines = [
      parties,
      dataTerm,
      '5.4 The commitment in clause 5.3 does not extend to the following, which Harrowgate may use for the purposes of training its models:',
      '(a) Service Logs, including correction patterns;',
      '7.3 Nothing in this clause 7 shall restrict Harrowgate\'s use of Service Logs or De-identified Segments in accordance with clauses 5.4 and 6.4.',
    ];
    expect(preferredReview(lines).edit(4)).toBeUndefined();
  });
});

describe('a buyer\'s own procurement paper', () => {
  it('is the customer\'s own form when the recitals say the customer selected the vendor after a tender (audit188, 426)', () => {
    const lines = [
      'THIS AGREEMENT is made between Ternham Airways Limited ("Airline") and Quillroster Ltd ("Supplier").',
      '(A) Following a competitive tender, Airline has selected Supplier to provide a crew rostering solution.',
      '1.2 "Airline Data" means all data that Airline provides to Supplier.',
      '8.5 Supplier may use Aggregated Data to produce benchmarking reports for participating airlines.',
    ];
    const review = preferredReview(lines);
    expect(review.edit(3)).toBeUndefined();
    expect(skippedWith(review.plan, 3, /own form/)).toBe(true);
  });
});

describe('the vendor\'s standard terms negotiated after a tender', () => {
  it('stay vendor paper, whatever the tender recital says (394)', () => {
    const lines = [
      'THIS AGREEMENT is made between Quillroster Ltd ("Supplier") and Ternham Freight DAC ("Customer").',
      '(A) Customer has selected Supplier following a competitive tender.',
      '(B) The Parties have negotiated this Agreement on the basis of Supplier\'s standard AI Services Terms, as amended to reflect Customer\'s procurement requirements.',
      '1.2 "Customer Data" means all data that Customer provides to Supplier.',
      '8.5 Supplier may use Customer Data to improve its products and services generally.',
    ];
    const review = preferredReview(lines);
    expect(skippedWith(review.plan, 4, /own form/)).toBe(false);
  });
});

describe('a provider proviso on a clause that updates the sub-processor page', () => {
  it('speaks of the contract\'s own word for a sub-processor, not of the page (audit189, 427 § 14.3)', () => {
    const lines = [
      parties,
      dataTerm,
      '10.3 Harrowgate uses sub-processors listed on the Sub-processor Page to host Customer Data.',
      '14.3 Harrowgate may update the Sub-processor Page and the Documentation from time to time by publishing a revised version.',
    ];
    const target = preferredReview(lines).edit(3)?.target ?? '';
    expect(target).not.toMatch(/new Sub-processor receives/);
  });
});

describe('a training clause followed by a sentence that only says what the use is', () => {
  const text = '6.3 To make categorisation more accurate, we use Business Data to train the models that power the AI Features. This use is part of Service Operations.';
  const first = text.slice(4, text.indexOf(' This use'));

  it('goes with it, and the clause is reserved (audit190, 429 § 6.3)', () => {
    const ops = withUseFollowerStruck(text, [{ kind: 'delete', start: 4, end: 4 + first.length, text: first }]);
    expect(applyOps(text, ops)).toBe('6.3 [Reserved.]');
  });

  it('stays where the sentence before it stands', () => {
    const limb = ' that power the AI Features';
    const at = text.indexOf(limb);
    const ops = withUseFollowerStruck(text, [{ kind: 'delete', start: at, end: at + limb.length, text: limb }]);
    expect(applyOps(text, ops)).toMatch(/This use is part of Service Operations\.$/);
  });
});

describe('a feedback clause that already leaves out "your" data', () => {
  it('takes no second carve-out (audit190, 429 § 7.1)', () => {
    const lines = [
      'These Terms are between Ledgerwick, Inc. ("we", "us") and you ("you").',
      '1.2 "Business Data" means the records you upload to the Services.',
      '7.1 If you send us suggestions about the Services ("Feedback"), we may use them without restriction. Feedback does not include your Business Data.',
    ];
    expect(preferredReview(lines).edit(2)).toBeUndefined();
  });
});

describe('a clause kept alive by the survival list that also gives the customer a right', () => {
  it('stays on the list (audit190, 429 § 6.8)', () => {
    const lines = [
      'These Terms are between Ledgerwick, Inc. ("we", "us") and you ("you").',
      '1.2 "Business Data" means the records you upload to the Services.',
      '6.3 We use Business Data and Corrections to train the models that power the AI Features.',
      '6.8 As between you and us, you may use Outputs for your internal business purposes. We own the Services and the models used to produce Outputs, and any improvements to them, including improvements that result from your Corrections.',
      '13.5 Sections 4, 6.8, 7 and 8 survive any termination of these Terms.',
    ];
    const target = preferredReview(lines).edit(4)?.target ?? lines[4] ?? '';
    expect(target).toMatch(/6\.8/);
  });
});

describe('a vendor schedule attached to the customer\'s own paper that names the parties its own way', () => {
  it('is edited and commented in the schedule\'s words (audit188, 426 Schedule 5)', () => {
    const lines = [
      'THIS AGREEMENT is made between Ternham Airways Limited ("Airline") and QUILLROSTER LTD, a company incorporated in England ("Supplier").',
      '(A) Following a competitive tender, Airline has selected Supplier to provide a crew rostering solution.',
      '1.2 "Airline Data" means all data that Airline provides to Supplier.',
      'SCHEDULE 5 - QUILLROSTER AI TERMS',
      'In these AI Terms "Quillroster" means Quillroster Ltd, "Customer" means the entity that has contracted with Quillroster, and "Customer Inputs" means the data Customer submits to the platform.',
      '3. Model Training. Quillroster may use Customer Inputs to train the models that underlie the platform, including models made available to other customers.',
    ];
    const item = preferredReview(lines).edit(5);
    expect(item?.target ?? '').toMatch(/^3\. Model Training\. Quillroster shall not use Customer Inputs/);
    expect(item?.comment.external ?? '').not.toMatch(/\bSupplier\b|\bAirline\b/);
  });
});

describe('a clause on anonymous statistics in place of a derived-data grant', () => {
  const clause = 'Harrowgate may use statistical data derived from Customer Data only after it has been aggregated with the data of other customers. Harrowgate will not attempt to re-identify such data, will not disclose it in a form attributable to Customer, and will not use it to train any model.';
  const replace = (text: string) => [{ kind: 'delete' as const, start: 0, end: text.length, text }, { kind: 'insert' as const, at: text.length, text: clause }];

  it('keeps the grant\'s own promise not to disclose in an identifying form (audit188, 425 § 4.4)', () => {
    const grant = 'Harrowgate may use and commercialise Platform Insights, provided that Harrowgate will not disclose Platform Insights in a form that identifies Customer.';
    expect(keepsNonAttribution(replace(grant), grant)).toBe(true);
  });

  it('is no answer to data only described as not identifying anyone, whose use is narrowed instead (audit74)', () => {
    const grant = 'Harrowgate shall own all Derived Data, meaning statistics that do not identify Customer, and may use Derived Data for any purpose.';
    expect(keepsNonAttribution(replace(grant), grant)).toBe(false);
  });
});

describe('a training grant struck whole', () => {
  it('takes its de-identification proviso and the acknowledgement that argued for it (audit188, 425 § 5.4)', () => {
    const text = '5.4 Customer acknowledges that the accuracy of the AI Features depends on exposure to real documents. Accordingly, Customer authorizes Harrowgate to use Customer Data to train the models; provided that Harrowgate will remove names from drawings before they are used to train such models.';
    const from = text.indexOf('Accordingly');
    expect(throughAcknowledgedNeed(text, '5.4'.length, from)).toBe('5.4'.length);
  });
});

describe('a pointer to a numbered paragraph of another part', () => {
  it('does not point to the body\'s clause of that number (agreement-16 § 6.3)', () => {
    const lines = [
      parties,
      dataTerm,
      '4. Harrowgate may use Customer Data to improve the Services generally.',
      '6.3 Harrowgate may use Customer Data to (a) support the Services; and (b) research and develop Harrowgate\'s other products, provided that Harrowgate first de-identifies the Customer Data in accordance with paragraph 4 of the Privacy Schedule.',
    ];
    expect(preferredReview(lines).edit(3)).toBeDefined();
  });
});
