// Reports protections the contract lacks, each with the paragraph after which a new clause belongs.
// Pure: imports only engine modules. Only runs when the contract lets the vendor handle customer data.
import type { CategoryId, ContractTerms, Definition, MissingProtection, Paragraph, ProtectionId } from './types';
import type { ClauseFinding } from './detectFindings';
import { MISSING_TEXT } from './explanations';
import { fillTerms } from './explainFinding';
import { looksLikeHeading } from './paragraphsFromText';

export type MissingDraft = Omit<MissingProtection, 'playbookIssue'>;

export const TERMINATION_PARAGRAPH = /\b(?:terminat\w*|expir\w*)\b/i;

export function lastParagraphOf(findings: readonly ClauseFinding[], categories: readonly CategoryId[]): number | undefined {
  // A loop, not Math.max(...spread): a huge document can have more findings than a call may take arguments.
  let last: number | undefined;
  for (const f of findings) if (categories.includes(f.category) && (last === undefined || f.paragraph > last)) last = f.paragraph;
  return last;
}

export function lastMatching(paragraphs: readonly Paragraph[], pattern: RegExp): number | undefined {
  for (let i = paragraphs.length - 1; i >= 0; i--) if (pattern.test(paragraphs[i]?.text ?? '')) return i;
  return undefined;
}

/** "3.4" or "Section 3.4" at a paragraph's start: its section is "3". */
const SECTION_NUMBER = /^\s*(?:(?:section|clause|article)\s+)?(\d+)[.)]?\d*/i;

/**
 * The section a paragraph belongs to: its number ("3.4" is in 3), or, where clauses are numbered "(1)", "(2)" under
 * headings ("§ 5 AI Features Notice"), the nearest heading above it (at most 60 paragraphs up).
 */
function sectionOf(paragraphs: readonly Paragraph[], index: number): string | undefined {
  const numbered = SECTION_NUMBER.exec(paragraphs[index]?.text ?? '')?.[1];
  if (numbered !== undefined) return numbered;
  // Word gives a heading its style; a contract typed in body text still writes "§ 5 AI Features Notice" on its own line.
  for (let i = index - 1; i >= 0 && i >= index - 60; i--) if (paragraphs[i]?.isHeading || looksLikeHeading(paragraphs[i]?.text.trim() ?? '')) return `heading ${i}`;
  return undefined;
}

/** "SCHEDULE 3 – AI SCHEDULE", "Annex 1", "ORDER FORM", "Statement of Work No. 1": a part after the contract's body. */
const PART_HEADING = /^\s*(?:SCHEDULE|ANNEX|EXHIBIT|APPENDIX|ORDER FORM|STATEMENT OF WORK|(?:Schedule|Annex|Exhibit|Appendix)\s+(?:\d+|[A-Z])\b|Order Form\s*$|Statement of Work\b)/;

/** "1.03 "Benchmark Data" means …": a definition, which says what a word means, not what the vendor may do. */
const DEFINES = /^[^"“]{0,40}["“][^"”]{2,60}["”]\s+(?:means|shall\s+mean|refers\s+to|has\s+the\s+meaning)\b/;

/**
 * The last paragraph of the numbered section where most clauses give the vendor these rights (the contract's data-use
 * section, not the termination clause that mentions anonymised data once, nor the AI-feature section that names its
 * model provider in three clauses, nor the definitions); the last such paragraph when nothing is numbered. Clauses,
 * not findings, are counted: one long clause read four ways is still one clause.
 */
export function busiestSection(paragraphs: readonly Paragraph[], findings: readonly ClauseFinding[], categories: readonly CategoryId[]): number | undefined {
  const relevant = findings.filter((f) => categories.includes(f.category) && !DEFINES.test(paragraphs[f.paragraph]?.text ?? ''));
  // A schedule numbers its paragraphs "1.", "2." again, and an order form is no place for a clause: the body's
  // sections are counted when any of them deals with the data.
  const bodyEnd = paragraphs.findIndex((p, i) => i > 0 && PART_HEADING.test(p.text) && p.text.trim().length <= 80);
  const inBody = bodyEnd < 0 ? relevant : relevant.filter((f) => f.paragraph < bodyEnd);
  const counted = inBody.length > 0 ? inBody : relevant;
  const sections = new Map<string, { clauses: Set<number>; last: number }>();
  for (const f of counted) {
    const section = sectionOf(paragraphs, f.paragraph);
    if (section === undefined) continue;
    const entry = sections.get(section) ?? { clauses: new Set<number>(), last: f.paragraph };
    entry.clauses.add(f.paragraph);
    sections.set(section, { clauses: entry.clauses, last: Math.max(entry.last, f.paragraph) });
  }
  let best: { clauses: Set<number>; last: number } | undefined;
  for (const entry of sections.values()) if (!best || entry.clauses.size > best.clauses.size) best = entry;
  return best?.last ?? lastParagraphOf(findings, categories);
}

/** Providers are bound already when a sentence about them also forbids training or limits what they may do. */
function hasFlowDown(findings: readonly ClauseFinding[]): boolean {
  const limited = findings.filter((f) => f.category === 'third-party-ai' && f.stance !== 'risk');
  const bans = new Set(findings.filter((f) => f.category === 'no-training').map((f) => `${f.paragraph}:${f.start}`));
  return limited.length > 0 || findings.some((f) => f.category === 'third-party-ai' && bans.has(`${f.paragraph}:${f.start}`));
}

/**
 * "Our contracts require AI Partners … to delete them within 30 days": a deletion flowed down to providers in the same
 * sentence is theirs; the vendor's own deletion at the end is still missing (171 once "and to delete" was read).
 */
// "delete all Client Materials from the Platform and from the systems of its sub-processors": the vendor's own deletion,
// reaching its sub-processors too; only a sentence about the providers' duties flows the deletion down (178 § 10.3).
type Placed = Pick<ClauseFinding, 'category' | 'paragraph' | 'start' | 'rules'>;
export function flowedDown(f: Placed, findings: readonly Placed[]): boolean {
  return f.category === 'deletion' &&
    // A row of the provider list ("… Licensee Data not retained after the response is returned") reads as it did before
    // rows were read as providers: the review's missing-deletion clause is decided as it was (agreement-10).
    findings.some((t) => t.category === 'third-party-ai' && t.paragraph === f.paragraph && t.start === f.start && !t.rules.every((rule) => rule === 'subprocessors' || rule === 'provider-row'));
}

/** A contract reports missing protections only when it deals with the customer's data at all. */
export function handlesCustomerData(findings: readonly ClauseFinding[], definitions: readonly Definition[]): boolean {
  return findings.length > 0 || definitions.some((d) => d.denotes === 'customer-data');
}

export function findMissingProtections(
  paragraphs: readonly Paragraph[],
  findings: readonly ClauseFinding[],
  definitions: readonly Definition[],
  terms: ContractTerms,
): MissingDraft[] {
  if (!handlesCustomerData(findings, definitions) || paragraphs.length === 0) return [];
  const last = paragraphs.length - 1;
  const has = (category: CategoryId): boolean => findings.some((f) => f.category === category && f.stance === 'protective');
  const dataDefinition = definitions.find((d) => d.denotes === 'customer-data')?.paragraph;
  const missing: { category: ProtectionId; at: number }[] = [];
  if (!has('no-training')) {
    missing.push({ category: 'no-training', at: lastParagraphOf(findings, ['ai-training', 'service-improvement', 'opt-out', 'aggregated-data']) ?? dataDefinition ?? last });
  }
  if (!findings.some((f) => f.category === 'deletion' && f.stance === 'protective' && !flowedDown(f, findings))) missing.push({ category: 'deletion', at: lastMatching(paragraphs, TERMINATION_PARAGRAPH) ?? last });
  // The audit verifies the data-use terms, so it goes with them: under a confidentiality clause it would fall within
  // whatever liability carve-out or survival that clause carries, which nobody agreed for an audit.
  const dataUse = busiestSection(paragraphs, findings, ['no-training', 'ai-training', 'service-improvement', 'aggregated-data', 'third-party-ai', 'broad-license', 'opt-out']);
  if (!has('audit')) missing.push({ category: 'audit', at: dataUse ?? lastParagraphOf(findings, ['confidentiality']) ?? last });
  const thirdParty = lastParagraphOf(findings.filter((f) => f.stance === 'risk'), ['third-party-ai']);
  if (thirdParty !== undefined && !hasFlowDown(findings)) missing.push({ category: 'model-provider-flow-down', at: thirdParty });
  return missing.map((m) => ({ category: m.category, insertAfterParagraph: m.at, explanation: fillTerms(MISSING_TEXT[m.category], terms) }));
}
