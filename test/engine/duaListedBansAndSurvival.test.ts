// A data-use agreement read for the data holder: the items of a ban listed under "Developer shall not:", a survival list
// whose only data measures how long it lasts, and an agreement that has people annotate the records (lawyer audit of
// agreement 168, audit60). Every clause is our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const PARTIES = 'This Data Licence Agreement is between Marlow Vale Hospitals (the "Data Holder") and Fenwick Scribe Inc. (the "Developer").';
const DATA = '1.2 "Licensed Notes" means the de-identified clinical notes of patients that the Data Holder makes available under this Agreement.';
const analyse = (...clauses: string[]) => analyzeDocument([PARTIES, DATA, ...clauses].map((text) => ({ text })), { mode: 'dua' });
const risksIn = (paragraph: number, ...clauses: string[]) =>
  analyse(...clauses).findings.filter((f) => f.paragraph === paragraph && f.stance === 'risk').map((f) => f.category);

describe('an item of a ban listed under "Developer shall not:"', () => {
  const LEAD_IN = '3.2 Restrictions. Except as expressly permitted by Section 3.1, Developer shall not:';

  it('is one of the things forbidden, not a disclosure the Developer may make', () => {
    const item = '(c) transmit any part of the Licensed Notes to any third-party model provider, including to generate labels, without the Data Holder\'s prior written consent.';
    expect(risksIn(3, LEAD_IN, item)).toEqual([]);
  });

  it('stays a risk when the same words stand alone as a permission', () => {
    expect(risksIn(2, 'Developer may transmit any part of the Licensed Notes to any third-party model provider to generate labels.')).toContain('dua-data-disclosure');
  });
});

describe('a survival list', () => {
  it('keeps no data alive when the data is named only to measure how long a listed term lasts', () => {
    const clause = '9.6 Sections 3.2, 4.1, Article 6 (for so long as Developer retains any part of the Licensed Notes) and Article 8 survive expiration or termination of this Agreement.';
    expect(risksIn(2, clause)).toEqual([]);
  });

  it('still keeps the data alive when the right to use it survives', () => {
    const clause = '9.6 Developer\'s licence to use the Licensed Notes survives expiration or termination of this Agreement.';
    expect(risksIn(2, clause)).toContain('dua-data-retention');
  });
});

describe('a limit on human review of the records', () => {
  const missing = (...clauses: string[]) => analyse(...clauses).missing.map((m) => m.category);

  it('is not asked for when the agreement has approved annotators read the records', () => {
    const annotators = '3.4 Developer may permit Redfern Coding LLC, whose credentialed medical coders provide clinical annotation, to access the Licensed Notes.';
    expect(missing('3.1 Developer may use the Licensed Notes to train its clinical documentation model and to improve its other products.', annotators)).not.toContain('dua-human-review-limit');
  });

  it('is asked for when the agreement says nothing of people reading the records', () => {
    expect(missing('3.1 Developer may use the Licensed Notes to train its clinical documentation model and to improve its other products.')).toContain('dua-human-review-limit');
  });
});
