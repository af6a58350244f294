// Terms an individual accepts ("we" to "you", an age limit): the audit right a business would ask for is no
// proportionate ask there; written answers about the data are. The lawyer audit of consumer terms found an annual
// inspection right for one app user. Clauses are the project's own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { issueResolver } from '../../src/playbook/issueFor';
import { buildReviewPlan, type InsertItem } from '../../src/review';
import { speakAsWeAndYou } from '../../src/review/voice';
import { paragraphsOf, reviewOf } from './agreements';

const auditClause = (lines: readonly string[]) => {
  const paragraphs = paragraphsOf(lines.join('\n'));
  const analysis = analyzeDocument(paragraphs, { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
  const plan = buildReviewPlan(analysis, paragraphs, DEFAULT_PLAYBOOK, { position: 'preferred' });
  return plan.items.find((item): item is InsertItem => item.kind === 'insert' && item.answers === 'audit');
};

const APP = [
  'These terms are between you and Quillmoor Ltd ("Quillmoor", "we" or "us").',
  'You keep ownership of the recordings you upload to the app ("Your Recordings").',
  'We may use Your Recordings to run the app for you, and you can delete them whenever you like.',
  'If you close your account, we will stop using your recordings and you will no longer have access to them.',
  'You are responsible for your account, and we may suspend it if you break these terms.',
];

describe('the audit clause in consumer terms', () => {
  it('is the written-answers position where the terms are for individuals (an age limit)', () => {
    const clause = auditClause([...APP, 'You must be at least 16 years old to use the app.']);
    expect(clause?.positionId).toBe('fallback2');
    expect(clause?.text).toBe(
      'On your request, we will give you, within thirty (30) days, a written account of how Your Recordings have been used and how long they will be kept, including whether any of them has been used to train any model.',
    );
  });

  it('asks as an individual would: no audit reports in the clause or its comments', () => {
    const clause = auditClause([...APP, 'You must be at least 16 years old to use the app.']);
    expect(`${clause?.text} ${clause?.comment.external}`).not.toMatch(/audit report/i);
    expect(clause?.comment.internal).toMatch(/Written account on request/);
    expect(clause?.comment.external).toMatch(/told in writing/);
  });

  it('reads back as the transparency it gives, so a second review does not ask again', () => {
    const lines = [...APP, 'You must be at least 16 years old to use the app.'];
    const clause = auditClause(lines);
    const again = analyzeDocument(paragraphsOf([...lines, clause?.text ?? ''].join('\n')), { issueFor: issueResolver(DEFAULT_PLAYBOOK) });
    expect(again.missing.map((m) => m.category)).not.toContain('audit');
  });

  // Terms the vendor offers to all comers, consumer or business: an inspection right was read as a markup that gets
  // refused (audit212, 468 § 7(f)); audit reports and written answers are the proportionate ask.
  it('is the reports-and-answers position in business terms written as "we" and "you" too', () => {
    expect(auditClause(APP)?.positionId).toBe('fallback2');
  });

  it('stays the preferred inspection right in terms between named parties', () => {
    const named = [
      'This Agreement is between Quillmoor Ltd ("Supplier") and the company named in the Order Form ("Customer").',
      'Supplier may use Customer Data to provide the Services and shall delete it within 30 days after this Agreement ends.',
    ];
    expect(auditClause(named)?.positionId).toBe('preferred');
  });
});

describe('"we" as the subject after an opening phrase', () => {
  it('stays "we" before its verb ("At a minimum we need"), and is "us" after a preposition', () => {
    expect(speakAsWeAndYou('At a minimum we need written answers, sent to we within a month.')).toBe('At a minimum we need written answers, sent to us within a month.');
  });
});

describe('consumer terms that grant training on what users write', () => {
  const TERMS = [
    'These terms are between you and Quillmoor Ltd ("Quillmoor", "we" or "us").',
    'You keep ownership of the recordings you upload to the app ("Your Recordings").',
    '(4) We may use your conversations with Echo and your Studio Booth prompts to improve and train our voice features.',
    '(5) If you do not want your prompts used for training, you can turn off "Help improve Echo" in Settings. Turning off this setting applies to future conversations only.',
    '(6) If you live in the UK, you have rights under data protection law, including rights to access and erase your data and to object to processing, including processing to improve our voice features.',
    'You must be at least 16 years old to use the app.',
  ];

  it('answers the grant: "your conversations" and "your Studio Booth prompts" are the user\'s data', () => {
    const { edit } = reviewOf(TERMS, { position: 'preferred' });
    expect(edit(2)?.target).toMatch(/^\(4\) We will not use your conversations/);
  });

  it('leaves the user\'s statutory rights and the setting\'s own explanation as they stand', () => {
    const { edit } = reviewOf(TERMS, { position: 'preferred' });
    expect(edit(4)).toBeUndefined();
    expect(edit(3)?.target ?? TERMS[3]).toMatch(/you can turn off "Help improve Echo" in Settings\. Turning off this setting/);
  });
});

describe('a policy incorporated into consumer terms', () => {
  const policy = 'Our Privacy Policy, which we may update from time to time, explains how we use Your Recordings and forms part of these terms.';

  it('is fixed to its version and made subject to the user\'s consent, not to a signed amendment', () => {
    const { edit, paragraphs } = reviewOf([...APP, policy, 'You must be at least 16 years old to use the app.'], { position: 'preferred', insertMissing: false });
    const target = edit(paragraphs.findIndex((p) => p.text === policy))?.target ?? '';
    expect(target).toMatch(/without your express consent/);
    expect(target).not.toMatch(/signed by both parties/);
  });

  it('keeps the signed amendment in terms between businesses', () => {
    const { edit, paragraphs } = reviewOf([...APP, policy], { position: 'preferred', insertMissing: false });
    expect(edit(paragraphs.findIndex((p) => p.text === policy))?.target ?? '').toMatch(/written amendment signed by both parties/);
  });
});
