// Hand-built analyses for planner tests, so they do not depend on the detection engine's wording choices.
import type { Analysis, Finding, Paragraph } from '../../src/engine/types';
import type { PlaybookPosition } from '../../src/playbook/schema';

export const TERMS = { customerData: 'Customer Data', vendor: 'Provider', customer: 'Customer', agreement: 'Agreement', services: 'services', spelling: 'uk' as const };

export function analysisOf(findings: Finding[] = []): Analysis {
  return {
    findings,
    missing: [],
    definitions: [],
    parties: { vendor: 'Provider', customer: 'Customer', vendorAliases: [], customerAliases: [] },
    terms: TERMS,
  };
}

/** A risk finding quoting `quote` inside the given paragraph (first occurrence). */
export function findingIn(paragraphs: readonly Paragraph[], paragraph: number, quote: string): Finding {
  const text = paragraphs[paragraph]?.text ?? '';
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in paragraph ${paragraph}: ${quote}`);
  return {
    id: `ai-training-p${paragraph}-${start}`,
    category: 'ai-training',
    stance: 'risk',
    severity: 'high',
    paragraph,
    start,
    end: start + quote.length,
    quote,
    evidence: [],
    rules: [],
    explanation: 'test finding',
    playbookIssue: 'ai-training',
  };
}

export function positionWith(clause: string): PlaybookPosition {
  return {
    id: 'preferred',
    label: 'Test position',
    clause,
    internalComment: 'For the file: {{vendor}} asked for this.',
    externalComment: 'To {{vendor}}: we need this for {{customerData}}.',
  };
}
