// Finds defined terms ("X" means ..., (the "X"), (collectively, "X")) and the parties' short names.
// Pure: imports only the engine's own types. Used to read a contract in its own words.
import type { ContractTerms, Definition, Paragraph, Parties, TermDenotation } from './types';

export interface DefinitionsResult {
  readonly definitions: readonly Definition[];
  readonly parties: Parties;
  readonly terms: ContractTerms;
}

const MEANS = /["“]([A-Z][^"”]{0,60})["”]\s+(?:shall\s+)?(?:means?|refers? to|includes?|has the meaning)\b/g;
// Definition lists often drop the quotes: "1.4 Client Materials means ..." or "Client Materials: all documents ...".
const LIST_ITEM = /^(?:\(?[\da-z]{1,3}(?:\.\d+)*[.)]?\s+)?((?:[A-Z][\w’'-]*\s){0,4}[A-Z][\w’'-]*)(?:\s+(?:shall\s+)?means?\b|:\s)/;
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
  const item = found.length === 0 ? LIST_ITEM.exec(text) : null;
  if (item && item[1] !== undefined) {
    const term = item[1];
    const start = item.index + item[0].indexOf(term);
    const meaning = text.slice(item.index + item[0].length, sentenceBounds(text, start).end).trim();
    if (!/^(?:The|This|These|Each|Either|Neither|In|If|Any|All|Section|Schedule)\b/.test(term)) {
      found.push({ term, paragraph: index, start, end: start + term.length, meaning, denotes: denotation(term, meaning) });
    }
  }
  for (const m of text.matchAll(PAREN)) {
    const term = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].indexOf(term);
    const bounds = sentenceBounds(text, m.index ?? 0);
    const at = m.index ?? 0;
    const from = Math.max(bounds.start, text.lastIndexOf(',', at) + 1, text.lastIndexOf(')', at - 1) + 1);
    const meaning = text
      .slice(from, at)
      .replace(/^.*\bbetween\s+/i, '')
      .replace(/^\s*(?:and|by|with)\s+/i, '')
      .trim();
    found.push({ term, paragraph: index, start, end: start + term.length, meaning, denotes: denotation(term, meaning) });
  }
  return found;
}

const COMPANY = /\b(?:Ltd|Limited|Inc|LLC|LLP|plc|GmbH|Corp|Corporation|Company|S\.A|B\.V|AG|SAS|Pty)\b\.?/;

function escapeTerm(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A party known only by its name ("Acme") is the vendor when it provides the services, the customer when it pays. */
function inferPartyRole(definition: Definition, fullText: string): TermDenotation {
  if (definition.denotes !== 'other' || !COMPANY.test(definition.meaning)) return definition.denotes;
  const term = escapeTerm(definition.term);
  const provides = new RegExp(`\\b${term}\\b (?:shall|will|may|agrees to) (?:provide|make (?:the )?\\w+ available|host|operate|deliver|perform)`).test(fullText);
  const pays = new RegExp(`\\b${term}\\b (?:shall|will|must|agrees to) pay|\\b${term}['’]s (?:Authori[sz]ed )?Users\\b`).test(fullText);
  if (provides && !pays) return 'vendor';
  if (pays && !provides) return 'customer';
  return 'other';
}

function firstTerm(definitions: readonly Definition[], denotes: TermDenotation): string | undefined {
  return definitions.find((d) => d.denotes === denotes)?.term;
}

/** Definitions in document order, the parties and the words to use for placeholders. */
export function extractDefinitions(paragraphs: readonly Paragraph[]): DefinitionsResult {
  const fullText = paragraphs.map((p) => p.text).join('\n');
  const roles = new Map<string, TermDenotation>();
  const definitions = paragraphs
    .flatMap((p, i) => definitionsIn(i, p.text))
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start)
    .map((d) => {
      // Contracts assembled from several documents repeat their definitions; scan the text once per term.
      const denotes = roles.get(d.term) ?? inferPartyRole(d, fullText);
      roles.set(d.term, denotes);
      return { ...d, denotes };
    });
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
    // Bare capitalised nouns: playbook clauses write "{{vendor}} shall" and "this {{agreement}}".
    vendor: vendor ?? 'Vendor',
    customer: customer ?? 'Customer',
    agreement: firstTerm(definitions, 'agreement') ?? 'Agreement',
  };
  return { definitions, parties, terms };
}
