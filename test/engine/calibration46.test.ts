// Per-clause expectations for the language patterns of calibration round 46 (the lawyer audits of agreements 321–324,
// 2026-12-06, found the review deleting protections that the engine had read as grants): a liability clause that names
// "any use of Customer Data to train a Model in breach of …" among what the vendor answers for permits no use; a duty to
// keep model cards documents models; and a document that "sets out the terms on which <party> may use" the data
// describes the clauses that grant, as "describes how" already did. Every clause is our own drafting, read alone.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('a use named in a liability clause', () => {
  it('is something the vendor answers for, not a permission', () => {
    const text = "12.3 Notwithstanding Section 12.1, Mistral Lane's total liability for breach of Section 6 or any use of Patient Data to train a model in breach of Section 4.2 will not exceed five times the Fees paid in the previous year.";
    expect(categoriesOf(text)).not.toContain('ai-training:risk');
  });

  it('leaves a grant whose own modal comes first a grant, though a liability follows', () => {
    const text = "Mistral Lane may use Patient Data to train its triage models, and Mistral Lane's liability for that use is limited to the Fees.";
    expect(categoriesOf(text)).toContain('ai-training:risk');
  });
});

describe('a duty to keep model cards', () => {
  it('documents the models and grants no training', () => {
    const text = 'D4. Transparency. Mistral Lane will maintain model cards describing the intended use, limitations and evaluation results of each model used to draft discharge summaries.';
    expect(categoriesOf(text)).not.toContain('ai-training:risk');
  });
});

describe('a document that sets out the terms on which the vendor may use the data', () => {
  it.each([
    '1. This Data Annex forms part of the Agreement and sets out the terms on which Mistral Lane may use Patient Data to develop and improve its models.',
    '1. This Annex sets out the only circumstances in which Mistral Lane may use Patient Data to train its models.',
  ])('describes the clauses that grant: "%s"', (text) => {
    expect(categoriesOf(text)).not.toContain('ai-training:risk');
    expect(categoriesOf(text)).not.toContain('service-improvement:risk');
  });

  it('still reads the grant where another document is described', () => {
    const text = 'Our Privacy Policy sets out the terms on which we may use your recordings to train our models, and we may use them so.';
    expect(categoriesOf(text).some((c) => c.endsWith(':risk'))).toBe(true);
  });
});
