// Per-clause expectations for the language patterns of calibration round 48 (first runs on blind65, blind66 and
// agreements 333–336, 2026-12-06): a consent the vendor may do without is no lever of the customer's; a deletion held
// back by an aside after the modal ("shall, within thirty days after the request, delete") is still the clause's own.
// Every clause is our own drafting, read alone.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);

describe('consent named after "without" in a permission', () => {
  it('is waived, so the clause gives the customer no opt-out', () => {
    const text = 'Brindlecove may use Prompts to train its ranking models without obtaining any further consent from the Customer.';
    expect(categoriesOf(text)).toContain('ai-training:risk');
    expect(categoriesOf(text)).not.toContain('opt-out:protective');
  });

  it('still gates a ban: "shall not … without prior written consent" keeps the customer in control', () => {
    const text = "Brindlecove shall not use Prompts to train any model without the Customer's prior written consent.";
    expect(categoriesOf(text)).toEqual(expect.arrayContaining(['no-training:protective', 'opt-out:protective']));
  });
});

describe('a deletion after an aside that follows the modal', () => {
  it.each([
    "Pellworth shall, within forty-five (45) days following the Customer's written request, erase all Customer Data from its systems.",
    "On expiry, Pellworth shall, within thirty (30) days after the Client's written instruction, delete all Client Data and certify the deletion.",
    "Pellworth shall, no later than sixty (60) days after termination and upon the Customer's request, destroy all copies of Customer Data.",
  ])('is the clause\'s own duty: %s', (text) => {
    expect(categoriesOf(text)).toContain('deletion:protective');
    expect(categoriesOf(text)).not.toContain('survival-retention:risk');
  });

  it('still reads a clause dated by a deletion as dated, not as a duty to delete', () => {
    const text = 'After the workspace is deleted, Pellworth may keep backup copies of Customer Data for ninety (90) days.';
    expect(categoriesOf(text)).not.toContain('deletion:protective');
  });
});

describe('a vendor named only by its trade name in the title', () => {
  const contract = (title: string, name: string) =>
    [title, `These terms apply between ${name} and the customer named in the Order Form ("Customer").`, `2.1 ${name} may use Customer Data to train the models that power the Platform.`, `2.2 ${name} will keep Customer Data confidential.`].map((text) => ({ text }));

  it('is the vendor the inserted wording names', () => {
    expect(analyzeDocument(contract('QUARRELLO PLATFORM SUBSCRIPTION TERMS', 'Quarrello')).terms.vendor).toBe('Quarrello');
  });

  it('is never an institution word or a name the body does not use as a party', () => {
    expect(analyzeDocument(contract('UNIVERSITY SERVICES AGREEMENT', 'University')).terms.vendor).not.toBe('University');
    expect(analyzeDocument(contract('QUARRELLO PLATFORM SUBSCRIPTION TERMS', 'the Supplier')).terms.vendor).not.toBe('Quarrello');
  });
});

describe('first runs on agreements 333 and 334', () => {
  it('reads retention "only for so long as necessary to perform the Services" as a limit, not open-ended keeping', () => {
    const text = '6.2 Tremont shall retain Institution Data only for so long as necessary to perform the Services.';
    expect(categoriesOf(text)).not.toContain('survival-retention:risk');
    expect(categoriesOf('6.2 Tremont may retain Institution Data for so long as necessary for its legitimate business purposes.')).toContain('survival-retention:risk');
  });

  it('reads a duty to disclose which models are used as no flow of data to them', () => {
    const text = '7.3 Tremont shall disclose in Schedule D each machine learning model, including any third-party speech recognition service, used to process Institution Data, and the provider of each.';
    expect(categoriesOf(text)).not.toContain('third-party-ai:risk');
    expect(categoriesOf('7.3 Tremont may disclose Institution Data to third-party speech recognition model providers.')).toContain('third-party-ai:risk');
  });

  it('takes a data term the customer\'s data is "contained in" as the customer\'s data', () => {
    const definitions = analyzeDocument(
      [
        '"Customer Data" means the Client Data and any other data uploaded to the Services by or on behalf of the Customer.',
        '"Client Data" means personal data relating to the Customer\'s clients which is contained in Visit Data or is otherwise processed by Tremont on behalf of the Customer.',
        '"Visit Data" means recordings captured during appointments and the transcripts made from them.',
        '"Service Data" means logs of the operation of the Services.',
      ].map((text) => ({ text })),
    ).definitions;
    const denotes = (term: string) => definitions.find((d) => d.term === term)?.denotes;
    expect(denotes('Visit Data')).toBe('customer-data');
    expect(denotes('Service Data')).not.toBe('customer-data');
  });

  it('finds the customer named in the paragraph before the vendor when the parties\' sentence breaks after "and"', () => {
    const parties = analyzeDocument(
      [
        'SERVICES AGREEMENT',
        'This Services Agreement (this "Agreement") is entered into as of the date of the last signature below (the "Effective Date") by and between the Regents of Harlow Vale College, a public college and instrumentality of the State of Ohio ("College"), and',
        'Tremont Audio Labs, Inc., a Delaware corporation with its principal place of business in Ohio ("Contractor"). College and Contractor are each a "Party" and together the "Parties."',
        'WHEREAS, College conducts research approved by its Institutional Review Board ("IRB") and requires transcription services;',
        '1.1 Contractor shall keep all data it receives under this Agreement confidential.',
      ].map((text) => ({ text })),
    ).parties;
    expect(parties.customer).toBe('College');
    expect(parties.vendor).toBe('Contractor');
  });
});

describe('first runs on blind65, blind66 and agreements 335–336', () => {
  it.each([
    "Pellworth may, however, use corrections made by the Customer's users to tune the Customer's own dedicated extraction profile, which is not made available to any other customer.",
    'Pellworth may use De-identified Claim Data to tune the fraud-scoring instance dedicated to Customer, the resulting parameters of which shall not be used for any other customer.',
  ])('reads training of what is dedicated to the customer as serving it: %s', (text) => {
    expect(categoriesOf(text)).not.toContain('ai-training:risk');
  });

  it('still reads training of the vendor\'s shared models as training', () => {
    expect(categoriesOf('Pellworth may use De-identified Claim Data to tune the fraud-scoring models it offers to all of its customers.')).toContain('ai-training:risk');
  });

  it('reads keeping what a pending legal demand asks for as a legal hold, not open-ended retention', () => {
    const text = 'If Pellworth receives a subpoena for Trip Data, Pellworth will promptly notify the Customer. Pellworth may preserve Trip Data responsive to any such request for so long as the request remains pending.';
    expect(categoriesOf(text)).not.toContain('survival-retention:risk');
    expect(categoriesOf('Pellworth may preserve Trip Data for so long as it remains useful for model development.')).toContain('survival-retention:risk');
  });
});

describe('first runs on agreements 337–340', () => {
  it('reads "To the extent …," at the head of a sentence as a condition, so the licence runs from the vendor to the customer', () => {
    const findings = analyzeDocument(
      [
        'This Agreement is between the Tarnhill Health Authority (the "Authority") and Vossberg Imaging Inc. (the "Contractor").',
        '7.2 To the extent any Output incorporates Contractor intellectual property, the Contractor grants the Authority a perpetual, royalty-free licence to use that Output for patient care.',
      ].map((text) => ({ text })),
    ).findings.map((f) => `${f.category}:${f.stance}`);
    expect(findings).not.toContain('survival-retention:risk');
    expect(findings).not.toContain('service-improvement:risk');
  });

  it('reads training of models named as the customer\'s own as serving it, but not when shared models are trained too', () => {
    expect(categoriesOf('3.1 Pellworth shall provide: (a) access to the Platform; (b) the development, validation and calibration of Customer-Specific Models; and (c) the Insights.')).not.toContain('ai-training:risk');
    expect(categoriesOf('Pellworth may use corrections entered by the Customer to retrain the Customer-Specific Models and to improve the Fleet Models offered to all customers.')).toContain('ai-training:risk');
    expect(categoriesOf("Pellworth may use Client Data (i) to fine-tune models dedicated to Client's workspace, and (ii) to train and improve the ranking models used across the service.")).toContain('ai-training:risk');
  });

  it('takes a data set the customer "shall disclose" to the vendor as the customer\'s data', () => {
    const definitions = analyzeDocument(
      [
        'This Agreement is between the Tarnhill Health Authority (the "Authority") and Vossberg Imaging Inc. (the "Contractor").',
        'D.2 The Authority shall disclose to the Contractor up to ten thousand studies, each de-identified by the Authority before transfer (the "Study Data Set").',
      ].map((text) => ({ text })),
    ).definitions;
    expect(definitions.find((d) => d.term === 'Study Data Set')?.denotes).toBe('customer-data');
  });
});

describe('grounding and limbs of training', () => {
  it('reads data retrieved to ground a response as no training', () => {
    const text = 'When a User asks the Assistant a question, Pellworth transmits the Prompt and the Customer Data retrieved to ground the response to the Third-Party Model Provider to generate the answer.';
    expect(categoriesOf(text)).not.toContain('ai-training:risk');
  });

  it("reads a limb training models across the service as training, beside a limb for the customer's own workspace", () => {
    const findings = analyzeDocument(
      [
        'This Agreement is between Pellworth Inc. ("Pellworth") and Harrow Brands Inc. ("Client").',
        "Pellworth may use Client Data (i) to fine-tune models for Client's workspace, and (ii) to train, evaluate and improve the classification models used across the Services.",
        "Pellworth may use Client Data to train, fine-tune, validate and calibrate the models used for Client's workspace.",
      ].map((text) => ({ text })),
    ).findings;
    expect(findings.some((f) => f.paragraph === 1 && f.category === 'ai-training')).toBe(true);
    expect(findings.some((f) => f.paragraph === 2 && f.category === 'ai-training')).toBe(false);
  });
});

describe('first runs on blind68 and agreements 341–342', () => {
  it('reads a modal a noun after "which" as the relative clause\'s, not the head of the grant before it', () => {
    const text = "Merchant grants Cartographer a licence to use Merchant Data to train Cartographer's ranking models, which models may be used by other merchants.";
    expect(categoriesOf(text)).toContain('ai-training:risk');
  });

  it('still reads "which we may use to train" as a grant of its own', () => {
    const text = '"Service Data" means data generated through the operation of the Services, including Inputs once processed, which we may use to train and improve the Services.';
    expect(categoriesOf(text)).toContain('ai-training:risk');
  });

  it('reads an audit of systems, data and books and records as the customer\'s audit right, not a grant to the vendor', () => {
    const findings = analyzeDocument(
      [
        'This Agreement is between Corrib Mutual DAC (the "Insurer") and Tallow Analytics Limited (the "Supplier").',
        '9.4 The Supplier shall grant, and shall procure that each Subcontractor grants, to the Insurer and each Regulator full and unrestricted rights of access to, and inspection and audit of, its premises, systems, data, personnel and books and records relating to the Services.',
      ].map((text) => ({ text })),
    );
    expect(findings.findings.map((f) => `${f.category}:${f.stance}`)).not.toContain('service-improvement:risk');
    expect(findings.missing.map((m) => m.category)).not.toContain('audit');
  });
});

describe('confidentiality read in DPA and consumer wording (blind68)', () => {
  it('reads people "subject to a duty of confidentiality" as bound by it, not as a condition', () => {
    expect(categoriesOf('The Processor shall ensure that every person it authorises to process Personal Data is subject to a duty of confidentiality.')).toContain('confidentiality:protective');
  });

  it('reads encryption taken "so that our staff can\'t read" the data as a measure, not a denial', () => {
    expect(categoriesOf("We encrypt your journal entries so that our staff can't read them without your permission.")).toContain('confidentiality:protective');
  });

  it('keeps a clause whose result names no denial whole: "so that you can retrieve them … and will delete them"', () => {
    expect(categoriesOf('We retain Inputs so that you can retrieve them through the API and will delete them from our systems within 30 days after processing.')).toContain('deletion:protective');
  });
});

describe('an item of what a deletion clause does not reach', () => {
  it('limits no purpose: "does not apply to: … data it needs to retain to defend legal claims"', () => {
    const findings = analyzeDocument([{ text: 'This Agreement is between Pellworth Ltd ("Pellworth") and the customer named in the Order Form (the "Customer").' }, { text: "14.3 Clause 14.2 does not apply to: (a) Customer Data held in encrypted backups; or (b) Customer Data that Pellworth is required to retain by law or that it reasonably considers it needs to retain to establish or defend legal claims or to support its clinical safety case." }]).findings;
    expect(findings.some((f) => f.rules.includes('purpose-limitation'))).toBe(false);
  });
});

describe('a permission worded as a negative over de-identified data', () => {
  it('is a training grant: "Nothing … shall prevent X from using Candidate Data, in pseudonymised form, to … train …"', () => {
    expect(categoriesOf('Nothing in this Agreement shall prevent Pellworth from using Applicant Data, in pseudonymised form, to develop, train and validate the matching models.')).toContain('ai-training:risk');
  });

  it('is not the customer\'s own training', () => {
    expect(categoriesOf('Nothing in this Agreement restricts Customer from using its data to train its own models.')).not.toContain('ai-training:risk');
  });
});

describe('"To the extent …," before a pronoun subject', () => {
  it('stays part of the clause, so "it" still names the vendor that grants the customer its licence', () => {
    const findings = analyzeDocument(
      [
        'This Agreement is between Pellworth Inc. ("Pellworth") and the customer named in the Order Form ("Customer").',
        '4.3 To the extent Pellworth cannot assign ownership of an Output, it grants Customer a perpetual, irrevocable, royalty-free licence to use that Output.',
      ].map((text) => ({ text })),
    ).findings.map((f) => `${f.category}:${f.stance}`);
    expect(findings).not.toContain('survival-retention:risk');
  });
});
