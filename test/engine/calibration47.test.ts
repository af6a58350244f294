// Per-clause expectations for the language patterns of calibration round 47 (first runs on agreements 325–328, and the
// lawyer audit of 326, 2026-12-06): a numbered limb of its own that improves the vendor's products, after a limb that
// tunes the customer's own deployment, is an improvement grant as well as training; and derived data named only as what
// audited records or a report for audit describe is given to nobody. Every clause is our own drafting, read alone.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('a limb of its own that improves the vendor\'s products', () => {
  it('is an improvement grant beside the training limb before it', () => {
    const text = "3.3 Tidewell may use Customer Data (i) to tune and calibrate the Scoring Features as deployed for Customer, (ii) to develop and improve Tidewell's products and services generally, and (iii) to create Aggregated Data.";
    expect(categoriesOf(text)).toEqual(expect.arrayContaining(['ai-training:risk', 'service-improvement:risk']));
  });

  it('leaves improvement by training, with no limb of its own, the training finding alone', () => {
    const text = "Tidewell may use Customer Data to train its models and improve Tidewell's products.";
    expect(categoriesOf(text)).toContain('ai-training:risk');
    expect(categoriesOf(text)).not.toContain('service-improvement:risk');
  });
});

describe('derived data named as what audited records describe', () => {
  it.each([
    "5.4 The Hospital, or an auditor it appoints, may on reasonable notice audit Tidewell's compliance with this Article, including by reviewing records of the creation and use of De-identified Data.",
    "D9. Within sixty (60) days after each anniversary, Tidewell shall deliver to the Hospital a written report describing the volume of De-identified Data created during the year, and shall make its supporting records available for audit under section 5.4.",
  ])('gives nobody a right to it: %s', (text) => {
    expect(categoriesOf(text)).not.toContain('aggregated-data:risk');
  });

  it('still reads the vendor\'s own permission beside an audit as a grant', () => {
    const text = 'Tidewell may use De-identified Data to publish industry benchmarks, and the Hospital may audit the records of that use once a year.';
    expect(categoriesOf(text)).toContain('aggregated-data:risk');
  });
});

describe('first runs on agreements 329–332', () => {
  it('reads a deletion that "doesn\'t include" what it lists as keeping it, neither deleting nor banning', () => {
    const text = "9.4 Deleting Your Data doesn't include Aggregated Data, Service Data or any improvements to the Assistant that were made using Your Data before you cancelled.";
    expect(categoriesOf(text)).not.toContain('deletion:protective');
    expect(categoriesOf(text)).not.toContain('no-training:protective');
  });

  it('reads "inspection" before the product that does it as the product\'s trade, not an audit right', () => {
    const text = 'This Agreement governs Customer\'s use of the Tidewell visual inspection platform and edge inspection devices (the "Services").';
    expect(categoriesOf(text)).not.toContain('audit:protective');
    expect(categoriesOf('Customer may inspect Tidewell\'s records of the use of Customer Data once a year.')).toContain('audit:protective');
  });

  it('reads a definition that lists filed returns as a definition, not a promise to return data', () => {
    const text = '1.1 "Your Data" means the information you put into the Service, including ledgers, GST returns and documents you upload.';
    expect(categoriesOf(text)).not.toContain('deletion:protective');
  });

  it('reads a row of a sub-processor table with a field named "transfer mechanism" as a listed model provider', () => {
    const text = '2. Corvale AI, Inc. (United States) – large language model inference for summarisation – EU endpoint – transfer mechanism: standard contractual clauses.';
    expect(categoriesOf(text)).toContain('third-party-ai:neutral');
  });
});

describe('first run on blind64', () => {
  it.each([
    'Tidewell will not use Customer Data held in a Restricted Workspace to train, fine-tune or otherwise improve any machine-learning model.',
    'Tidewell will not use Restricted Collections to develop, train or evaluate any artificial intelligence system.',
  ])('reads a ban whose data is named by a participle ("Restricted …") as a ban: %s', (text) => {
    expect(categoriesOf(text)).toContain('no-training:protective');
    expect(categoriesOf(text)).not.toContain('ai-training:risk');
  });

  it('still reads "not restricted from" as a permission', () => {
    expect(categoriesOf('Tidewell is not restricted from using Customer Data to train its models.')).toContain('ai-training:risk');
  });

  it('reads people who "hold" a certificate renewed each year as keeping no data, while a kept profile is kept', () => {
    expect(categoriesOf('All Tidewell tutors hold a current Working With Children Check and complete safeguarding training every twelve months.')).toEqual([]);
    expect(categoriesOf('We keep your guest profile for seven years after your last stay.')).toContain('survival-retention:neutral');
  });

  it('reads "audit trails" kept for ten years as records kept, not a right to audit', () => {
    expect(categoriesOf('Completed envelopes and audit trails are retained by Tidewell for ten (10) years after completion.')).not.toContain('audit:protective');
  });
});
