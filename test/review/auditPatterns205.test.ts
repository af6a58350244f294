// Patterns taken up in the fifty-fifth session. Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { duaReview, preferredReview, skippedWith } from './agreements';

describe('usage data the contract defines as the service\'s technical records (audit204 and audit206, 460 § 8.3)', () => {
  const PARTIES = 'These Terms are between Cobbleway Routing Ltd ("we") and the customer named in the order ("you").';
  const DATA = '1.4 "Customer Data" means the routes, delivery notes and driver messages you or your users enter into the Services.';
  const RECORDS = '1.5 "Usage Data" means technical and operational information about how the Services perform, such as log files, error reports and feature statistics.';

  it('strikes the customer\'s data from a joint grant and leaves the usage data to improve the service', () => {
    const GRANT = '6.2 We may use Customer Data and Usage Data to improve the Services, for example to shorten routes and to fix faults.';
    const edit = preferredReview([PARTIES, DATA, RECORDS, GRANT]).edit(3);
    expect(edit?.target).toBe('6.2 We may use Usage Data to improve the Services, for example to shorten routes and to fix faults.');
    expect(edit?.comment.external).toMatch(/usage data that leaves Customer Data out, but not with Customer Data itself/);
  });

  it('leaves a use of such records for the service alone', () => {
    const GRANT = '6.2 We may use Usage Data to operate, support and improve the Services.';
    expect(preferredReview([PARTIES, DATA, RECORDS, GRANT]).edit(3)).toBeUndefined();
  });

  it('still answers a joint grant where the usage data is defined to take in what users type', () => {
    const TYPED = '1.5 "Usage Data" means information about how the Services are used, including the searches and messages users type.';
    const GRANT = '6.2 We may use Customer Data and Usage Data to improve the Services, for example to shorten routes and to fix faults.';
    const target = preferredReview([PARTIES, DATA, TYPED, GRANT]).edit(3)?.target ?? '';
    expect(target).not.toBe('');
    expect(target).not.toBe('6.2 We may use Usage Data to improve the Services, for example to shorten routes and to fix faults.');
  });

  it('strikes only the open purpose before the service\'s own purposes (audit208, 461 § 3.7)', () => {
    const GRANT = '6.2 We may collect and use Usage Data for any purpose, including to run, secure and improve the Services.';
    const edit = preferredReview([PARTIES, DATA, RECORDS, GRANT]).edit(3);
    expect(edit?.target).toBe('6.2 We may collect and use Usage Data to run, secure and improve the Services.');
    expect(edit?.comment.external).toMatch(/but not use that data for any purpose/);
  });

  it('does not count records that identify the users as technical only', () => {
    const PERSONAL = '1.5 "Usage Data" means technical information about use of the Services, including personal data of the drivers who log in.';
    const GRANT = '6.2 We may use Customer Data and Usage Data to improve the Services, for example to shorten routes and to fix faults.';
    expect(preferredReview([PARTIES, DATA, PERSONAL, GRANT]).edit(3)?.target).not.toBe('6.2 We may use Usage Data to improve the Services, for example to shorten routes and to fix faults.');
  });
});

describe('a data-use agreement\'s grant that only widens its licence clause (audit204 459 § 3.2, audit207 463 § 3.2)', () => {
  const lines = [
    'This Archive Licence is between Fenwick Gazette Ltd ("Publisher") and Orrin Systems Inc. ("Developer").',
    '"Licensed Content" means the articles in the archive described in Schedule 1.',
    '"Trained Model" means any model trained or fine-tuned in whole or in part using the Licensed Content.',
    '3.1 Publisher grants Developer a non-exclusive licence during the Term to use the Licensed Content to train, test and evaluate Trained Models for its news-summarising product.',
    '3.2 Without limiting clause 3.1, Developer may use the Licensed Content to research, develop and improve any of its products and services.',
  ];

  it('goes whole, its number kept, leaving clause 3.1 to set the purpose', () => {
    const edit = duaReview(lines).edit(4);
    expect(edit?.target).toBe('3.2 [Reserved.]');
    expect(edit?.comment.external).toMatch(/training the Trained Models/);
  });
});

describe('the customer\'s own procurement form with the supplier\'s policies annexed (audit208, 462)', () => {
  const lines = [
    'SITE SERVICES AGREEMENT',
    'Dunmere Dental Group Limited - Procurement Form PF-2 (Revision 3)',
    'This Agreement is made between Dunmere Dental Group Limited, a company registered in Scotland (together with its practices, "the Group"), and Orla Imaging Ltd, a company registered in Scotland ("the Contractor").',
    '"Group Data" means all data the Group or its patients provide to the Contractor.',
    '5.1 The Group Data remains the property of the Group, and the Contractor acquires no rights in it except the right to use it to provide the Services to the Group.',
    '5.2 The Contractor shall not use Group Data to train or fine-tune any machine-learning model.',
    '9.2 On termination the Contractor shall delete all Group Data within thirty (30) days and certify the deletion in writing.',
    '9.3 The Contractor may keep Group Data for up to six years after termination where the Group asks it to hold clinical records.',
    '12.2 Where Schedule 2 deals with a matter these clauses do not, Schedule 2 applies, and the Group shall comply with the Platform Rules as updated by the Contractor from time to time on thirty (30) days\' notice.',
    'SCHEDULE 2 - PLATFORM RULES',
    'Orla Imaging Ltd - Platform Rules, version 2.0, as published at https://orla.example/legal/platform-rules',
    '1.1 Orla may create de-identified datasets from Customer Data and may use and license them for any purpose, including research offered to third parties.',
    '1.2 Orla may use Customer Data and clinicians\' corrections to train the models that underlie the Orla platform.',
    '1.3 Orla may share Customer Data with its service providers where Orla needs to do so to deliver the platform, provided that each is bound by confidentiality terms.',
  ];
  const review = () => preferredReview(lines);

  it('reads the form as the Group\'s own and leaves its clauses unmarked', () => {
    const { edit, plan } = review();
    expect(edit(7)).toBeUndefined();
    expect(skippedWith(plan, 7, /the Group's own form/)).toBe(true);
  });

  it('deletes the supplier\'s grants the form\'s own clauses answer, citing the clause in the form\'s words', () => {
    const { edit } = review();
    expect(edit(11)?.target).toBe('1.1 [Reserved.]');
    expect(edit(11)?.comment.external).toMatch(/Clause 5\.1 of this Agreement gives the Contractor no rights in Group Data beyond providing the services/);
    expect(edit(12)?.target).toBe('1.2 [Reserved.]');
    expect(edit(12)?.comment.external).toMatch(/Clause 5\.2 of this Agreement forbids the Contractor to train models on Group Data/);
  });

  it('leaves a grant that carries its own condition to the ordinary review', () => {
    expect(review().edit(13)?.target).not.toBe('1.3 [Reserved.]');
  });

  it('strikes the supplier\'s power to update its annexed terms from the form\'s own clause', () => {
    const edit = review().edit(8);
    expect(edit?.target).toBe('12.2 Where Schedule 2 deals with a matter these clauses do not, Schedule 2 applies, and the Group shall comply with the Platform Rules.');
    expect(edit?.comment.external).toMatch(/bind the Group as they stand at signature/);
  });
});

describe('the customer\'s own clause that both defers to the supplier\'s part and lets it be updated', () => {
  it('names the part it deferred to and says why the update power goes', () => {
    const lines = [
      'SITE SERVICES AGREEMENT',
      'Dunmere Dental Group Limited - Procurement Form PF-2 (Revision 3)',
      'This Agreement is made between Dunmere Dental Group Limited, a company registered in Scotland (together with its practices, "the Group"), and Orla Imaging Ltd, a company registered in Scotland ("the Contractor").',
      '5.2 The Contractor shall not use Group Data to train or fine-tune any machine-learning model.',
      '12.2 The Group shall comply with the Platform Rules as updated by the Contractor from time to time, and the clauses prevail over the Schedules, save that Schedule 2 shall prevail in relation to the Platform.',
      'SCHEDULE 2 - PLATFORM RULES',
      'Orla Imaging Ltd - Platform Rules, version 2.0, as published at https://orla.example/legal/platform-rules',
      '1.2 Orla may use Customer Data and clinicians\' corrections to train the models that underlie the Orla platform.',
    ];
    const edit = preferredReview(lines).edit(4);
    expect(edit?.target).toBe('12.2 The Group shall comply with the Platform Rules, and the clauses prevail over the Schedules.');
    expect(edit?.comment.external).toMatch(/^Schedule 2 is the Contractor's own terms; .* bind the Group as they stand at signature/);
  });
});

describe('a data-use agreement\'s keeping of the licensed content (audit207, 463 §§ 3.3 and 13.5)', () => {
  const PARTIES = 'This Archive Licence is between Fenwick Gazette Ltd ("Publisher") and Orrin Systems Inc. ("Developer").';
  const DATA = '"Licensed Content" means the articles in the archive described in Schedule 1.';
  const GRANT = '3.1 Publisher grants Developer a non-exclusive licence to copy and use the Licensed Content for the purposes of training, testing and evaluating Models.';

  it('turns a keeping after the end into a deletion without the keeping\'s purposes, the law\'s kept', () => {
    const KEEP = '13.5 Following expiry or termination, Developer may retain copies of the Licensed Content for archival, legal, compliance and reproducibility purposes.';
    expect(duaReview([PARTIES, DATA, GRANT, KEEP]).edit(3)?.target).toBe(
      '13.5 Following expiry or termination, Developer shall delete copies of the Licensed Content, except where applicable law requires their retention, and shall certify the deletion in writing, signed by an officer.',
    );
  });

  it('ends a right to keep derived copies "both during and after the Term" with the Term, in its own words', () => {
    const KEEP = '3.3 Developer may retain and use the Licensed Content for the purposes in clause 3.1, both during and after the Term.';
    expect(duaReview([PARTIES, DATA, GRANT, KEEP]).edit(3)?.target).toBe('3.3 Developer may retain and use the Licensed Content for the purposes in clause 3.1, during the Term.');
  });

  it('asks for no stock purpose clause where the licence names its own purpose', () => {
    const missing = analyzeDocument([PARTIES, DATA, GRANT].map((text) => ({ text })), { mode: 'dua' }).missing.map((m) => m.category);
    expect(missing).not.toContain('dua-purpose-limit');
  });
});
