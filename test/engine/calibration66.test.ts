// Per-clause expectations for the language patterns of calibration round 66 (session 60, 2026-12-07): asides that
// interrupt a clause (commas after a relative's noun, dashes around a list), limits whose ends are the vendor's own,
// and losses, warranties, disclaimers and titles that only sound like protections. Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => [...new Set(analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`))].sort();

describe('a clause interrupted by an aside still grants what it grants (blind100-33, blind100-39, blind101-65)', () => {
  it('reads the modal after "which models, together with …," as the relative clause\'s, not the grant\'s', () => {
    const clause =
      "Brightmere grants Kelvane a perpetual licence to use Turbine Data to train Kelvane's forecasting models, which models, together with all weights, parameters and refinements to them, shall belong to Kelvane.";
    expect(categoriesOf(clause)).toContain('ai-training:risk');
  });

  it('reads "- to train" after a dashed list ending in "decisions" as the purpose of the use, not of the decisions', () => {
    const clause = 'Kestrel may use Placement Data - including CVs, interview notes and hiring decisions - to train its matching models.';
    expect(categoriesOf(clause)).toContain('ai-training:risk');
  });

  it('goes on with the clause after a closing dash when no verb or subject follows it', () => {
    const clause =
      'Orbery may use information about how your Parish uses the App — including donation totals and attendance counts ("Usage Information") — together with Parish Content, to improve and develop the App.';
    expect(categoriesOf(clause)).toEqual(['service-improvement:risk']);
  });

  it('still reads a dashed aside followed by a clause of its own as two statements', () => {
    const clause = 'Orbery keeps Parish Content in the United Kingdom — it will not use Parish Content to train any model.';
    expect(categoriesOf(clause)).toContain('no-training:protective');
  });
});

describe('a limit whose own ends are the vendor\'s limits nothing (blind100-39)', () => {
  it('reads "to the extent reasonably necessary, to enhance and develop the App and our other products" as no protection', () => {
    const clause = 'Orbery may use Parish Content to the extent reasonably necessary, to enhance and develop the App and our other products and to provide insights to you.';
    expect(categoriesOf(clause)).toEqual(['service-improvement:risk']);
  });

  it('still reads "solely to provide the service, not for product improvement" as a limit', () => {
    const clause = 'Parish Content is collected solely to provide the App, not for product improvement.';
    expect(categoriesOf(clause)).toContain('no-training:protective');
  });
});

describe('words that only sound like grants or protections (blind102)', () => {
  it('reads "while the Licence remains in force" as the life of a licence, not a grant of one', () => {
    const clause = 'Administrators agree to receive newsletters and, until they unsubscribe, partner offers; service notices cannot be opted out of while the Licence remains in force.';
    expect(categoriesOf(clause)).toEqual([]);
  });

  it('reads a "loss, destruction or corruption of data" in a liability cap as a harm, not a deletion promise', () => {
    const clause =
      "Fenwright's total liability, including for any loss, destruction or corruption of data, shall not exceed the fees paid in the twelve (12) months before the claim.";
    expect(categoriesOf(clause)).toEqual([]);
  });

  it('reads the consents a customer warrants it has obtained as its duty, not its lever', () => {
    const clause =
      'Customer represents and warrants that it is entitled to record, and to submit to the Service, all audio it uploads, that it has obtained every consent required under applicable recording laws, and that such submission will not breach any court order.';
    expect(categoriesOf(clause)).toEqual([]);
  });

  it('reads "no liability for any loss or disclosure of member data" as a disclaimer, not a confidentiality promise', () => {
    const clause = "Deskwell shall have no liability for any loss or disclosure of member data caused by the Operator's own misconfiguration.";
    expect(categoriesOf(clause)).toEqual([]);
  });

  it('reads an act word inside a capitalised title as part of the name ("these Data Sharing Terms")', () => {
    const clause = 'Seed transfers are governed by the Material Transfer Agreement, and nothing in these Data Sharing Terms grants or shall be construed to grant any right in or to the seed stock itself.';
    expect(categoriesOf(clause)).toEqual([]);
  });
});

describe('parties, openers and names that are not what they seem (blind102-130, blind102-43, blind102-66)', () => {
  it('reads a party word before two nouns of data as part of the data\'s name ("controller event logs")', () => {
    const clause = 'Customer agrees that controller event logs, door-sensor readings and service records may be used by Provider to train its fault-prediction models.';
    expect(categoriesOf(clause)).toContain('ai-training:risk');
  });

  it('starts the promise at its party and modal after "Upon deletion", whatever commas its list holds', () => {
    const clause = 'Upon deletion Provider will permanently delete your guest list, RSVP data and uploaded files within thirty (30) days.';
    expect(categoriesOf(clause)).toContain('deletion:protective');
  });

  it('reads "shall not access Practice Data" as a restriction on access, not a topic named "access practice"', () => {
    const clause = "Provider personnel shall not access Practice Data except to provide support at the Practice's request.";
    expect(categoriesOf(clause)).toContain('confidentiality:protective');
  });

  it('reads a retention capped in months, "after which they are automatically purged", as a deletion promise, not a keeping for the vendor\'s analytics', () => {
    const clause =
      'Archiving: Call Recordings are retained in the Speech Analytics Platform for the period configured by the Customer, subject to a maximum of twelve (12) months, after which they are automatically purged from the platform.';
    expect(categoriesOf(clause)).toContain('deletion:protective');
    expect(categoriesOf(clause)).not.toContain('survival-retention:risk');
  });
});

describe('duties and requests that read as grants or levers (fresh193a: 495-28, 495-46, 496-38, 496-39)', () => {
  it('reads a duty to document how models are tested, and on what datasets, as no training or improvement', () => {
    const clause =
      'Provider shall document the testing methodology for each release of the AI Features, including the benchmark datasets used, which shall be public or synthetic datasets and shall not include Firm Data.';
    expect(categoriesOf(clause).filter((c) => c.endsWith(':risk'))).toEqual([]);
  });

  it('reads "may request, by written notice to …, that X not be included in Training Datasets" as the customer\'s lever', () => {
    const clause = 'Customer may request, by written notice to privacy@provider.example, that Site Footage from a named Site not be included in Training Datasets.';
    expect(categoriesOf(clause)).toContain('opt-out:protective');
  });

  it('reads "Customer shall keep the credentials for the Console accounts secure" as a duty, not a lever', () => {
    const clause = 'Customer shall keep the credentials for the Fleet Console administrator accounts secure, and shall not share administrator accounts between individuals.';
    expect(categoriesOf(clause)).toEqual([]);
  });

  it('reads "a report setting out the sampling methodology" as no setting the customer controls', () => {
    const clause = 'For each Matter in which predictive coding is used, Provider shall provide on request a validation report setting out the sampling methodology, the estimated recall and the margin of error.';
    expect(categoriesOf(clause)).toEqual([]);
  });

  it('reads ", after which we delete them" as a deletion promise after the retention period', () => {
    const clause = 'By default, we retain audio files for 30 days and transcripts for 90 days after processing, after which we delete them from our active systems.';
    expect(categoriesOf(clause)).toContain('deletion:protective');
  });
});
