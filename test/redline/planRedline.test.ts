// planRedline: which sentence is rewritten, when the plan is word-level or whole-sentence, and inserted clauses.
import { applyOps, planRedline } from '../../src/review/redline';
import { InvariantError, type Paragraph } from '../../src/engine/types';
import { DEFAULT_PLAYBOOK } from '../../src/playbook/defaultPlaybook';
import { analysisOf, findingIn, positionWith } from './fixtures';

const PARAGRAPHS: Paragraph[] = [
  { text: '5. Use of Data', isHeading: true },
  {
    text:
      '5.1 Provider may use Customer Data to train its machine-learning models. Provider shall keep Customer Data ' +
      'secure. Provider may, e.g. for billing, count seats.',
  },
  { text: 'Customer may opt out by emailing support.' },
];

describe('planRedline for a finding', () => {
  it('rewrites only the covering sentence, word by word, when most words survive', () => {
    const finding = findingIn(PARAGRAPHS, 1, 'may use Customer Data to train');
    const position = positionWith('{{vendor}} shall not use {{customerData}} to train its machine-learning models.');
    const plan = planRedline(finding, position, analysisOf([finding]), PARAGRAPHS);
    expect(plan.kind).toBe('word-level');
    expect(plan.targetText).toBe(
      '5.1 Provider shall not use Customer Data to train its machine-learning models. Provider shall keep Customer ' +
        'Data secure. Provider may, e.g. for billing, count seats.',
    );
    expect(plan.ops).toEqual([
      { kind: 'delete', start: 13, end: 16, text: 'may' },
      { kind: 'insert', at: 16, text: 'shall not' },
    ]);
    expect(plan.source).toEqual({ kind: 'finding', findingId: finding.id });
    expect(plan.comment).toEqual({ internal: 'For the file: Provider asked for this.', external: 'To Provider: we need this for Customer Data.' });
  });

  it('replaces the whole sentence when most of it changes, keeping the clause number', () => {
    const finding = findingIn(PARAGRAPHS, 1, 'train its machine-learning models');
    const position = DEFAULT_PLAYBOOK.issues[0]?.positions[0];
    if (!position) throw new Error('default playbook lost its first position');
    // Without surgical edits the planner can only diff against the clause (the surgical path is in surgical*.test).
    const plan = planRedline(finding, { ...position, edits: undefined }, analysisOf([finding]), PARAGRAPHS);
    expect(plan.kind).toBe('sentence');
    expect(plan.ops).toHaveLength(2);
    expect(plan.ops[0]).toEqual({ kind: 'delete', start: 4, end: 72, text: 'Provider may use Customer Data to train its machine-learning models.' });
    expect(plan.targetText.startsWith('5.1 Provider shall not use, and shall not permit')).toBe(true);
    expect(plan.targetText.endsWith('Provider shall keep Customer Data secure. Provider may, e.g. for billing, count seats.')).toBe(true);
  });

  it('does not split at "e.g." when finding the sentence', () => {
    const finding = findingIn(PARAGRAPHS, 1, 'count seats');
    const plan = planRedline(finding, positionWith('Provider may count seats for billing only.'), analysisOf(), PARAGRAPHS);
    const sentenceStart = PARAGRAPHS[1]?.text.indexOf('Provider may, e.g.') ?? -1;
    expect(plan.targetText).toBe(`${PARAGRAPHS[1]?.text.slice(0, sentenceStart)}Provider may count seats for billing only.`);
    for (const op of plan.ops) expect(op.kind === 'delete' ? op.start : op.at).toBeGreaterThanOrEqual(sentenceStart);
  });

  it('covers every sentence the quote touches', () => {
    const finding = findingIn(PARAGRAPHS, 1, 'models. Provider shall keep');
    const plan = planRedline(finding, positionWith('Replaced.'), analysisOf(), PARAGRAPHS);
    expect(plan.targetText).toBe('5.1 Replaced. Provider may, e.g. for billing, count seats.');
  });

  it('gives the same id for the same input and a different id for another position', () => {
    const finding = findingIn(PARAGRAPHS, 2, 'opt out');
    const a = planRedline(finding, positionWith('Customer need not opt in.'), analysisOf(), PARAGRAPHS);
    const b = planRedline(finding, positionWith('Customer need not opt in.'), analysisOf(), PARAGRAPHS);
    const c = planRedline(finding, positionWith('Provider shall not train.'), analysisOf(), PARAGRAPHS);
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
    expect(a.id).toMatch(/^plan-[0-9a-f]{8}$/);
  });

  it('throws InvariantError when the finding does not match the paragraphs it is planned against', () => {
    const finding = { ...findingIn(PARAGRAPHS, 2, 'opt out'), quote: 'something else' };
    expect(() => planRedline(finding, positionWith('x'), analysisOf(), PARAGRAPHS)).toThrow(InvariantError);
  });
});

describe('planRedline for a finding in a definition', () => {
  it('adds the position as a new paragraph after the definition instead of deleting the definition', () => {
    const paragraphs: Paragraph[] = [
      { text: '1. Definitions', isHeading: true },
      { text: '"Usage Data" means logs, telemetry and the content of prompts entered by users.' },
    ];
    const finding = findingIn(paragraphs, 1, 'the content of prompts');
    const plan = planRedline(finding, positionWith('{{vendor}} shall not use the content of prompts for any other purpose.'), analysisOf([finding]), paragraphs);
    expect(plan.kind).toBe('inserted-paragraph');
    expect(plan.source).toEqual({ kind: 'finding', findingId: finding.id });
    expect(plan.paragraph).toBe(1);
    expect(plan.ops).toEqual([]);
    expect(plan.targetText).toBe(paragraphs[1]?.text);
    expect(plan.newParagraphs).toEqual(['Provider shall not use the content of prompts for any other purpose.']);
  });
});

describe('planRedline for a finding in a definition written without quotation marks or with a gloss', () => {
  it.each([
    'cl. 1.2 Usage Data means logs, telemetry and the content of prompts entered by users.',
    '"USAGE DATA" (« Données d\'utilisation ») means logs, telemetry and the content of prompts entered by users.',
  ])('adds the position after %s', (definition) => {
    const paragraphs: Paragraph[] = [{ text: '1. Definitions', isHeading: true }, { text: definition }];
    const finding = findingIn(paragraphs, 1, 'the content of prompts');
    const plan = planRedline(finding, positionWith('{{vendor}} shall not use the content of prompts for any other purpose.'), analysisOf([finding]), paragraphs);
    expect(plan.kind).toBe('inserted-paragraph');
    expect(plan.ops).toEqual([]);
  });

  it('still strikes items of a purpose list introduced by "means:"', () => {
    const paragraphs: Paragraph[] = [{ text: 'Supplier Purposes means: (a) providing the Services; and (b) training the content of prompts into models.' }];
    const finding = findingIn(paragraphs, 0, 'the content of prompts');
    const plan = planRedline(finding, positionWith('{{vendor}} shall not use the content of prompts for any other purpose.'), analysisOf([finding]), paragraphs);
    expect(plan.kind).not.toBe('inserted-paragraph');
  });
});

describe('planRedline for a missing protection', () => {
  it('inserts the filled clause as a new paragraph after the anchor and leaves the anchor alone', () => {
    const position = DEFAULT_PLAYBOOK.issues.find((i) => i.id === 'deletion')?.positions[0];
    if (!position) throw new Error('no deletion issue');
    const missing = { category: 'deletion' as const, insertAfterParagraph: 2, explanation: 'none', playbookIssue: 'deletion' };
    const plan = planRedline(missing, position, analysisOf(), PARAGRAPHS);
    expect(plan.kind).toBe('inserted-paragraph');
    expect(plan.paragraph).toBe(2);
    expect(plan.ops).toEqual([]);
    expect(plan.targetText).toBe(plan.originalText);
    expect(plan.newParagraphs).toHaveLength(1);
    expect(plan.newParagraphs[0]).toMatch(/^Within thirty \(30\) days after this Agreement ends, or earlier on Customer's written request, Provider shall/);
    expect(plan.source).toEqual({ kind: 'missing', category: 'deletion' });
    expect(applyOps(plan.originalText, plan.ops)).toBe(plan.targetText);
  });

  it('throws InvariantError for an anchor outside the document', () => {
    const missing = { category: 'audit' as const, insertAfterParagraph: 9, explanation: 'none', playbookIssue: 'audit' };
    expect(() => planRedline(missing, positionWith('x'), analysisOf(), PARAGRAPHS)).toThrow(InvariantError);
  });
});

describe('planRedline with every default playbook position', () => {
  const finding = findingIn(PARAGRAPHS, 1, 'may use Customer Data to train');
  const cases = DEFAULT_PLAYBOOK.issues.flatMap((issue) => issue.positions.map((position) => [`${issue.id}/${position.id}`, position] as const));
  it.each(cases)('%s gives a valid plan that reaches the filled clause', (_name, position) => {
    const plan = planRedline(finding, position, analysisOf([finding]), PARAGRAPHS);
    expect(applyOps(plan.originalText, plan.ops)).toBe(plan.targetText);
    expect(plan.targetText).not.toMatch(/\{\{/);
    expect(plan.targetText.startsWith('5.1 ')).toBe(true);
    expect(plan.comment.internal.length).toBeGreaterThan(0);
    expect(plan.comment.external.length).toBeGreaterThan(0);
  });
});
