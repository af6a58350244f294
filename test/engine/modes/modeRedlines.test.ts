// The other modes use the same redline machinery: every risk and missing protection of the sample data-use agreement
// and of the sample customer addendum (read for the vendor) plans at every position, the plan's ops give its target text, and the preferred
// positions edit the other side's own words where they can.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../../src/engine/analyzeDocument';
import { applyOps, planRedline } from '../../../src/review/redline';
import type { Paragraph, ReviewMode } from '../../../src/engine/types';
import { issueById, issueResolver, positionFor } from '../../../src/playbook/issueFor';
import { defaultPlaybookFor } from '../../../src/playbook/modePlaybooks';
import { POSITION_IDS } from '../../../src/playbook/schema';
import { ROOT } from '../support';

const readSample = (name: string): Paragraph[] =>
  readFileSync(join(ROOT, 'samples', name), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((text) => ({ text }));
const sample = readSample('sample-data-use-agreement.txt');
const addendum = readSample('sample-customer-addendum.txt');

function plansOf(mode: ReviewMode, paragraphs: readonly Paragraph[]) {
  const playbook = defaultPlaybookFor(mode);
  const analysis = analyzeDocument(paragraphs, { mode, issueFor: issueResolver(playbook) });
  const targets = [...analysis.findings.filter((f) => f.stance === 'risk'), ...analysis.missing];
  return targets.flatMap((target) =>
    POSITION_IDS.map((position) => {
      const issue = issueById(playbook, target.playbookIssue);
      if (!issue) throw new Error(`no playbook issue for ${target.category}`);
      return { category: target.category, position, plan: planRedline(target, positionFor(issue, position), analysis, paragraphs) };
    }),
  );
}

describe.each([
  ['dua', sample],
  ['vendor', addendum],
] as const)('%s mode redlines', (mode, paragraphs) => {
  const plans = plansOf(mode, paragraphs);

  test('plans every risk and missing protection at every position, each plan consistent with its ops', () => {
    expect(plans.length).toBeGreaterThanOrEqual(15);
    for (const { plan } of plans) expect(applyOps(plan.originalText, plan.ops)).toBe(plan.targetText);
  });

  test('inserts each missing protection as a new paragraph', () => {
    const inserted = plans.filter(({ plan }) => plan.source.kind === 'missing');
    expect(inserted.length).toBeGreaterThan(0);
    for (const { plan } of inserted) expect(plan.kind).toBe('inserted-paragraph');
  });
});

describe('word-level redlines of the preferred positions', () => {
  const preferred = (mode: ReviewMode, paragraphs: readonly Paragraph[], category: string) =>
    plansOf(mode, paragraphs).filter((p) => p.category === category && p.position === 'preferred').map(({ plan }) => plan);

  test('dua: the recipient’s right to share becomes a prohibition', () => {
    const [plan] = preferred('dua', sample, 'dua-data-disclosure');
    expect(plan?.kind).toBe('word-level');
    expect(plan?.targetText).toBe('2.3 The Developer shall not share the Shared Data with its affiliates and research partners.');
  });

  test('dua: keeping a copy becomes deleting it, with a certificate', () => {
    const [plan] = preferred('dua', sample, 'dua-data-retention');
    expect(plan?.targetText).toBe(
      '5.3 The Developer shall delete one copy of the Shared Data after the Project ends, and shall certify the deletion in writing, signed by an officer.',
    );
  });

  test('vendor: the customer’s ban keeps its words and gains the vendor’s carve-out', () => {
    const [plan] = preferred('vendor', addendum, 'vendor-overbroad-no-training');
    expect(plan?.kind).toBe('word-level');
    expect(plan?.ops.every((op) => op.kind === 'insert')).toBe(true);
    expect(plan?.targetText).toBe(
      '2.1 Supplier shall not use Customer Data to train any artificial intelligence or machine learning model, except as necessary to ' +
        'detect, prevent and investigate security incidents, fraud and abuse of the services, including with automated tools and models used only for that purpose.',
    );
  });
});
