// Locations by the contract's own numbering: clause numbers, sub-clauses, definitions, list labels, and "¶" only
// when nothing better exists.
import { clauseLabels } from '../../src/engine/clauseLabels';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'samples', 'sample-agreement.txt'), 'utf8').split('\n').filter((line) => line.trim());

const labels = (texts: readonly string[], listLabels?: readonly (string | undefined)[]) =>
  clauseLabels(texts.map((text) => ({ text })), listLabels).map((label) => label.text);

describe('clauseLabels', () => {
  it('names the sample agreement by its own clause numbers and defined terms', () => {
    const found = labels(SAMPLE);
    const at = (start: string) => found[SAMPLE.findIndex((text) => text.startsWith(start))];
    expect(at('3.3 Provider may use')).toBe('3.3');
    expect(at('9.3 Sections')).toBe('9.3');
    expect(at('"Usage Data" means')).toBe('“Usage Data” definition');
    expect(at('1. Definitions')).toBe('1');
    expect(found[0]).toBe('¶ 1');
  });

  it('reads sub-clauses under their clause, and roman numerals one level down', () => {
    expect(labels(['4.2 The Supplier shall:', '(a) delete the data;', '(b) certify it; and', '(i) in writing', '(ii) within ten days', '(c) tell us.'])).toEqual([
      '4.2',
      '4.2(a)',
      '4.2(b)',
      '4.2(b)(i)',
      '4.2(b)(ii)',
      '4.2(c)',
    ]);
  });

  it('counts unnumbered paragraphs within the clause before them', () => {
    expect(labels(['Section 7 Audit', 'The Customer may audit once a year.', 'Audits take place on notice.'])).toEqual(['7', '7, para. 2', '7, para. 3']);
  });

  it('keeps the word of schedules and annexes, and does not take "30 days" for a clause number', () => {
    expect(labels(['Schedule 2 Data Processing', '30 days after termination the data is deleted.'])).toEqual(['Schedule 2', 'Schedule 2, para. 2']);
    expect(labels(['30 days after termination the data is deleted.'])).toEqual(['¶ 1']);
  });

  it('uses the list label Word shows when the numbering is automatic', () => {
    expect(labels(['Provider may use Customer Data to train models.', 'Provider shall delete it.'], ['3.3', '3.4'])).toEqual(['3.3', '3.4']);
  });
});
