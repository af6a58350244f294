// Patterns taken up in the fifty-ninth session (audit219, audit220, audit221). Every clause is our own drafting.
import { preferredReview, skippedWith } from './agreements';

const PARTIES = 'This Agreement is between Tessaly Voice AB ("Supplier") and the bank named in the Order Form ("the Bank").';
const CONTENT = '1.2 "Customer Content" means recordings, transcripts and notes that the Bank or its Users upload to or create in the Services.';

describe('a retention whose "indefinitely" is followed by another keeping (audit221, 486 § 15.3)', () => {
  const KEEP =
    '15.3 Notwithstanding clause 15.2, Supplier may retain Customer Content in backups for up to 90 days, retain De-identified Data indefinitely, and retain any Customer Content it is required to retain by law.';
  it('strikes "indefinitely" alone and leaves the next keeping joined by its comma', () => {
    const target = preferredReview([PARTIES, CONTENT, '1.3 "De-identified Data" means Customer Content from which personal data has been removed.', KEEP]).edit(3)?.target ?? '';
    expect(target).not.toMatch(/De-identified Data retain/);
    expect(target).toContain('De-identified Data, and retain any Customer Content it is required to retain by law');
  });
});

describe('model providers named among the recipients, with their list at a web address (audit221, 485 § 7.5)', () => {
  const DISCLOSE =
    '7.5 Supplier may disclose Customer Content to its service providers, including the providers of hosting, speech recognition and language model services listed at https://www.tessaly.example/subprocessors, to the extent required to provide the Services.';
  it('binds the providers rather than striking their name, and never cuts the address', () => {
    const target = preferredReview([PARTIES, CONTENT, DISCLOSE]).edit(2)?.target ?? '';
    expect(target).toContain('https://www.tessaly.example/subprocessors');
    expect(target).toContain('language model services');
  });
});

describe('a power to change terms that already has a proviso (audit221, 486 G6.1)', () => {
  const CHANGE =
    "G6.1 Supplier may amend these AI Terms on 30 days' notice, provided that no amendment shall permit Supplier to use Customer Content to train any model without the Bank's prior written consent.";
  const GRANT = '5.2 Supplier may use Customer Content to improve the Services and to develop new products.';
  it('adds the policy limb as a further proviso, not a second "provided that"', () => {
    const target = preferredReview([PARTIES, CONTENT, GRANT, CHANGE]).edit(3)?.target ?? '';
    expect(target).toContain(', and provided further that no change to these AI Terms');
    expect(target.match(/provided that/g)?.length).toBe(1);
  });
});

describe('an order of precedence over the clauses the review changed (audit220, audit221)', () => {
  const HEAD = 'This Master Agreement is between Brindle Learning, Inc. ("Provider") and the district named in the Order Form ("District").';
  const DATA = '1.3 "District Data" means all data, including student records, that District or its users provide to the Platform.';
  const FEEDBACK = '4.6 District grants Provider a perpetual licence to use any feedback or suggestions, including District Data, to improve the Platform.';
  const TRAIN = '5.5 Provider may use District Data to train the adaptive models that power the Platform for all of its customers.';
  const LICENCE = '5.6 Provider may use District Data to provide the Platform and as otherwise permitted by this Agreement, including to develop new products.';
  const ORDER =
    '13.2 In the event of any conflict, the following order of precedence shall apply: (i) Exhibit B; (ii) the applicable Order Form; (iii) Exhibit C; (iv) the body of this Agreement.';
  const EXHIBIT_B = ['EXHIBIT B – STUDENT DATA PRIVACY', 'B.1 Provider may disclose de-identified District Data to research partners for any purpose.', 'B.2 Provider may retain de-identified District Data indefinitely.'];
  const EXHIBIT_C = ['EXHIBIT C – AI FEATURES', 'C.1 Provider may use District Data to develop new products.', 'C.2 Provider may keep logs of District Data indefinitely.'];
  const lines = [HEAD, DATA, FEEDBACK, TRAIN, LICENCE, ORDER, ...EXHIBIT_B, ...EXHIBIT_C];

  it('names only the part that can widen the use: not the privacy exhibit, not the Order Form', () => {
    const rider = preferredReview(lines).edit(5)?.target ?? '';
    expect(rider).toContain('nothing in Exhibit C permits');
    expect(rider).not.toMatch(/nothing in[^.]*Exhibit B/);
    expect(rider).not.toMatch(/nothing in[^.]*Order Form/);
  });

  it('cites neither the feedback clause nor a clause that defers to the rest of the contract', () => {
    const rider = preferredReview(lines).edit(5)?.target ?? '';
    expect(rider).toMatch(/clause 5\.5 would not permit/);
    expect(rider).not.toContain('4.6');
    expect(rider).not.toContain('5.6');
  });
});

describe('usage data defined only as records of the service (audit219, 481 § 4.3)', () => {
  const USAGE = '1.9 "Usage Data" means technical, diagnostic and log data about the use and performance of the Platform.';
  const USE = '4.3 Supplier may collect and use Usage Data to operate, secure and improve the Platform.';
  it('says what the definition does, not that it leaves the customer\'s data out', () => {
    const { plan } = preferredReview([PARTIES, CONTENT, USAGE, USE]);
    expect(skippedWith(plan, 3, /defines Usage Data as records of how the service is used and performs/)).toBe(true);
    expect(skippedWith(plan, 3, /to leave the customer's data out/)).toBe(false);
  });
});

describe('a benchmarking election that includes the customer\'s de-identified data and sends it reports (audit221, 485 Item 9)', () => {
  const HEAD = 'This Agreement is between Roadcrest Pty Ltd ("Roadcrest") and the company named in the Order Form ("Customer").';
  const DEFINED = '"De-identified Data" means Customer Data from which identifiers of Customer have been removed.';
  const ITEM =
    "Item 9. Industry Benchmarking: Enrolled. Customer's De-identified Data will be included in the Roadcrest Safety Index and Customer will receive quarterly benchmark reports comparing its fleet to anonymised peer fleets.";
  it('keeps the customer\'s reports and adds the standard for the data as a proviso', () => {
    const target = preferredReview([HEAD, DEFINED, ITEM]).edit(2)?.target ?? '';
    expect(target).toContain('Customer will receive quarterly benchmark reports');
    expect(target).toMatch(/anonymised peer fleets, provided that such (?:data|De-identified Data) is aggregated with the data of other customers/);
  });
});

describe('derived data, usage data and models kept beside the backups (audit219, 481 § 13.5)', () => {
  const HEAD = 'This Agreement is between Corvane Sensing Ltd ("Corvane") and the university named in the Order Form ("the University").';
  const DATA = '"Customer Data" means sensor readings and other data collected by the Platform for the University.';
  const AGG = '"Aggregated Data" means data derived from Customer Data that has been combined with the data of other customers so that no one is identified.';
  const USAGE = '"Usage Data" means technical and diagnostic data about the use and performance of the Platform.';
  const KEEP =
    '12.5 Notwithstanding clause 12.4, Corvane may retain Customer Data in encrypted backups for up to six months and may retain Aggregated Data, Usage Data and models trained under clause 8.3 indefinitely.';
  it('takes the models out and holds the rest to the safeguard, instead of ordering it all deleted', () => {
    const target = preferredReview([HEAD, DATA, AGG, USAGE, KEEP]).edit(4)?.target ?? '';
    expect(target).not.toContain('shall cease using');
    expect(target).not.toContain('models trained under clause 8.3');
    expect(target).toContain('may retain Aggregated Data and Usage Data, provided that such data cannot reasonably be used to identify');
  });
});

describe('a broad licence whose sentence also defines the material licensed (audit220, 484 § 4.3)', () => {
  const HEAD = 'This Master Agreement is between Brindle Learning, Inc. ("Provider") and the district named in the Order Form ("District").';
  const DATA = '1.3 "District Data" means all data that District or its users provide to the Platform.';
  const LICENCE =
    '4.3 With respect to worksheets and lesson plans uploaded by District teachers ("Teacher Materials"), District grants Provider a perpetual, irrevocable, worldwide licence to use, reproduce and publicly display Teacher Materials in Provider\'s content library.';
  const LATER = '12.5 Provider may retain Teacher Materials licensed under Section 4.3 after termination.';
  it('edits the licence\'s words rather than leaving it for want of a clause that would strike the definition', () => {
    const target = preferredReview([HEAD, DATA, LICENCE, LATER]).edit(2)?.target ?? '';
    expect(target).toContain('("Teacher Materials")');
    expect(target).not.toContain('perpetual, irrevocable');
  });
});

describe("a precedence clause over an addendum, where the body's changed clauses only keep or aggregate (audit222, audit223)", () => {
  const HEAD = 'This Agreement is between Carrowby Claims LLC ("Carrowby") and the insurer named in the Order Form ("Insurer").';
  const DATA = '1.2 "Customer Data" means claims files and other data Insurer submits to the Services.';
  const STATS = '5.6 Carrowby may compile aggregated statistics from Customer Data and may use and disclose them for benchmarking.';
  const ORDER = '11.2 In the event of conflict, the following order of precedence applies: (a) the AI Addendum; (b) the body of this Agreement.';
  const ADDENDUM = ['ANNEX A - AI ADDENDUM', 'A.1 Carrowby may use Customer Data to train its claims models.', 'A.2 Carrowby may keep prompts for two years after termination.'];
  it('cites no clause on statistics or deletion as the one that sets the data\'s use', () => {
    const review = preferredReview([HEAD, DATA, STATS, ORDER, ...ADDENDUM]);
    expect(review.edit(2)?.target).toContain('provided that such data is aggregated');
    expect(review.edit(3)?.target ?? '').not.toContain('5.6 would not permit');
  });
});

describe('a strike that would leave a verb of agreeing with nothing to agree (audit223, 490 § 5.4)', () => {
  it('is broken text the review does not make', async () => {
    const { leavesBrokenText } = await import('../../src/review/brokenText');
    const text = 'Client acknowledges, however, that Vendor keeps its rubrics.';
    const at = text.indexOf(', however');
    expect(leavesBrokenText(text, [{ kind: 'delete', start: at, end: text.length - 1, text: text.slice(at, text.length - 1) }])).toBeDefined();
  });
});

