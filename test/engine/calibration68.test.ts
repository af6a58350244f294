// Per-clause expectations for the language patterns of calibration round 68 (session 62, 2026-12-08). Every clause is
// our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => [...new Set(analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`))].sort();

describe('"before <data> is used for …" in the middle of a safeguard is a clause of time (audit228, 499 Annex 2 item 2)', () => {
  it('reads a masking step taken before any training as no grant of training', () => {
    const clause = '3. A redaction service that strips patient names and record numbers before any Case Data is used for model tuning, with the lookup tables stored apart from the tuning environment.';
    expect(categoriesOf(clause)).not.toContain('ai-training:risk');
    expect(categoriesOf(clause)).not.toContain('survival-retention:risk');
  });

  it('still dates a noun where no data with a verb of its own follows ("files added before the Effective Date")', () => {
    const clause = 'Vendor may use files added before the Effective Date to train its ranking models.';
    expect(categoriesOf(clause)).toContain('ai-training:risk');
  });
});

describe('a provision cited by its title and set aside (audit230, 504 Sch. 4)', () => {
  it('reads no licence in "paragraph 7 (Licence to Customer Data) … are excluded and shall have no effect"', () => {
    const clause = 'All other paragraphs of the Vendor Web Terms, including paragraph 7 (Licence to Customer Data) and paragraph 12 (Governing Law), are excluded and shall have no effect.';
    expect(categoriesOf(clause)).not.toContain('broad-license:risk');
  });
});

describe('data made from "Customer Data" named in the vendor\'s own terms, annexed to a form that calls it otherwise (audit230, 504 Sch. 4 § 8.2)', () => {
  it('reads the sharing of the defined statistics as a use of derived data', () => {
    const doc = [
      { text: '1.1 "Fleet Data" means all data recorded by the Devices in the Company\'s vehicles.' },
      { text: '7.1 Tollway may combine Customer Data with data from other fleets into aggregated statistics on route risk ("Fleet Benchmarks").' },
      { text: '7.2 Tollway owns all Fleet Benchmarks and may share them with insurers and other third parties, provided that Fleet Benchmarks do not identify Customer.' },
    ];
    const findings = analyzeDocument(doc).findings.filter((f) => f.paragraph === 2);
    expect(findings.map((f) => `${f.category}:${f.stance}`)).toContain('aggregated-data:risk');
  });
});

describe('"Company" in one numbered party entry and "Supplier" in the next (audit230, 504)', () => {
  it('reads the Company as the customer on its own paper', () => {
    const doc = [
      { text: 'THIS AGREEMENT is made BETWEEN:' },
      { text: '(1) HALLOWAY FREIGHT LIMITED, a company incorporated in England whose registered office is at 4 Dock Road, Hull ("Company"); and' },
      { text: '(2) PELLWORTH TELEMATICS LIMITED, a company incorporated in England whose registered office is at 9 Mill Lane, York ("Supplier").' },
      { text: '1.1 "Company Data" means all data supplied by or on behalf of Company.' },
    ];
    const analysis = analyzeDocument(doc);
    expect(analysis.terms.vendor).toBe('Supplier');
    expect(analysis.terms.customer).toBe('Company');
    expect(analysis.terms.customerData).toBe('Company Data');
  });
});

describe('an opt-out named as what a use goes on despite (audit230, 503 B.4)', () => {
  it('is no opt-out the customer holds', () => {
    const clause = 'C.2 Notwithstanding paragraph C.1, Member Data entered in any preview feature may be used for the purposes described in paragraph B.1 regardless of Member\'s opt-out setting.';
    expect(categoriesOf(clause)).not.toContain('opt-out:protective');
  });
});

describe('a generic noun for material with "generated" just before it (blind105-146)', () => {
  it('reads "generated trailer footage" owned by the vendor as output ownership', () => {
    const clause = '7.2 All generated trailer footage is owned by Reelhaven, which grants Studio a licence to use it to promote the relevant game.';
    expect(categoriesOf(clause)).toContain('output-ownership:risk');
  });
});
