// Per-clause expectations for the language patterns of calibration round 44 (found in the first runs of blind59 and
// agreements 309–310, 2026-12-06): a party in a relative clause after any noun of a passive clause names the material,
// not who uses it; "organisational, personnel and technical measures" for the security of the data promise security;
// a proviso opened by its own subject without "that" ("provided we do not …") is a clause of its own; and an opt-out
// made "by email" is no opt-out of e-mails, nor is a programme the vendor stops collecting for an opt-out of something
// else. Later in the round (first runs of agreements 312–316): a document that says of itself "This … describes how
// <vendor> uses" the data introduces the clauses that grant; a signature block signs; a deletion the keeping survives
// ("Notwithstanding deletion of the account, … shall retain") promises none; "as modified by this Amendment" is the
// parties' own change; and an output "which assigns an urgent priority" gives a value, not title. Every clause is our
// own drafting, and each is read alone, as the evaluation reads a clause.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('a party in a relative clause of a passive grant', () => {
  it.each([
    'Route sketches which the Customer draws in the app may be used by Harbourline to train and improve its routing models.',
    'Set lists that the User builds in the app, together with tempo data, may be used by the Society to train and improve its scoring engine.',
  ])('is not who trains: "%s" grants training', (text) => {
    expect(categoriesOf(text)).toContain('ai-training:risk');
  });

  it('leaves the vendor acting after "agrees that", in a sentence with a passive elsewhere', () => {
    const text = '4.2 Customer acknowledges and agrees that Harbourline may use Customer Data, including Voyage Logs from which crew names have first been removed, to train and improve the models that power the Routing Features.';
    expect(categoriesOf(text)).toContain('ai-training:risk');
  });

  it('still reads the customer as acting where the customer is the subject', () => {
    expect(categoriesOf('The Member may use the scoring engine to train for auditions.')).not.toContain('ai-training:risk');
  });
});

describe('security measures that include personnel measures', () => {
  it('promise the security of the data', () => {
    const text = 'Article 9 (Safeguards). The Operator shall take appropriate measures for the security control of Berth Data, including organisational, personnel, physical and technical measures.';
    expect(categoriesOf(text)).toContain('confidentiality:protective');
  });

  it('but training staff is still about people', () => {
    const text = 'We run induction sessions for every Marina manager, and we train our own staff each year on safeguarding and data protection.';
    expect(categoriesOf(text)).not.toContain('confidentiality:protective');
  });
});

describe('a proviso opened by its own subject, without "that"', () => {
  it('does not turn the promise before it into a denial', () => {
    const text = '7.2 We maintain ISO 27001 certification and apply the security controls listed on our Assurance Page, which we may update from time to time provided we do not materially weaken the protection of Member Data.';
    expect(categoriesOf(text)).toContain('confidentiality:protective');
  });
});

describe('an opt-out made by email, of a programme that collects data', () => {
  it('is control over the use of data', () => {
    const text = 'B3. Opt-out. The Clinic may leave the Dictation Quality Scheme at any time in the admin console or by email to optout@example.com, and Brightvet shall stop collecting audio snippets within five business days.';
    expect(categoriesOf(text)).toContain('opt-out:protective');
  });

  it('while an opt-out of e-mails stays no control over data', () => {
    expect(categoriesOf('You may opt out of promotional emails at any time by using the unsubscribe link.')).not.toContain('opt-out:protective');
    expect(categoriesOf('You may opt out of the arbitration agreement by email to legal@example.com within 30 days.')).not.toContain('opt-out:protective');
  });
});

describe('a document that says of itself how the vendor uses the data', () => {
  it('introduces the clauses that grant, and grants nothing itself', () => {
    expect(categoriesOf('C1. Scope. This Model Schedule describes how Dentara uses Practice Data and De-identified Data in connection with the training and validation of the Dentara Models.')).not.toContain('ai-training:risk');
    expect(categoriesOf('This Notice forms part of our Terms and explains how we use recordings to develop and run the coaching features of Tideline.')).not.toContain('ai-training:risk');
  });

  it('while another document said to explain the use still discloses it', () => {
    expect(categoriesOf('The Tideline Privacy Notice explains how we use your conversations with the assistant to improve our AI models.')).toContain('ai-training:risk');
  });
});

describe('a signature block', () => {
  it('grants and promises nothing, whatever the signing company is called', () => {
    expect(categoriesOf('Brightmodel AI, Inc. By: ____________________ Name: ____________________ Title: ____________________')).toEqual([]);
  });
});

describe('a deletion the keeping survives', () => {
  it('is no deletion promise that would make the period its timetable', () => {
    const text = '9.4 Notwithstanding deletion of the Member\'s account, Harbourline shall retain copies of returns lodged for the Member and the working papers behind them for a period of seven years.';
    expect(categoriesOf(text)).toContain('survival-retention:neutral');
  });

  it('while a real deletion still makes the period its timetable', () => {
    const text = 'Harbourline shall delete the Member\'s account data within 30 days after termination and may retain encrypted backups for a period of 35 days.';
    expect(categoriesOf(text)).toContain('deletion:protective');
  });
});

describe('"as modified by this Amendment"', () => {
  it("is the parties' own change, no policy the vendor may change", () => {
    expect(categoriesOf('7.4 Except as modified by this Amendment, the Terms and the AI Use Policy remain in full force and effect.')).not.toContain('policy-by-reference:risk');
  });

  it('while a policy the vendor may update still is one', () => {
    expect(categoriesOf('We may update the AI Use Policy from time to time by posting a new version, which describes how we use Your Content to train our models.')).toContain('policy-by-reference:risk');
  });
});

describe('an output that "assigns a" value', () => {
  it('gives a category, not title', () => {
    const text = '3.2 The Supplier shall ensure that every Output which assigns an emergency priority to a repair request is reviewed by the Authority before it is acted on.';
    expect(categoriesOf(text)).not.toContain('output-ownership:risk');
  });

  it('while outputs assigned to the vendor are still owned by it', () => {
    expect(categoriesOf('Customer hereby assigns to Brightmodel all right, title and interest in the Outputs.')).toContain('output-ownership:risk');
  });
});
