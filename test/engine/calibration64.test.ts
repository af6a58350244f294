// Per-clause expectations for the language patterns of calibration round 64 (first runs on blind98 and agreements
// 475–478, 2026-12-07): a deletion's standard carve-out (copies the law requires, backups that expire); a backup named
// only as where lost data is restored from; a bracketed aside that extends a ban to others; a feature, a system that
// holds data, and a term whose examples are the other data terms, among the contract's defined terms. Every clause is
// our own drafting.
import { analyzeDocument } from '../../src/engine/analyzeDocument';

const categoriesOf = (text: string) => analyzeDocument([{ text }]).findings.map((f) => `${f.category}:${f.stance}`);
const termsOf = (lines: readonly string[]) => analyzeDocument(lines.map((text) => ({ text }))).terms;

describe('a deletion whose only carve-out is what the law requires or backups that expire (fresh183a, blind98)', () => {
  it('reads the promise alone, not a right to keep beside it', () => {
    const clause = 'Harbourline shall delete Member Data within sixty (60) days after termination, save that Harbourline may retain Member Data as required by applicable law and in its backups, which are overwritten on a rolling ninety (90) day cycle.';
    expect(categoriesOf(clause)).toEqual(['deletion:protective']);
  });

  it('reads copies kept for the period tax law requires the same way', () => {
    const clause = 'On termination Harbourline shall delete all Member Data within thirty (30) days, save that Harbourline may retain Member Data for the period required by applicable tax law.';
    expect(categoriesOf(clause)).not.toContain('survival-retention:neutral');
  });

  it('still puts a copy kept for the vendor\'s own records up for review', () => {
    const clause = 'Harbourline shall delete Member Data within sixty (60) days after termination, save that Harbourline may retain one copy of Member Data for its records.';
    expect(categoriesOf(clause)).toContain('survival-retention:neutral');
  });

  it('still puts backups kept without end up for review', () => {
    const clause = 'Harbourline shall delete Member Data within sixty (60) days after termination, save that Harbourline may retain Member Data in its archives indefinitely.';
    expect(categoriesOf(clause).some((c) => c.startsWith('survival-retention'))).toBe(true);
  });
});

describe('a backup named only as where lost data is restored from (blind98-35)', () => {
  it('reads no retention in a liability clause', () => {
    const clause = "LOTHBURY'S AGGREGATE LIABILITY, INCLUDING FOR ANY LOSS OF CUSTOMER DATA, SHALL NOT EXCEED THE FEES PAID IN THE TWELVE (12) MONTHS BEFORE THE CLAIM; LOTHBURY'S SOLE OBLIGATION FOR LOST DATA SHALL BE TO RESTORE IT FROM THE MOST RECENT BACKUP.";
    expect(categoriesOf(clause)).toEqual([]);
  });
});

describe('a bracketed aside that extends a ban to others (blind98-143)', () => {
  it('keeps the "not" with the verb it denies', () => {
    const clause = 'Provider shall not (and shall ensure that its subcontractors do not) use Customer Data to train any machine learning model.';
    expect(categoriesOf(clause)).toEqual(['no-training:protective']);
  });

  it('reads no grant in the customer\'s own ban', () => {
    const clause = 'Franchisor shall not (and shall ensure Franchisees do not) use the Hub or its AI-generated manual content to develop, train or improve any machine learning model.';
    expect(categoriesOf(clause)).not.toContain('ai-training:risk');
  });
});

describe('the customer\'s data among the defined terms (audit216, audit217)', () => {
  const PARTIES = 'These Business Terms are between Tessaly Code Ltd ("Tessaly") and the customer named in the Order Form ("Customer").';

  it('does not take a feature named after the data for the data', () => {
    const lines = [
      PARTIES,
      '1.3 "Code Matching" means the feature of the Service that compares Suggestions against an index of public code and, depending on Customer\'s settings, blocks a match.',
      '1.5 "Code Snippets" means the portions of source code that the Plug-in collects from an Authorized User\'s editor.',
    ];
    const definitions = analyzeDocument(lines.map((text) => ({ text }))).definitions;
    expect(definitions.find((d) => d.term === 'Code Matching')?.denotes).not.toBe('customer-data');
    expect(termsOf(lines).customerData).toBe('Code Snippets');
  });

  it('takes the term that counts the others among its examples as their umbrella', () => {
    const terms = termsOf([
      PARTIES,
      '1.4 "Code Snippets" means the portions of source code that the Plug-in collects from an Authorized User\'s editor.',
      '1.5 "Customer Code" means Customer\'s proprietary source code, including Code Snippets, Prompts and the contents of any connected repository.',
      '1.8 "Prompts" means the instructions an Authorized User submits to the Service.',
    ]);
    expect(terms.customerData).toBe('Customer Code');
  });

  it('does not take the systems the data comes from for the data', () => {
    const terms = termsOf([
      'This Order Form is between Lumen Audience Ltd ("Lumen") and Marlow Retail Ltd ("Client").',
      'Connected Data Sources: Client\'s e-commerce storefront, loyalty database and point-of-sale exports.',
      '"Client Data" means all data that Client uploads to, connects to or generates within the Services.',
    ]);
    expect(terms.customerData).toBe('Client Data');
  });

  it('does not take consultants\' onboarding days for the service', () => {
    const terms = termsOf([
      'This Order Form is between Lumen Audience Ltd ("Lumen") and Marlow Retail Ltd ("Client").',
      'Professional Services: one onboarding workstream of up to twenty consultant days.',
      '"Client Data" means all data that Client uploads to the Services.',
      'Lumen will host Client Data in the Services and will provide the Services in accordance with the Documentation.',
    ]);
    expect(terms.services).not.toBe('Professional Services');
  });
});

describe('a second data term the contract keeps naming beside its main one (audit215, 474)', () => {
  const lines = [
    'These Terms are between Corvel Chat, Inc. ("Corvel", "we") and the business that accepts them ("Customer", "you").',
    '(b) "Customer Content" means the files and articles you upload to the Services.',
    '(c) "Conversation Data" means the messages and transcripts exchanged between your End Users and the Services.',
    '(d) We will host Customer Content and Conversation Data in the United Kingdom.',
    '(e) You may export Customer Content and Conversation Data at any time.',
    '(f) We will delete Customer Content and Conversation Data within thirty days after termination.',
  ];

  it('records it as the companion of the main term', () => {
    expect(termsOf(lines).companionData).toBe('Conversation Data');
  });

  it('does not record a term named beside the main one only once', () => {
    expect(termsOf(lines.slice(0, 4)).companionData).toBeUndefined();
  });
});

describe('training given to people named right after it (audit219, 482 Annex 1(d))', () => {
  it('reads no model training in a workforce duty', () => {
    const clause = '(d) Halvard provides annual responsible-AI training to all personnel who have access to Conversation Transcripts.';
    expect(categoriesOf(clause)).not.toContain('ai-training:risk');
  });

  it('still reads a grant to train where people only come later', () => {
    expect(categoriesOf('Halvard may use Conversation Transcripts for training its models, and its personnel may review them.')).toContain('ai-training:risk');
  });
});

describe('a label on the order form that the terms never use again (audit219, 482)', () => {
  it('takes the word the terms use for the service', () => {
    const terms = termsOf([
      'This Order Form is between Halvard Agents Ltd ("Halvard") and Tern Travel Ltd ("Customer").',
      'Product: Halvard Agent – Enterprise Plan, including the AI Agent and Analytics Studio.',
      '"Customer Data" means all data that Customer submits to the Services.',
      'Halvard will provide the Services in accordance with the Documentation.',
      'Halvard may suspend the Services for emergency maintenance.',
      'Customer may use the Services only for its own business.',
    ]);
    expect(terms.services).toBe('Services');
  });
});

describe('outputs described as statistical predictions (blind98-55)', () => {
  it('reads no derived data in a disclaimer', () => {
    const clause = '9.3 Ancestry estimates and record matches are statistical predictions and may be wrong; they should not be relied upon for medical or legal purposes.';
    expect(categoriesOf(clause)).toEqual([]);
  });
});
