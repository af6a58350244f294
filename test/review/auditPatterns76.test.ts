// Patterns from the lawyer's re-audit of agreements 211–216 (audit76) and the first runs of 217–220 (audit77). Every
// clause is the project's own drafting.
import { preferredReview } from './agreements';

const PARTIES = 'This Platform Agreement is between Brackenfold Systems, Inc. ("Provider") and Ashcombe Freight LLC ("Company").';
const DATA = '1.3 "Company Data" means all data, information and files that Company or its users submit to the Service.';

describe('usage data defined, in the sentence that uses it, to leave the customer\'s data out', () => {
  const USAGE =
    '4.5 Provider may collect information about Authorized Users\' activity in the Service, such as pages viewed, export counts and response times, but excluding the content of Company Data ("Usage Data"), and may use Usage Data to operate, support, secure and improve the Service.';
  const review = preferredReview([PARTIES, DATA, USAGE]);

  it('keeps improving the service the customer buys: the exclusion is no mention of the customer\'s data', () => {
    expect(review.edit(2)).toBeUndefined();
  });

  it('still strikes the vendor\'s other business from such a sentence', () => {
    const wider = USAGE.replace('improve the Service.', 'improve the Service and Provider\'s other products and services.');
    const edit = preferredReview([PARTIES, DATA, wider]).edit(2);
    expect(edit?.target).toContain('secure and improve the Service.');
    expect(edit?.target).not.toContain('other products');
  });
});

describe('usage data said, in a sentence of its own, not to include the customer\'s data', () => {
  it('keeps improving the service; only the vendor\'s other offerings go', () => {
    const usage =
      '(f) Provider may collect technical information about the operation of the Service, such as error reports and request volumes ("Usage Data"), and may use Usage Data to secure, support and improve the Service and Provider\'s other offerings. Usage Data shall not include Company Data in identifiable form.';
    const target = preferredReview([PARTIES, DATA, usage]).edit(2)?.target ?? '';
    expect(target).toContain('secure, support and improve the Service.');
    expect(target).not.toContain('other offerings');
  });
});

describe('a feedback licence beside a ban on training given elsewhere', () => {
  it('keeps its perpetual term: the carve-out of the customer\'s data answers it, not a narrowed licence', () => {
    const feedback =
      '4.3 If Company or any Authorized User provides Provider with any suggestion, enhancement request or other comment on the Service ("Feedback"), Company grants Provider a perpetual, irrevocable, worldwide, royalty-free licence to use, adapt and build that Feedback into Provider\'s products and services without payment.';
    const noTraining = '3.1 Provider shall not use Company Data to train or improve any artificial intelligence model.';
    // Definitions run together in one paragraph, as 211 wrote them: "Authorized User" then reads as a name of the data.
    const list =
      '1.1 In this Agreement: "Affiliate" means any entity that controls, is controlled by or is under common control with a party; "Authorized User" means an employee or contractor of Company whom Company permits to use the Service; "Company Data" means all data, information and files that Company or its users submit to the Service.';
    const edit = preferredReview([PARTIES, list, noTraining, feedback]).edit(3);
    expect(edit?.target ?? feedback).toContain('a perpetual, irrevocable, worldwide');
  });
});

describe('a survival list beside a deletion promise given elsewhere', () => {
  it('is never struck whole: it keeps confidentiality and the indemnities alive too', () => {
    const deletion = '8.3 Within 30 days after termination, Provider will delete all Company Data, including copies held in backups.';
    const survival =
      '8.4 Survival. Sections 1.3, 2.1 (solely as it applies to Company Data held in backups), 3.3, 6, 7 and 9 will survive any expiration or termination of this Agreement.';
    const edit = preferredReview([PARTIES, DATA, deletion, survival]).edit(3);
    expect(edit?.target ?? survival).toContain('3.3, 6, 7 and 9 will survive');
  });
});

describe('a sentence that keeps data a model was trained on', () => {
  it('does not take the clause on derived statistics in place of its keeping', () => {
    const keeping =
      'A.10 Retention. We retain Company Data for as long as the workspace is active, and de-identified copies used for Content Learning may be retained indefinitely.';
    const edit = preferredReview([PARTIES, DATA, keeping]).edit(2);
    expect(edit?.target ?? keeping).not.toContain('irreversibly');
  });
});

describe('what a banned use would have been done with, and how', () => {
  const PARTIES_UK = 'These Terms are between Lumbridge Voice Ltd (the "Supplier") and Harrowgate Homes Ltd (the "Client").';
  const CALLS = '1.2 "Call Data" means recordings and transcripts of the Client\'s calls processed by the Platform.';

  it('loses the models\' sharing and the next sentence\'s redaction step with the ban', () => {
    const grant =
      '6.2 The Supplier may use Call Data to train and tune the Supplier\'s speech models, which may be deployed for the benefit of all of the Supplier\'s customers. Before doing so the Supplier will mask card numbers and other identifiers the Platform detects.';
    const target = preferredReview([PARTIES_UK, CALLS, grant]).edit(2)?.target ?? '';
    expect(target).toMatch(/^6\.2 The Supplier shall not use Call Data to train or tune the Supplier's speech models\.$/);
  });

  it('loses a next sentence that opens on using the data for the banned training', () => {
    const PARTIES_US = 'These Terms are between Pennant Draw, Inc. ("we") and the customer ("you").';
    const grant =
      'A.4 Model Learning. We may use Input and Output, together with Your Content in boards where AI Features were used, to train and evaluate the models behind AI Features. Before using data for model training, we run automated tools that remove account identifiers.';
    const target = preferredReview([PARTIES_US, '1.1 "Your Content" means the files and boards you upload.', grant]).edit(2)?.target ?? '';
    expect(target).toContain('will not use Input, Output or Your Content');
    expect(target).not.toContain('Before using');
  });
});

describe('a list of keepings that includes what the law requires to be kept', () => {
  it('is not turned whole into a duty to delete', () => {
    const lines = [
      'This Data Protection and Artificial Intelligence Addendum (this "Addendum") is entered into as of the Addendum Effective Date stated on the signature page by Orrin Valley Care, a Ohio nonprofit corporation, on behalf of itself and its hospitals, clinics and other Affiliates (collectively, "Care Network"), and Pellmore Scribe, Inc., a Delaware corporation ("Vendor").',
      '1(a) "Care Network Data" means all data and information, in any form, that Vendor or any Subprocessor receives from or on behalf of Care Network, or creates, collects or derives in performing the Services, including audio recordings of patient encounters, transcripts, electronic health record data, patient demographics, clinician identities, Protected Health Information and Generated Documentation, but excluding De-identified Data and Aggregate Statistics to the extent provided in Section 4(c).',
      '1(c) "De-identified Data" means Care Network Data that has been de-identified in accordance with the expert determination method described at 45 C.F.R. § 164.514(b)(1), as documented in a written determination by a qualified expert who is independent of Vendor.',
      '7(e) Notwithstanding Section 7(c), Vendor may retain (i) De-identified Data and Aggregate Statistics created in compliance with Section 3(b)(i) and Section 4(a), (ii) any AI Model trained in accordance with Section 3(b)(i) before expiry or termination, and (iii) Care Network Data that Vendor is required by applicable law to retain, for the period so required and subject to this Addendum, and Section 7(c) shall not require Vendor to delete or retrain any such AI Model.',
    ];
    const edit = preferredReview(lines).edit(3);
    expect(edit?.target ?? lines[3]).not.toContain('shall delete (i)');
  });
});

describe('the customer conceding, just before a use the review bans, that the service needs it', () => {
  it('goes with the ban', () => {
    const grant =
      '3.3 Company acknowledges that the accuracy of the Service depends on continuous learning from live shipments. Provider may use Company Data to train and evaluate the routing models that form part of the Service.';
    const target = preferredReview([PARTIES, DATA, grant]).edit(2)?.target ?? '';
    expect(target).toMatch(/^3\.3 Provider shall not use Company Data to train or evaluate/);
    expect(target).not.toContain('acknowledges');
  });
});
