// Patterns found reading the first-run plans of agreements 189–192 (audit66). Every clause is the project's own
// drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { survivalEdit } from '../../src/review/survivalList';
import { applyOps } from '../../src/engine/applyOps';
import { reviewOf } from './agreements';
import { ceaseRetention } from '../../src/review/redline/surgical/keepingEdits';
import { supplierSentence } from './surgicalContext';

const review = (...lines: string[]) => reviewOf(lines, { position: 'preferred', insertMissing: false });
const PARTIES = 'This Agreement is between Quillmark Inc. ("Quillmark") and Harlow Bakeries Ltd ("Customer").';

describe('a ban on training that holds only while a condition lasts', () => {
  const BAN =
    '4.1 Quillmark will not use Customer Data to train Generative Models, provided that Customer keeps the "Help improve Quillmark" setting switched off for the whole Term.';

  it('keeps the vendor\'s promise in its own words and strikes only the condition', () => {
    const edit = review(PARTIES, BAN).edit(1);
    expect(edit?.target).toBe('4.1 Quillmark will not use Customer Data to train Generative Models.');
    expect(edit?.comment.external).toMatch(/should be unconditional/);
  });

  it('leaves a ban whose exception serves the customer alone', () => {
    const SAFE = '4.1 Quillmark will not use Customer Data to train any model, unless Customer asks it in writing to do so.';
    expect(review(PARTIES, SAFE).edit(1)).toBeUndefined();
  });
});

describe('a survival list whose number carries its own qualifier', () => {
  it('adds the new clause to the list, never inside the qualifier', () => {
    const lines = [
      PARTIES,
      '4.3 Quillmark may keep Customer Data in backups for ninety days after deletion.',
      '12.6 Sections 3.2 (for the period described in section 12.5), 3.3, 4.3, 5, 7.2 and 13 survive any termination of this Agreement.',
    ].map((text) => ({ text }));
    const edit = survivalEdit(lines, analyzeDocument(lines), [{ number: '4.8', answers: 'audit' }], new Set());
    expect(edit && applyOps(lines[2]!.text, edit.ops)).toBe(
      '12.6 Sections 3.2 (for the period described in section 12.5), 3.3, 4.3, 4.8, 5, 7.2 and 13 survive any termination of this Agreement.',
    );
  });
});

describe('an order form that names both parties on one line', () => {
  it('calls the vendor by the name in its brackets, not by the label before it', () => {
    const lines = [
      'BRINDLE STUDIO - ORDER FORM',
      'Provider: Brindle Labs, Inc., 12 Orchard Row, Denver ("Brindle", "we" or "us"). Customer: Pell & Rowan LLC, 4 Mill Lane, Boise ("Customer", "you" or "your").',
      'We will not use your content to train our models.',
    ].map((text) => ({ text }));
    expect(analyzeDocument(lines).terms.vendor).toBe('Brindle');
  });
});

describe('a usage-data definition that leaves the customer\'s data out', () => {
  const LINES = [
    'This Agreement is between Tessaly Analytics Ltd ("Supplier") and Northgate Bank plc ("Bank").',
    '1.2 "Call Recording" means an audio recording of a call between the Bank and its customer that the Bank provides to Supplier; "Transcript" means a text transcript of a Call Recording; "Customer Information" means any information about the Bank\'s customers contained in Bank Data.',
    '1.5 "Service Telemetry" means technical information about the operation of the Services, such as processing volumes, latency, error rates, feature usage and system logs, that does not contain the content of any Call Recording or Transcript or any Customer Information.',
    '4.5 Supplier may use Service Telemetry to operate and improve the Services.',
  ];

  it('is no sweep of that data, and its exclusion is never edited', () => {
    const sweeps = analyzeDocument(LINES.map((text) => ({ text }))).findings.filter((f) => f.rules.includes('usage-data-sweep'));
    expect(sweeps).toEqual([]);
    expect(review(...LINES).edit(2)).toBeUndefined();
  });
});

describe('a feedback clause that takes the carve-out of the customer\'s data', () => {
  it('loses the sentence that counts that data as feedback', () => {
    const lines = [
      'These terms are between Corvel Studio Inc. ("Corvel", "we" or "us") and you.',
      '"Your Content" means anything you upload to or create with the Services.',
      'If you send us ideas, suggestions or other feedback about the Services ("Feedback"), we may use it for any purpose without restriction or payment to you. Feedback includes any prompts and outputs you submit with it.',
    ];
    const target = review(...lines).edit(2)?.target ?? '';
    expect(target).toMatch(/does not apply to your content\.$/i);
    expect(target).not.toMatch(/Feedback includes/);
  });
});

describe('uses defined by a document the vendor can rewrite', () => {
  it('are never turned into a ban "as described in" that document', () => {
    const lines = [
      'This Agreement is between Quillmark Inc. ("Quillmark") and Harlow Bakeries Ltd ("Customer").',
      'A.5 Quillmark may use Inputs and Outputs to train the machine learning models that power its AI Features.',
      'A.9 In addition to the uses set out above, Quillmark may use Inputs and Outputs as described in the Quillmark AI Data Statement published at https://quillmark.example/ai, as revised by Quillmark from time to time, including for human review of samples of Outputs, evaluation of new AI Features and service improvement.',
    ];
    const target = review(...lines).edit(2)?.target ?? lines[2]!;
    expect(target).not.toMatch(/not use Inputs and Outputs as described in/);
  });
});

describe('a training permission turned into a ban', () => {
  it('takes with it the sentences that arrange the training it allowed', () => {
    const lines = [
      'This Agreement is between Quillmark Inc. ("Quillmark") and Harlow Bakeries Ltd ("Customer").',
      'A.5 Quillmark may use Customer Data to train the machine learning models that power its forecasting features. Before using such data for training, Quillmark will remove names and e-mail addresses. Models resulting from such training are owned by Quillmark. Quillmark will tell Customer which features use models.',
    ];
    const target = review(...lines).edit(1)?.target ?? '';
    expect(target).toMatch(/^A\.5 Quillmark shall not use Customer Data to train/);
    expect(target).not.toMatch(/such training|for training/);
    expect(target).toMatch(/Quillmark will tell Customer which features use models\.$/);
  });
});

describe('a licence sublicensable to the vendor\'s service providers', () => {
  it('is never left reading "a licence to <the providers>"', () => {
    const lines = [
      'This Agreement is between Quillmark Inc. ("Quillmark") and Harlow Bakeries Ltd ("Customer").',
      '4.1 Customer retains all right, title and interest in Customer Data. Customer hereby grants to Quillmark and its Affiliates a worldwide, non-exclusive, royalty-free, fully paid-up licence, sublicensable to Quillmark\'s service providers, to host, store, copy, transmit, reformat, analyse, modify, create derivative works of, display and otherwise use Customer Data for the purposes of providing, maintaining, securing and supporting the Platform, developing and enhancing Quillmark\'s products and services, and exercising Quillmark\'s other rights under this Agreement.',
    ];
    const target = review(...lines).edit(1)?.target ?? '';
    expect(target).not.toMatch(/licence to Quillmark's service providers/);
  });
});

describe('", but subject to …" after a lead-in', () => {
  it('is no turn: the words after it are never struck as the second half of a contrast', () => {
    const lines = [
      'This Agreement is made between Fenmarsh Transport Authority (the "Authority") and Railspan Ltd (the "Licensee").',
      '5.1 Notwithstanding clauses 2.2 and 9, but subject to clause 2.3, the Licensee may create Aggregated Outputs and may use, publish and commercialise Aggregated Outputs for any lawful purpose, without limit of time, provided that each Aggregated Output meets the thresholds in clause 1.1.',
    ];
    const target = review(...lines).edit(1)?.target ?? lines[1]!;
    expect(target).not.toMatch(/^5\.1 Notwithstanding clauses 2\.2 and 9\.$/);
  });
});

describe('a keeping that shares its object with the clause before it', () => {
  it('is never rewritten into "shall not apply to, and … shall cease using and shall delete any …"', () => {
    const sentence = supplierSentence(
      "Clause 11.3 shall not apply to, and Supplier may retain and continue to use indefinitely, any Usage Data, Feedback and any models created in the course of the Programme before the date of Customer's opt-out or the date of termination, whichever is earlier.",
    );
    expect(ceaseRetention(sentence, 'shall cease using and shall delete')).toBeUndefined();
  });
});

describe('a keeping for the vendor\'s own ends turned into a ban', () => {
  it('loses the closing proviso that conditioned the keeping', () => {
    const sentence = supplierSentence(
      'The Supplier may retain and use the corrections made by the Customer\'s coders to improve the Services, provided that the corrections are stripped of personal data before they are used outside the Customer\'s dedicated environment.',
    );
    const splices = ceaseRetention(sentence, 'shall cease using and shall delete') ?? [];
    const after = [...splices].sort((a, b) => b.start - a.start).reduce((text, s) => text.slice(0, s.start) + s.text + text.slice(s.end), sentence.sentence);
    expect(after).toBe('The Supplier shall not retain or use the corrections made by the Customer\'s coders to improve the Services.');
  });
});

describe('the comment on a keeping for the vendor\'s own ends turned into a ban', () => {
  it('gives the keeping\'s purpose as the reason, not that rights end with the agreement', () => {
    const lines = [
      'This Agreement is between Quillmark Inc. ("Vendor") and Oakridge Clinics LLC ("Customer").',
      '"Customer Data" means the records Customer uploads to the Services.',
      '4.6 Vendor may retain and use the corrections made by Customer\'s coders to Customer Data ("Coder Feedback") to improve the Services, provided that Coder Feedback is stripped of names before it is used outside the dedicated environment in which Vendor hosts Customer Data.',
    ];
    const edit = review(...lines).edit(2);
    expect(edit?.target).toMatch(/^4\.6 Vendor shall not retain or use/);
    expect(edit?.comment.external).toMatch(/should be kept only as long as providing the services requires/i);
  });
});
