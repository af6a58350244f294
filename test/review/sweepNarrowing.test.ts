// A Usage Data definition that sweeps in the customer's content loses the swept item, and never half a bracket.
import { narrowDerivedSweep, narrowSweep } from '../../src/review/sweepNarrowing';
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

describe('narrowing a definition that sweeps data derived from the customer\'s into usage data', () => {
  const names = ['member data'];
  const derivedIn = (text: string) => narrowDerivedSweep(text, sweep(text, 'Member Data'), names);
  test('strikes the derived limb up to the semicolon, whatever commas its own clause has', () => {
    const text = '"Service Data" means login times, page loads and error logs, together with any information derived from Member Data that has been de-identified so that it does not identify the Club, any member or any guest; Service Data is not Member Data.';
    const ops = derivedIn(text);
    expect(ops && applyOps(text, ops)).toBe('"Service Data" means login times, page loads and error logs; Service Data is not Member Data.');
  });
  test('stops before what the whole list is said to be, and moves the "and" to the item now last', () => {
    const text = '"Usage Data" means feature counts, crash reports, the settings a member changes, and any other data derived by the Operator from Member Data in running the Platform, all of which the Operator may use for any purpose.';
    const ops = derivedIn(text);
    expect(ops && applyOps(text, ops)).toBe('"Usage Data" means feature counts, crash reports, and the settings a member changes, all of which the Operator may use for any purpose.');
  });
  test('takes a bracket inside the limb with it, and stops at a clause of its own', () => {
    const text = '"Service Data" means technical data about the Platform, together with any information derived from Member Data (including boat classes, crews and race times) once de-identified, and Service Data is not Member Data for any purpose.';
    const ops = derivedIn(text);
    expect(ops && applyOps(text, ops)).toBe('"Service Data" means technical data about the Platform, and Service Data is not Member Data for any purpose.');
  });
  test('leaves a limb that is a clause with its own verb to the lawyer', () => {
    const text = '"Service Data" means technical data about the Platform, and the Operator may keep data derived from Member Data.';
    expect(derivedIn(text)).toBeUndefined();
  });
});
