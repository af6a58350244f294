// The clause on derived data as a proviso on the vendor's own sentence, never the playbook's clause in its place: the
// lawyer audit of agreements 49–52 rejected that replacement in all four agreements (it dropped the contract's own
// defined term and stricter standard, or widened the permission). Every clause is the project's own drafting.
import { preferredReview, skippedWith } from './agreements';

// The proviso names the contract's derived-data term where the sentence does ("such Benchmark Data"), and the vendor's
// other customers as the contract does ("at least three other manufacturers", the customer being the Manufacturer).
const PROVISO = /provided that such (?:Benchmark Data|data) is aggregated with the data of other manufacturers, cannot reasonably be used to identify the Manufacturer or any individual, and is not used to train/;

const BRAMLEY = [
  'This Agreement is between Bramley Works plc (the "Manufacturer") and Ostrava Analytics Limited ("Ostrava").',
  '1.1 "Line Data" means the sensor readings and maintenance records the Manufacturer makes available to Ostrava.',
  '1.2 "Benchmark Data" means statistics derived from Line Data, combined with data from at least three other manufacturers, that identify no plant or machine.',
  '3.1 The Manufacturer grants Ostrava a licence to process Line Data to provide the monitoring service to the Manufacturer.',
  '3.2 Ostrava may compile Benchmark Data from Line Data and shall own all right, title and interest in them.',
  '3.3 Line Data flagged by the Manufacturer\'s engineers (such as confirmed, rejected or not reviewed) may be used by Ostrava in the form of de-identified signals to compile the accuracy statistics shown to all of Ostrava\'s customers.',
  '3.4 Ostrava may license Benchmark Data to equipment makers for their own product planning.',
  'The Manufacturer shall pay the fees within thirty days of invoice, and the Manufacturer may audit the invoices once a year.',
];

describe('derived data answered on the vendor\'s own sentence', () => {
  const { edit } = preferredReview(BRAMLEY);

  it('strikes the vendor\'s claim to own what it derives and keeps the contract\'s own defined term', () => {
    const target = edit(4)?.target ?? '';
    expect(target).toMatch(/^3\.2 Ostrava may compile Benchmark Data from Line Data, provided that/);
    expect(target).toMatch(PROVISO);
    expect(target).toMatch(/such Benchmark Data is aggregated/);
    expect(target).not.toMatch(/right, title and interest|statistical data derived from/);
    expect(edit(4)?.wordLevel).toBe(true);
  });

  it('reads a "not" inside a parenthetical example as no promise, so the grant takes the proviso', () => {
    const target = edit(5)?.target ?? '';
    expect(target).toMatch(/^3\.3 Line Data flagged by the Manufacturer's engineers \(such as confirmed, rejected or not reviewed\) may be used by Ostrava/);
    expect(target).toMatch(PROVISO);
  });

  it('takes the contract\'s own name for the derived data as naming it', () => {
    expect(edit(6)?.target ?? '').toMatch(PROVISO);
  });

  it('writes an initialism party with "the" where the contract does', () => {
    const { edit: editOf } = preferredReview([
      'This Agreement is between Varda Motors AG ("OEM") and Pellucid Vision GmbH ("Supplier").',
      '1.1 "Drive Data" means the camera and radar recordings the OEM makes available to the Supplier.',
      '2.1 The OEM shall give the Supplier access to Drive Data, and the OEM may withdraw access on notice.',
      '2.2 The Supplier may compile aggregated statistics from Drive Data and shall own all right, title and interest in them.',
      'The OEM shall pay the fees within thirty days.',
    ]);
    expect(editOf(3)?.target ?? '').toMatch(/cannot reasonably be used to identify the OEM or any individual/);
  });
});

describe('derived-data clauses the playbook\'s clause would make worse', () => {
  const { edit, plan } = preferredReview([
    'This Agreement is between Harrow Instruments Inc. ("Company") and the customer named in the Order ("Customer").',
    '1.1 "Machine Data" means the readings and logs that Customer\'s equipment sends to the Service.',
    '1.2 The Reference Manuals at harrow.example/manuals and the Data Use Policy at harrow.example/data (together, the "Online Terms") are incorporated into this Agreement by this reference.',
    '4. As between the parties, Customer owns Machine Data, and Customer grants Company a worldwide, non-exclusive, perpetual, irrevocable licence to use, copy, modify, aggregate and create derivative works of Machine Data for any purpose consistent with the Data Use Policy.',
    '10. Company may combine Machine Data with data from other customers and publish or sell industry benchmarks and reliability indices, provided the results are aggregated across at least five customers and do not identify Customer or any of its sites.',
    'Customer shall pay the fees within thirty days of invoice, and Company may suspend the Service for non-payment.',
  ]);

  it('never makes the service licence itself conditional on the data being aggregated ("aggregate" the verb)', () => {
    expect(edit(3)?.target ?? '').not.toMatch(/provided that such data is aggregated/);
  });

  it('keeps a sentence\'s own aggregation standard rather than trade it for a looser one, striking only the sale', () => {
    expect(edit(4)?.target).toBe(
      '10. Company may combine Machine Data with data from other customers and publish industry benchmarks and reliability indices, provided the results are aggregated across at least five customers and do not identify Customer or any of its sites.',
    );
    expect(edit(4)?.wordLevel).toBe(true);
  });

  it('calls the agreement "this Agreement", not the documents incorporated into it', () => {
    const texts = plan.items.map((item) => (item.kind === 'edit' ? item.target : item.text)).join(' ');
    expect(texts).not.toMatch(/Online Terms/);
  });
});


describe('the contract\'s own word for the parties', () => {
  it('is capitalised in inserted wording where the contract writes "the Parties" and "Either Party"', () => {
    const { plan } = preferredReview([
      'This Agreement is between Oosterveld University (the "Institution") and Lerna Tutoring GmbH (the "Licensor"), each a "Party".',
      '1.1 "Student Content" means the essays and drafts that students submit to the Platform.',
      '2.1 As between the Parties, Student Content remains with the Institution.',
      '2.2 The Licensor may update its Data Use Policy from time to time, and the version in force when a student uses the Platform applies.',
      '9.1 Either Party may terminate this Agreement for good cause.',
    ]);
    const written = plan.items.map((item) => (item.kind === 'edit' ? item.target : item.text)).join(' ');
    expect(written).toMatch(/\b(?:both|each|either) Part(?:y|ies)\b/);
    expect(written).not.toMatch(/\b(?:both|each|either) part(?:y|ies)\b/);
  });
});

describe('a sentence that only keeps derived data', () => {
  it('is never replaced by the clause on using derived statistics (a warranty archive is no statistics right)', () => {
    const { edit, plan } = preferredReview([
      'This Agreement is between Varda Motors AG (the "OEM") and Pellucid Vision GmbH (the "Supplier").',
      '1.1 "Drive Data" means the camera and radar recordings the OEM makes available to the Supplier.',
      '4.1 The Supplier may compile aggregated statistics from Drive Data and shall own all right, title and interest in them.',
      '9.3 The Supplier may retain a validation set of pseudonymised Drive Data until the end of production plus ten years in order to meet its warranty and type-approval obligations.',
      'The OEM shall pay the fees within thirty days.',
    ]);
    expect(edit(3)?.target ?? '').not.toMatch(/only after it has been aggregated/);
    expect(plan.skipped.some((s) => 'paragraph' in s.target && s.target.paragraph === 3 && s.target.category === 'aggregated-data')).toBe(true);
  });
});

describe('the customer\'s own switch over a derived-data use', () => {
  it('is never replaced by the clause on derived data', () => {
    // Agreement 33 (drafted blind for this project), its parties, data term, ban, grant and the customer's switch.
    const { edit } = preferredReview([
      "This Agreement is made between Ledgerwell People Systems Limited, a company registered in England and Wales under number 09876543 (\"Supplier\"), and the entity identified as the customer in the Order Form (\"Customer\").",
      "1.1.2 \"Customer Materials\" means all data, files, payroll records, employee documents, images and other information (including any Personal Data) which is uploaded, entered or otherwise supplied by or on behalf of Customer or its Authorised Users in connection with the Services, together with all Outputs generated from any of them.",
      "A2 Supplier shall not use Customer Materials or Personal Data to train, retrain or fine-tune any general-purpose large language model, and shall ensure that each third-party model provider engaged in connection with the AI Functionality is contractually prohibited from doing so.",
      "A3 Notwithstanding paragraph A2, Customer acknowledges that the pay-anomaly detection model and the absence-forecasting model learn from Customer's own historical payroll and attendance records, and that Supplier may also use pseudonymised pay events drawn from the Customer Materials to calibrate and refine the underlying algorithms which are shared across Supplier's customer base.",
      "A4 Customer may switch off the use described in the final limb of paragraph A3 at any time from the Administration > AI Settings page, in which case Supplier shall exclude Customer's pseudonymised pay events from any calibration dataset created after the date of the change, although algorithms calibrated before that date will not be recalibrated.",
      "Customer shall pay the fees within thirty days.",
    ]);
    expect(edit(4)?.target ?? 'A4 Customer may switch off').toMatch(/^A4 Customer may switch off/);
  });
});

describe('a sentence that keeps derived data, or rights in it, after the end', () => {
  it('is left to the lawyer rather than replaced by the clause on using statistics', () => {
    // Agreement 46 (drafted blind for this project): its parties, the licence, and § 5 on anonymised data.
    const { edit } = preferredReview([
      "Concluded between Personalwerk Digital GmbH, Rosenheimer Stra\u00dfe 141, 81671 Munich, entered in the commercial register of the Local Court of Munich under HRB 248113 (hereinafter the \"Licensor\"), and the company designated in the order form (hereinafter the \"Licensee\").",
      "(3) The Licensee grants the Licensor, for the duration of the contract, the simple right to store, reproduce, index and technically process the documents uploaded by the Licensee, in particular works agreements, guidelines and lists of frequently asked questions, as well as the enquiries of its employees (together \"Licensee Data\"), insofar as this is necessary for the provision of the contractual services.",
      "\u00a7 5 Anonymised Data",
      "(1) The Licensor is entitled to anonymise usage data and enquiry histories arising from the use of HRlotse in such a way that reference to the Licensee, its employees or other natural persons can no longer be established, and to use such anonymised data for statistical purposes as well as for the development and improvement of its products and services.",
      "(2) The Licensor shall not use personal data contained in the Licensee Data, in particular the enquiries of the Licensee's employees, for training the language models, whether its own or those of third parties; paragraph (1) remains unaffected.",
      "(3) The Licensee may object to the use pursuant to paragraph (1) at any time in text form with effect for the future, whereupon the Licensor shall exclude data accruing from the Licensee's tenant from anonymisation within one month.",
      "(4) The rights pursuant to paragraph (1) in respect of data anonymised before receipt of an objection or before the end of the contract shall continue to exist after termination of this contract without time limitation.",
    ]);
    expect(edit(6)?.target ?? '').not.toMatch(/only after it has been aggregated/);
  });
});

describe('a training purpose in a licence the customer grants', () => {
  it('is struck from the licence, since there is no vendor "may" to turn into a ban', () => {
    const { edit } = preferredReview([
      'This Agreement is between Cadrel Inc. ("Service Provider") and the employer named in the Order ("Employer").',
      '1.1 "Candidate Data" means the video interviews and answers that candidates submit through the Platform.',
      '3.2 Employer grants Service Provider a non-exclusive licence, for the Term and afterwards for as long as Service Provider keeps Candidate Data under Section 9.3, to host and process Candidate Data to provide the Platform, to compile Benchmark Norms, and to develop and refine the scoring models of which the Platform is composed.',
      '3.4 Service Provider shall not use Candidate Data to train any general-purpose model.',
      '9.2 Within thirty days after this Agreement ends, Service Provider will delete Candidate Data and certify the deletion in writing.',
      '9.3 Despite Section 9.2, Service Provider may keep Candidate Data in encrypted backups for up to ninety days.',
      'Employer shall pay the fees within thirty days.',
    ]);
    expect(edit(2)?.target).toBe(
      '3.2 Employer grants Service Provider a non-exclusive licence, for the Term and afterwards for as long as Service Provider keeps Candidate Data under Section 9.3, to host and process Candidate Data to provide the Platform and to compile Benchmark Norms.',
    );
  });
});

describe('a sentence that discloses a model provider and limits what it receives', () => {
  it('is left with its facts rather than replaced by the clause on providers', () => {
    const { edit, plan } = preferredReview([
      'This Agreement is between Lumenhall SAS (the "Platform Operator") and the seller named in the Order ("Seller").',
      '"Seller Content" means the texts and photographs the Seller uploads to the Platform.',
      '4.5 The translation tool relies on a model supplied by Corvid Labs GmbH and hosted in Germany, and the Seller Content sent to the tool is transmitted to that supplier solely in order to produce the translations.',
      'The Seller shall pay the fees within thirty days.',
    ]);
    expect(edit(2)).toBeUndefined();
    expect(skippedWith(plan, 2, /limits what for/)).toBe(true);
  });
});
