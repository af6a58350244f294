// Runs the rule table over one sentence's frame: which rules fired, which were vetoed and why, and the verdict per
// category. Pure: imports only the rule table, the frame and engine types.
import type { CategoryId, Severity, Signal, SignalRole, Stance } from '../types';
import type { ClauseFrame, Cue } from '../reading/frame';
import type { ParagraphFacts, Rule, RuleInput, Veto } from './ruleTypes';
import { RULE_TABLE } from './ruleTable';
import { itemOfListedBan } from './queries';
import { describedUse, signatureBlock } from './describedUse';

export interface Verdict {
  readonly category: CategoryId;
  readonly stance: Stance;
  readonly severity: Severity;
  /** Every rule that fired for this category in the sentence, the deciding one first. */
  readonly rules: readonly string[];
  readonly evidence: readonly Signal[];
  /** A limit a rule puts on the finding ("only if Customer authorises it"). */
  readonly scope?: string;
}

export interface RuleOutcome {
  readonly verdicts: readonly Verdict[];
  readonly fired: readonly string[];
  readonly vetoed: readonly { readonly rule: string; readonly reason: string }[];
}

const ROLE_OF: Partial<Record<string, SignalRole>> = {
  negator: 'prohibition', negDeterminer: 'prohibition', negatingVerb: 'prohibition', modal: 'permission', grantVerb: 'permission',
  exceptionOpener: 'exception', conditionOpener: 'exception', consentCue: 'exception', optOutVerb: 'exception', wishCue: 'exception',
  vendorWe: 'actor', vendorRole: 'actor', docVendor: 'actor', providerName: 'actor', thirdParty: 'actor', affiliates: 'actor',
  customerYou: 'actor', customerRole: 'actor', docCustomer: 'actor', trainVerb: 'purpose', improveVerb: 'purpose', aiNoun: 'purpose',
  aiAcronym: 'purpose', customerServing: 'purpose', vendorEnds: 'purpose', safetyPurpose: 'purpose', anyPurpose: 'modifier',
  licenceBreadth: 'modifier', wideUse: 'modifier', openEnded: 'modifier', limiter: 'modifier',
};

function toSignals(cues: readonly (Cue | undefined)[]): Signal[] {
  const seen = new Set<string>();
  const signals: Signal[] = [];
  for (const c of cues) {
    if (!c || seen.has(`${c.start}:${c.end}`)) continue;
    seen.add(`${c.start}:${c.end}`);
    signals.push({ role: ROLE_OF[c.set] ?? 'object', text: c.text, start: c.start, end: c.end });
  }
  return signals.sort((a, b) => a.start - b.start);
}

// A risk outranks everything; a specific protection outranks a neutral note on the same category.
const STANCE_RANK: Record<Stance, number> = { risk: 3, protective: 2, neutral: 1 };

interface ScopeMark {
  readonly stance: Stance;
  readonly scope: string | undefined;
}

/** A rule's limit holds only when every rule that fired with the deciding stance states it; one unlimited reading wins. */
function ruleScope(marks: readonly ScopeMark[], stance: Stance): string | undefined {
  let scope: string | undefined;
  for (const mark of marks) {
    if (mark.stance !== stance) continue;
    if (mark.scope === undefined) return undefined;
    scope ??= mark.scope;
  }
  return scope;
}

/**
 * "Licensee shall not, and shall procure that its Affiliates do not:" / "(b) sell, sublicense or publish the Licensed
 * Content;": an item under a lead-in that forbids the other side's use is one of the things forbidden, never a grant.
 */
const LISTED_BAN: Veto = {
  reason: 'an item of a list whose lead-in forbids it ("shall not:") is one of the things forbidden, not a right granted',
  when: itemOfListedBan,
};

function firstVeto(rule: Rule, input: RuleInput): Veto | undefined {
  if (rule.stance === 'risk' && LISTED_BAN.when(input)) return LISTED_BAN;
  if (!rule.vetoes) return undefined;
  for (const veto of rule.vetoes) if (veto.when(input)) return veto;
  return undefined;
}

function vetoedRule(vetoed: readonly { readonly rule: string }[], id: string): boolean {
  for (const v of vetoed) if (v.rule === id) return true;
  return false;
}

function severityOf(rule: Rule, input: RuleInput): Severity {
  return typeof rule.severity === 'function' ? rule.severity(input) : rule.severity;
}

export function evaluateRules(frame: ClauseFrame, paragraph: ParagraphFacts, table: readonly Rule[] = RULE_TABLE): RuleOutcome {
  const byCategory = new Map<CategoryId, { stance: Stance; severity: Severity; rules: string[]; evidence: (Cue | undefined)[]; scopes: ScopeMark[] }>();
  const fired: string[] = [];
  const vetoed: { rule: string; reason: string }[] = [];
  // A recital ("WHEREAS the Vendor has developed a platform …") tells the background; the operative clauses decide.
  if (frame.isRecital) return { verdicts: [], fired: [], vetoed: [{ rule: 'recital', reason: 'a recital tells the background of the contract; it grants and promises nothing' }] };
  if (signatureBlock(frame)) return { verdicts: [], fired: [], vetoed: [{ rule: 'signature', reason: 'a signature block signs; it grants and promises nothing' }] };
  // A heading alone ("8. Audit", "6. Data Protection", "EXHIBIT B – SUBPROCESSORS") names a topic: the clauses under it
  // promise or grant. A heading that says no ("No Training on Customer Data") is read as a statement.
  if (frame.isTitle && frame.predicates.every((p) => p.polarity === 'positive' && p.modal === undefined)) {
    return { verdicts: [], fired: [], vetoed: [{ rule: 'heading', reason: 'a heading names a topic; the clauses under it grant and promise' }] };
  }
  for (const predicate of frame.predicates) {
    // A question ("Do you train on my chats?") asks; the answer that follows is read on its own.
    if (predicate.question) {
      if (!vetoedRule(vetoed, 'question')) vetoed.push({ rule: 'question', reason: 'a question asks; it grants and promises nothing' });
      continue;
    }
    const input: RuleInput = { frame, predicate, paragraph };
    // "This AI Addendum describes how Occlusa uses Customer Data …": the clauses that follow grant, not the description
    // (the incorporation of a document that does so is still read as one).
    const described = describedUse(frame, predicate);
    // Plain loops: a closure per rule and clause was a large share of the engine's garbage.
    for (const rule of table) {
      if (!rule.when(input)) continue;
      if (described && rule.stance === 'risk' && rule.category !== 'policy-by-reference') {
        if (!vetoedRule(vetoed, rule.id)) vetoed.push({ rule: rule.id, reason: 'the sentence says what a document describes; the clauses it introduces grant' });
        continue;
      }
      const veto = firstVeto(rule, input);
      if (veto) {
        if (!vetoedRule(vetoed, rule.id)) vetoed.push({ rule: rule.id, reason: veto.reason });
        continue;
      }
      if (!fired.includes(rule.id)) fired.push(rule.id);
      const current = byCategory.get(rule.category);
      const mark = { stance: rule.stance, scope: rule.scope?.(input) };
      if (current) {
        current.scopes.push(mark);
        if (!current.rules.includes(rule.id)) current.rules.push(rule.id);
        // Across the sentence's clauses the worst reading for the customer decides: a risk beats a neutral note.
        if (STANCE_RANK[rule.stance] > STANCE_RANK[current.stance]) {
          current.stance = rule.stance;
          current.severity = severityOf(rule, input);
          current.evidence = [...rule.evidence(input)];
          current.rules.splice(current.rules.indexOf(rule.id), 1);
          current.rules.unshift(rule.id);
        }
        continue;
      }
      byCategory.set(rule.category, {
        stance: rule.stance, severity: severityOf(rule, input), rules: [rule.id], evidence: [...rule.evidence(input)], scopes: [mark],
      });
    }
  }
  const verdicts = [...byCategory.entries()].map(([category, v]) => {
    const scope = ruleScope(v.scopes, v.stance);
    return { category, stance: v.stance, severity: v.severity, rules: v.rules, evidence: toSignals(v.evidence), ...(scope !== undefined ? { scope } : {}) };
  });
  return { verdicts, fired, vetoed };
}
