// Writes a redline's comments from the edit itself: what was struck, what was inserted, and the playbook's reason.
// A comment never claims an edit that was not made. Pure: engine and playbook only.
import { struckCorrections } from './redline/surgical/feedbackContent';
import type { ContractTerms, Finding, RedlineOp } from '../engine/types';
import type { PlaybookIssue, PlaybookPosition } from '../playbook/schema';
import { commentWording } from './wording';
import { AS_LAW_REQUIRES, OWN_ENDS } from './redline/surgical/keepingEdits';
import { OPEN_PURPOSES, SUBJECT_REASONS, USAGE_DATA_CLOSED_REASON, USAGE_DATA_EXCEPTED_REASON, USAGE_DATA_OWN_ENDS_REASON, USAGE_DATA_REASON } from './subjectReasons';

// Long enough that a struck limb is quoted whole (the audits asked for the deleted words in full, not a fragment).
const MAX_QUOTE = 160;
const MAX_LISTED = 4;

function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,;:]/.test(text[end - 1] ?? '')) end--;
  return text.slice(0, end);
}

/** A quotation cut at a word boundary, so a long insertion is recognisable without repeating all of it. */
const quote = (text: string): string => {
  const clean = text.replace(/\s+/g, ' ').replace(/^[\s,;:]+/, '').trim();
  if (clean.length <= MAX_QUOTE) return `“${clean}”`;
  const cut = clean.slice(0, MAX_QUOTE);
  return `“${trimTrailingPunctuation(cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_QUOTE / 2)))} …”`;
};

function listed(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED);
  const more = items.length - shown.length;
  const tail = more > 0 ? ` and ${more} more` : '';
  if (shown.length <= 1) return `${shown.join('')}${tail}`;
  return `${shown.slice(0, -1).join(', ')}${more > 0 ? ', ' : ' and '}${shown[shown.length - 1]}${tail}`;
}

const wordy = (text: string) => /[\p{L}\p{N}]/u.test(text);

type Change = { readonly kind: 'replace'; readonly from: string; readonly to: string } | { readonly kind: 'strike'; readonly text: string } | { readonly kind: 'add'; readonly text: string };

/** Ops as a lawyer reads them: a deletion with an insertion in its place is one replacement. */
function changesOf(ops: readonly RedlineOp[]): Change[] {
  const changes: Change[] = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i] as RedlineOp;
    const next = ops[i + 1];
    if (op.kind === 'delete' && next?.kind === 'insert' && (next.at === op.end || next.at === op.start)) {
      // "Subject to Clause 9.6, t" → "T": words struck before a sentence whose first letter took the capital.
      const recapitalised = next.text.length === 1 && op.text.length > 1 && op.text.endsWith(next.text.toLowerCase()) && next.text !== next.text.toLowerCase();
      if (recapitalised) {
        changes.push({ kind: 'strike', text: op.text.slice(0, -1) });
        i++;
        continue;
      }
      if (wordy(op.text) || wordy(next.text)) changes.push(wordy(op.text) ? (wordy(next.text) ? { kind: 'replace', from: op.text, to: next.text } : { kind: 'strike', text: op.text }) : { kind: 'add', text: next.text });
      i++;
    } else if (op.kind === 'delete' && wordy(op.text)) changes.push({ kind: 'strike', text: op.text });
    else if (op.kind === 'insert' && wordy(op.text)) changes.push({ kind: 'add', text: op.text });
  }
  return changes;
}

/** What a clause struck whole, heading and all, says instead, so that its number stays (see paragraphReview). */
export const RESERVED = '[Reserved.]';
/** What an item struck from a lettered list inside a sentence says instead, so that its letter stays (see strikes). */
export const RESERVED_ITEM = '[Reserved]';

/**
 * "We replaced “may” with “shall not”.", "We struck “perpetual”.", "We added “provided that …”.". A clause rewritten
 * whole is said to be rewritten, not echoed back ("We replaced “…” with a new clause that begins “…”" was the
 * auditors' mechanical comment), and a struck clause or list item is said to be deleted: the "[Reserved]" that keeps
 * its number is drafting the counterparty can see in the redline, not a reason.
 */
export function describeEdit(original: string, ops: readonly RedlineOp[]): string {
  const reserved = (c: Change) => c.kind === 'replace' && (c.to === RESERVED || c.to === RESERVED_ITEM);
  // "and" moved to the list's new last item is grammar the strike needed, not a change to report ("added “and”").
  const joinOnly = (c: Change) => c.kind === 'add' && /^[\s,]*(?:and|or)[\s,]*$/i.test(c.text);
  const all = changesOf(ops).map((c): Change => (c.kind === 'replace' && reserved(c) ? { kind: 'strike', text: c.from } : c));
  const changes = all.some((c) => !joinOnly(c)) ? all.filter((c) => !joinOnly(c)) : all;
  if (changes.length === 0) return 'We made no change to the wording.';
  const only = changes[0] as Change;
  const wholeClause = changesOf(ops).some((c) => c.kind === 'replace' && c.to === RESERVED);
  if (wholeClause && changes.length === 1) return 'We have deleted this clause.';
  if (changes.length === 1 && only.kind === 'replace' && only.from.length > 0.6 * original.trim().length) {
    return only.from.length > 0.85 * original.trim().length
      ? 'We have rewritten this clause.'
      : `We have rewritten this clause from the words ${quote(only.from)}.`;
  }
  const replaced = changes.flatMap((c) => (c.kind === 'replace' ? [`${quote(c.from)} with ${quote(c.to)}`] : []));
  const struck = changes.flatMap((c) => (c.kind === 'strike' ? [quote(c.text)] : []));
  const added = changes.flatMap((c) => (c.kind === 'add' ? [quote(c.text)] : []));
  const parts = [
    replaced.length > 0 ? `replaced ${listed(replaced)}` : '',
    struck.length > 0 ? `struck ${listed(struck)}` : '',
    added.length > 0 ? `added ${listed(added)}` : '',
  ].filter((part) => part !== '');
  const last = parts.pop() as string;
  return `We ${parts.length > 0 ? `${parts.join(', ')} and ${last}` : last}.`;
}


export interface CommentStep {
  readonly issue: PlaybookIssue;
  readonly position: PlaybookPosition;
  /** True when the position's whole clause went in, so its own comments describe what the text now says. */
  readonly wholeClause: boolean;
  /** The step's own edit (offsets of the text it was made on; only the words are read here). */
  readonly ops?: readonly RedlineOp[];
  /** The finding the step answers, whose rules say what the clause is about (usage data, feedback). */
  readonly finding?: Finding;
  /** The finding's rule the step answers, when the step answers one reading only (a definition narrowed of a sweep). */
  readonly answers?: string;
  /** The step's own reason, placeholders unfilled, where no stock reason fits (see ownFormAnnex). */
  readonly reason?: string;
}


/** The customer's own switch: "You can turn off …", "Customer may opt out …". */
const SWITCHED_OFF = /\b(?:turn|switch)(?:s|ed)?\s+(?:\S+\s+){0,3}?off\b|\bopts?\s+out\b|\bwithdraws?\b/i;
/** What goes on after the switch: "we may still use it", "will continue to". */
const STILL = /\b(?:may|will|can|shall)\s+(?:still|continue\s+to)\b/i;
const SWITCH_REASON = 'When {{customer}} switches this off, {{vendor}}\'s own uses of {{customerData}} must stop with it; we have struck the use that would have continued.';

/** "…, regardless of whether any of the same are developed using Customer Content": the reach of the vendor's ownership struck (see ownerSwap). */
const REACH = /^,?\s+(?:regardless of whether|whether or not|irrespective of whether|even if|including where)\b/i;
const REACH_REASON = '{{vendor}} keeps what it owns, but its ownership should not reach what is developed using {{customerData}}.';
/** "both during and after the term" narrowed to "during the term" (see strikes.ts): "[-both -]during [-and after -]the term". */
const AND_AFTER_STRUCK = /^(?:(?:both\s+)?during\s+)?and\s+(?:after|following)\s+$/i;
const termLimitOnly = (struck: readonly string[]): boolean =>
  (struck.length === 1 && AND_AFTER_STRUCK.test(struck[0] ?? '')) ||
  (struck.length === 2 && /^both\s+$/i.test(struck[0] ?? '') && AND_AFTER_STRUCK.test(struck[1] ?? ''));
const TURNED_ROUND = /^(?:(?:shall|will)\s+)?(?:extends?|appl(?:y|ies))(?:\s+to)?$/;
const TURNED_ROUND_REASON = 'Deletion must reach what this clause carved out of it; otherwise {{customerData}}, and what {{vendor}} built from it, would be kept and used after the {{agreement}} ends.';
const LICENCE_BACK_REASON = '{{customer}} now owns the outputs, so a licence from {{vendor}} to use them is no longer needed.';
const DURING_TERM_REASON = 'The rights this clause gives {{vendor}} should end when the {{agreement}} ends.';
const TRAINING_WORDS = /\b(?:train(?:s|ed|ing)?|(?:machine[- ])?learning|models?|algorithms?|artificial intelligence)\b/i;
const STOP_LIMIT = /\b(?:notice\s+shall\s+take\s+effect|(?:are|is)\s+not\s+able\s+to\s+(?:remove|delete)|(?:cannot|unable\s+to)\s+(?:remove|delete)|(?:shall|will)\s+not\s+be\s+required\s+to\s+(?:remove|delete|retrain|purge)|(?:collected|submitted|provided|uploaded)\s+after\s+(?:that|the|such)\s+(?:date|notice))\b/i;
/** A clause that deletes on request: an individual's erasure, or the customer's request to delete. */
const ERASURE = /\b(?:erasure|right\s+to\s+be\s+forgotten|(?:shall|will|must)\s+delete)\b/i;
const ERASURE_LIMIT_REASON = 'Deletion must reach the data wherever {{vendor}} has used it, including what it built from it; we have struck the limits on it.';
const STOP_LIMIT_REASON = 'When {{customer}} asks {{vendor}} to stop, the use must stop without delay and reach the data already used; we have struck the limits on it.';
const OBJECTION_RIGHT = /\bopportunity to object\b/;
/** What the objection proviso calls the provider: "no new sub-processor receives …". */
const NEW_PROVIDER = /\bno new ((?:[A-Za-z][\w-]*\s){0,2}?[A-Za-z][\w-]*) receives\b/;
const OBJECTION_REASON =
  '{{customer}} must be told of each new model provider before it receives {{customerData}}, be able to object to it, and have the same protections from it as from {{vendor}}.';
/** The policy proviso worded for a power to change the agreement itself (see provisoWording's coveringOwnTerms). */
const TERMS_CHANGED = /\bno change to (?:this|these) [A-Z][\w-]*(?: [A-Z][\w-]*)? or any [Pp]olicy\b/;
const TERMS_CHANGED_REASON = 'A change to the {{agreement}}, or to a policy it refers to, must not widen the use of {{customerData}} without {{customer}}\'s agreement.';
const ENDLESS = /\b(?:perpetual|irrevocable|in perpetuity)\b/i;
const ENDLESS_REASON = 'Rights in {{customerData}} must end when the {{agreement}} ends.';
// ", for the Term," where the contract defines its Term (455 § 3.1).
const TERM_GIVEN = /^,\s+for\s+the\s+(?:term\s+of\s+(?:this|these)\s+[A-Z][\w -]{1,40}|Term),$/;
const PASSED_ON = /(?<!non-)\b(?:sub-?licen[cs]able|transferr?able|assignable)\b/i;
const PASSED_ON_REASON = 'Rights in {{customerData}} must not pass to others by sublicence or transfer.';
/** The words that make a licence broad in time or in hands, and the joins between them ("perpetual and irrevocable"). */
const BREADTH_ONLY = /^(?:[\s,;]|and|or|perpetual(?:ly)?|irrevocabl[ey]|in perpetuity|sub-?licen[cs]able|transferr?able|assignable|fully)*$/i;

/**
 * The reason for one step, from what that step did: a licence struck only of "perpetual, irrevocable" is justified by
 * the time limit, not by the playbook's reason for narrowing a licence to the service (which the edit did not do).
 */
function reasonsFor(step: CommentStep, fill: (text: string) => string, usageData?: string, banned = false): string[] {
  if (step.wholeClause) return [fill(step.position.externalComment)];
  const ops = step.ops ?? [];
  const struck = ops.filter((op) => op.kind === 'delete').map((op) => op.text);
  // ", for the term of this Agreement," given to a licence struck of its perpetuity is the same time limit.
  const added = ops.filter((op) => op.kind === 'insert' && /[\p{L}\p{N}]/u.test(op.text) && !TERM_GIVEN.test(op.text));
  const breadthOnly = struck.length > 0 && added.length === 0 && struck.every((text) => BREADTH_ONLY.test(text));
  const reasons = [
    ...(struck.some((text) => ENDLESS.test(text)) ? [fill(ENDLESS_REASON)] : []),
    ...(struck.some((text) => PASSED_ON.test(text)) ? [fill(PASSED_ON_REASON)] : []),
  ];
  if (breadthOnly && reasons.length > 0) return reasons;
  if (added.length === 0 && struck.length === 1 && REACH.test(struck[0] ?? '')) return [fill(REACH_REASON), ...reasons];
  if (termLimitOnly(struck)) return [fill(DURING_TERM_REASON), ...reasons];
  // "… audit or fraud prevention[- or other legitimate business purposes-]": only the vendor's own ends struck from a keeping.
  // The list's "or" moved onto the new last item is only a join.
  const joinsOnly = added.every((op) => /^\s*(?:and|or)\s*$/i.test(op.text));
  const worded = struck.filter((text) => /[\p{L}\p{N}]/u.test(text));
  if (step.finding?.category === 'survival-retention' && joinsOnly && worded.length > 0 && worded.every((text) => OWN_ENDS.test(text)) && AS_LAW_REQUIRES.test(step.finding.quote)) {
    return [fill(SUBJECT_REASONS['kept-for-own-ends'] ?? ''), ...reasons];
  }
  // "shall not extend to …, all of which … may retain" turned round (see keepingEdits' reachRestored).
  if (added.some((op) => TURNED_ROUND.test(op.text)) || (added.length === 0 && struck.some((text) => /^\s*not\s*$/.test(text)) && step.finding?.rules.includes('carved-out-into-models'))) return [fill(TURNED_ROUND_REASON)];
  // "Such notice shall take effect thirty (30) days after its receipt … and the Supplier shall not be required to remove
  // from any model data used before": limits on the customer's notice to stop, struck; the end-of-term reason did not
  // fit (audit68, 198 § 4.7).
  if (added.length === 0 && struck.some((text) => STOP_LIMIT.test(text))) {
    // "Where a Data Subject exercises a right of erasure, … shall delete …, but shall not be required to remove that
    // individual's contribution from … the Models": a deletion, not a request to stop (audit217, 476 Sch 1 § 2.4).
    const erasure = ERASURE.test(step.finding?.quote ?? '');
    return [fill(erasure ? ERASURE_LIMIT_REASON : STOP_LIMIT_REASON), ...reasons];
  }
  // A provider list's objection right (providerChange): the reason is the customer's say over a new provider, not a
  // policy widening the use of the data (the lawyer audits of 193 § 7.3 and 196 § 6.1).
  // The reason names what the proviso names: "each new sub-processor" where the list is of sub-processors (206 § 8.3).
  const objection = added.find((op) => OBJECTION_RIGHT.test(op.text));
  if (objection) return [fill(OBJECTION_REASON.replace('model provider', NEW_PROVIDER.exec(objection.text)?.[1] ?? 'model provider'))];
  // "We may modify these Terms …, provided that no change to these Terms or any policy will expand …": the reason speaks
  // of changes to the agreement, not only of "a policy outside" it (audit210, 468 § 17(a)).
  if (added.some((op) => TERMS_CHANGED.test(op.text))) return [fill(TERMS_CHANGED_REASON)];
  // The licence back struck once the customer owns the outputs (see paragraphReview).
  if (added.length === 0 && step.finding?.rules.includes('output-licensed-for-term')) return [fill(LICENCE_BACK_REASON)];
  // "You can turn off Model Contribution …, although we may still use it … to create Aggregated Data": the edit struck
  // what went on after the customer switched off, and says so (the stock reason on derived data did not; audit of 71).
  if (added.length === 0 && struck.length > 0 && step.finding && SWITCHED_OFF.test(step.finding.quote) && STILL.test(step.finding.quote)) return [fill(SWITCH_REASON), ...reasons];
  // A clause about the vendor's usage data or the customer's feedback is answered for what it is about, not with the
  // reason written for the customer's data; but a feedback licence the edit turned into a ban ("shall not use …
  // ratings and edits") no longer leaves Feedback to the vendor, so that reason would contradict the edit.
  // A training reading of a feedback clause answered by the carve-out ("… does not apply to Customer Data") is answered
  // as the feedback clause it is (audit128, 317 § 7.1).
  const feedbackCarveOut = added.some((op) => /\bdoes\s+not\s+apply\s+to\b/i.test(op.text)) && /\bfeedback\b/i.test(step.finding?.quote ?? '');
  // A clause whose data is the vendor's usage data by its defined name ("Service Telemetry") is answered as such; one
  // that names the customer's data beside it ("Customer Materials, Project Data and Usage Data") is not (449 § 3.4).
  const objects = step.finding?.evidence.filter((s) => s.role === 'object') ?? [];
  const usageOnly = !objects.some((s) => s.text !== usageData && DATA_TERM.test(s.text) && !USAGE_NAME.test(s.text));
  const fits = (rule: string) => SUBJECT_REASONS[rule] !== undefined && !(banned && rule === 'feedback-use') && (usageOnly || rule !== 'usage-data-grant');
  // "ratings[-, transcript corrections-] or other feedback": corrections struck from the feedback say why first.
  const correctionsStruck = /\bfeedback\b/i.test(step.finding?.quote ?? '') && struck.some(struckCorrections);
  const about = step.answers ?? (correctionsStruck ? 'content-as-feedback' : feedbackCarveOut ? 'feedback-use' : step.finding?.rules.find(fits));
  const ofUsage = usageData !== undefined && objects.some((s) => s.text === usageData) && usageOnly;
  const subject = step.reason ?? (about ? SUBJECT_REASONS[about] : ofUsage ? USAGE_DATA_REASON : undefined);
  // Usage data struck of a use that is not training is not defended by the training reason; an open list of uses
  // closed ("for any lawful business purpose, including …" struck) is defended as what it now does.
  const closed = struck.some((text) => OPEN_PURPOSES.test(text));
  // "for any lawful purpose, including to develop …" made "… other than to develop …": the purposes stay open, so the
  // comment says what was excepted rather than that the data now only runs the service (audit193, 437 § 6.5).
  const excepted = added.some((op) => /^\s*other\s+than\b/i.test(op.text));
  const ownEnds = excepted ? USAGE_DATA_EXCEPTED_REASON : closed ? USAGE_DATA_CLOSED_REASON : USAGE_DATA_OWN_ENDS_REASON;
  // "may retain and use …" turned into "shall not retain or use …" for the vendor's own ends: the reason is the keeping's
  // purpose, not that rights end with the agreement (194 § 4.6).
  const keptForOwnEnds = step.finding?.rules[0] === 'retention-for-own-ends' && added.some((op) => /\b(?:shall|will|must)\s+not\b/i.test(op.text));
  const rationale = keptForOwnEnds && subject === undefined ? KEPT_FOR_OWN_ENDS_REASON :
    subject === USAGE_DATA_REASON && !struck.some((text) => TRAINING_WORDS.test(text)) ? ownEnds : (subject ?? keepingReasonFits(step, struck, added.map((op) => op.text)) ?? trainingReasonFits(step, struck, added.map((op) => op.text)));
  return [...(rationale ? [fill(rationale)] : []), ...reasons];
}

/** What ties a keeping to the end of the agreement: the words that make "must end with the Agreement" a reason. */
const END_OF_TERM = /\b(?:terminat\w*|expir\w*|surviv\w*|perpetu\w*|thereafter|indefinitely|ends|after\s+the\s+(?:end|term)|end\s+of\s+(?:the|this)|continu\w*\s+after)\b/i;
/** Words that refuse to undo a use already made: "not required to retrain or unlearn", "models already trained". */
const UNDOING = /\b(?:retrain\w*|unlearn\w*|remov\w*|purg\w*|already\s+(?:trained|used|incorporated|built)|(?:trained|tuned)\s+(?:before|prior\s+to)|unaffected)\b/i;
const MODELS_KEPT_REASON = 'Stopping the use of {{customerData}} must reach what {{vendor}} has already built with it; we have struck the words that would leave it in {{vendor}}\'s models.';

/**
 * The keeping issue's reason where the edit is not about the end of the agreement: "must end with the Agreement" on an
 * opt-out's limits or on outputs reused for other customers misdescribed the edit (audits 102–105: 265 § 4.1, 267 § 6.5,
 * 271 § 3.3, 270 § 6.4). Undefined where the stock reason fits.
 */
function keepingReasonFits(step: CommentStep, struck: readonly string[], added: readonly string[]): string | undefined {
  if (!step.issue.appliesTo.includes('survival-retention') || step.issue.appliesTo.includes('ai-training') || struck.length === 0) return undefined;
  const words = [...struck, ...added].join(' ');
  if (END_OF_TERM.test(words)) return undefined;
  if (UNDOING.test(words)) return MODELS_KEPT_REASON;
  return KEEPING.test(words) || /\breus\w*/i.test(words) ? KEPT_FOR_OWN_ENDS_REASON : undefined;
}

/** Training said outright: the words that make "must not be used to train models" a reason for the edit. */
const TRAINING_SAID = /\b(?:train\w*|(?:machine|deep)[- ]learning|fine-?tun\w*|learn(?:s|ing)?)\b/i;
const KEEPING = /\b(?:retain\w*|keep\w*|kept|stor(?:e|es|ed|ing)|hold\w*|archiv\w*)\b/i;
const KEPT_FOR_OWN_ENDS_REASON = '{{customerData}} should be kept only as long as providing the {{services}} requires, not for {{vendor}}\'s own purposes.';
const BAN_CONDITION = /^,\s+(?:provided|unless)\b/i;
const BAN_CONDITION_REASON = 'The commitment not to use {{customerData}} to train models should be unconditional, not dependent on a setting or other condition being maintained.';
const OWN_ENDS_REASON = '{{customerData}} is provided so that {{vendor}} can deliver the {{services}} to {{customer}}, not to develop {{vendor}}\'s own products.';

/**
 * The playbook's training reason, where the edit is about training: the words it struck or wrote say so, or it turned
 * a grant that says so into a ban. An edit on a clause a training rule read from weaker words ("to evaluate and tune
 * transcription accuracy", "retain samples … for accuracy measurement") is given the reason for what it did (the
 * lawyer audits of 157–164 found "must not be used to train models" on clauses that were not about training).
 */
function trainingReasonFits(step: CommentStep, struck: readonly string[], added: readonly string[]): string | undefined {
  const rationale = step.issue.rationale;
  if (!rationale || !step.issue.appliesTo.includes('ai-training') || step.finding === undefined) return rationale;
  // Only the condition on a ban was struck (strikeBanCondition): the reason is that the promise must not depend on it.
  if (step.finding.rules.includes('training-carve-out') && added.length === 0 && struck.length > 0 && struck.every((text) => BAN_CONDITION.test(text))) return BAN_CONDITION_REASON;
  // "for any purpose other than training Shared Models": the example made the exception, so the quote says what it is.
  const banned = added.some((text) => /\b(?:shall|will|may|must)\s+not\b|\bwon[’']t\b|^\s*other\s+than\s*$/i.test(text));
  // Words struck or written about models count ("to improve the general models"); a clause turned into a ban counts
  // only where it says training itself ("retain samples … for accuracy measurement of the models" is no training).
  if ([...struck, ...added].some((text) => TRAINING_WORDS.test(text) || TRAINING_SAID.test(text)) || (banned && TRAINING_SAID.test(step.finding.quote))) return rationale;
  const kept = [...struck, ...added].some((text) => KEEPING.test(text)) || (banned && KEEPING.test(step.finding.quote));
  return kept ? KEPT_FOR_OWN_ENDS_REASON : OWN_ENDS_REASON;
}

/** Internal and external comments for one redline, built from its ops and the issues it answers. */
export function reviewComments(
  original: string,
  ops: readonly RedlineOp[],
  steps: readonly CommentStep[],
  terms: ContractTerms,
  answeredToo: readonly PlaybookIssue[] = [],
): { internal: string; external: string } {
  const what = describeEdit(original, ops);
  const fill = (text: string) => commentWording(text, terms);
  const issues = [...new Map(steps.map((s) => [s.issue.id, s])).values()];
  const banned = ops.some((op) => op.kind === 'insert' && /\b(?:shall|will|may|must)\s+not\b|\bwon[’']t\b/i.test(op.text));
  const internal = issues.map((s) => `${s.issue.title}: ${s.position.label}.${s.wholeClause ? ` ${fill(s.position.internalComment)}` : ''}`);
  // One account per issue: where its clause went in whole, that clause's own comment; else the reasons its edits give.
  const byIssue = new Map<string, CommentStep[]>();
  for (const step of steps) byIssue.set(step.issue.id, [...(byIssue.get(step.issue.id) ?? []), step]);
  const issueReasons = [...byIssue.values()].flatMap((group) => {
    const whole = group.find((s) => s.wholeClause);
    return whole ? reasonsFor(whole, fill) : group.flatMap((s) => reasonsFor(s, fill, terms.usageData, banned));
  });
  // Training the same edit struck without a step of its own ("… including the machine-learning components") is part
  // of why it was made, unless a reason already speaks of training; other stock reasons would not fit the words.
  const struckTraining = ops.some((op) => op.kind === 'delete' && TRAINING_WORDS.test(op.text));
  const saysTraining = issueReasons.some((r) => /\btrain/i.test(r));
  const alsoAnswered =
    steps.some((s) => s.wholeClause) || !struckTraining || saysTraining
      ? []
      : answeredToo.filter((issue) => issue.appliesTo.includes('ai-training')).flatMap((issue) => (issue.rationale ? [fill(issue.rationale)] : []));
  let reasons = [...new Set([...issueReasons, ...alsoAnswered])];
  // "… so that Lumen Ridge can deliver the Platform to Customer, not to develop Lumen Ridge's own products." and "…
  // not to develop Lumen Ridge's business.": two issues' reasons that open alike say one thing; the first is enough.
  const opening = (reason: string) => reason.split(' ').slice(0, 10).join(' ');
  reasons = reasons.filter((reason, i) => reason.split(' ').length < 10 || reasons.findIndex((other) => opening(other) === opening(reason)) === i);
  // "… but not with Customer Data itself." and "… but that data should not serve Tessellane's other products": the two
  // steps on one usage clause (the customer's data struck, then the other business) say it in one sentence (audit226).
  const jointReason = fill(SUBJECT_REASONS['customer-data-from-usage'] ?? '');
  const otherReason = fill(SUBJECT_REASONS['content-free-usage'] ?? '');
  if (reasons.includes(jointReason) && reasons.includes(otherReason)) {
    const both = fill(SUBJECT_REASONS['customer-data-and-other-business-from-usage'] ?? '');
    reasons = reasons.flatMap((r) => (r === jointReason ? [both] : r === otherReason ? [] : [r]));
  }
  // A feedback clause's own reason ("… is not feedback, and the rest of this Agreement governs …") covers the customer's
  // data struck from it ("including any associated note text after de-identification"); the stock reason on derived
  // data beside it read as a sentence written for another clause (lawyer audit of agreements 45–48).
  const feedback = fill(SUBJECT_REASONS['feedback-use'] ?? '');
  if (reasons.includes(feedback)) reasons = reasons.filter((r) => !steps.some((s) => s.issue.id === 'aggregated-data' && s.issue.rationale && r === fill(s.issue.rationale)));
  // "to [-operate, analyse, maintain and improve-]{+operate and maintain+} the Platform[- and other products-]": an edit
  // that struck only the vendor's own purposes is defended as that, not with the derived-data reason of the step that
  // made it (449 § 3.4 read "Derived data must stay anonymous").
  const improvement = answeredToo.find((issue) => issue.appliesTo.includes('service-improvement'))?.rationale;
  const deleted = ops.filter((op) => op.kind === 'delete').map((op) => op.text);
  if (improvement && deleted.some((text) => OWN_PURPOSES.test(text)) && !ops.some((op) => DERIVED_WORDS.test(op.text))) {
    const derivedReasons = steps.filter((s) => s.issue.id === 'aggregated-data' && s.issue.rationale).map((s) => fill(s.issue.rationale ?? ''));
    if (reasons.some((r) => derivedReasons.includes(r))) reasons = [...new Set(reasons.map((r) => (derivedReasons.includes(r) ? fill(improvement) : r)))];
  }
  // "Rights to use X must end with the Agreement" says again what the time limit says; one of them is enough.
  const endless = fill(ENDLESS_REASON);
  if (reasons.includes(endless)) reasons = reasons.filter((r) => !steps.some((s) => s.issue.rationale && r === fill(s.issue.rationale) && s.issue.id === 'survival-retention'));
  // The time limit is said only when the edit makes it (struck "perpetual" somewhere in the paragraph's edit).
  if (!reasons.includes(endless) && ops.some((op) => op.kind === 'delete' && ENDLESS.test(op.text)) && !steps.some((s) => s.wholeClause)) reasons.push(endless);
  // "Notwithstanding Section B.4, …" struck: the first reason is that the protection it set aside must stand.
  const overridden = ops.flatMap((op) => (op.kind === 'delete' ? [OVERRIDE_LEAD.exec(op.text.trim())?.[1]] : [])).find((s) => s !== undefined);
  if (overridden) reasons.unshift(`The clause set aside ${overridden}, which must stand.`);
  // A carve-out turned round leaves no other carve-out standing: the reason of a strike of one item that said they
  // stood goes (audit189, 427 § 12.4's comment contradicted itself).
  if (reasons.includes(fill(TURNED_ROUND_REASON))) reasons = reasons.filter((r) => !OTHERS_STAND.test(r));
  // The tracked change already shows the counterparty which words went and came; the comment gives the reason (the
  // lawyer audits of agreements 41–48 marked "We replaced “may” with “shall not” and “and” with “or”" as narration).
  // Only a deletion or rewrite of the whole clause is said, because the markup of a whole clause is hard to read.
  // A carve-out deleted whole leaves no other carve-outs standing (audit85, 232 § 6.3 said they stood).
  const given = reasons.filter((r) => r !== '').map((r) => (what === 'We have deleted this clause.' ? r.replace(OTHERS_STAND, '.') : r));
  const lead = WHOLE_CLAUSE_LEAD.test(what) || given.length === 0 ? [what] : [];
  return {
    internal: `[Internal] ${what} ${internal.join(' ')}`.trim(),
    external: [...lead, ...given].join(' '),
  };
}

const OTHERS_STAND = /; the other carve-outs stand\.$/;
/** Purposes of the vendor's own, struck from a use: "improve", "develop", "other products and services". */
const OWN_PURPOSES = /\b(?:improv\w*|develop\w*|enhanc\w*|other\s+products)\b/i;
/** A name for the vendor's usage data ("Usage Data", "Service Telemetry"). */
const USAGE_NAME = /\b(?:Usage|Telemetry|Metadata|Analytics|Logs?|Metrics)\b/;
/** A defined term for data ("Customer Materials", "Project Data"), not a pronoun or a product. */
const DATA_TERM = /^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:Data|Materials|Content|Inputs?|Information|Records)$/;
/** Words of derived data, whose strike or standard the derived-data reason defends. */
const DERIVED_WORDS = /\b(?:aggregat\w*|anonymi[sz]\w*|de-?identif\w*|pseudonymi[sz]\w*|statistic\w*|benchmark\w*)/i;
/** "We have deleted this clause.", "We have rewritten this clause from the words …". */
const WHOLE_CLAUSE_LEAD = /^We have (?:deleted|rewritten) this clause\b/;

/** "Notwithstanding Section B.4, …": the clause a struck override set aside. */
const OVERRIDE_LEAD = /^(?:Notwithstanding|Despite)\s+((?:Sections?|[Cc]lauses?|[Pp]aragraphs?|Articles?)\s+\(?[A-Z0-9][\w.()]*?)(?=[,\s])/;
