// The {{model}} placeholder of the data-use playbook: the agreement's own defined term for the model when it has one,
// else a description that points at the agreement.
import { fillClause } from '../../src/playbook/fillPlaceholders';
import type { ContractTerms } from '../../src/engine/types';

const TERMS: ContractTerms = { vendor: 'Developer', customer: 'Data Provider', customerData: 'Shared Data', agreement: 'Agreement', services: 'services', spelling: 'uk' };

describe('the model placeholder', () => {
  test('uses the agreement\'s defined term', () => {
    expect(fillClause('to train {{model}} only', { ...TERMS, model: 'Trained Model' })).toBe('to train the Trained Model only');
  });

  test('describes the model where the agreement defines none', () => {
    expect(fillClause('to train {{model}} only', TERMS)).toBe('to train the model described in this Agreement only');
  });
});
