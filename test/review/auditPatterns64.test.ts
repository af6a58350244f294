// Patterns named by the lawyer audit of 181–184 (audit64) and the plans of this round's engine changes. Every clause
// is the project's own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { reviewOf } from './agreements';

const review = (...lines: string[]) => reviewOf(lines, { position: 'preferred', insertMissing: false });

describe('a sentence that only switches off the use an edit struck goes with it', () => {
  const SUMMARY =
    'In short: your tracks stay yours. We use them to run Beatloom and, if "Share to improve" is on, to make our AI tools better. You can switch that off at any time in Settings. The sections below give the details.';

  it('strikes the switch sentence and keeps the sentences after it', () => {
    const { edit } = review('These terms are between Beatloom Ltd ("we") and you.', SUMMARY);
    const target = edit(1)?.target ?? '';
    expect(target).toBe('In short: your tracks stay yours. We use them to run Beatloom. The sections below give the details.');
  });

  it('leaves a switch sentence alone when the struck words set up no switch', () => {
    const PLAIN = 'We use your tracks to run Beatloom and to make our AI tools better. You can switch that off at any time in Settings.';
    const target = review('These terms are between Beatloom Ltd ("we") and you.', PLAIN).edit(1)?.target ?? PLAIN;
    expect(target).toMatch(/You can switch that off/);
  });
});

describe('a term capitalised only because it opens its definition is written as the terms write it', () => {
  const LINES = [
    'These terms are a contract between you and Tallowmere Ltd ("Tallowmere", "we" or "us").',
    '"Your content" means the recordings and messages you submit to the app.',
    'You own your content, and we keep your content only while your account is open.',
    'We protect your content with encryption and limit access to staff who need it.',
    'If you send us ideas or suggestions for the app, we can use them however we like without paying you.',
  ];

  it('says "your content" mid-sentence in the wording it inserts, and "our content" in the comment', () => {
    const edit = review(...LINES).edit(4);
    expect(edit?.target).toMatch(/does not apply to your content\.$/);
    expect(edit?.comment.external).toMatch(/\bour content\b/);
    expect(edit?.comment.external).not.toMatch(/\b[Yy]our content\b/);
  });
});

describe('usage data the contract defines to leave the customer’s data out', () => {
  const PARTIES = 'This Agreement is between Trussline Inc. ("Provider") and Ardent Builders LLC ("Customer").';
  const DATA = '1.2 "Project Data" means drawings, photographs and reports Customer uploads to the Services.';
  const USAGE = '1.3 "Usage Data" means technical data about the performance and use of the Services, such as log files and feature statistics, but excluding Project Data.';

  it('keeps improving the service and strikes only the vendor’s other business', () => {
    const GRANT = "4.3 Provider may collect and use Usage Data to operate, maintain, improve and develop the Services and Provider's other products and services.";
    const edit = review(PARTIES, DATA, USAGE, GRANT).edit(3);
    expect(edit?.target).toBe('4.3 Provider may collect and use Usage Data to operate, maintain, improve and develop the Services.');
    expect(edit?.comment.external).toMatch(/should not serve Provider's other products/);
  });

  it('leaves a use for the service alone', () => {
    const GRANT = '4.3 Provider may collect and use Usage Data to operate, maintain and improve the Services.';
    expect(review(PARTIES, DATA, USAGE, GRANT).edit(3)).toBeUndefined();
  });

  it('still narrows usage data whose definition keeps the customer’s data in', () => {
    // A definition of technical records alone leaves the customer's data out too (see auditPatterns205); this one
    // names the Project Data users open.
    const SWEEPING = '1.3 "Usage Data" means information about how users use the Services, including the Project Data they open and the pages they visit.';
    const GRANT = "4.3 Provider may collect and use Usage Data to operate, maintain, improve and develop the Services and Provider's other products and services.";
    expect(review(PARTIES, DATA, SWEEPING, GRANT).edit(3)?.target).not.toMatch(/improve and develop the Services\.$/);
  });
});

describe('a clause whose own proviso sets its standard of identification', () => {
  const PARTIES = 'This agreement is between Ledgerline Ltd (the "Supplier") and Brantwood LLP (the "Client").';
  const DATA = '1.1 "Matter Data" means documents the Client loads onto the Platform for a Matter.';

  it('gets no stock limb on identification beside its own', () => {
    const STATS =
      '6.6 The Supplier may compile anonymised usage statistics from all Matters hosted on the Platform and may publish them in aggregated form, provided that no Client, Matter or party to a Matter can be identified.';
    const target = review(PARTIES, DATA, STATS).edit(2)?.target ?? '';
    expect(target).toMatch(/(?:is|are) not used to train any artificial intelligence or machine-learning model, and that no Client, Matter or party to a Matter can be identified\.$/);
    expect(target).not.toMatch(/cannot reasonably be used to identify (?:the )?Client/);
  });

  it('keeps the limb where the clause only forbids re-identification', () => {
    const REID = '6.6 The Supplier may create De-identified Data from Matter Data and may use it to improve its products, provided that the Supplier shall not attempt to re-identify the Client from it.';
    expect(review(PARTIES, DATA, REID).edit(2)?.target ?? '').toMatch(/cannot reasonably be used to identify (?:the )?Client or any individual/);
  });
});

describe('a licence of published works with one stray word about identifying', () => {
  const missingOf = (lines: string[]) => analyzeDocument(lines.map((text) => ({ text })), { mode: 'dua' }).missing.map((m) => m.category);
  const LINES = [
    'This Content Licence Agreement is between Harbourline Media Ltd ("Licensor"), a publisher, and Quarry AI Inc. ("Licensee").',
    '1.1 "Licensed Content" means the articles and photographs in the Licensor news archive listed in Schedule 1.',
    '2.1 Licensor grants Licensee a non-exclusive licence during the Term to use the Licensed Content to train Models.',
    '5.1 Where a Model displays Output that quotes an identifiable Licensor article, Licensee shall attribute it to Licensor.',
  ];

  it('asks for no privacy safeguards for journalism', () => {
    const missing = missingOf(LINES);
    expect(missing).not.toContain('dua-human-review-limit');
    expect(missing).not.toContain('dua-privacy-techniques');
  });

  // Since audit207 (463): published articles that name people call for no pseudonymisation or differential privacy
  // ("not commercially sendable"), only for the ban on re-identifying those people.
  it('asks only for the ban on re-identification where the archive speaks of people more than once', () => {
    const people = [...LINES, '7.1 The Licensed Content may include personal data of individuals named in the articles.'];
    expect(missingOf(people)).toContain('dua-no-reidentification');
    expect(missingOf(people)).not.toContain('dua-privacy-techniques');
  });
});

describe('the derived-data proviso speaks of the statistics the clause keeps', () => {
  const TERMS = 'These terms are a contract between you and Wordloom Ltd ("Wordloom", "we" or "us").';

  it('says "such statistics are …" where the clause names statistics and no data', () => {
    const STATS = 'We may create aggregated statistics from how learners use Wordloom, and we may use and share those statistics for any purpose.';
    const target = review(TERMS, STATS).edit(1)?.target ?? '';
    expect(target).toMatch(/provided that such statistics are aggregated with the data of other users, cannot reasonably be used to identify you or any individual, and are not used to train/);
  });

  it('keeps "such data" where the clause names data beside its statistics', () => {
    const BOTH = 'We may create de-identified data and aggregated statistics from your lessons and may use such data for any purpose.';
    const target = review(TERMS, BOTH).edit(1)?.target ?? '';
    expect(target).not.toMatch(/such statistics/);
  });
});
