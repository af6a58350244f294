// Inserted and rewritten wording fits the contract it goes into: its modal verb, the section that deals with the
// customer's data, the exit windows the contract already sets, and one clean replacement rather than a choppy one.
// From the lawyer audit of agreements 33–36; every clause here is the project's own drafting.
import type { ClauseFinding } from '../../src/engine/detectFindings';
import { busiestSection } from '../../src/engine/findMissingProtections';
import type { InsertItem } from '../../src/review';
import { splicesToOps } from '../../src/review/redline/surgical/splice';
import { strikeFromLists } from '../../src/review/redline/surgical/coordinatedList';
import { paragraphsOf, preferredReview, reviewOf } from './agreements';

const ARBOR = [
  'This Agreement is between Arbor Analytics Ltd ("Arbor") and the client named in the Order Form ("Client").',
  '1. DEFINITIONS',
  '1.1 "Client Data" means the data Client uploads to the Platform.',
  '1.2 "Pooled Data" means data derived by Arbor from Client Data together with the data of other clients.',
  '2. CLIENT DATA',
  "2.1 Client grants Arbor a perpetual, irrevocable, worldwide licence to use, copy, modify and create derivative works of Client Data for any purpose connected with Arbor's business.",
  '2.2 Arbor may use Client Data to train and improve the machine-learning models that power the Platform.',
  '2.3 Arbor may combine Client Data with the data of other clients to compile Pooled Data and may sell reports based on Pooled Data.',
  '3. ASSISTANT',
  '3.1 The Assistant runs on language models hosted by Northwind AI Inc., which receives prompts and the relevant Client Data.',
  '3.2 Northwind AI Inc. will process prompts only to return responses to Client.',
  '3.3 Client owns the responses the Assistant generates for it.',
  '3.4 Northwind AI Inc. will not use prompts or Client Data to train its models and will delete prompts within thirty days.',
  '4. FEES',
  '4.1 Client must pay each invoice within thirty days.',
  '4.2 Arbor will send invoices monthly in arrears.',
  '5. CONFIDENTIALITY',
  "5.1 Each party must keep the other party's Confidential Information confidential and use it only for this Agreement.",
  '6. TERM',
  '6.1 Within sixty days after this Agreement ends, Arbor will delete the Client Data held in the Platform.',
];

function auditInsert(lines: readonly string[]): InsertItem | undefined {
  return reviewOf(lines, { position: 'preferred' }).inserts().find((item) => item.answers === 'audit');
}

describe('an inserted clause in a contract that promises with "will" and "must"', () => {
  it('says "will", not "shall"', () => {
    const audit = auditInsert(ARBOR);
    expect(audit?.text).toMatch(/^2\.4 Arbor will keep complete and accurate records/);
    expect(audit?.text).not.toMatch(/\bshall\b/i);
    expect(audit?.text).toContain('each party will bear its own costs');
  });

  it('keeps "shall" in a contract that promises with "shall"', () => {
    const shall = ARBOR.map((line) => line.replace(/\b(?:will|must)\b/g, 'shall'));
    expect(auditInsert(shall)?.text).toContain('Arbor shall keep complete and accurate records');
  });
});

describe('the audit clause', () => {
  it('goes in the section that grants rights in the data, not the AI-feature section, even when the grants are struck', () => {
    // Section 3 names its model provider in four clauses; section 2 grants the licence, training and pooling.
    expect(auditInsert(ARBOR)?.after).toBe(7);
    expect(auditInsert(ARBOR)?.text).toMatch(/^2\.4 /);
  });
});

describe('a licence narrowed to serving the customer', () => {
  it('still covers what the contract asks of the vendor on exit', () => {
    const { edit } = preferredReview(ARBOR);
    const licence = edit(5);
    expect(licence?.target).toContain("solely to provide the Platform to Client and to perform Arbor's obligations under this Agreement");
    expect(licence?.target).not.toMatch(/during the term|is in force/);
  });
});

describe('a replacement that keeps a word or two of the old phrase', () => {
  it('is one deletion and one insertion, so the redline and its comment read as one change', () => {
    const sentence = "Arbor may use it for any purpose connected with Arbor's business.";
    const start = sentence.indexOf('for any');
    const ops = splicesToOps(sentence, [{ start, end: sentence.length - 1, text: "solely to perform Arbor's obligations" }], 0);
    expect(ops).toEqual([
      { kind: 'delete', start, end: sentence.length - 1, text: "for any purpose connected with Arbor's business" },
      { kind: 'insert', at: sentence.length - 1, text: "solely to perform Arbor's obligations" },
    ]);
  });

  it('stays word by word where most of the phrase is kept', () => {
    const sentence = 'Arbor may use it to provide, support and improve the Platform for Client.';
    const start = sentence.indexOf('to provide');
    const ops = splicesToOps(sentence, [{ start, end: sentence.length - 1, text: 'to provide and support the Platform for Client' }], 0);
    expect(ops.some((op) => op.kind === 'delete' && op.text.includes('Platform'))).toBe(false);
  });
});

describe('the data-use section', () => {
  const paragraphs = paragraphsOf(
    [
      '1.1 "Pooled Data" means data the Supplier derives from Client Data.',
      '1.2 "Insights" means reports the Supplier compiles from Pooled Data.',
      '2.1 The Supplier may use Client Data to train its models.',
      '2.2 The Supplier may pool Client Data with other clients\' data.',
      '2.3 The Supplier may sell reports based on pooled data.',
      '3.1 The Assistant sends prompts to a model provider, which keeps them for thirty days.',
      '3.2 The model provider will not train on prompts.',
    ].join('\n'),
  );
  const finding = (paragraph: number, category: string) => ({ paragraph, category, stance: 'risk' }) as unknown as ClauseFinding;
  const categories = ['ai-training', 'aggregated-data', 'third-party-ai', 'no-training'] as const;

  it('is the section with the most clauses giving the vendor rights, however many ways one clause is read', () => {
    const findings = [finding(2, 'ai-training'), finding(3, 'aggregated-data'), finding(4, 'aggregated-data'), finding(5, 'third-party-ai'), finding(5, 'ai-training'), finding(6, 'third-party-ai'), finding(6, 'no-training')];
    expect(busiestSection(paragraphs, findings, [...categories])).toBe(4);
  });

  it('is never the definitions, which say what words mean', () => {
    const findings = [finding(0, 'aggregated-data'), finding(1, 'aggregated-data'), finding(5, 'third-party-ai')];
    expect(busiestSection(paragraphs, findings, [...categories])).toBe(5);
  });
});

describe('clause numbers with a letter ("B3.2", "B7.4")', () => {
  it('are kept on a rewritten clause and continued by an inserted one', () => {
    const lines = [
      'These terms are between Parrin Voice Ltd ("Supplier") and the customer named in the statement of work ("Customer").',
      '"Recordings" means the call audio Customer uploads to the Service.',
      'B6 Licence',
      'B6.4 Customer grants Supplier a perpetual, irrevocable, worldwide licence to use, copy and modify Recordings for any purpose.',
      'B7 Retention',
      'B7.4 Supplier will delete Recordings within 90 days after the statement of work ends.',
    ];
    const { edit, plan } = preferredReview(lines);
    expect(edit(3)?.target).toMatch(/^B6\.4 /);
    const inserted = reviewOf(lines, { position: 'preferred' }).inserts();
    expect(inserted.length).toBeGreaterThan(0);
    for (const item of inserted) expect(item.number).toMatch(/^B\d+\.\d+$/);
    expect(plan.items.length).toBeGreaterThan(0);
  });
});

describe('a permission that opens "Without limiting the foregoing,"', () => {
  it('loses that lead-in when it becomes a ban', () => {
    const { edit } = preferredReview([
      'This Agreement is between Arbor Analytics Ltd ("Arbor") and the client named in the Order Form ("Client").',
      '"Client Data" means the data Client uploads to the Platform.',
      '3.4 Arbor may use Client Data to provide the Platform.',
      '3.5 Without limiting the foregoing, Arbor may use Client Data to train the models behind the Platform.',
    ]);
    expect(edit(3)?.target).toMatch(/^3\.5 Arbor shall not use Client Data to train/);
  });
});

describe('a licence whose purposes end "and for the other purposes described in …"', () => {
  it('keeps the service\'s own list, joined with "and", and strikes the purposes from elsewhere', () => {
    const sentence =
      '3.2 Client grants Arbor a non-exclusive, sublicensable licence to host, copy and process Client Data as necessary to provide the Platform to Client, to prevent or address technical problems, and for the other purposes described in this Section 3.';
    const { edit } = preferredReview([ARBOR[0] as string, '"Client Data" means the data Client uploads to the Platform.', sentence]);
    expect(edit(2)?.target).toBe(
      '3.2 Client grants Arbor a non-exclusive licence to host, copy and process Client Data as necessary to provide the Platform to Client and to prevent or address technical problems.',
    );
  });
});

describe('sublicensing limited to the vendor\'s sub-processors', () => {
  it('is not struck: it is what the playbook\'s own licence allows', () => {
    const ops = strikeFromLists("a licence, sublicensable to Arbor's sub-processors, to host Client Data", ['sublicensable']);
    expect(ops).toEqual([]);
    expect(strikeFromLists('a perpetual, sublicensable licence to host Client Data', ['sublicensable']).length).toBe(1);
  });
});

describe('a ban on purposes listed in a document the vendor may change', () => {
  it('loses the vendor\'s power to change it, so the vendor cannot narrow its own ban', () => {
    const { edit } = preferredReview([
      ARBOR[0] as string,
      '"Client Data" means the data Client uploads to the Platform.',
      'B.7 Arbor may also process Client Data for the additional purposes set out in its Data Practices Statement, which include product research and service improvement, and which Arbor may update from time to time by posting a revised version.',
    ]);
    expect(edit(2)?.target).toBe(
      'B.7 Arbor shall not process Client Data for the additional purposes set out in its Data Practices Statement, which include product research and service improvement.',
    );
  });
});

describe('a permission for some plans turned into a ban', () => {
  it('holds for every customer: the plan scope goes', () => {
    const { edit } = preferredReview([
      'These AI Terms supplement the agreement under which Customer subscribes to the Workspace, and we may update them.',
      '"Customer Content" means the files and prompts Customer submits to the Workspace.',
      '3.6 For Customers on the Starter and Team plans, we may use Customer Content to train the models behind the AI Features.',
      'We keep prompts for thirty days, after which we delete them, and we tell Customer if we change our providers.',
    ]);
    expect(edit(2)?.target).toBe('3.6 We will not use Customer Content to train the models behind the AI Features.');
  });
});

describe('a ban on a list of verbs after an object with commas', () => {
  it('lists them with "or"', () => {
    const { edit } = preferredReview([
      ARBOR[0] as string,
      '"Client Data" means the data Client uploads to the Platform.',
      '3.5 Arbor may use Client Data, including the outcomes that Client records in the Platform, to develop, calibrate and refine its scoring models.',
    ]);
    expect(edit(2)?.target).toBe('3.5 Arbor shall not use Client Data, including the outcomes that Client records in the Platform, to develop, calibrate or refine its scoring models.');
  });
});

describe('a clause that only lets the customer opt out of a use the review banned', () => {
  const lines = (optOut: string) => [
    ARBOR[0] as string,
    '"Client Data" means the data Client uploads to the Platform.',
    '3.5 Arbor may use Client Data to train the scoring models behind the Platform.',
    optOut,
  ];

  it('is deleted as moot, its number kept', () => {
    const { edit } = preferredReview(lines('3.6 Client may ask that Client Data not be used for the purpose described in Section 3.5 by written notice, but models already trained will not be retrained.'));
    expect(edit(3)?.target).toBe('3.6 [Reserved.]');
    expect(edit(3)?.comment.external).toMatch(/^We have deleted this clause\. With Section 3\.5 now a prohibition/);
  });

  it('but a clause that only names the opt-out while giving the vendor its own right stays', () => {
    const { edit } = preferredReview(lines('3.6 Even if Client opts out under Section 3.5, Arbor may review Client Data to investigate abuse.'));
    expect(edit(3)?.target ?? '').not.toBe('3.6 [Reserved.]');
  });
});
