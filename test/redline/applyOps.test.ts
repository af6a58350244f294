// applyOps and validateOps: the meaning of an op, and loud failure on ops that break the ordering rules.
import { applyOps, validateOps } from '../../src/review/redline';
import { InvariantError, type RedlineOp } from '../../src/engine/types';

const TEXT = 'Provider may use Customer Data to train models.';

describe('applyOps', () => {
  it('applies a replacement written as delete then insert at the end of the delete', () => {
    const ops: RedlineOp[] = [
      { kind: 'delete', start: 9, end: 12, text: 'may' },
      { kind: 'insert', at: 12, text: 'shall not' },
    ];
    expect(applyOps(TEXT, ops)).toBe('Provider shall not use Customer Data to train models.');
  });

  it('applies an insert at the start of a delete and a pure insertion at the end', () => {
    const ops: RedlineOp[] = [
      { kind: 'delete', start: 0, end: 8, text: 'Provider' },
      { kind: 'insert', at: 0, text: 'Supplier' },
      { kind: 'insert', at: TEXT.length, text: ' Really.' },
    ];
    expect(applyOps(TEXT, ops)).toBe('Supplier may use Customer Data to train models. Really.');
  });

  it('returns the text unchanged for no ops', () => {
    expect(applyOps(TEXT, [])).toBe(TEXT);
  });
});

describe('validateOps', () => {
  const bad: [string, RedlineOp[]][] = [
    ['unsorted ops', [{ kind: 'insert', at: 10, text: 'x' }, { kind: 'insert', at: 2, text: 'y' }]],
    ['overlapping deletes', [{ kind: 'delete', start: 0, end: 12, text: TEXT.slice(0, 12) }, { kind: 'delete', start: 9, end: 16, text: TEXT.slice(9, 16) }]],
    ['an insert strictly inside a delete', [{ kind: 'delete', start: 0, end: 12, text: TEXT.slice(0, 12) }, { kind: 'insert', at: 5, text: 'x' }]],
    ['an insert before a delete at the same position', [{ kind: 'insert', at: 9, text: 'x' }, { kind: 'delete', start: 9, end: 12, text: 'may' }]],
    ['a delete whose text does not match', [{ kind: 'delete', start: 9, end: 12, text: 'can' }]],
    ['a delete past the end', [{ kind: 'delete', start: 40, end: 400, text: 'x' }]],
    ['an empty delete', [{ kind: 'delete', start: 4, end: 4, text: '' }]],
    ['an empty insert', [{ kind: 'insert', at: 4, text: '' }]],
  ];
  it.each(bad)('rejects %s with an InvariantError', (_name, ops) => {
    expect(() => validateOps(TEXT, ops)).toThrow(InvariantError);
    expect(() => applyOps(TEXT, ops)).toThrow(InvariantError);
  });
});
