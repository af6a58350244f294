// The data holder's side of a data licence, from the lawyer audit of agreement 200's first-run plan (audit68): four
// edits, all wrong. Every clause is the project's own drafting.
import { analyzeDocument } from '../../../src/engine/analyzeDocument';
import { issueResolver } from '../../../src/playbook/issueFor';
import { defaultPlaybookFor } from '../../../src/playbook/modePlaybooks';
import { buildReviewPlan } from '../../../src/review/reviewPlan';

const PARTIES = 'This Data Licence Agreement is between Harrowgate Press Ltd (the "Publisher") and Veltrane AI Ltd (the "Developer").';
const DEFINED = '1.1 "Licensed Dataset" means the articles described in Schedule 1, as delivered to the Developer.';
const playbook = defaultPlaybookFor('dua');
const read = (...lines: string[]) => analyzeDocument(lines.map((text) => ({ text })), { issueFor: issueResolver(playbook), mode: 'dua' });
const categories = (...lines: string[]) => read(...lines).findings.filter((f) => f.paragraph === lines.length - 1).map((f) => `${f.category}:${f.stance}`);

describe('a data licence read for the data holder', () => {
  it('reads a schedule that describes where the articles were published as no disclosure', () => {
    expect(categories(PARTIES, DEFINED, 'About 1.8 million articles published in the Harrowgate Gazette between 2001 and the Effective Date, delivered with headline, byline and body text.')).toEqual([]);
    expect(categories(PARTIES, DEFINED, 'The Developer may publish the Licensed Dataset.')).toContain('dua-data-disclosure:risk');
  });

  it('reads statistics about the dataset as derived data, not the dataset itself', () => {
    expect(categories(PARTIES, DEFINED, '9.3 The Developer may publish aggregated statistics about the Licensed Dataset, such as token counts, provided that no statistic reproduces any article.')).not.toContain('dua-data-disclosure:risk');
    expect(categories(PARTIES, DEFINED, '9.3 The Developer may publish aggregated statistics about the Licensed Dataset and the Licensed Dataset itself.')).toContain('dua-data-disclosure:risk');
  });

  it('counts access limited to the people who need it as a limit on human review', () => {
    const analysis = read(PARTIES, DEFINED, '8.1 The Developer shall hold the Licensed Dataset only in environments located in the United Kingdom, with access limited to personnel who need it for the purposes of this Agreement.');
    const limit = analysis.findings.find((f) => f.category === 'dua-human-review-limit');
    expect(limit?.stance).toBe('protective');
    // "located in the United Kingdom" is where the data is held, not a scope of the promise.
    expect(limit?.scope).toBeUndefined();
  });

  it('leaves the models kept after the term to the lawyer, and keeps the data holder\'s own limits on them', () => {
    const lines = [
      PARTIES,
      DEFINED,
      '13.2 Within 30 days after termination, the Developer shall delete all copies of the Licensed Dataset and certify the deletion.',
      '13.4 The Developer may continue to use and commercialise those Trained Models, and any model derived from them by further training on other data, in perpetuity within the Field of Use, subject to clauses 4.1 and 4.2.',
    ];
    const paragraphs = lines.map((text) => ({ text }));
    const analysis = read(...lines);
    expect(analysis.findings.some((f) => f.paragraph === 3 && f.stance === 'risk')).toBe(true);
    const plan = buildReviewPlan(analysis, paragraphs, playbook, { position: 'preferred', insertMissing: false });
    expect(plan.items.filter((item) => item.kind === 'edit' && item.paragraph === 3)).toEqual([]);
    expect(plan.skipped.some((s) => 'paragraph' in s.target && s.target.paragraph === 3 && /models already trained/.test(s.reason))).toBe(true);
  });
});
