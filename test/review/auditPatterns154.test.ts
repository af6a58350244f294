// Patterns named by the lawyer audit of agreements 363–364 (audit154, first runs at a08cd16), taken up in the
// forty-fourth session: a permission whose first purpose is troubleshooting the customer's own service was turned into
// a ban on it (363 § 4.3); a strike left "remove Programme Data from, and Clausewright may …" (364 § 8.3); a clause
// holding the service's safety moderation went "[Reserved.]" (363 § 5.5); and, from audit153, an example list's last
// item was left behind its struck example (359 § 5.2); and, from audit155, an example of defined terms in a list kept
// its later items (361 § 7.1), and a de-identification citing HIPAA took a proviso (361 § 5.2); a clause in place of a
// sentence about "De-identified Data" spoke of "Aggregated Data" (356 § 5.4); and, from audit158, a ban kept the
// programme that scoped the permission and the limb keeping models trained on the data (366 Sch. 2); a policy fixed
// at the effective date kept "Updates become effective … after they are posted" (353 § 5.1). Every clause is our
// own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { applyOps } from '../../src/engine/applyOps';
import type { Finding } from '../../src/engine/types';
import { leavesBrokenText } from '../../src/review/brokenText';
import { strikeExample } from '../../src/review/strikes';
import { withDeemedAcceptanceStruck } from '../../src/review/deemedAcceptance';
import { takesWhatMustStand } from '../../src/review/mustStand';
import { setsOwnStandard } from '../../src/review/ownStandard';
import { dataTermOfSentence } from '../../src/review/sentenceTerms';
import { preferredReview } from './agreements';

const base = [
  'This Subscription Agreement is between Brightfen Learning Inc. ("Brightfen") and the school district named in the Order Form ("District").',
  '1.2 "District Data" means all data that District or its students submit to the Services.',
];

describe('a permission whose purposes start with troubleshooting the customer\'s own service', () => {
  it('is never turned into a ban on troubleshooting', () => {
    const review = preferredReview([
      ...base,
      '4.3 Service Improvement. Brightfen may use District Data to diagnose and resolve technical issues, to develop new features and to improve the Services for District and for Brightfen\'s other customers.',
    ]);
    expect(review.edit(2)?.target ?? '').not.toMatch(/shall not use District Data to diagnose|will not use District Data to diagnose/);
  });
});

describe('a strike that leaves a preposition before a new clause', () => {
  it('is broken text: "from, and Brightfen may …" has lost the object of "from"', () => {
    const text = '8.3 Withdrawal shall not require Brightfen to remove District Data from, or to retrain, any Model trained before it, and Brightfen may continue to use such Models.';
    const start = text.indexOf(', or to retrain');
    const end = text.indexOf(', and Brightfen');
    expect(leavesBrokenText(text, [{ kind: 'delete', start, end, text: text.slice(start, end) }])).toBeDefined();
    expect(applyOps(text, [{ kind: 'delete', start, end, text: text.slice(start, end) }])).toMatch(/from, and Brightfen/);
  });

  it('still reads an object shared by two verbs as whole', () => {
    expect(leavesBrokenText('Brightfen need not remove District Data from, or retrain, any Model.', [])).toBeUndefined();
    const text = 'Brightfen need not remove District Data from, or retrain, any Model. It may keep backups.';
    const start = text.indexOf(' It may');
    expect(leavesBrokenText(text, [{ kind: 'delete', start, end: text.length, text: text.slice(start) }])).toBeUndefined();
  });
});

describe('what a strike must leave standing', () => {
  it('includes the safety measures that protect the people using the service', () => {
    expect(takesWhatMustStand(['Brightfen staff may review samples for quality assurance and for safety moderation, and may escalate indicators of imminent harm.'])).toBe('the safety measures that protect users');
    expect(takesWhatMustStand(['Brightfen staff may review samples for quality assurance.'])).toBeUndefined();
  });
});

describe('an example list of infinitives whose last item has its "to" understood', () => {
  it('goes whole, never leaving "…, and build new features" behind (audit153, 359 § 5.2)', () => {
    const text = 'Brightfen may use District Data for any purpose, including to diagnose problems, tune search and ranking performance, and train new models.';
    const finding = { start: 0, end: text.length } as Finding;
    const ops = strikeExample(text, finding, (after) => /train new models/.test(after));
    expect(ops && applyOps(text, ops)).not.toMatch(/, and train new models/);
  });
});

describe('an example naming defined terms in a list (audit155, 361 § 7.1)', () => {
  it('goes with all of its items, never leaving them as things the vendor owns', () => {
    const text = 'Brightfen owns all right, title and interest in the Services and all derivative works of them, including any improvements made using Service Data, Aggregated Data or Model Feedback.';
    const finding = { start: 0, end: text.length } as Finding;
    const ops = strikeExample(text, finding, (after) => /Model Feedback/.test(after));
    expect(ops && applyOps(text, ops)).toBe('Brightfen owns all right, title and interest in the Services and all derivative works of them.');
  });

  it('stops before a party that opens a clause of its own', () => {
    const text = 'Brightfen may use District Data for any purpose, including product research, District may object in writing.';
    const finding = { start: 0, end: text.length } as Finding;
    const ops = strikeExample(text, finding, (after) => /product research/.test(after));
    expect(ops && applyOps(text, ops)).toMatch(/District may object in writing\.$/);
  });
});

describe('a de-identification that cites the law\'s own standard (audit155, 361 § 5.2)', () => {
  it('sets its own standard, which the playbook\'s proviso would only make conditional', () => {
    expect(setsOwnStandard('Brightfen will de-identify it only in accordance with 45 C.F.R. § 164.514(b) before including it in Aggregated Data.')).toBe(true);
    expect(setsOwnStandard('Brightfen will de-identify it before including it in Aggregated Data.')).toBe(false);
  });
});

describe('a clause put in place of a sentence about one of two derived-data terms (356 § 5.4)', () => {
  it('speaks of the term the sentence names', () => {
    const paragraphs = [
      'This Agreement is between Brightfen Inc. ("Brightfen") and the insurer named in the Order Form ("Customer").',
      '1.2 "Customer Data" means all data Customer submits to the Services.',
      '1.3 "Aggregated Data" means data derived from Customer Data and combined with the data of other customers so that it does not identify Customer.',
      '1.4 "De-identified Data" means Customer Data from which identifiers have been removed.',
      '5.4 Brightfen may use De-identified Data to train the Models.',
    ].map((text) => ({ text }));
    const analysis = analyzeDocument(paragraphs);
    const terms = dataTermOfSentence(paragraphs[4]!.text, [], analysis);
    expect(terms.derivedData).toBe('De-identified Data');
    expect(dataTermOfSentence('Brightfen may publish Aggregated Data.', [], analysis).derivedData).toBe(analysis.terms.derivedData);
  });
});

describe('a permission under a programme, turned into a ban (audit158, 366 Sch. 2 paras 5.1 and 5.3)', () => {
  const contract = (clause: string) => [
    'This Agreement is between Brightfen Ltd ("Brightfen") and the hospital group named in the Order Form ("Customer").',
    '1.2 "Customer Data" means all data that Customer or its clinicians submit to the Services.',
    clause,
  ];

  it('loses the programme that scoped the permission, so the ban holds everywhere', () => {
    const target = preferredReview(contract('5.1 Under the Improvement Programme, Brightfen may use Customer Data to train the Brightfen Models.')).edit(2)?.target ?? '';
    expect(target).toMatch(/^5\.1 Brightfen (?:shall|will) not use Customer Data to train the Brightfen Models\.$/);
  });

  it('loses the limb that keeps the models trained on the data', () => {
    const target = preferredReview(
      contract('5.3 Brightfen may retain Customer Data for model training, and Brightfen Models trained using Customer Data shall not be deleted or retrained following termination of this Agreement.'),
    ).edit(2)?.target ?? '';
    expect(target).not.toMatch(/shall not be deleted or retrained/);
  });
});

describe('a policy fixed at the effective date', () => {
  const text = '5.1 Customer\'s use is subject to the AI Policy, which Brightfen may update from time to time. Updates become effective thirty (30) days after they are posted.';
  const fix = (words: string) => [{ kind: 'insert' as const, at: text.indexOf('. Updates'), text: words }];

  it('loses the sentence that puts updates into effect (audit150 and audit157, 353 § 5.1)', () => {
    const ops = withDeemedAcceptanceStruck(text, fix(', as in effect on the Effective Date'));
    expect(ops && applyOps(text, ops)).not.toMatch(/Updates become effective/);
  });

  it('keeps it beside a right to object, which still lets updates take effect', () => {
    expect(withDeemedAcceptanceStruck(text, fix(', provided that Customer has an opportunity to object'))).toBeUndefined();
  });
});

describe('a de-identification to the law\'s standard that then opens the data to any use', () => {
  it('sets no standard for the use (agreement-85 § B.2 kept its limb (d))', () => {
    expect(setsOwnStandard('Brightfen may de-identify PHI in accordance with 45 C.F.R. § 164.514, and the resulting de-identified information may be used by Brightfen for any purpose not prohibited by law.')).toBe(false);
  });
});
