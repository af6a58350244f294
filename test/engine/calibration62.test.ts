// Per-clause expectations for the language patterns of calibration round 62 (first runs on blind95 and agreements
// 465–468, 2026-12-07): a clause of its own after ", and" whose subject names models or data; a fact conceded with
// "notwithstanding that"; an act word that names a kind of agreement; an open licence of other people's datasets; a
// party named one of many ("each a "Practice""). Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);
const duaCategories = (lines: readonly string[]) => analyzeDocument(lines.map((text) => ({ text })), { mode: 'dua' });

describe('a clause of its own after ", and" whose subject names models or data (468 § 7(c))', () => {
  it('reads models left untouched after an opt-out as kept in the models', () => {
    const clause = 'A withdrawal takes effect within 14 days and applies only to Client Files uploaded after it takes effect, and models trained before that date will not be retrained or deleted.';
    expect(categoriesOf(clause)).toContain('survival-retention:risk');
  });

  it('keeps a listed subject whole where no clause comes before the comma', () => {
    const clause = 'Client Files, and models trained on Client Files, will be deleted within 30 days after termination.';
    expect(categoriesOf(clause)).not.toContain('survival-retention:risk');
  });
});

describe('a fact conceded with "notwithstanding that" (467 § 15.3)', () => {
  const PARTIES = 'This Data Licence is between Marlow Health Board ("Board") and Quellis Imaging Ltd ("Developer").';
  const DATA = '"Licensed Images" means the de-identified scans listed in Schedule 1.';

  it('does not read the model\'s training data as what the clause lets the developer use', () => {
    const clause = '14.3 On expiry of the Term, the Developer may continue to own, use, commercialise and further develop the Model, including the Model Weights, notwithstanding that the Model was trained on Licensed Images.';
    const analysis = duaCategories([PARTIES, DATA, clause]);
    expect(analysis.findings.filter((f) => f.paragraph === 2 && f.stance === 'risk').map((f) => f.category)).toEqual([]);
  });

  it('still reads a use of the data itself in the same clause', () => {
    const clause = '14.3 The Developer may use Licensed Images to develop other products, notwithstanding that they were supplied for the Model.';
    const analysis = duaCategories([PARTIES, DATA, clause]);
    expect(analysis.findings.some((f) => f.paragraph === 2 && f.stance === 'risk')).toBe(true);
  });
});

describe('an act word that names a kind of agreement (467 § 17.4)', () => {
  it('finds nothing in an entire-agreement clause that supersedes a data sharing agreement', () => {
    const PARTIES = 'This Data Licence is between Marlow Health Board ("Board") and Quellis Imaging Ltd ("Developer").';
    const clause = '19.2 This Agreement is the entire agreement between the parties and supersedes any earlier data sharing agreement or data use agreement between them.';
    const analysis = duaCategories([PARTIES, clause]);
    expect(analysis.findings.filter((f) => f.paragraph === 1)).toEqual([]);
  });

  it('still reads sharing the data under such an agreement', () => {
    const PARTIES = 'This Data Licence is between Marlow Health Board ("Board") and Quellis Imaging Ltd ("Developer").';
    const DATA = '"Licensed Images" means the de-identified chest scans of patients listed in Schedule 1.';
    const clause = '19.3 The Developer may share the Licensed Images with its affiliates under a data sharing agreement.';
    expect(duaCategories([PARTIES, DATA, clause]).findings.map((f) => f.category)).toContain('dua-data-disclosure');
  });
});

describe('an open licence of other people\'s datasets (467 Sch 1)', () => {
  const PARTIES = 'This Data Licence is between Marlow Health Board ("Board") and Quellis Imaging Ltd ("Developer").';
  const DATA = '"Licensed Images" means the de-identified chest scans of patients listed in Schedule 1.';
  const missing = (lines: readonly string[]) => duaCategories(lines).missing.map((m) => m.category);

  it('does not ask for an open release of a model the agreement never releases', () => {
    const sources = '3. Approved reference sources: public anatomy atlases and phantom datasets published under an open licence.';
    expect(missing([PARTIES, DATA, sources])).not.toContain('dua-model-release');
  });

  it('still asks for its terms where the model is to be released publicly', () => {
    const release = '9.1 The Developer will publicly release the trained model within six months after training ends.';
    expect(missing([PARTIES, DATA, release])).toContain('dua-model-release');
  });
});

describe('a party named one of many (466)', () => {
  const PARTIES =
    'This Agreement is made between Larkspur Notes Ltd ("Larkspur") and each of the surgeries named in the Order Form (each a "Surgery" and together the "Surgeries"), acting through Ashby Health as lead surgery (the "Lead Surgery").';
  const USES = ['Each Surgery shall keep its credentials safe.', 'Larkspur shall support each Surgery.', 'A Surgery may end its subscription on notice.', 'That Surgery\'s data stays its own.'];

  it('reads the surgeries, not their agent, as the customer, and writes them with an article', () => {
    const terms = analyzeDocument([PARTIES, ...USES].map((text) => ({ text }))).terms;
    expect(terms.customer).toBe('Surgery');
    expect(terms.articled).toContain('Surgery');
  });
});

describe('outputs held as a company\'s property by other words (blind95-059, -079)', () => {
  it('reads "are proprietary to <company>" as the vendor owning them', () => {
    const clause = 'Risk flags, reason codes and all other outputs of the Scoring Models are proprietary to Tallowmere and are licensed to the Bank solely for fraud screening.';
    expect(categoriesOf(clause)).toContain('output-ownership:risk');
  });

  it('reads "constitute <company> Proprietary Information" after an aside in the subject', () => {
    const clause = 'All lane forecasts and pricing outputs generated by the Rate Engine, whether or not derived in part from Shipment Data, constitute Tallowmere Proprietary Information.';
    expect(categoriesOf(clause)).toContain('output-ownership:risk');
  });

  it('still reads outputs that belong to the customer as a protection', () => {
    expect(categoriesOf('All outputs of the Scoring Models are proprietary to the Customer.')).not.toContain('output-ownership:risk');
  });
});

describe('words that look like data terms and are not (blind95)', () => {
  it('finds nothing in an output disclaimer for information only', () => {
    const clause = 'Triage scores and any recommendation produced by the Services are generated by machine learning models and are provided for informational purposes only; they do not constitute a decision on any claim.';
    expect(categoriesOf(clause)).toEqual([]);
  });

  it('finds nothing in a camera model installed by subcontractors', () => {
    const clause = 'Customer shall ensure that each Camera model is installed as the Installation Guide requires, and Tallowmere is not responsible for gaps in footage caused by the removal of Cameras by subcontractors.';
    expect(categoriesOf(clause)).toEqual([]);
  });

  it('finds nothing in a warranty that a party holds the licences it needs', () => {
    const clause = 'Agent warrants that it holds all licences required to market each property, that all Listing Content complies with fair housing laws and advertising standards, and that show-home photographs of model homes are identified as such.';
    expect(categoriesOf(clause)).toEqual([]);
  });

  it('finds no carve-out in a ban with no act in it', () => {
    const clause = 'AI tools may not be listed as authors, and AI-generated images are not permitted save where the AI tool is the subject of the research.';
    expect(categoriesOf(clause)).toEqual([]);
  });
});

describe('who acts (blind95-103, fresh164a 438-19)', () => {
  it('reads a class of outside companies as no party, so the company named is the vendor', () => {
    const clause = 'Tallowmere will not use your Recordings, and will not permit any Digital Service Provider or other third party to use them, to train generative AI models unless you have opted in.';
    expect(categoriesOf(clause)).toContain('no-training:protective');
  });

  it('reads a company\'s personnel as the company', () => {
    const clause = 'Tallowmere personnel will access Client Content only to the extent necessary to provide support requested by Client.';
    expect(categoriesOf(clause)).toContain('confidentiality:protective');
  });

  it('reads joining a programme as the customer\'s own choice (465 § 5.3)', () => {
    const clause = 'If Client joins the Model Improvement Programme, Tallowmere may use Client Content to train the models used in the Services.';
    expect(categoriesOf(clause)).toContain('no-training:protective');
    expect(categoriesOf(clause)).not.toContain('ai-training:risk');
  });
});

describe('a data-use agreement\'s ban on training any other model (audit210, 467 § 2.3)', () => {
  const PARTIES = 'This Data Licence is between Marlow Health Board ("Board") and Quellis Imaging Ltd ("Developer").';
  const DATA = '"Licensed Images" means the de-identified chest scans of patients listed in Schedule 1.';
  const rulesOf = (clause: string) => duaCategories([PARTIES, DATA, clause]).findings.filter((f) => f.paragraph === 2).flatMap((f) => f.rules);

  it('is a limit to the agreement\'s purpose, read as a ban', () => {
    expect(rulesOf('2.3 The Developer shall not use the Licensed Images or any Derived Data to train, fine-tune or benchmark any other model, product or service.')).toContain('dua-use-denied-beyond-purpose');
  });

  it('leaves a licence limited to the purpose a grant, not a ban', () => {
    const rules = rulesOf('2.1 The Board grants the Developer a licence during the Term to use the Licensed Images solely to train the Model.');
    expect(rules).not.toContain('dua-use-denied-beyond-purpose');
  });

  it('names the shared data by its own term, not by "Confidential Information"', () => {
    const CONFIDENTIAL = '"Confidential Information" means all information disclosed by either party that is marked as confidential, including the Licensed Images.';
    expect(duaCategories([PARTIES, CONFIDENTIAL, DATA]).terms.customerData).toBe('Licensed Images');
  });
});
