// The audits' overreach pattern: a permission whose purposes include serving the customer is narrowed, not banned,
// and a position's serving purpose is not said twice. Clauses are the project's own drafting.
import { infinitivePurposeSplices } from '../../src/review/redline/surgical/infinitivePurposes';
import { applySplices } from '../../src/review/redline/surgical/splice';
import { preferredReview } from './agreements';

const narrowed = (sentence: string) => {
  const splices = infinitivePurposeSplices(sentence, 'Ledger Data', { services: 'Service', customer: 'Society' });
  return splices && applySplices(sentence, splices);
};

describe('purposes after an aside', () => {
  it('are read past a second object and an aside set off by commas', () => {
    expect(
      narrowed(
        'Quellor may use Ledger Data and platform logs, in a form that does not identify the Society or any member, to monitor the performance of the Services, to publish market outlooks and to develop new modules for its product line.',
      ),
    ).toBe('Quellor may use Ledger Data and platform logs, in a form that does not identify the Society or any member, to monitor the performance of the Services.');
  });

  it('closes the purposes kept with "solely" where a ban gives way to the narrowing', () => {
    const sentence = 'Quellor may use Ledger Data, in aggregated form, to monitor the performance of the Services and to develop new modules.';
    const splices = infinitivePurposeSplices(sentence, 'Ledger Data', { services: 'Service', customer: 'Society', closeKept: true });
    expect(splices && applySplices(sentence, splices)).toBe('Quellor may use Ledger Data, in aggregated form, solely to monitor the performance of the Services.');
  });

  it('keeps a purpose that makes something for the customer', () => {
    expect(narrowed('Quellor may use Ledger Data to provide the Services, to produce monthly reports for the Society and to refine its scoring engine.')).toBe(
      'Quellor may use Ledger Data to provide the Services and to produce monthly reports for the Society.',
    );
  });

  it('leaves a list with nothing that serves the customer to the ban', () => {
    expect(narrowed('Quellor may use Ledger Data, in aggregated form, to publish market outlooks and to develop new modules.')).toBeUndefined();
  });
});

describe('in the review of a whole document', () => {
  const doc = (clause: string) => [
    'This Services Agreement is between Quellor Systems Limited (the "Supplier") and Harbourside Mutual Society (the "Society").',
    '"Services" means the payment analytics services described in the Order Form.',
    '"Ledger Data" means all account and payment records that the Society makes available to the Supplier.',
    clause,
    'The Society shall pay the fees in the Order Form, and the Society may dispute an invoice within thirty days.',
  ];

  it('strikes the vendor\'s own ends instead of turning the permission into "shall not"', () => {
    const edit = preferredReview(
      doc(
        '4.2 The Supplier shall be entitled to use Ledger Data and platform logs, as recorded by the Services, to monitor the performance of the Services, to publish sector outlooks and to develop new modules for its platform.',
      ),
    ).edit(3);
    // What the engine reads as no risk (publishing outlooks) is left to the lawyer, and with it the "solely" that would
    // have closed the list; the ban and the development go.
    expect(edit?.target).toMatch(/^4\.2 The Supplier shall be entitled to use Ledger Data and platform logs, as recorded by the Services, (?:solely )?to monitor the performance of the Services(?: and to publish sector outlooks)?\.$/);
  });

  it('gives the serving purpose once where purposes described elsewhere follow it', () => {
    const edit = preferredReview(
      doc(
        'The Society grants the Supplier a non-exclusive, royalty-free licence to host, copy and otherwise process Ledger Data to operate, provide and improve the Services and for the other purposes described in the Supplier Privacy Statement.',
      ),
    ).edit(3);
    expect(edit?.target).toBe(
      'The Society grants the Supplier a non-exclusive, royalty-free licence to host, copy and otherwise process Ledger Data solely to provide, secure and support the Services for the Society.',
    );
  });

  it('puts the anonymity proviso on the de-identified item of a list of kept records, not on the billing records', () => {
    const edit = preferredReview(
      doc('The Supplier may keep platform usage statistics, de-identified data and records of invoices paid by the Society after this Agreement ends.'),
    ).edit(3);
    expect(edit?.target).toContain('provided that such de-identified data is aggregated');
  });
});

describe('a labelled list in a processing schedule', () => {
  it('loses only the item that carries the risk, and its "and" goes to the item before it', () => {
    const review = preferredReview([
      'This Data Processing Agreement is between Quellor Systems Limited (the "Supplier") and Harbourside Mutual Society (the "Society").',
      '"Member Data" means the personal data of members that the Society gives the Supplier.',
      'The Supplier may use Anonymised Data to develop and improve its products.',
      'Nature and purpose of the processing: storage and retrieval of member statements; generation of arrears alerts; service monitoring; and, as clause 6 permits, the creation of Anonymised Data and the development of the Supplier\'s products.',
    ]);
    expect(review.edit(3)?.target).toBe(
      'Nature and purpose of the processing: storage and retrieval of member statements; generation of arrears alerts; and service monitoring.',
    );
  });
});

describe('a licence to a data pool that outlives the contract (own drafting after the audit of agreement 81)', () => {
  const review = preferredReview([
    'This Master Services Agreement is between Lumenroute GmbH ("Provider") and Ostrander Freight B.V. ("Client").',
    '1.1 "Consignment Data" means waybills, stop lists and delivery notes that Client uploads to the Services.',
    '1.2 "Pooled Lane Data" means data that Provider derives from Consignment Data by removing names and addresses.',
    '1.3 "Lane Index" means Provider\'s freight-rate forecasting models, which Provider trains on Consignment Data of all its clients.',
    '3.1 Client retains all rights in Consignment Data, Dock Footage and Trailer Telemetry (together, "Client Data").',
    '3.2 Client grants Provider a non-exclusive, royalty-free licence to host, copy and process Client Data in order to provide, secure and support the Services and, as further described in this Section 3, to operate, maintain, develop and refine the Services, the Routing Models and the Lane Index.',
    '3.3 Client hereby grants Provider a perpetual, irrevocable, worldwide and royalty-free licence to use and commercialise Pooled Lane Data for any purpose, which licence shall survive the termination of this Agreement for any reason.',
  ]);

  it('keeps the licence that runs the service and strikes only the development purposes and their aside', () => {
    expect(review.edit(5)?.target).toBe(
      '3.2 Client grants Provider a non-exclusive, royalty-free licence to host, copy and process Client Data in order to provide, secure and support the Services.',
    );
  });

  it('strikes the survival and the words that make the licence outlast the contract, not the whole clause', () => {
    const target = review.edit(6)?.target ?? '';
    expect(target).toMatch(/^3\.3 Client hereby grants Provider a worldwide,? (?:and )?royalty-free licence to use (?:and commercialise )?Pooled Lane Data/);
    expect(target).not.toMatch(/perpetual|irrevocable|shall survive|for any purpose/);
  });

  it('names the umbrella term in a clause inserted after a definition, and in comments on the derived data', () => {
    const inserted = review.plan.items.filter((item) => item.kind === 'insert').map((item) => item.text);
    expect(inserted.join('\n')).not.toContain('Consignment Data');
    expect(review.edit(6)?.comment.external ?? '').not.toMatch(/\bConsignment Data\b/);
  });
});

describe('a permission already bounded', () => {
  it('is not turned into a ban ("shall not cache … for no longer than thirty days" would be nonsense)', () => {
    const review = preferredReview([
      'This Services Agreement is between Quellor Systems Limited (the "Supplier") and Harbourside Mutual Society (the "Society").',
      '"Ledger Data" means all account and payment records that the Society makes available to the Supplier.',
      '4.2 The Supplier may cache Ledger Data retrieved for model grounding for no longer than thirty days, and shall purge any record the Society corrects within two days.',
    ]);
    expect(review.edit(2)?.target ?? '').not.toMatch(/shall not cache/);
  });
});

describe('a licence over feedback alone', () => {
  it('keeps its breadth ("perpetual, irrevocable") and gains only the carve-out for the customer\'s data', () => {
    const { edit } = preferredReview([
      'This Agreement is between Quellor Systems Ltd ("Supplier") and Brackwater Building Society ("Society").',
      '1.1 "Ledger Data" means the account records the Society uploads to the Services.',
      '1.2 "Enhancements" means any upgrade, retuning or extension of the Scoring Model, whether made using Ledger Data or otherwise.',
      '4.5 Any suggestions or feedback provided by the Society\'s staff about the Services may be freely used by the Supplier to make Enhancements, and the Society hereby grants the Supplier a perpetual, irrevocable, royalty-free licence to do so.',
    ]);
    const target = edit(3)?.target ?? '';
    expect(target).toMatch(/perpetual, irrevocable, royalty-free licence/);
    expect(target).toMatch(/does not apply to Ledger Data/);
  });
});

describe('a ban whose last item carries an exception for the vendor\'s own ends', () => {
  it('keeps every item it denies and loses only the exception', () => {
    const { edit } = preferredReview([
      'This Agreement is between Quellor Systems Ltd ("Supplier") and Brackwater Building Society ("Society").',
      '1.1 "Ledger Data" means the account records the Society uploads to the Services.',
      '3.5 The Supplier shall not (a) sell or lease Ledger Data; (b) use Ledger Data to market any mortgage product; or (c) merge Ledger Data with data obtained from other lenders, except in the form of pooled statistics for product research.',
    ]);
    expect(edit(2)?.target).toBe(
      '3.5 The Supplier shall not (a) sell or lease Ledger Data; (b) use Ledger Data to market any mortgage product; or (c) merge Ledger Data with data obtained from other lenders.',
    );
  });
});

describe('a list item that is the licence the service needs', () => {
  it('is narrowed, never reserved whole', () => {
    const { edit } = preferredReview([
      'These Studio Terms are between Saltmarsh Cloud Ltd ("Saltmarsh", "we") and the business that signs up ("you").',
      '1. "Brand Content" means the images and copy you upload to the Services.',
      '(c) You grant Saltmarsh a worldwide, non-exclusive, royalty-free licence to use, host, display and distribute your Brand Content as necessary to provide, develop and improve the Services.',
    ]);
    const target = edit(2)?.target ?? '';
    expect(target).not.toMatch(/\[Reserved\]/);
    expect(target).toMatch(/as necessary to provide/);
    expect(target).not.toMatch(/improve/);
  });
});

describe('a grant that names the clause where the customer can opt out', () => {
  it('is the grant itself, answered here, not a pointer to that clause', () => {
    const { edit } = preferredReview([
      'These Studio Terms are between Saltmarsh Cloud Ltd ("Saltmarsh") and the business that signs up ("Customer").',
      '1.1 "Brand Content" means the images and copy Customer uploads to the Services.',
      '4.2 Unless Customer opts out as described in Section 4.4, Saltmarsh may use Brand Content to train and evaluate Saltmarsh\'s image models.',
      '4.4 Workspace administrators may opt out of the use described in Section 4.2 by switching "Help improve Saltmarsh" to off in the admin console; the opt-out applies only to Brand Content submitted after the setting is changed and does not require Saltmarsh to remove Brand Content from models already trained.',
    ]);
    expect(edit(2)?.target).toMatch(/Saltmarsh shall not use Brand Content to train/);
  });
});

describe('a training authorisation that the contract\'s other protections leave out', () => {
  const lines = [
    'This Agreement is between Corbel Identity Ltd ("Vendor") and Amberline Payments plc ("Customer").',
    '1.1 "Verification Data" means the selfies and identity documents that Customer submits to the Services.',
    '3.1 Vendor shall process Verification Data solely on Customer\'s documented instructions, except as otherwise expressly set forth in Clause 3.3.',
    '3.3 Customer hereby authorizes Vendor to use Verification Data to train, test and improve the Models, provided that Vendor applies the safeguards in Schedule B.',
    '4.2 Certain features rely on a language model operated by a third-party provider; Vendor has contractually required that provider not to use Verification Data to train its models.',
    'B.4 Verification Data used for Model training shall be (a) pseudonymized by removal of direct identifiers; (b) stored in a segregated environment with access logging; and (c) retained for no longer than three (3) years.',
  ];

  it('is answered: a protection that excepts it, or that binds only a provider, does not give what it takes away', () => {
    const { edit } = preferredReview(lines);
    expect(edit(3)?.target).toMatch(/Vendor shall not use, and shall not permit/);
  });

  it('never loses the safeguards listed as duties ("shall be (a) …; (b) stored …; (c) retained for no longer than …")', () => {
    const { edit } = preferredReview(lines);
    expect(edit(5)?.target ?? lines[5]).toMatch(/segregated environment with access logging; and \(c\) retained for no longer than three/);
  });
});

describe('the last lettered item of a permission, when it alone carries the risk', () => {
  it('goes with its "; and", which moves to the item now last, and a qualifier of every item stays', () => {
    const { edit } = preferredReview([
      'This Agreement is between Quellor Systems Ltd ("Supplier") and Brackwater Building Society ("Society").',
      '1.1 "Ledger Data" means the account records the Society uploads to the Services.',
      '3.2 The Society authorises the Supplier to use Ledger Data to (a) provide and support the Services; (b) investigate errors and security incidents; and (c) train and refine the Supplier\'s forecasting models, in each case subject to the Data Processing Schedule.',
    ]);
    expect(edit(2)?.target).toBe(
      '3.2 The Society authorises the Supplier to use Ledger Data to (a) provide and support the Services; and (b) investigate errors and security incidents, in each case subject to the Data Processing Schedule.',
    );
  });
});

describe('a licence whose purposes are a lettered list', () => {
  it('loses only the item that carries the risk, keeps its letters, and is closed with "solely"', () => {
    const { edit } = preferredReview([
      'This Agreement is between Quellor Systems Ltd ("Supplier") and Brackwater Building Society ("Society").',
      '1.1 "Ledger Data" means the account records the Society uploads to the Services.',
      '1.2 "Enhancements" means any upgrade, retuning or extension of the Scoring Model, whether made using Ledger Data or otherwise.',
      '3.2 The Society grants the Supplier a non-exclusive, royalty-free licence to use, reproduce, modify and analyse Ledger Data for the purposes of (a) performing the Services; (b) making Enhancements; and (c) monitoring the accuracy of the Scoring Model.',
      '3.6 The Society may withdraw its consent to the use described in Section 3.2(b) on thirty days\' notice.',
    ]);
    expect(edit(3)?.target).toBe(
      '3.2 The Society grants the Supplier a non-exclusive, royalty-free licence to use, reproduce, modify and analyse Ledger Data solely for the purposes of (a) performing the Services; (b) [Reserved]; and (c) monitoring the accuracy of the Scoring Model.',
    );
  });
});

describe('a feedback clause whose example is the customer\'s own material', () => {
  it('loses the example with the carve-out, so the sentence does not contradict itself', () => {
    const { edit } = preferredReview([
      'This Agreement is between Quellor Systems Ltd ("Supplier") and Brackwater Building Society ("Society").',
      '1.1 "Ledger Data" means the account records and adviser notes the Society uploads to the Services.',
      '6.3 If the Society provides suggestions, ratings or other feedback regarding the Services, including edits to adviser notes that its staff flag as corrections, the Supplier may use such feedback without restriction.',
    ]);
    const target = edit(2)?.target ?? '';
    expect(target).not.toMatch(/including edits to adviser notes/);
    expect(target).toMatch(/does not apply to Ledger Data/);
  });
});

describe('a use of aggregated usage statistics to improve the service', () => {
  it('is not turned into a ban', () => {
    const { edit } = preferredReview([
      'This Agreement is between Quellor Systems Ltd ("Supplier") and Brackwater Building Society ("Society").',
      '1.1 "Ledger Data" means the account records the Society uploads to the Services.',
      '4.5 Regardless of any opt-out, the Supplier may use aggregated usage statistics and de-identified metadata about Ledger Data, such as record counts, file sizes and upload success rates, to analyse and improve the Services.',
    ]);
    expect(edit(2)?.target ?? '').not.toMatch(/shall not use aggregated usage statistics/);
  });
});

describe('an incorporation clause that names schedules and an online statement the vendor may update', () => {
  it('keeps the schedules and fixes the statement\'s version, instead of a ban in its place', () => {
    const { edit } = preferredReview([
      'This Agreement is between Quellor Systems Ltd ("Supplier") and Brackwater Building Society ("Society").',
      '1.1 "Ledger Data" means the account records the Society uploads to the Services.',
      '11.1 This Agreement incorporates Schedules A through C and the Supplier\'s Model Use Statement at https://quellor.example/model-use, which describes the categories of Ledger Data used in model development and which the Supplier may update from time to time upon notice to the Society.',
    ]);
    const target = edit(2)?.target ?? '';
    expect(target).toMatch(/^11\.1 This Agreement incorporates Schedules A through C/);
    expect(target).not.toMatch(/may update from time to time/);
    expect(target).not.toMatch(/shall not use/);
  });
});

describe('an opt-out the customer\'s administrators pull, from a use the review bans', () => {
  it('is moot and deleted, its number kept', () => {
    const { edit } = preferredReview([
      'These Studio Terms are between Saltmarsh Cloud Ltd ("Saltmarsh") and the business that signs up ("Customer").',
      '1.1 "Brand Content" means the images and copy Customer uploads to the Services.',
      "4.2 Saltmarsh may use Brand Content to train and evaluate Saltmarsh's image models.",
      '4.4 Workspace administrators may opt out of the use described in Section 4.2 in the admin console; the opt-out applies only to Brand Content submitted later and does not require Saltmarsh to remove Brand Content from models already trained.',
    ]);
    expect(edit(2)?.target).toMatch(/Saltmarsh shall not use Brand Content/);
    expect(edit(3)?.target).toBe('4.4 [Reserved.]');
  });
});

describe('audit41: a permission narrowed in its own grammar', () => {
  const doc = (clause: string) => [
    'This Services Agreement is between Quellor Systems Limited (the "Supplier") and Harbourside Mutual Society (the "Society").',
    '"Ledger Data" means all account and payment records that the Society makes available to the Supplier.',
    clause,
    'The Society shall pay the fees in the Order Form, and the Society may dispute an invoice within thirty days.',
  ];

  it('keeps a purpose named as a noun and strikes the vendor\'s own development beside it', () => {
    const edit = preferredReview(
      doc('4.4 The Supplier may engage specialist reviewers to check and label Ledger Data for the purposes of quality assurance and the ongoing development of the Supplier\'s scoring models, subject to written confidentiality obligations.'),
    ).edit(2);
    expect(edit?.target).toBe(
      '4.4 The Supplier may engage specialist reviewers to check and label Ledger Data solely for the purposes of quality assurance, subject to written confidentiality obligations.',
    );
  });

  it('drops "and for any other purpose" from a ban, which would otherwise forbid the service too', () => {
    const edit = preferredReview(
      doc('5.3 Where the Society corrects a flagged payment, the Supplier may use such corrections and the related Ledger Data to refine its scoring models and for any other purpose.'),
    ).edit(2);
    expect(edit?.target).toMatch(/the Supplier shall not use such corrections or the related Ledger Data to refine its scoring models\.$/);
  });
});
