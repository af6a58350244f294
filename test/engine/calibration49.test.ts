// Per-clause expectations for the language patterns of calibration round 49 (first runs on blind69, blind70 and
// agreements 343–348, 2026-12-06): audit named among the vendor's own reasons to keep data is no audit right, and a
// limit whose list ends in the vendor's open-ended business purposes limits nothing; a defined activity that opens with
// "research" and builds models names training. Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('audit named as a purpose of the vendor\'s own keeping', () => {
  const text =
    'Quillstone may keep copies of Client Data for as long as reasonably necessary for dispute resolution, audit, fraud prevention or other legitimate business purposes.';

  it('gives no audit right', () => {
    expect(categoriesOf(text)).not.toContain('audit:protective');
  });

  it('limits nothing when the list ends in the vendor\'s open-ended business purposes', () => {
    expect(categoriesOf(text)).not.toContain('no-training:protective');
    expect(categoriesOf(text)).not.toContain('confidentiality:protective');
    expect(categoriesOf(text)).toContain('survival-retention:risk');
  });

  it('still reads a customer\'s audit right, and a limit to the customer\'s own purposes', () => {
    expect(categoriesOf('The Client may audit Quillstone\'s processing of Client Data once in each contract year on thirty days\' notice.')).toContain('audit:protective');
    expect(categoriesOf('Quillstone may use Client Data only as necessary to provide the Services to the Client.')).toContain('no-training:protective');
  });
});

describe('a defined activity that opens with "research"', () => {
  const contract = [
    'This Agreement is between Ferrowind Pty Ltd ("Ferrowind") and the employer named in the Order Form ("Customer").',
    '"Customer Data" means all data Customer uploads to the Platform.',
    '"Platform Enhancement" means the research, design and testing of Ferrowind\'s products, including the training and evaluation of the machine learning models used in the Platform.',
    '4.4 Ferrowind may use Customer Data for Platform Enhancement.',
  ].map((text) => ({ text }));

  it('names training wherever the contract uses it', () => {
    const found = analyzeDocument(contract).findings.filter((f) => f.paragraph === 3).map((f) => `${f.category}:${f.stance}`);
    expect(found).toContain('ai-training:risk');
  });

  it('does not make a research activity without models into training', () => {
    const plain = contract.map((p, i) => (i === 2 ? { text: '"Platform Enhancement" means the research, design and testing of new features of Ferrowind\'s products.' } : p));
    const found = analyzeDocument(plain).findings.filter((f) => f.paragraph === 3).map((f) => f.category);
    expect(found).not.toContain('ai-training');
  });
});

describe('a ban on changing the data use by updating a policy', () => {
  it('is no policy by reference', () => {
    expect(categoriesOf('Ferrowind may not change the manner in which it uses or discloses Customer Data by updating any policy, notice or documentation.')).not.toContain('policy-by-reference:risk');
  });

  it('still reads the vendor\'s own right to change a policy that governs the data', () => {
    expect(categoriesOf('Ferrowind may change its AI Policy at any time, and its use of Customer Data will follow the policy as updated.')).toContain('policy-by-reference:risk');
  });
});

describe('a deletion that reaches the providers\' systems', () => {
  const contract = (deletion: string) =>
    analyzeDocument(
      [
        'This Contract is made between Northwold Borough Council ("Council") and Brackenfield Analytics Limited ("Supplier").',
        '1.1 "Council Data" means all data that the Council or its users submit to the Services.',
        '4.2 The Supplier may use an AI model provider approved by the Council to process Council Data.',
        deletion,
      ].map((text) => ({ text })),
    );

  it('is the vendor\'s own deletion, with no deletion missing', () => {
    const analysis = contract('11.3 On expiry of this Contract, the Supplier shall within thirty (30) days securely delete all Council Data and Model Adaptations from its systems and those of its Sub-processors.');
    expect(analysis.missing.map((m) => m.category)).not.toContain('deletion');
  });

  it('is not scoped to some plans by an exit plan', () => {
    const analysis = contract('11.3 On expiry of this Contract, the Supplier shall return all Council Data in the format specified in the Exit Plan and securely delete all Council Data.');
    const deletion = analysis.findings.find((f) => f.category === 'deletion');
    expect(deletion?.scope).toBeUndefined();
    expect(analysis.missing.map((m) => m.category)).not.toContain('deletion');
  });
});

describe('an exhibit that cites itself but forms part of the agreement', () => {
  it('is not the agreement the inserted wording names', () => {
    const analysis = analyzeDocument(
      [
        'This Master Subscription Agreement (this "Agreement") is entered into between Quillmoor, Inc. ("Quillmoor") and the firm named in the Order Form ("Customer").',
        '1.1 "AI Features" means the functions of the Service described in the AI Terms attached as Exhibit A (the "AI Terms").',
        '5.2 Quillmoor may use Customer Data to maintain the Service, subject to the AI Terms and this Agreement.',
        'EXHIBIT A - AI TERMS',
        '1. Scope. These AI Terms apply to the AI Features and form part of the Agreement; terms not defined in these AI Terms have the meanings given in the Agreement.',
      ].map((text) => ({ text })),
    );
    expect(analysis.terms.agreement).toBe('Agreement');
  });
});
