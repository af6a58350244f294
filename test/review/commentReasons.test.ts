// A comment's reasons come from the edit it describes (issue 9 §1, "writes comments from the edit itself"): the lawyer
// audits found stock reasons that did not fit the clause, and the same reason said twice. Clauses are our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { buildReviewPlan, describeEdit, type EditItem } from '../../src/review';
import { issueById } from '../../src/playbook/issueFor';
import { reviewComments } from '../../src/review/reviewComments';
import { speakAsWeAndYou } from '../../src/review/voice';
import { paragraphsOf, preferredReview } from './agreements';
import type { Finding } from '../../src/engine/types';
import { applyOps } from '../../src/engine/applyOps';
import { strikeContrast } from '../../src/review/contrastStrike';

const PARTIES = 'This agreement is between Larkspur Cloud Ltd ("Supplier") and Fenwood Partners LLP ("Client").';
const DATA = '"Client Files" means the documents, prompts and recordings that Client uploads to the Platform.';

function commentOn(clause: string): string {
  return commentsOn(clause).external;
}

/** Both comments: the external one gives the reason, the internal note says which words went and came. */
function commentsOn(clause: string): { readonly external: string; readonly internal: string } {
  const edit = preferredReview([PARTIES, DATA, clause]).edit(2);
  if (!edit) throw new Error(`no edit of: ${clause}`);
  return edit.comment;
}

const sentences = (comment: string) => comment.split(/(?<=\.)\s+/);

const PILOT =
  '3.3 Pilot Programme. If Client joins the Pilot Programme, Client grants Supplier a worldwide, non-exclusive, royalty-free, perpetual and irrevocable licence to use Client Files submitted while Client is a member to evaluate the Platform. Client may withdraw from the programme at any time in the admin console, but withdrawal will not require Supplier to remove Client Files from any model already trained.';

describe('the reasons a comment gives', () => {
  it('justifies striking only "perpetual and irrevocable" by the time limit, not by narrowing the licence to the service', () => {
    const { external: comment, internal } = commentsOn(PILOT);
    expect(internal).toMatch(/^\[Internal\] We struck “perpetual and irrevocable” and “but withdrawal will not require/);
    expect(comment).toMatch(/^Rights in Client Files must end when the Agreement ends/);
    expect(comment).not.toMatch(/only to provide the Platform/);
  });

  it('says that rights end with the agreement once, not in two wordings', () => {
    const comment = commentOn(
      '3.1 When Client uses the Platform, Client grants Supplier and its affiliates a worldwide, non-exclusive, royalty-free, perpetual, irrevocable, transferable and sublicensable licence to use, host, store, reproduce, modify, create derivative works from and publish Client Files in connection with operating, promoting and improving the Platform and developing new products. This licence continues even if Client stops using the Platform.',
    );
    const endings = sentences(comment).filter((s) => /must end (?:when|with) the Agreement/.test(s));
    expect(endings).toHaveLength(1);
  });
});

describe('striking the words after the turn rather than the sentence', () => {
  it('keeps the customer\'s right to withdraw and strikes only "but withdrawal will not require … to remove"', () => {
    const paragraphs = paragraphsOf([PARTIES, DATA, PILOT].join('\n'));
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred', insertMissing: false });
    const edit = plan.items.find((item): item is EditItem => item.kind === 'edit' && item.paragraph === 2);
    expect(edit?.target).toContain('Client may withdraw from the programme at any time in the admin console.');
    expect(edit?.target).not.toMatch(/Within thirty/);
    expect(edit?.wordLevel).toBe(true);
  });
});

describe('a feedback clause that names training among its purposes', () => {
  it('makes ", including to train …" the exception and keeps the feedback right, rather than being struck whole', () => {
    const paragraphs = paragraphsOf(
      [
        PARTIES,
        DATA,
        '4.1 Supplier shall not use Client Files to train any model.',
        '4.2 Feedback. If Client sends Supplier feedback, including ratings and corrected versions of results, Supplier may use it for any purpose, including to train and improve its models, without obligation to Client.',
      ].join('\n'),
    );
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred', insertMissing: false });
    const edit = plan.items.find((item): item is EditItem => item.kind === 'edit' && item.paragraph === 3);
    // Struck, the example would leave "for any purpose", which still covers training (audit124): it becomes the exception.
    expect(edit?.target).toMatch(/^4\.2 Feedback\. If Client sends Supplier feedback, including ratings and corrected versions of results, Supplier may use it for any purpose other than to train and improve its models, without obligation to Client/);
  });
});

describe('the contract’s own words for its provisions and its promises', () => {
  it('carves the data out of "this Section" where the contract refers to its Sections, and says "we will" in a we/you contract', () => {
    const feedback = (lines: string[]) => {
      const paragraphs = paragraphsOf(lines.join('\n'));
      const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
      return buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred' });
    };
    const sections = feedback([
      PARTIES,
      DATA,
      '4.1 Supplier may use Client Files only as described in Section 4.2 and Section 6.',
      '4.2 If Client sends Supplier suggestions or other feedback about the Platform, Supplier may use that feedback for any purpose without obligation to Client.',
    ]);
    const carveOut = sections.items.find((i): i is EditItem => i.kind === 'edit' && i.paragraph === 3);
    expect(carveOut?.target).toMatch(/except that this Section 4.2 does not apply to Client Files/);

    const weYou = feedback([
      'These Terms are between you and Tarnhelm Apps, Inc. ("Tarnhelm," "we," "us," or "our"). You own Your Content; we host it for you.',
      '"Your Content" means the files and prompts you upload to the Services.',
      '3. We may share Your Content with the providers of the models that power the Services, and you agree that they may process it under their own terms.',
    ]);
    const written = weYou.items.map((i) => (i.kind === 'edit' ? i.target : i.text)).join('\n');
    expect(written).toMatch(/\bWe will\b/);
    expect(written).not.toMatch(/\bshall\b/i);
  });
});

describe('a comment in the customer’s own voice', () => {
  it('keeps "we" as the subject after "what" ("what we understand to be your practice")', () => {
    expect(speakAsWeAndYou('Please confirm what we understand to be your practice, and send the report to we.')).toBe(
      'Please confirm what we understand to be your practice, and send the report to us.',
    );
  });

  it('writes a possessive with no noun after it as "yours" ("Feedback is yours to use")', () => {
    expect(speakAsWeAndYou("Feedback is you's to use; you's use of our content is governed by these Terms.")).toBe(
      'Feedback is yours to use; your use of our content is governed by these Terms.',
    );
  });
});

describe('a prohibition in a we/you contract', () => {
  it('says "will not", as the contract’s own promises do', () => {
    const paragraphs = paragraphsOf(
      [
        'These Terms are between you and Tarnhelm Apps, Inc. ("Tarnhelm," "we," "us," or "our"). You own Your Content; we host it for you.',
        '"Your Content" means the files and prompts you upload to the Services.',
        '3.3 We may use Your Content to train the models that power the Services.',
      ].join('\n'),
    );
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred', insertMissing: false });
    const edit = plan.items.find((item): item is EditItem => item.kind === 'edit' && item.paragraph === 2);
    expect(edit?.target).toBe('3.3 We will not use Your Content to train any models.');
  });
});

describe('the reason for an edit of a clause that is not about the customer’s data itself', () => {
  it('speaks of feedback for a feedback carve-out, not of the customer’s data being delivered', () => {
    const { external: comment, internal } = commentsOn('5.2 If Client sends Supplier suggestions or other feedback about the Platform, Supplier may use that feedback for any purpose without obligation to Client.');
    expect(internal).toMatch(/We added “except that this clause 5.2 does not apply to Client Files”/);
    expect(comment).toMatch(/^Feedback is Supplier's to use; Client Files are not feedback/);
    expect(comment).not.toMatch(/deliver the Platform/);
  });
});

describe('what a comment says the edit did', () => {
  it('does not tell the counterparty that feedback is theirs when the edit bans the use of that feedback', () => {
    const { external: comment, internal } = commentsOn(
      '6.4 Supplier may use Client Files, and the ratings and corrections that Client’s users give to answers ("Answer Feedback"), to tune and improve the Platform’s ranking models.',
    );
    expect(internal).toMatch(/“shall not”/);
    expect(comment).not.toMatch(/Feedback is Supplier's to use/);
  });

  it('says a clause was rewritten, without echoing the old clause and the new one back', () => {
    const comment = commentOn('7.2 Supplier may keep Client Files after this agreement ends and may go on using them as it sees fit.');
    expect(comment).toMatch(/^We have rewritten this clause\. /);
    expect(comment).not.toMatch(/a new clause that begins/);
  });
});

describe('the comment on an inserted clause', () => {
  it('claims no replacement: an inserted clause replaced nothing', () => {
    const paragraphs = paragraphsOf([PARTIES, DATA, '"Prompts" means the questions Client sends to the assistant, which Supplier may use to train its models.', '4.1 Supplier shall host Client Files in the United Kingdom.'].join('\n'));
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred' });
    const inserts = plan.items.filter((item) => item.kind === 'insert');
    expect(inserts.length).toBeGreaterThan(0);
    for (const insert of inserts) expect(insert.comment.external).not.toMatch(/We have (?:replaced|narrowed)/);
  });
});

describe('the reason for an edit of a clause about usage data by its defined name', () => {
  it('speaks of usage data, not of the customer\'s confidential information', () => {
    const paragraphs = paragraphsOf(
      [PARTIES, DATA, '"Platform Telemetry" means logs and metrics about how Client uses the Platform.', '5.1 Supplier may use Platform Telemetry for model tuning, fraud prevention, capacity planning, invoicing and any other lawful business purpose.'].join('\n'),
    );
    const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred', insertMissing: false });
    const edit = plan.items.find((item): item is EditItem => item.kind === 'edit' && item.paragraph === 3);
    expect(edit?.comment.external).toMatch(/Usage data records how/);
    expect(edit?.comment.external).not.toMatch(/confidential and personal information/);
  });
});

describe('a comment on an edit that answers more than its own step', () => {
  const terms = { customerData: 'Client Files', vendor: 'Supplier', customer: 'Client', agreement: 'Agreement', services: 'Platform', spelling: 'uk' } as const;
  const original = '(c) to refine its machine-learning scoring using Client Files that have been pseudonymised; and';
  const item = '(c) '.length;
  const itemEnd = original.indexOf('; and');
  const ops = [
    { kind: 'delete', start: item, end: itemEnd, text: original.slice(item, itemEnd) },
    { kind: 'insert', at: itemEnd, text: '[Reserved]' },
  ] as const;
  const aggregated = issueById(DEFAULT_PLAYBOOK, 'aggregated-data')!;
  const training = issueById(DEFAULT_PLAYBOOK, 'ai-training')!;
  const steps = [{ issue: aggregated, position: aggregated.positions[0]!, wholeClause: false, ops }];

  it('gives the training reason when the struck words are about training', () => {
    const { external, internal } = reviewComments(original, ops, steps, terms, [training]);
    expect(external).toMatch(/must not be used to train models/);
    expect(internal).toMatch(/^\[Internal\] We struck “to refine its machine-learning scoring/);
  });

  it('does not report the "and" a strike moved as a change of its own', () => {
    const text = 'Supplier may use it for alpha, beta, gamma and any other lawful purpose.';
    const at = (words: string) => text.indexOf(words);
    const ops2 = [
      { kind: 'delete', start: at('alpha, '), end: at('beta'), text: 'alpha, ' },
      { kind: 'delete', start: at(', gamma'), end: at(' gamma'), text: ',' },
      { kind: 'insert', at: at(' gamma'), text: ' and' },
      { kind: 'delete', start: at(' and any'), end: at('.'), text: ' and any other lawful purpose' },
    ] as const;
    expect(describeEdit(text, ops2)).toBe('We struck “alpha,” and “and any other lawful purpose”.');
  });
});

describe('the reason for an edit of a clause about usage data', () => {
  const terms = { customerData: 'Client Files', vendor: 'Supplier', customer: 'Client', agreement: 'Agreement', services: 'Platform', spelling: 'uk' } as const;
  const improvement = issueById(DEFAULT_PLAYBOOK, 'service-improvement')!;
  const commentFor = (original: string, struck: string, rules: string[]) => {
    const start = original.indexOf(struck);
    const ops = [{ kind: 'delete', start, end: start + struck.length, text: struck }] as const;
    const finding = { rules, evidence: [] } as unknown as Finding;
    return reviewComments(original, ops, [{ issue: improvement, position: improvement.positions[0]!, wholeClause: false, ops, finding }], terms).external;
  };

  it('speaks of training only when the struck words are about training', () => {
    const text = 'The Supplier may use Platform Statistics to run the Platform and to develop new features.';
    expect(commentFor(text, ' and to develop new features', ['usage-improvement-grant'])).toMatch(/used only to run, support and secure the Platform/);
    const trained = 'The Supplier may use Platform Statistics to run the Platform and to train its ranking models.';
    expect(commentFor(trained, ' and to train its ranking models', ['usage-improvement-grant'])).toMatch(/must not be used to train models/);
  });

  it('says what a closed list of uses does, not that only running the service is left', () => {
    const text = 'The Supplier may use Platform Statistics for any lawful purpose, including to plan capacity.';
    const external = commentFor(text, 'for any lawful purpose, including ', ['usage-improvement-grant']);
    expect(external).toMatch(/used only for the purposes this clause names, not for any purpose/);
    expect(external).not.toMatch(/run, support and secure/);
  });

  it('says the customer\'s data stays its data when a usage-data definition is narrowed of it', () => {
    const text = '"Platform Statistics" means counts of logins and queries, and any information derived from Client Files.';
    expect(commentFor(text, ', and any information derived from Client Files', ['usage-data-sweep'])).toMatch(/must stay Client Files, not usage data/);
  });

  it('answers the sweep it struck, though the definition\'s use "for any purpose" was read first', () => {
    const clause = '"Usage Data" means login counts, error reports, the settings Users change, and any other data derived by the Supplier from Client Files, all of which the Supplier may use for any lawful business purpose.';
    const edit = preferredReview([PARTIES, DATA, clause]).edit(2);
    expect(edit?.target).toBe('"Usage Data" means login counts, error reports, and the settings Users change, all of which the Supplier may use for any lawful business purpose.');
    expect(edit?.comment.external).toMatch(/must stay Client Files, not usage data/);
    expect(edit?.comment.external).not.toMatch(/run, support and secure/);
  });
});

describe('a feedback clause that also carries the customer\'s data', () => {
  it('gives the feedback reason alone for striking the data and carving it out', () => {
    const { external, internal } = commentsOn(
      '5.3 If Client sends Supplier corrections or suggestions about the Platform ("Feedback"), Supplier may incorporate that Feedback, including any document text after de-identification, into the Platform without restriction.',
    );
    expect(internal).toMatch(/including any document text after de-identification/);
    expect(external).toMatch(/^Feedback is Supplier's to use/);
    expect(external).not.toMatch(/Derived data must stay anonymous/);
  });
});

describe('a use that went on after the customer switched off, struck from the switch', () => {
  const clause =
    'Client may switch off Model Learning at any time; while it is off Supplier will stop using new Client Files to train its models, although Supplier may still use them to prepare your own reports and to create Pooled Statistics.';

  it('keeps the use for the customer\'s own benefit and strikes only the vendor\'s own purpose after it', () => {
    const finding = { start: 0, end: clause.length, quote: clause } as Finding;
    const ops = strikeContrast(clause, finding, (after) => /Pooled Statistics/.test(after));
    expect(ops && applyOps(clause, ops)).toMatch(/to prepare your own reports\.$/);
  });

  it('says the continuing use is struck, not the stock reason on derived data', () => {
    const terms = { customerData: 'Client Files', vendor: 'Supplier', customer: 'Client', agreement: 'Agreement', services: 'Platform', spelling: 'uk' } as const;
    const derived = issueById(DEFAULT_PLAYBOOK, 'aggregated-data')!;
    const struck = ' and to create Pooled Statistics';
    const start = clause.indexOf(struck);
    const ops = [{ kind: 'delete', start, end: start + struck.length, text: struck }] as const;
    const finding = { rules: ['aggregated-data'], evidence: [], quote: clause } as unknown as Finding;
    const { external } = reviewComments(clause, ops, [{ issue: derived, position: derived.positions[0]!, wholeClause: false, ops, finding }], terms);
    expect(external).toMatch(/When Client switches this off, Supplier's own uses of Client Files must stop with it/);
    expect(external).not.toMatch(/Derived data must stay anonymous/);
  });
});

describe('a right over usage data that runs "both during and after the term"', () => {
  it('ends with the term, keeps the uses, and says so', () => {
    const clause = '5.3 The Supplier may analyse Platform Statistics and use them to maintain the Platform, both during and after the term of this Agreement.';
    const edit = preferredReview([PARTIES, DATA, '1.2 "Platform Statistics" means counts of logins and error reports.', clause]).edit(3);
    expect(edit?.target).toBe('5.3 The Supplier may analyse Platform Statistics and use them to maintain the Platform, during the term of this Agreement.');
    expect(edit?.comment.external).toMatch(/^The rights this clause gives (?:the )?Supplier should end when the Agreement ends\./);
  });
});

describe('an ordinary feedback licence that names improving the models', () => {
  it('takes the carve-out of the customer\'s data and keeps the vendor\'s use of feedback', () => {
    const clause = '8.1 Client may send the Supplier comments and suggestions about the Platform, and the Supplier may use any such feedback freely and for any purpose, including to improve its models.';
    const edit = preferredReview([PARTIES, DATA, clause]).edit(2);
    expect(edit?.target).toBe('8.1 Client may send the Supplier comments and suggestions about the Platform, and the Supplier may use any such feedback freely and for any purpose, including to improve its models, except that this clause 8.1 does not apply to Client Files.');
    expect(edit?.comment.external).toMatch(/^Feedback is (?:the )?Supplier's to use/);
  });
});
