// The decision record kept inside the document: one versioned XML format, validated with zod, shared by the pane
// (a custom XML part, or the document's settings) and the .docx CLI (a custom XML part). A record that is corrupt or
// from a newer version is reported and left alone. Pure: must not import Office, React, the DOM globals, fs or jszip.
import { z } from 'zod';
import { PROTECTION_IDS, PROTECTIVE_CATEGORIES, RISK_CATEGORIES } from '../engine/types';
import { childElements, parseXml, serializeXml } from '../ooxml/xmlDom';
import { POSITION_IDS } from '../playbook/schema';
import { FINGERPRINT_PATTERN } from './fingerprint';

/** The namespace of the record's root element: how the pane and the CLI find their part among others. */
export const DECISION_NAMESPACE = 'urn:ai-data-terms:decision-record';
export const DECISION_RECORD_VERSION = 1;
/** More decisions than any contract has findings; a bigger record is not ours or is damaged. */
const MAX_DECISIONS = 5000;

const CATEGORY_IDS = [...new Set<string>([...RISK_CATEGORIES, ...PROTECTIVE_CATEGORIES, ...PROTECTION_IDS])] as [string, ...string[]];

export const DecisionSchema = z.strictObject({
  fingerprint: z.string().regex(FINGERPRINT_PATTERN, 'is not a fingerprint this version writes'),
  category: z.enum(CATEGORY_IDS),
  status: z.enum(['open', 'redlined', 'accepted', 'dismissed']),
  /** The playbook position that was redlined. */
  position: z.enum(POSITION_IDS).optional(),
  /** Why it was accepted as is or dismissed. */
  reason: z.string().max(2000).optional(),
  /** The comment inserted with the redline, if any. */
  comment: z.string().max(4000).optional(),
  /** Zero-based paragraph of the clause when decided (informative: matching goes by fingerprint). */
  paragraph: z.number().int().min(0),
  /** The clause's own number when decided ("3.3"), for showing decisions whose clause is gone. */
  clause: z.string().max(80).optional(),
});

export type Decision = z.infer<typeof DecisionSchema>;

const RecordSchema = z.strictObject({
  version: z.literal(DECISION_RECORD_VERSION),
  decisions: z.array(DecisionSchema).max(MAX_DECISIONS, `holds more than ${MAX_DECISIONS} decisions`),
});

export type RecordProblem = 'corrupt' | 'newer';

export type ParsedRecord =
  | { readonly ok: true; readonly decisions: readonly Decision[] }
  | { readonly ok: false; readonly problem: RecordProblem; readonly message: string };

const ATTRIBUTES = ['fingerprint', 'category', 'status', 'position', 'paragraph', 'clause'] as const;
const CHILDREN = ['reason', 'comment'] as const;

export function serializeDecisionRecord(decisions: readonly Decision[]): string {
  const parsed = parseXml(`<decisionRecord xmlns="${DECISION_NAMESPACE}" version="${DECISION_RECORD_VERSION}"/>`);
  if (!parsed.ok) throw new Error(parsed.error);
  const dom = parsed.dom;
  const root = dom.documentElement!;
  for (const decision of decisions) {
    const element = dom.createElementNS(DECISION_NAMESPACE, 'decision');
    for (const name of ATTRIBUTES) {
      const value = decision[name];
      if (value !== undefined) element.setAttribute(name, String(value));
    }
    for (const name of CHILDREN) {
      const value = decision[name];
      if (value === undefined) continue;
      const child = dom.createElementNS(DECISION_NAMESPACE, name);
      child.appendChild(dom.createTextNode(value));
      element.appendChild(child);
    }
    root.appendChild(element);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${serializeXml(root)}`;
}

export function parseDecisionRecord(xml: string): ParsedRecord {
  const corrupt = (why: string): ParsedRecord => ({ ok: false, problem: 'corrupt', message: `the decision record is damaged (${why})` });
  const parsed = parseXml(xml);
  if (!parsed.ok) return corrupt(`not well-formed XML: ${parsed.error}`);
  const root = parsed.dom.documentElement;
  if (!root || root.namespaceURI !== DECISION_NAMESPACE || root.localName !== 'decisionRecord') return corrupt('it is not an AI Data Terms decision record');
  const version = Number(root.getAttribute('version'));
  if (!Number.isInteger(version) || version < 1) return corrupt('it has no valid version');
  if (version > DECISION_RECORD_VERSION) {
    return { ok: false, problem: 'newer', message: `the decision record was written by a newer version of AI Data Terms (format ${version}; this one reads ${DECISION_RECORD_VERSION})` };
  }
  const decisions = childElements(root).map((element) => {
    const raw: Record<string, unknown> = { _element: element.localName };
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null && value !== '') raw[name] = name === 'paragraph' ? Number(value) : value;
    }
    for (const child of childElements(element)) raw[child.localName ?? ''] = child.textContent ?? '';
    return raw;
  });
  const wrongElement = decisions.findIndex((raw) => raw._element !== 'decision');
  if (wrongElement >= 0) return corrupt(`entry ${wrongElement + 1} is not a decision`);
  const result = RecordSchema.safeParse({ version, decisions: decisions.map(({ _element: _ignored, ...rest }) => rest) });
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? `${issue.path.map((part) => (typeof part === 'number' ? part + 1 : String(part))).join('.')}: ` : '';
    return corrupt(`${where}${issue?.message ?? 'invalid'}`);
  }
  return { ok: true, decisions: result.data.decisions };
}

/** Replaces the decision with the same fingerprint (or adds it); an `open` decision is removed, not stored. */
export function withDecision(decisions: readonly Decision[], decision: Decision): Decision[] {
  const rest = decisions.filter((existing) => existing.fingerprint !== decision.fingerprint);
  return decision.status === 'open' ? rest : [...rest, decision];
}
