// Properties over random documents: offsets are half-open and quote the text, evidence lies inside, output repeats.
import fc from 'fast-check';
import { analyzeDocument } from '../../src/engine/analyzeDocument';
import { segmentDocument } from '../../src/engine/segmentDocument';
import type { Paragraph } from '../../src/engine/types';
import { sampleParagraphs } from './support';

const WORDS = ['Provider', 'Customer Data', 'may', 'shall not', 'use', 'train', 'models', 'except', 'to improve the Services',
  'aggregated', 'licence', 'perpetual', 'irrevocable', 'survive', 'termination', 'Outputs', 'owns', 'third-party', 'AI',
  'opt out', 'delete', 'confidential', 'audit', '"Inputs" means', '(the "Vendor")', '.', ';', ',', 'é', '😀', '\t'];

const paragraphArb = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((w): Paragraph => ({ text: w.join(' ') }));
const documentArb = fc.array(fc.oneof(paragraphArb, fc.string().map((text): Paragraph => ({ text }))), { maxLength: 8 });

describe('engine invariants', () => {
  test('every finding quotes exactly its half-open slice and its evidence lies inside the paragraph', () => {
    fc.assert(
      fc.property(documentArb, (paragraphs) => {
        const analysis = analyzeDocument(paragraphs);
        for (const f of analysis.findings) {
          const text = paragraphs[f.paragraph]?.text ?? '';
          expect(0 <= f.start && f.start < f.end && f.end <= text.length).toBe(true);
          expect(text.slice(f.start, f.end)).toBe(f.quote);
          for (const s of f.evidence) expect(text.slice(s.start, s.end)).toBe(s.text);
        }
        for (const m of analysis.missing) expect(m.insertAfterParagraph).toBeLessThan(paragraphs.length);
      }),
      { numRuns: 300 },
    );
  });

  test('sentences tile each paragraph without overlap', () => {
    fc.assert(
      fc.property(documentArb, (paragraphs) => {
        const sentences = segmentDocument(paragraphs);
        let last = { paragraph: -1, end: 0 };
        for (const s of sentences) {
          expect(s.text).toBe(paragraphs[s.paragraph]?.text.slice(s.start, s.end));
          if (s.paragraph === last.paragraph) expect(s.start).toBeGreaterThanOrEqual(last.end);
          last = s;
        }
      }),
    );
  });

  test('finding ids are unique and the analysis is deterministic', () => {
    const paragraphs = sampleParagraphs();
    const first = analyzeDocument(paragraphs);
    expect(analyzeDocument(paragraphs)).toEqual(first);
    expect(new Set(first.findings.map((f) => f.id)).size).toBe(first.findings.length);
  });
});
