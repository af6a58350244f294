// A Usage Data definition that sweeps in the customer's content loses the swept item, and never half a bracket.
import { narrowSweep } from '../../src/review/sweepNarrowing';
import { applyOps } from '../../src/engine/applyOps';
import type { Finding } from '../../src/engine/types';

function sweep(text: string, object: string): Finding {
  const start = text.indexOf(object);
  return {
    id: 'sweep',
    category: 'aggregated-data',
    stance: 'risk',
    severity: 'high',
    paragraph: 0,
    start: 0,
    end: text.length,
    quote: text,
    evidence: [{ role: 'object', text: object, start, end: start + object.length } as Finding['evidence'][number]],
    rules: ['usage-data-sweep'],
    explanation: '',
    playbookIssue: 'aggregated-data',
  };
}

describe('narrowing a definition that sweeps content into usage data', () => {
  test('strikes the swept item and moves the "and"', () => {
    const text = '"Usage Data" means logs, latency figures, error counts and the prompts Users enter.';
    const ops = narrowSweep(text, sweep(text, 'prompts'));
    expect(ops && applyOps(text, ops)).toBe('"Usage Data" means logs, latency figures and error counts.');
  });

  test('leaves an item alone when striking it would leave half a bracket', () => {
    const text = '"Usage Data" means logs, error counts and the metadata of Prompts (including their length, language and ratings).';
    expect(narrowSweep(text, sweep(text, 'Prompts'))).toBeUndefined();
  });
});
