// A ban written into "may create X and use it to …" keeps the making and bans the use: "shall not create Anonymised
// Data and use it" (audit59, 162 § 5.4) forbade the pair while the next sentence gave the vendor ownership of the data.
import { planRedline } from '../../src/review/redline';
import type { Finding, Paragraph } from '../../src/engine/types';
import { analysisOf, findingIn, positionWith } from './fixtures';

function banned(text: string): string | undefined {
  const paragraphs: Paragraph[] = [{ text: 'Heading' }, { text }];
  const finding: Finding = { ...findingIn(paragraphs, 1, text), evidence: [] };
  const position = { ...positionWith('The parties shall agree separately how {{customerData}} is used.'), edits: [{ kind: 'prohibit' as const }] };
  const plan = planRedline(finding, position, analysisOf([finding]), paragraphs);
  return plan.kind === 'word-level' ? plan.targetText : undefined;
}

describe('a ban on a use joined to the making under one modal', () => {
  it('keeps "may create" and bans "use it"', () => {
    expect(banned('Provider may create Anonymised Data and use it to improve, test and benchmark its speech models.')).toBe(
      'Provider may create Anonymised Data but shall not use it to improve, test or benchmark its speech models.',
    );
  });
  it('bans both where the use is "for any purpose", whose grant is rewritten whole', () => {
    expect(banned('Provider may create Anonymised Data and use it for any purpose.')).not.toMatch(/may create/);
  });
});
