// Finds defined terms ("X" means ..., (the "X"), (collectively, "X")) and the parties' short names.
// Pure: imports only the engine's own types. Used to read a contract in its own words.
import type { ContractTerms, Definition, Paragraph, Parties, TermDenotation } from './types';

export interface DefinitionsResult {
  readonly definitions: readonly Definition[];
  readonly parties: Parties;
  readonly terms: ContractTerms;
}

const MEANS = /["“]([A-Z][^"”]{0,60})["”]\s+(?:shall\s+)?(?:means?|refers? to|includes?|has the meaning)\b/g;
const PAREN = /\(\s*(?:the\s+|collectively,?\s+|together,?\s+|each,?\s+(?:a|an)\s+|hereinafter\s+)?["“]([^"”]{1,60})["”]\s*\)/g;

const VENDOR_TERM = /^(?:provider|vendor|supplier|licensor|company|service provider|processor|we|us)$/i;
const CUSTOMER_TERM = /^(?:customer|client|licensee|subscriber|you|buyer|purchaser|controller)$/i;
const USAGE_TERM = /\b(?:usage|telemetry|service generated|system|diagnostic|analytics|metadata|performance)\b/i;
const OUTPUT_TERM = /\b(?:outputs?|generated|results|completions|suggestions)\b/i;
const DATA_TERM = /\b(?:data|content|materials?|inputs?|prompts?|information|submissions|files|documents|uploads)\b/i;
const CUSTOMER_MEANING = /\b(?:customer|client|you|your|user|users|submit(?:s|ted)?|upload(?:s|ed)?|provide[sd]?|input)\b/i;
const AGREEMENT_TERM = /\b(?:agreement|terms|contract)\b/i;

function denotation(term: string, meaning: string): TermDenotation {
  if (VENDOR_TERM.test(term)) return 'vendor';
  if (CUSTOMER_TERM.test(term)) return 'customer';
  if (AGREEMENT_TERM.test(term)) return 'agreement';
  if (USAGE_TERM.test(term)) return 'usage-data';
  if (OUTPUT_TERM.test(term)) return 'output';
  if (DATA_TERM.test(term) && CUSTOMER_MEANING.test(meaning)) return 'customer-data';
  return 'other';
}

function sentenceBounds(text: string, at: number): { start: number; end: number } {
  const before = text.lastIndexOf('. ', at);
  const after = text.indexOf('. ', at);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after + 1 };
}

function definitionsIn(index: number, text: string): Definition[] {
  const found: Definition[] = [];
  for (const m of text.matchAll(MEANS)) {
    const term = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].indexOf(term);
    const meaning = text.slice((m.index ?? 0) + m[0].length, sentenceBounds(text, start).end).trim();
    found.push({ term, paragraph: index, start, end: start + term.length, meaning, denotes: denotation(term, meaning) });
  }
  for (const m of text.matchAll(PAREN)) {
    const term = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].indexOf(term);
    const bounds = sentenceBounds(text, m.index ?? 0);
    const lastComma = Math.max(text.lastIndexOf(',', m.index ?? 0), text.lastIndexOf('(', (m.index ?? 0) - 1));
    const from = Math.max(bounds.start, lastComma + 1);
    const meaning = text.slice(from, m.index ?? 0).replace(/\b(?:between|and|by)\s*$/i, '').trim();
    found.push({ term, paragraph: index, start, end: start + term.length, meaning, denotes: denotation(term, meaning) });
  }
  return found;
}

function firstTerm(definitions: readonly Definition[], denotes: TermDenotation): string | undefined {
  return definitions.find((d) => d.denotes === denotes)?.term;
}

/** Definitions in document order, the parties and the words to use for placeholders. */
export function extractDefinitions(paragraphs: readonly Paragraph[]): DefinitionsResult {
  const definitions = paragraphs
    .flatMap((p, i) => definitionsIn(i, p.text))
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const vendorAliases = definitions.filter((d) => d.denotes === 'vendor').map((d) => d.term);
  const customerAliases = definitions.filter((d) => d.denotes === 'customer').map((d) => d.term);
  const vendor = vendorAliases[0];
  const customer = customerAliases[0];
  const parties: Parties = {
    ...(vendor !== undefined ? { vendor } : {}),
    ...(customer !== undefined ? { customer } : {}),
    vendorAliases,
    customerAliases,
  };
  const terms: ContractTerms = {
    customerData: firstTerm(definitions, 'customer-data') ?? 'Customer Data',
    vendor: vendor ?? 'the Vendor',
    customer: customer ?? 'the Customer',
    agreement: firstTerm(definitions, 'agreement') ?? 'this Agreement',
  };
  return { definitions, parties, terms };
}
