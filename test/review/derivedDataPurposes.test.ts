// A grant over derived data answered on its own words: its model-development purposes struck and the safeguard added
// as a proviso, or left alone where the contract sets its own standard. The lawyer audits of agreements 45–60
// rejected the playbook's clause pasted in place of such sentences every time. Every clause is the project's own drafting.
import { preferredReview, skippedWith } from './agreements';

const PARTIES = 'These Terms are between Morrow Dictation Inc. ("Morrow", "we") and the organisation that subscribes ("Customer").';
const DEFINED = '1.2 "De-identified Data" means Customer Content from which Morrow has removed names and direct identifiers.';
const PROVISO = ', provided that such data is aggregated with the data of other customers, cannot reasonably be used to identify Customer or any individual, and is not used to train any artificial intelligence or machine-learning model.';

describe('model-development purposes struck from a derived-data grant', () => {
  const { edit, inserts } = preferredReview([
    PARTIES,
    DEFINED,
    '4.1 We may use De-identified Data for any lawful purpose, including to fine-tune and evaluate our speech models, to prepare usage reports and to publish studies, and may keep doing so after Customer leaves.',
    '4.2 Morrow may use De-identified Data for any purpose, including to retrain our models.',
    'Customer shall pay the fees within thirty days of invoice.',
    // The contract's own deletion clause: the keeping "after Customer leaves" is answered there, and this test is about
    // the purposes (the definition above was once misread as that deletion promise).
    '10.2 Morrow will delete Customer Content within thirty days after this Agreement ends.',
  ]);

  it('keeps the other examples as the purposes and adds the safeguard word by word', () => {
    const item = edit(2);
    expect(item?.wordLevel).toBe(true);
    expect(item?.target).toBe(
      `4.1 We may use De-identified Data to prepare usage reports and to publish studies, and may keep doing so after Customer leaves${PROVISO}`,
    );
  });

  it('takes the "including" with the examples when every example develops models', () => {
    expect(edit(3)?.target).toBe(`4.2 Morrow may use De-identified Data for any purpose${PROVISO}`);
  });

  it('answers the definition by the safeguard now on the clauses that use the data, not by a second copy', () => {
    expect(inserts().filter((item) => item.answers === 'aggregated-data')).toEqual([]);
  });
});

describe('a derived-data sentence with its own standard is left to the lawyer', () => {
  const { edit, plan } = preferredReview([
    PARTIES,
    DEFINED,
    '5.1 We may compile aggregated statistics on how the dictation features are used and publish them, as long as they don\'t identify Customer or its clinicians.',
    '5.2 Morrow may use transcription statistics, in aggregated form that does not identify any Customer user, to plan its staffing.',
    '5.3 We may keep and use data that has been de-identified so that it is no longer reasonably capable of being linked to Customer, to study trends.',
    '5.4 We may keep and use data that has been de-identified so that it is no longer reasonably capable of being linked to Customer, to build new features.',
    'Customer shall pay the fees within thirty days of invoice.',
  ]);

  it.each([2, 3, 4])('leaves paragraph %i and says the sentence sets its own standard', (paragraph) => {
    expect(edit(paragraph)?.target ?? '').not.toMatch(/only after it has been aggregated/);
    expect(skippedWith(plan, paragraph, /own standard/)).toBe(true);
  });

  it('keeps the standard and adds only what it lacks where the data builds things', () => {
    expect(edit(5)?.target).toBe(
      '5.4 We may keep and use data that has been de-identified so that it is no longer reasonably capable of being linked to Customer, to build new features, provided that such data is not used to train any artificial intelligence or machine-learning model and Morrow does not attempt to re-identify it.',
    );
  });
});

describe('a derived-data grant with its own proviso', () => {
  const { edit } = preferredReview([
    PARTIES,
    DEFINED,
    '6.1 Morrow may use De-identified Data for product research, and may keep De-identified Data after this Agreement ends, provided that Morrow shall not sell De-identified Data to any third party.',
    '6.2 Within sixty days after this Agreement ends Morrow will delete Customer Content, provided that De-identified Data is not Customer Content for this purpose.',
    'Customer shall pay the fees within thirty days of invoice.',
  ]);

  it('takes the safeguard first inside that proviso, not a second "provided that"', () => {
    expect(edit(2)?.target).toBe(
      '6.1 Morrow may use De-identified Data for product research, and may keep De-identified Data after this Agreement ends, provided that such data is aggregated with the data of other customers, cannot reasonably be used to identify Customer or any individual, and is not used to train any artificial intelligence or machine-learning model, and that Morrow shall not sell De-identified Data to any third party.',
    );
  });

  it('never puts conditions on the use of data into a deletion\'s proviso', () => {
    expect(edit(3)?.target ?? '').not.toMatch(/such data is aggregated/);
  });
});

describe('model-development purposes written as nouns ("the training and validation of its route models")', () => {
  it('go from "for any purpose, including …", and the other examples become the purposes', () => {
    const { edit } = preferredReview([
      'This Agreement is between Tamsin Route Analytics Limited ("Supplier") and Ottery Coaches Limited ("Customer").',
      '1.1 "Customer Data" means the trip logs, dashcam footage and driver records that the Customer uploads to the Platform.',
      '5.1 The Supplier may compile Customer Data into aggregated and anonymised statistics and may use those statistics for any purpose, including industry benchmarking, the publication of safety indices and the training and validation of its route models.',
    ]);
    expect(edit(2)?.target).toMatch(/may use those statistics for industry benchmarking and the publication of safety indices, provided that such data is aggregated/);
    expect(edit(2)?.wordLevel).toBe(true);
  });
});
