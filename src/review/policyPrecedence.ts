// "If there is an inconsistency between this AI Addendum and the AI Use Policy, the AI Use Policy prevails": a policy
// the vendor may change, ranked above the contract, undoes every protection the review writes there, however the
// policy's version is fixed (audit152 and audit156, 355 § A.12; audit151, 357 § 5.6; 333 § 1.2 "save that the AI
// Policy shall prevail over clause 7"). The contract then wins the conflict instead; the clause keeps its order for
// everything else. Only a policy the analysis reads as the vendor's (a policy-by-reference risk names it) is touched:
// the customer's own security policy prevailing is a protection. Pure: engine types and the review's helpers.
import { applyOps } from '../engine/applyOps';
import type { Analysis, Paragraph, RedlineOp } from '../engine/types';
import type { PlaybookIssue } from '../playbook/schema';
import { joinOps } from './joinOps';
import { conformingEdit, type EditItem, type ReviewChoices, type ReviewItem } from './reviewItems';
import { commentWording } from './wording';

/** "the AI Use Policy", "Harrowgate's Acceptable Use Policy", "the Policies": a document named as a policy. */
const POLICY = String.raw`(?:(?:the|any|our|its)\s+|[A-Z][\w-]*['’]s\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:Polic(?:y|ies)|Guidelines|Statement|Documentation)`;
/** "this AI Addendum", "these Terms", "the Agreement": the contract, or the part of it in conflict. */
const CONTRACT = String.raw`(?:this|these|the)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Agreement|Addendum|Terms|Schedule|Exhibit|Annex|Appendix|Supplement|Contract)`;
const BETWEEN = new RegExp(String.raw`\b(?:inconsistency|inconsistencies|conflicts?|discrepancy|discrepancies)\s+between\s+(${CONTRACT}|${POLICY})\s+and\s+(${CONTRACT}|${POLICY})\b`);
/** ", the AI Use Policy prevails except in relation to clause A.7": the winner, its verb and any exception to its rank. */
const WINS = String.raw`\s+((?:shall|will)\s+(?:prevail|control|govern|take\s+precedence)|prevails|controls|governs|takes\s+precedence)\b(\s+(?:except|save|other\s+than)\s+(?:in\s+relation\s+to|as\s+to|with\s+respect\s+to|for|in\s+respect\s+of)\b(?:[^.;]|\.(?=\d))*)?`;
/** ", save that the AI Policy shall prevail over clause 7 to the extent …": a policy ranked above part of the contract. */
const SAVE_THAT = new RegExp(String.raw`,?\s+(?:save|except)\s+that\s+${POLICY}\s+(?:shall|will)\s+(?:prevail|control|take\s+precedence)\s+over\b(?:[^.;]|\.(?=\d))*`);
// Built once: the patterns below run on every sentence of every paragraph.
const WHOLE_POLICY = new RegExp(String.raw`^${POLICY}$`);
const WHOLE_CONTRACT = new RegExp(String.raw`^${CONTRACT}$`);
const WINNER = new RegExp(String.raw`,\s+(${POLICY})${WINS}`);
const RANKED_POLICY = new RegExp(String.raw`(?:save|except)\s+that\s+(${POLICY})`);
const POLICIES = new RegExp(POLICY, 'g');
/** A rank the policy holds only where it protects more ("to the extent it is more protective of Customer Data"). */
const MORE_PROTECTIVE = /\bmore\s+protective\b|\bstricter\b|\bhigher\s+standard\b/i;

const bare = (phrase: string) => phrase.replace(/^(?:the|any|our|its|this|these)\s+|^[A-Z][\w-]*['’]s\s+/, '').trim();
const PLURAL_CONTRACT = /\bTerms$/;

/** The ops making the contract win each conflict with a vendor policy in the paragraph's text. */
export function policyPrecedenceOps(text: string, vendorPolicies: ReadonlySet<string>): RedlineOp[] {
  const ops: RedlineOp[] = [];
  const isVendorPolicy = (phrase: string) => WHOLE_POLICY.test(phrase) && [...vendorPolicies].some((name) => name.includes(bare(phrase)) || bare(phrase).includes(name));
  for (const sentence of text.matchAll(/[^.;]+(?:\.(?=\d)[^.;]*)*[.;]?/g)) {
    const body = sentence[0];
    if (MORE_PROTECTIVE.test(body)) continue;
    const at = sentence.index ?? 0;
    const between = BETWEEN.exec(body);
    if (between) {
      const [first = '', second = ''] = [between[1], between[2]];
      const policy = isVendorPolicy(first) ? first : isVendorPolicy(second) ? second : undefined;
      const contract = policy === first ? second : first;
      if (policy && WHOLE_CONTRACT.test(contract)) {
        const after = between.index + between[0].length;
        const winner = WINNER.exec(body.slice(after));
        if (winner && bare(winner[1] ?? '') === bare(policy)) {
          // "[-the AI Use Policy-]{+this AI Addendum+} prevails[- except in relation to clause A.7-]": the exception
          // to the policy's rank goes with it; a plural contract ("these Terms") takes its verb in the plural.
          const base = at + after + winner.index;
          const start = base + winner[0].indexOf(winner[1] ?? '');
          const plural = PLURAL_CONTRACT.test(contract) && pluralVerb(winner[2] ?? '') !== winner[2];
          const end = start + (winner[1] ?? '').length;
          const verbEnd = base + winner[0].length - (winner[3] ?? '').length;
          const lead = contract.replace(/^the\s+/i, 'this ').replace(/^this(\s+(?:[A-Z][\w-]*\s+){0,3}Terms)$/, 'these$1');
          const upTo = plural ? verbEnd : end;
          const replacement = plural ? `${lead} ${pluralVerb(winner[2] ?? '')}` : lead;
          ops.push({ kind: 'delete', start, end: upTo, text: text.slice(start, upTo) }, { kind: 'insert', at: upTo, text: replacement });
          if (winner[3]) ops.push({ kind: 'delete', start: verbEnd, end: verbEnd + winner[3].length, text: winner[3] });
          continue;
        }
      }
    }
    const saving = SAVE_THAT.exec(body);
    const rankedPolicy = saving && RANKED_POLICY.exec(saving[0])?.[1];
    if (saving && rankedPolicy && isVendorPolicy(rankedPolicy)) {
      ops.push({ kind: 'delete', start: at + saving.index, end: at + saving.index + saving[0].length, text: saving[0] });
    }
  }
  return ops;
}

const pluralVerb = (verb: string) => verb.replace(/^prevails$/, 'prevail').replace(/^controls$/, 'control').replace(/^governs$/, 'govern').replace(/^takes\b/, 'take');

/**
 * The edit ranking the contract above each vendor policy it had ranked below, joined to the review's own edit of the
 * paragraph where there is one (which it then replaces). Undefined when no paragraph ranks a vendor policy first.
 */
export function policyPrecedenceItems(
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  items: readonly ReviewItem[],
  choices: ReviewChoices,
  issues: readonly PlaybookIssue[],
): EditItem[] {
  const vendorPolicies = new Set(
    analysis.findings
      .filter((f) => f.category === 'policy-by-reference' && f.stance === 'risk')
      .flatMap((f) => [...f.quote.matchAll(POLICIES)].map((m) => bare(m[0])))
      .filter((name) => name.length > 0),
  );
  if (vendorPolicies.size === 0) return [];
  const edits = new Map(items.flatMap((item) => (item.kind === 'edit' ? [[item.paragraph, item] as const] : [])));
  return paragraphs.flatMap((paragraph, index) => {
    const ops = policyPrecedenceOps(paragraph.text, vendorPolicies);
    if (ops.length === 0) return [];
    const earlier = edits.get(index);
    const joined = earlier ? joinOps(earlier.ops, ops) : ops;
    if (!joined) return [];
    const reason = commentWording(
      'A policy that {{vendor}} can change on its own should not prevail over the terms we have agreed, or it could undo the protections for {{customerData}}; we have ranked this {{agreement}} first.',
      analysis.terms,
    );
    const struck = joined.filter((op) => ops.includes(op) && op.kind === 'delete').map((op) => (op.kind === 'delete' ? `“${op.text.trim()}”` : ''));
    const internal = `[Internal] The contract now prevails over the vendor policy it ranked below: struck ${struck.join(' and ')}.`;
    if (!earlier) return [conformingEdit(index, paragraph.text, joined, issues, choices.position, { internal, external: reason })];
    return [{ ...earlier, ops: joined, target: applyOps(paragraph.text, joined), comment: { internal: `${earlier.comment.internal} ${internal}`, external: `${earlier.comment.external} ${reason}` } }];
  });
}
