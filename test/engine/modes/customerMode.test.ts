// The customer mode stays exactly as it was: the default, `mode: 'customer'` and the other modes' word sets never
// meet; documents that are not data-use agreements are never offered another mode.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../../src/engine/analyzeDocument';
import { RISK_CATEGORIES, PROTECTIVE_CATEGORIES, PROTECTION_IDS } from '../../../src/engine/types';
import { ROOT, sampleParagraphs } from '../support';

const corpusClauses = (): string[] =>
  readdirSync(join(ROOT, 'test', 'fixtures', 'engine'))
    .flatMap((file) => readFileSync(join(ROOT, 'test', 'fixtures', 'engine', file), 'utf8').split('\n'))
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);

describe('customer mode', () => {
  test('is the default, and naming it changes nothing', () => {
    const paragraphs = sampleParagraphs();
    const implicit = analyzeDocument(paragraphs, { trace: true });
    expect(analyzeDocument(paragraphs, { mode: 'customer', trace: true })).toEqual(implicit);
    expect(implicit.mode).toBe('customer');
  });

  test('reports only the customer categories and protections', () => {
    const analysis = analyzeDocument(sampleParagraphs());
    const categories: string[] = [...RISK_CATEGORIES, ...PROTECTIVE_CATEGORIES];
    for (const finding of analysis.findings) expect(categories).toContain(finding.category);
    for (const missing of analysis.missing) expect(PROTECTION_IDS).toContain(missing.category);
  });

  test('suggests no other mode for the sample agreement or any of the labelled clauses', () => {
    expect(analyzeDocument(sampleParagraphs()).suggestedMode).toBeUndefined();
    const suggested = corpusClauses().filter((text) => analyzeDocument([{ text }]).suggestedMode !== undefined);
    expect(suggested).toEqual([]);
  });

  test('needs training stated as the purpose: a services agreement naming a "Data Provider" is not a data-use agreement', () => {
    const text = [
      'The Data Provider supplies market feeds to the Data User under this Agreement.',
      'Provider shall not use Customer Data to train any model.',
    ];
    expect(analyzeDocument(text.map((t) => ({ text: t }))).suggestedMode).toBeUndefined();
    const withPurpose = [...text, 'The Data User may use the Data solely to train the Model.'];
    expect(analyzeDocument(withPurpose.map((t) => ({ text: t }))).suggestedMode).toBe('dua');
  });

  test('reads a content licence for model training as a data-use agreement, as its title says', () => {
    const text = [
      'ARCHIVE CONTENT LICENSE AGREEMENT',
      'This Content License Agreement is made between Harrow Gazette Ltd ("Publisher") and Quillon Labs Inc. ("Licensee").',
      '"Licensee Models" means the machine learning models that Licensee trains on the Licensed Content.',
    ];
    expect(analyzeDocument(text.map((t) => ({ text: t }))).suggestedMode).toBe('dua');
  });

  test('reads a "Data Licence and Use Agreement" for training as one, with the licensor as the data holder', () => {
    const text = [
      'DATA LICENCE AND USE AGREEMENT',
      'This Data Licence and Use Agreement is made between Orrel Pharma AG ("Licensor") and Quillon Bio Ltd ("Licensee").',
      '1.2 "Research Purpose" means the training and validation of machine learning models that predict treatment response.',
      '2.1 Licensor grants Licensee a licence to use the Study Data solely for the Research Purpose.',
    ].map((t) => ({ text: t }));
    expect(analyzeDocument(text).suggestedMode).toBe('dua');
    expect(analyzeDocument(text, { mode: 'dua' }).terms).toMatchObject({ vendor: 'Licensee', customer: 'Licensor' });
  });

  test('a data transfer instrument named in the body is not the document\'s own name (agreement 121)', () => {
    const body = [
      'SUBSCRIPTION AGREEMENT FOR THE RECRUITMENT PLATFORM',
      'This Agreement is made between Quillon Hiring Ltd (the "Supplier") and Harrow Health (the "Customer").',
      '"Model Purpose" means the training of machine learning models that score applications.',
      '3.1 The Supplier may use Service Data solely for the Model Purpose.',
      '4.1 The Customer shall pay the Fees within thirty days of invoice.',
      '5.1 Each party shall keep the other party\'s Confidential Information confidential.',
      '7.4 The Supplier shall not transfer Customer Personal Data outside the United Kingdom except under the International Data Transfer Agreement issued by the regulator.',
    ];
    expect(analyzeDocument(body.map((t) => ({ text: t }))).suggestedMode).toBeUndefined();
    // Named so in its title, the same document is a data-use agreement.
    const titled = ['DATA TRANSFER AGREEMENT', ...body.slice(1)];
    expect(analyzeDocument(titled.map((t) => ({ text: t }))).suggestedMode).toBe('dua');
  });
});
