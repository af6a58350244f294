// Words a contract uses without defining them, read from its text: whether it writes its parties with "the", its
// services name, its word for subcontractors, its start date. Pure: must not import Office, React, the DOM or Node.
import type { Paragraph } from './types';
import { escapeName } from './dataTerms';

/**
 * "the Supplier shall …", "the Trust's data": a party term the contract writes with "the" nearly every time (four
 * in five uses, at least three) takes it in inserted wording too. "Trust Data" is another term's use, and (the "Trust") its definition.
 */
export function takesArticle(paragraphs: readonly Paragraph[], term: string, party = false): boolean {
  // An initialism counts too ("the OEM", "the MSP"); one the contract writes bare ("IBM") fails the count below.
  if (!/^[A-Z][A-Za-z]/.test(term)) return false;
  // Uses inside a longer name ("NHS Foundation Trust") or a compound ("Trust-Specific Models") say nothing of how the
  // party itself is written, and are not counted.
  // A party the contract names one of many ("each a "Practice"": "each Practice", "that Practice's data") is never
  // written bare either; "the Practice" reads in inserted wording where "Practice grants" does not (audit211, 466).
  const determiner = party ? String.raw`(?:[Tt]he|[Ee]ach|[Aa]n?|[Tt]hat|[Ee]very)` : '[Tt]he';
  const opener = party ? '(?:The|Each|An?|That|Every)' : 'The';
  const uses = new RegExp(`(\\b${determiner}\\s+)?(?<!["“]|\\b(?!${opener}\\b)[A-Z][\\w’'-]*\\s)\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?!\\s+[A-Z][a-z]|-)`, 'g');
  let withArticle = 0;
  let all = 0;
  for (const paragraph of paragraphs) {
    for (const use of paragraph.text.matchAll(uses)) {
      all++;
      if (use[1] !== undefined) withArticle++;
    }
  }
  return withArticle >= 3 && withArticle >= 0.8 * all;
}

/** "subcontractors", "sub-processors": the contract's own word where it defines none, the one it uses most. */
const SUBPROCESSOR_IN_TEXT = /\b(sub-?(?:processor|contractor))s?\b/gi;
export function subprocessorInUse(paragraphs: readonly Paragraph[]): string | undefined {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs) {
    for (const m of paragraph.text.matchAll(SUBPROCESSOR_IN_TEXT)) {
      const word = m[1] as string;
      const at = m.index ?? 0;
      // "5. MODEL PARTNERS AND SUB-PROCESSORS" is a heading in capitals, and "the Sub-processor Page" a longer name:
      // neither is the word the contract writes for them (audit77: "SUB-PROCESSORs", "Sub-processors" undefined).
      if (word === word.toUpperCase() || /^s?\s+[A-Z]/.test(paragraph.text.slice(at + word.length))) continue;
      // "AI Subprocessor" is a longer name too, for one kind of them (audit106: 274 was written "Subprocessor").
      const near = paragraph.text.slice(Math.max(0, at - 24), at);
      if (/^[A-Z]/.test(word) && near.endsWith(' ') && /^["“(]?[A-Z]/.test(near.trimEnd().split(' ').pop() ?? '')) continue;
      const before = paragraph.text.slice(0, at).trim();
      const opensSentence = before === '' || /^(?:[A-Z]?\d+(?:\.\d+)*\.?|\([a-z0-9]+\))$/.test(before) || /[.:;]$/.test(before);
      const written = opensSentence ? word.toLowerCase() : word;
      counts.set(written, (counts.get(written) ?? 0) + 1);
    }
  }
  const most = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  // The playbook's own word needs no entry.
  return most === 'subprocessor' ? undefined : most;
}

/**
 * "its other customers", "our other clients", "Vendor's other lending partners": the contract's own words for the
 * vendor's other customers, the most used, so the playbook's "the data of other customers" says what the contract says.
 */
const OTHER_CUSTOMERS_IN_TEXT = /\b(?:its|our|their|[A-Z][\w-]*['’]s)\s+other\s+((?:[a-z-]+\s)?(?:customers|clients|subscribers|licensees|purchasers|buyers|members|partners|carriers|merchants|retailers|institutions|districts|schools|employers|lenders|banks|insurers|users))\b/g;
export function otherCustomersInUse(paragraphs: readonly Paragraph[], customer?: string): string | undefined {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs) for (const m of paragraph.text.matchAll(OTHER_CUSTOMERS_IN_TEXT)) counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
  const most = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (most !== undefined) return most === 'customers' ? undefined : `other ${most}`;
  return customerRoleInUse(paragraphs, customer);
}

/**
 * "any other principal", "all of its principals": the customer's own role word, written in lower case, is what the
 * contract calls the vendor's customers ("Principal" is this customer; "principals" are all of them).
 */
function customerRoleInUse(paragraphs: readonly Paragraph[], customer?: string): string | undefined {
  if (!customer || !/^[A-Z][a-z]+$/.test(customer) || /^(?:Customer|Client)$/.test(customer)) return undefined;
  const role = customer.toLowerCase();
  const plural = role.endsWith('s') ? role : `${role}s`;
  const used = new RegExp(`\\b(?:its|our|their|other)\\s+(?:other\\s+)?(?:${role}|${plural})\\b`);
  return paragraphs.some((p) => used.test(p.text)) ? `other ${plural}` : undefined;
}

/** "the Services", "the Platform" capitalised throughout: a name the contract uses as defined (three uses at least). */
const SERVICES_IN_TEXT = /\bthe ((?:Subscription |Cloud |Hosted )?(?:Services|Service|Platform|Software|Solution))\b/g;
/**
 * The contract's word for what the vendor provides: its defined term, unless the body never uses that term again and
 * writes another ("Product: Quillmate Agent – Enterprise Plan …" on the Order Form, then "the Services" thirty times in
 * the terms; audit219, 482 wrote "the Product", a word the terms never use, into its clauses).
 */
export function servicesTerm(defined: string | undefined, paragraphs: readonly Paragraph[]): string | undefined {
  const inUse = servicesInUse(paragraphs);
  if (defined === undefined || inUse === undefined || inUse === defined) return defined ?? inUse;
  const named = new RegExp(`\\b${escapeName(defined)}\\b`, 'g');
  const uses = paragraphs.reduce((sum, paragraph) => sum + (paragraph.text.match(named)?.length ?? 0), 0);
  return uses >= 2 ? defined : inUse;
}

export function servicesInUse(paragraphs: readonly Paragraph[]): string | undefined {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs) for (const m of paragraph.text.matchAll(SERVICES_IN_TEXT)) counts.set(m[1] as string, (counts.get(m[1] as string) ?? 0) + 1);
  const [name, uses] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  return name !== undefined && (uses ?? 0) >= 3 ? name : undefined;
}

// "the Order Effective Date": a start date named for the document that sets it (228).
/** "Order ", "Agreement ": the document a start date may be named for ("the Order Effective Date"). */
export const START_DATE_OWNER = String.raw`(?:(?:Order|Agreement|Contract|Subscription|Addendum)\s+)?`;
const START_DATE_IN_TEXT = new RegExp(String.raw`\bthe (${START_DATE_OWNER}(?:Effective|Commencement) Date)\b`);
export function startDateInUse(paragraphs: readonly Paragraph[]): string | undefined {
  for (const paragraph of paragraphs) {
    const found = START_DATE_IN_TEXT.exec(paragraph.text)?.[1];
    if (found) return found;
  }
  return undefined;
}

/** "Section 5.2", "clause 9.4", "paragraph 4": the word a contract uses when it refers to its own provisions. */
const PROVISION_REFERENCE = /\b(Sections?|sections?|Clauses?|clauses?|Paragraphs?|paragraphs?|Articles?)\s+\(?[0-9]/g;
const STATUTE_BEFORE = /(?:C\.F\.R\.|U\.S\.C\.|CFR|USC)\s*$/;
const OTHER_DOCUMENT_AFTER = /^[\w.()]*\s+of\s+(?:the\s+)?(?!Agreement\b|Terms\b|Contract\b)[A-Z]/;
export function provisionInUse(paragraphs: readonly Paragraph[]): string | undefined {
  const counts = new Map<string, number>();
  for (const paragraph of paragraphs) {
    for (const m of paragraph.text.matchAll(PROVISION_REFERENCE)) {
      const at = m.index ?? 0;
      // "45 C.F.R. Section 164.514(b)", "Section 7 of the Act": a statute's or another document's numbering, not the
      // contract's word for its own provisions (492 wrote "this Section 4.9" in a contract that says "Clause").
      if (STATUTE_BEFORE.test(paragraph.text.slice(Math.max(0, at - 12), at)) || OTHER_DOCUMENT_AFTER.test(paragraph.text.slice(at + m[0].length, at + m[0].length + 40))) continue;
      const word = (m[1] as string).replace(/s$/, '');
      // An "Article" is a whole part, not a provision the review refers to: it never outvotes "Section".
      if (/^article$/i.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const most = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  // The playbook's own word needs no entry (a contract that writes "Clause 4.2" keeps its capital).
  return most === undefined || most === 'clause' ? undefined : most;
}

/**
 * "will" when the contract promises with "will" and "must" rather than "shall" ("Tessellate will delete …", "Client
 * must pay …"): a clause inserted with "shall" reads as someone else's drafting. A stray "shall" or two does not
 * change the contract's habit.
 */
export function modalInUse(paragraphs: readonly Paragraph[]): 'will' | 'must' | undefined {
  let shall = 0;
  let will = 0;
  let must = 0;
  for (const paragraph of paragraphs) {
    shall += paragraph.text.match(/\bshall\b/gi)?.length ?? 0;
    will += paragraph.text.match(/\bwill\b/gi)?.length ?? 0;
    must += paragraph.text.match(/\bmust\b/gi)?.length ?? 0;
  }
  if (will + must < 4 || shall * 5 > will + must) return undefined;
  // "The Supplier must …" in every obligation (government drafting): inserted duties say "must" too, never "will",
  // which reads as a statement of intent there (lawyer audit of 87).
  return must >= 4 && must >= 2 * will ? 'must' : 'will';
}

/** "As between the Parties", "Either Party may": the contract capitalises its word for the parties (twice at least, and more often than not). */
export function partiesCapitalisedInUse(paragraphs: readonly Paragraph[]): boolean {
  let capital = 0;
  let lower = 0;
  for (const { text } of paragraphs) {
    for (const m of text.matchAll(PARTY_WORD)) {
      if (m[1]?.startsWith('P')) capital++;
      else lower++;
    }
  }
  return capital >= 2 && capital > lower;
}
const PARTY_WORD = /\b(?:the|either|each|both|neither|other|a)\s+["“]?([Pp]art(?:y|ies))\b/gi;

/** A number written in words ("thirty", "forty-eight"), before a unit of time. */
const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?';
const WORDS_ONLY = new RegExp(`\\b${NUMBER_WORD}\\s+(?:business\\s+|calendar\\s+|working\\s+)?(?:days?|months?|years?|hours?)\\b`, 'gi');
const WORDS_AND_DIGITS = new RegExp(`\\b${NUMBER_WORD}\\s+\\(\\d+\\)`, 'gi');
/** "30 days", "20 Business Days": a period in numerals alone (not the "(30)" after its words). */
const DIGITS_ONLY = /(?<![(\d])\b\d{1,3}\s+(?:business\s+|calendar\s+|working\s+)?(?:days?|months?|years?|hours?)\b/gi;

/**
 * "words" when the contract writes its periods in words alone ("within sixty days", "forty-eight hours") and never as
 * "thirty (30) days": inserted wording does the same (a lawyer audit marked "thirty (30)" beside the contract's style).
 */
export function numbersInUse(paragraphs: readonly Paragraph[]): 'words' | 'digits' | undefined {
  let words = 0;
  let both = 0;
  let digits = 0;
  for (const { text } of paragraphs) {
    words += text.match(WORDS_ONLY)?.length ?? 0;
    both += text.match(WORDS_AND_DIGITS)?.length ?? 0;
    digits += text.match(DIGITS_ONLY)?.length ?? 0;
  }
  if (both > 0) return undefined;
  // "within 30 days", "20 Business Days": numerals alone, and inserted periods are written so (lawyer audit of 87).
  if (digits >= 3 && digits > 2 * words) return 'digits';
  return words >= 2 ? 'words' : undefined;
}

/** US or UK spelling by the contract's own usage: "licence" is English only; then "-ize" against "-ise" words. */
const IZE_STEMS = /\b(?:organi|authori|recogni|anonymi|pseudonymi|minimi|optimi|personali|categori|summari|characteri|utili|finali|priori|standardi)(z|s)(?:e|es|ed|ing|ation|ations)\b/gi;

export function spellingOf(paragraphs: readonly Paragraph[]): 'us' | 'uk' {
  let us = 0;
  let uk = 0;
  let usLicense = false;
  for (const p of paragraphs) {
    if (/\blicences?\b/i.test(p.text)) return 'uk';
    usLicense ||= /\blicenses?\b/i.test(p.text);
    for (const m of p.text.matchAll(IZE_STEMS)) {
      if ((m[1] ?? '').toLowerCase() === 'z') us++;
      else uk++;
    }
  }
  if (us !== uk) return us > uk ? 'us' : 'uk';
  return usLicense ? 'us' : 'uk';
}

/** '"Term" means …', '(the "Term")', or "the Term" written twice mid-sentence: the contract names its own duration. */
const TERM_DEFINED = /["“]Term["”]/;
const TERM_USED = /\bthe Term\b(?! Sheet)/g;
export function termInUse(paragraphs: readonly Paragraph[]): 'Term' | undefined {
  let uses = 0;
  for (const paragraph of paragraphs) {
    if (TERM_DEFINED.test(paragraph.text)) return 'Term';
    uses += paragraph.text.match(TERM_USED)?.length ?? 0;
  }
  return uses >= 2 ? 'Term' : undefined;
}

/** Words a contract defines for a party that name no one by themselves. */
const PRONOUN_ALIAS = /^(?:we|us|our|you|your|it|its|they|them|their)$/i;

/**
 * The name a party is written with: '("Corrigan" or the "Provider")' names it twice, and where the body writes one far
 * more often (37 "the Provider" to one "Corrigan", audit215 473), inserted wording follows the body; otherwise the
 * first name defined.
 */
export function partyNameInUse(aliases: readonly string[], paragraphs: readonly Paragraph[]): string | undefined {
  const first = aliases[0];
  // A party goes by a name or two; only the first few are weighed, so a document defining a party in every paragraph
  // is not read once per name (red team E5).
  const names = aliases.filter((alias) => /^\p{Lu}/u.test(alias) && !PRONOUN_ALIAS.test(alias)).slice(0, 3);
  if (first === undefined || names.length < 2) return first;
  const text = paragraphs.map((p) => p.text).join('\n');
  const uses = (name: string) => text.split(name).length - 1;
  const best = names.reduce((chosen, name) => (uses(name) > uses(chosen) ? name : chosen), first);
  return uses(best) >= 3 * Math.max(1, uses(first)) ? best : first;
}
