// Fills a playbook clause's {{placeholders}} with the contract's own defined terms, so the redline reads as if the
// contract's drafter wrote it. Pure: must not import Office, React, the DOM or Node.
import type { ContractTerms } from '../engine/types';

export const PLACEHOLDERS = ['customerData', 'vendor', 'customer', 'agreement', 'services', 'derivedData', 'model'] as const satisfies readonly (keyof ContractTerms)[];
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const PLACEHOLDER_PATTERN = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

export function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

/** Unknown placeholders are left as written: the schema rejects them, so one here is a hand-built playbook's typo. */
export function fillClause(text: string, terms: ContractTerms): string {
  return text.replace(PLACEHOLDER_PATTERN, (whole, name: string) => (isPlaceholder(name) ? valueOf(name, terms) : whole));
}

/** `derivedData` is the contract's own term when it defines one, else a description in its data term. */
function valueOf(name: Placeholder, terms: ContractTerms): string {
  if (name === 'derivedData') return terms.derivedData ?? `statistical data derived from ${terms.customerData}`;
  // "the Model", "the Trained Models": the data-use agreement's own name for what the data trains, else a description.
  if (name === 'model') return terms.model !== undefined ? `the ${terms.model}` : `the model described in this ${terms.agreement}`;
  return terms[name];
}
