// Why a finding's sentence is left as it stands rather than struck: a licence over feedback alone, whose breadth is
// the market's norm, a sentence the next one points back at, and a use only described as what an incorporated policy
// covers. Pure: engine types only.
import { changesProviders } from './redline/surgical/providerChange';
import type { Finding, RedlineOp } from '../engine/types';

/**
 * "Any feedback … may be freely used by Supplier, and Customer grants Supplier a perpetual, irrevocable licence to do
 * so": the breadth of a licence over feedback alone is the market's norm, and the carve-out that keeps the customer's
 * data out of feedback answers the risk (the lawyer audit of 85–88 read "perpetual" struck there as a wrong target).
 */
export function aboutFeedbackOnly(finding: Finding, original: readonly Finding[]): boolean {
  if (finding.category !== 'broad-license' && finding.category !== 'survival-retention') return false;
  const sentence = finding.quote.slice(0, 40);
  const feedback = original.filter((f) => f.rules.includes('feedback-use') && f.quote.slice(0, 40) === sentence);
  if (feedback.length === 0) return false;
  const feedbackObjects = new Set(feedback.flatMap((f) => f.evidence.filter((s) => s.role === 'object').map((s) => s.text)));
  return finding.evidence.filter((s) => s.role === 'object').every((s) => feedbackObjects.has(s.text));
}

/**
 * "this setting", "that option", and a next sentence that opens on a bare "This applies …" or speaks of turning "it"
 * off: words that point back at the sentence before them (audit47, 118 § 12).
 */
const POINTING_BACK =
  /\b(?:this|that|such)\s+(?:setting|option|toggle|switch|choice|control|opt-out|election)\b|^\s*(?:This|That|It)\s+(?:applies|only\s+applies|will\s+apply|covers|affects|takes\s+effect)\b|\b(?:turn|turns|turning|switch|switches|switching)\s+(?:it|that|this)\s+(?:off|on)\b/i;

/** Whether the words left after the struck span point back at something the span set up. */
export function pointsBack(after: string, before: string, ops: readonly RedlineOp[]): boolean {
  const end = Math.max(...ops.map((op) => (op.kind === 'delete' ? op.end : op.at)));
  return POINTING_BACK.test(before.slice(end)) && !POINTING_BACK.test(before.slice(0, Math.min(...ops.map((op) => (op.kind === 'delete' ? op.start : op.at))))) && after !== before;
}

/**
 * "This Agreement incorporates Schedules A through D and Vendor's Data Use Statement …, which describes the categories of
 * Verification Data used in Model development and which Vendor may update …": training named only as what the policy
 * describes, with no permission of its own, is answered by the edit of the incorporation (a ban in its place struck
 * the schedules too: lawyer audit of 90).
 */
/** "… Responsible AI Policy at …, which describes … the categories of Customer Data that Trussline uses to … train". */
const DESCRIBES = /\b(?:Policy|Statement|Notice|Terms)\b(?:[^.;]|\.(?=\w)){0,160}?,?\s+which\s+(?:describes|explains|sets\s+out)\b/;

export function describedInPolicy(finding: Finding, risks: readonly Finding[]): boolean {
  // Derived data the policy describes too ("including the categories of Platform data used to develop and test them",
  // 389 § 5.7 was rewritten into the clause on statistics, about "Models").
  if (finding.category !== 'ai-training' && finding.category !== 'service-improvement' && finding.category !== 'aggregated-data') return false;
  const permits = finding.evidence.some((s) => s.role === 'permission');
  // The policy may be named inside the sentence ("Customer's use … is subject to Trussline's Responsible AI Policy at
  // …, which describes … the categories of Customer Data that Trussline uses to … train", audit169, 387 § 5.8).
  const policyHere = risks.some((f) => f.category === 'policy-by-reference' && f.paragraph === finding.paragraph);
  return !permits && (risks.some((f) => f.category === 'policy-by-reference' && f.start >= finding.start && f.start < finding.end) || (policyHere && DESCRIBES.test(finding.quote)));
}

/** Why the finding's words stay as they are, or undefined when they are to be answered. */
export function leftStandingReason(finding: Finding, risks: readonly Finding[], original: readonly Finding[]): string | undefined {
  // "you have rights … to object to processing …, including processing to improve our AI Features": training read only
  // from the customer's own lever is answered where it is granted; striking it takes the lever (lawyer audit of 88).
  if (finding.rules[0] === 'training-opt-out-implied' && finding.rules.length === 1) return 'the use is read only from the customer\'s own way to stop it, which stays';
  // The policy's own finding may already be answered by an earlier edit of the paragraph: the original reading counts.
  if (describedInPolicy(finding, risks) || describedInPolicy(finding, original)) return 'the sentence only says what an incorporated policy describes; the edit of the policy\'s incorporation answers it';
  if (aboutFeedbackOnly(finding, original)) return 'the licence is over feedback alone, which the carve-out for the customer\'s data answers';
  if (subprocessorList(finding, original)) return SUBPROCESSOR_LIST;
  // "Despite Section 13.2, we may keep Your Content after your account closes:" leads into the keepings, each with its
  // own reason (backups, the law, disputes): the items are answered one by one, and the lead-in turned into a deletion
  // or struck made each of them nonsense (audit68, 199 § 13.3).
  if (finding.category === 'survival-retention' && LIST_LEAD_IN.test(finding.quote)) return 'the sentence leads into a list of keepings, each answered on its own';
  // "The Developer may continue to use, deploy and commercialise those Trained Models … in perpetuity within the Field
  // of Use, subject to clauses 4.1(d), 4.2 …": in a data licence the models kept after the term are a commercial point
  // (a fee, no further distillation); the deletion clause put in its place answered nothing, duplicated the deletion
  // clause and struck the data holder's own limits (audit68, 200 § 13.4).
  if (MODELS_KEPT.has(finding.category) && keepsModels(finding)) return MODELS_KEPT_REASON;
  if (finding.category === 'broad-license' && keptToService(finding.quote)) return KEPT_TO_SERVICE_REASON;
  return undefined;
}

/**
 * "… grants Quillstone a non-exclusive, royalty-free, worldwide license to … create derivative works of Student Data …
 * solely as necessary to provide the Services to the District, to maintain and improve the Services …": a licence the
 * grant itself keeps to the service is not rewritten whole; the purposes beyond the service are struck by their own
 * edits (audit104: the strike of "and improve" was sent unedited; the playbook's licence in its place was not).
 */
const SOLELY_TO_SERVE = /\b(?:solely|only|strictly)\s+(?:(?:as|to\s+the\s+extent)\s+(?:reasonably\s+)?(?:necessary|required|needed)\s+)?(?:to|for)\s+(?:provid|perform|deliver|operat)\w*/i;
/** What makes a licence broad whatever its purposes: no end, other hands, or any purpose at all. */
const BROAD_IN_ITSELF = /\b(?:perpetu\w*|irrevocabl\w*|sub-?licen[cs]\w*|transferr?able|assignable|any\s+(?:lawful\s+)?purposes?|for\s+any\s+reason)\b/i;
const keptToService = (quote: string): boolean => SOLELY_TO_SERVE.test(quote) && !BROAD_IN_ITSELF.test(quote);
const KEPT_TO_SERVICE_REASON = 'the licence is already kept to providing the services; any purpose beyond that is struck by its own edit';

/** What a data licence lets the recipient keep after the term. */
const MODELS_KEPT: ReadonlySet<string> = new Set(['dua-data-retention', 'dua-use-beyond-purpose']);
/** "continue to use, deploy and commercialise those Trained Models": a use whose object is the models. */
const USES_MODELS = /\b(?:use|deploy|commerciali[sz]e|exploit|keep|retain)\b[^.;]{0,60}?\b(?:those|the|any|all|such)\s+(?:[Tt]rained\s+)?[Mm]odels?\b/;
/** The licensed data by its defined name ("the Licensed Dataset", "Shared Data", "the Content"). */
const DATA_TERM = /\b(?:Licensed\s+[A-Z]\w*|[A-Z]\w*\s+(?:Data|Dataset|Content)|Data|Dataset|Content)\b/;
const keepsModels = (finding: Finding) => USES_MODELS.test(finding.quote) && !DATA_TERM.test(finding.quote);
const MODELS_KEPT_REASON =
  'what the recipient keeps is the models already trained, which deleting the data does not reach; their use after the term is a commercial point for the lawyer (a fee, no further distillation)';

/** A sentence that ends in a colon: the lead-in to a list. */
const LIST_LEAD_IN = /:["'\u201d]?\s*$/;

const SUBPROCESSOR_LIST =
  'the list of sub-processors the vendor keeps up to date is answered by notice of a change and a right to object, which the playbook\'s clause on incorporated policies does not give; the lawyer decides';

/**
 * "… Subprocessors …, each of which is identified on Vendor's trust center, as such list may be updated from time to
 * time": a changeable list of sub-processors, read as a policy by reference. Neither striking its examples nor the
 * policy clause in its place answers it (lawyer audit 39 of 97; the audit of 85 5.1 before it).
 */
// Where the list is one the vendor changes ("listed on …, as updated from time to time"), the playbook's objection
// right is that answer (providerChange; audit71, 206 § 8.3), so the list is not left to the lawyer.
function subprocessorList(finding: Finding, original: readonly Finding[]): boolean {
  return finding.category === 'policy-by-reference' && !changesProviders(finding.quote) && original.some((f) => f.start === finding.start && f.rules.includes('subprocessors'));
}
