// Runs the clause rules over every sentence and turns their verdicts into located findings (without explanations).
// Pure: imports only engine modules. One finding per category per sentence; ids derive from category and offsets.
import type { Definition, Finding, Paragraph, Parties, Signal } from './types';
import type { Sentence } from './segmentDocument';
import { CUSTOMER_DATA, VENDOR_WORDS } from './lexicon';
import { signal, type ClauseContext, type DetectedClause, type Rule } from './rules/clauseContext';
import { trainingRule } from './rules/trainingRule';
import { aggregatedDataRule, broadLicenseRule, outputOwnershipRule, survivalRetentionRule } from './rules/dataRightsRules';
import { policyByReferenceRule, thirdPartyAiRule } from './rules/sharingRules';
import { auditRule, confidentialityRule, deletionRule, optOutRule } from './rules/protectionRules';

export type ClauseFinding = Omit<Finding, 'explanation' | 'playbookIssue'>;

const RULES: readonly Rule[] = [
  trainingRule,
  aggregatedDataRule,
  broadLicenseRule,
  outputOwnershipRule,
  survivalRetentionRule,
  thirdPartyAiRule,
  policyByReferenceRule,
  optOutRule,
  deletionRule,
  confidentialityRule,
  auditRule,
];

const SWEPT_CONTENT = /\b(?:content|prompts?|queries|inputs?|messages|files|customer data|communications|conversations|documents|uploads?)\b/i;

const INDEMNITY = /\b(?:indemnif\w*|infring\w*)\b/i;
const HEADING_VERB = /\b(?:may|shall|will|must|is|are|means|can|does|do)\b/i;

/** A short line with no verb ("5. Confidentiality", "Data Use") names a topic and grants or promises nothing. */
function isHeadingLike(text: string): boolean {
  return text.length <= 60 && text.split(/\s+/).length <= 5 && !HEADING_VERB.test(text);
}

function escapeTerm(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function alternation(terms: readonly string[]): string {
  return [...new Set(terms)].sort((a, b) => b.length - a.length).map(escapeTerm).join('|');
}

function customerDataPattern(definitions: readonly Definition[]): RegExp {
  const own = definitions.filter((d) => d.denotes === 'customer-data' || d.denotes === 'output' || (d.denotes === 'usage-data' && SWEPT_CONTENT.test(d.meaning)));
  if (own.length === 0) return CUSTOMER_DATA;
  return new RegExp(`\\b(?:${alternation(own.map((d) => d.term))})\\b|${CUSTOMER_DATA.source}`, 'i');
}

function vendorPattern(parties: Parties): RegExp {
  if (parties.vendorAliases.length === 0) return VENDOR_WORDS;
  return new RegExp(`\\b(?:${alternation(parties.vendorAliases)})\\b|${VENDOR_WORDS.source}`, 'i');
}

function locate(sentence: Sentence, clause: DetectedClause): ClauseFinding {
  const id = `${clause.category}-p${sentence.paragraph}-${sentence.start}-${sentence.end}`;
  return {
    id,
    category: clause.category,
    stance: clause.stance,
    severity: clause.severity,
    paragraph: sentence.paragraph,
    start: sentence.start,
    end: sentence.end,
    quote: sentence.text,
    evidence: clause.evidence,
  };
}

/** Binary search over sentences in reading order, so long contracts with many definitions stay linear. */
function sentenceContaining(sentences: readonly Sentence[], paragraph: number, start: number, end: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const s = sentences[mid] as Sentence;
    if (s.paragraph < paragraph || (s.paragraph === paragraph && s.end < end)) lo = mid + 1;
    else hi = mid;
  }
  const found = sentences[lo];
  return found && found.paragraph === paragraph && found.start <= start && end <= found.end ? found : undefined;
}

/** A definition that sweeps customer content into "Usage Data" hands the vendor that content under another name. */
function sweepingDefinitions(definitions: readonly Definition[], sentences: readonly Sentence[], paragraphs: readonly Paragraph[]): ClauseFinding[] {
  return definitions.flatMap((d) => {
    if (d.denotes !== 'usage-data') return [];
    const text = paragraphs[d.paragraph]?.text ?? '';
    const sentence = sentenceContaining(sentences, d.paragraph, d.start, d.end);
    const swept = SWEPT_CONTENT.exec(text.slice(d.end));
    if (!sentence || !swept) return [];
    const sweptStart = d.end + swept.index;
    if (sweptStart >= sentence.end) return [];
    const evidence: Signal[] = [
      { role: 'object', text: d.term, start: d.start, end: d.end },
      { role: 'object', text: swept[0], start: sweptStart, end: sweptStart + swept[0].length },
    ];
    return [locate(sentence, { rule: 'usage-data-sweep', category: 'aggregated-data', stance: 'risk', severity: 'high', evidence })];
  });
}

/** Every finding in the document, in reading order. */
export function detectClauses(
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  definitions: readonly Definition[],
  parties: Parties,
): ClauseFinding[] {
  const customerData = customerDataPattern(definitions);
  const vendor = vendorPattern(parties);
  const found = new Map<string, ClauseFinding>();
  for (const finding of sweepingDefinitions(definitions, sentences, paragraphs)) found.set(finding.id, finding);
  for (const sentence of sentences) {
    // Headings ("5. Confidentiality") name a topic; they grant or promise nothing.
    if (paragraphs[sentence.paragraph]?.isHeading === true || isHeadingLike(sentence.text)) continue;
    const bare: ClauseContext = { sentence, text: sentence.text, paragraphText: paragraphs[sentence.paragraph]?.text ?? '', customerData, vendor, object: undefined, actor: undefined };
    const ctx: ClauseContext = { ...bare, object: signal(bare, 'object', customerData), actor: signal(bare, 'actor', vendor) };
    for (const rule of RULES) {
      for (const clause of rule(ctx)) {
        // Indemnities describe claims about data and outputs; they grant the vendor nothing.
        if (clause.stance === 'risk' && INDEMNITY.test(sentence.text)) continue;
        const finding = locate(sentence, clause);
        if (!found.has(finding.id)) found.set(finding.id, finding);
      }
    }
  }
  return [...found.values()].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.category.localeCompare(b.category));
}
