// Words that, by the word beside them, mean something else: "each visitor to your store" is a shop, not keeping data
// (381's preamble was read as retention); "annual third-party penetration testing" is a security check, not improving a
// product (381 § 9.1); "practical training on drafting effective Prompts" teaches people a skill, it trains no model
// (380 cl 3.2); "incorrect statistical values" are mistakes in an output, not statistics derived from the data (380 Sch 2
// ¶10); "daily route optimisation" is the service the customer buys, not the vendor improving its product (394 Sch 1);
// an "exclusion zone" on a building site is a place kept clear, not data taken out of a use (399 § 5.1); "keep the
// opt-out enabled" keeps a setting, not data (412 C6); "return rates" are a shop's returns, no data handed back.
// Pure: the units of the sentence only.
import type { Unit } from '../language/matcher';
import type { Action } from './frame';

/** Words before "store" that make it a shop: "your store", "an online store", "in-store". */
const SHOP_BEFORE: ReadonlySet<string> = new Set(['your', 'our', 'their', 'its', 'the', 'a', 'an', 'each', 'every', 'online', 'retail', 'physical', 'app', 'web', 'merchant', 'merchants', 'brick-and-mortar']);
/** Words after "exclusion" that make it a place: "exclusion zone", "exclusion area". */
// "inclusion/exclusion criteria" (blind100-28): the test a trial applies to patients, no data kept out of a use.
const PLACE_AFTER: ReadonlySet<string> = new Set(['zone', 'zones', 'area', 'areas', 'perimeter', 'radius', 'criteria', 'criterion']);
/** Words before "testing" that name a check of systems or security, not a use of the data to improve anything. */
const CHECK_BEFORE: ReadonlySet<string> = new Set([
  'penetration', 'pen', 'vulnerability', 'security', 'load', 'stress', 'failover', 'recovery', 'backup', 'restore', 'regression', 'acceptance',
  'uat', 'compliance', 'intrusion', 'resilience', 'continuity',
]);
/** Words before "optimisation" that name what the service itself optimises for the customer: "route optimisation". */
const OPTIMISED_THING: ReadonlySet<string> = new Set([
  'route', 'routing', 'inventory', 'price', 'pricing', 'schedule', 'scheduling', 'load', 'fleet', 'network', 'energy', 'portfolio',
  'search', 'campaign', 'conversion', 'cost', 'warehouse', 'yield', 'rota', 'roster', 'delivery', 'stock', 'tax', 'budget',
]);
/** Nouns after "return" that make it a retail return, not data handed back: "return rates", "returns policy". */
const RETAIL_RETURN_AFTER: ReadonlySet<string> = new Set([
  'rate', 'rates', 'ratio', 'ratios', 'policy', 'policies', 'window', 'windows', 'label', 'labels', 'volume', 'volumes',
  'reason', 'reasons', 'shipment', 'shipments', 'trends', 'fraud', 'behaviour', 'behavior',
]);
/** Nouns after "training" that make it instruction given to people: "training module", "training course", "training records". */
const INSTRUCTION_AFTER: ReadonlySet<string> = new Set([
  'module', 'modules', 'course', 'courses', 'session', 'sessions', 'programme', 'programmes', 'program', 'programs', 'records', 'record',
  'requirements', 'certificate', 'certificates', 'certification', 'hours', 'attendance', 'curriculum', 'workshop', 'workshops',
]);
/** Verbs before "(such) training" that make it instruction people go through: "has completed such training". */
const COMPLETING_BEFORE: ReadonlySet<string> = new Set(['completed', 'complete', 'completes', 'completing', 'attended', 'attend', 'attends', 'undergo', 'undergone', 'undergoes', 'undergoing']);
/** "-ing" words after "training on" that describe data, not a skill taught: "trained on existing records". */
const DESCRIBING_ING: ReadonlySet<string> = new Set(['existing', 'incoming', 'outgoing', 'remaining', 'pending', 'following', 'underlying', 'resulting', 'corresponding', 'matching', 'ongoing', 'preceding', 'upcoming', 'identifying', 'identifiable']);

/** Things a participle may describe by who made them: "models developed by", "algorithms trained by". */
const MADE_THINGS: ReadonlySet<string> = new Set(['model', 'models', 'algorithms', 'algorithm', 'tools', 'tool', 'features', 'feature', 'systems', 'system', 'software', 'technology', 'engines', 'engine']);
/** Words that say what state a thing is kept in: "keep the training opt-out enabled on each of its accounts". */
const STATE_KEPT: ReadonlySet<string> = new Set(['enabled', 'disabled', 'activated', 'deactivated', 'switched', 'turned', 'active', 'inactive']);
/** "keep", "keeps", "kept", "keeping": the verb that, with a state after its object, keeps a setting rather than data. */
const KEEP: ReadonlySet<string> = new Set(['keep', 'keeps', 'kept', 'keeping']);
/** How far after "keep" its state word may come: the object between them is a few words ("the training opt-out"). */
const STATE_REACH = 6;

/**
 * Whether the action word at unit `at` (of kind `kind`, its text `text`) is a noun for something other than the act.
 * `next` is the unit right after the cue's last word.
 */
export function actionWordIsNoun(kind: Action['kind'], text: string, units: readonly Unit[], at: number, next: number): boolean {
  const word = text.toLowerCase();
  const before = units[at - 1]?.norm ?? '';
  // "supersedes any prior data sharing agreement", "the Model Training Agreement": an act that names a kind of
  // agreement is the document's name, and the clause shares or trains nothing (audit210, 467 § 17.4).
  if (AGREEMENT_NOUN.has(units[next]?.norm ?? '') && NAMING_NOUN.has(word)) return true;
  // "nothing in these Data Sharing Terms grants …": written as a title, capitals and all.
  if (TITLE_NOUN.has(units[next]?.norm ?? '') && NAMING_NOUN.has(word) && /^[A-Z]/.test(units[at]?.text ?? '') && /^[A-Z]/.test(units[next]?.text ?? '')) return true;
  if (kind === 'retain' && (word === 'store' || word === 'stores')) return SHOP_BEFORE.has(before);
  // "will keep the training opt-out enabled on each of its accounts": a setting kept in a state, no data kept (412 C6).
  if (kind === 'retain' && KEEP.has(word)) return units.slice(next, next + STATE_REACH).some((u) => STATE_KEPT.has(u.norm));
  // "unguarded edges and exclusion-zone intrusions": a zone kept clear of people on a site, not data kept out of a use.
  if (kind === 'optOut' && (word === 'exclusion' || word === 'exclusions')) return PLACE_AFTER.has(units[next]?.norm ?? '');
  if (kind === 'improve' && (word === 'testing' || word === 'test')) return CHECK_BEFORE.has(before);
  // "…, which shall remain the Charity's sole responsibility", "remains in force": a state that goes on, no data kept
  // (blind91-131).
  // "… and all decisions regarding the operation of the Assets remain with Hallberg": a decision or a responsibility
  // that stays with a party is no data kept (440 § 3.7 was read as the vendor keeping the outputs named before it).
  if (kind === 'retain' && REMAIN.has(word)) return units.slice(next, next + REMAIN_REACH).some((u) => STATE_REMAINING.has(u.norm)) || decisionRemaining(units, at);
  // "the Carrier retains sole authority to settle, deny or litigate any claim" (blind100-143): a power kept, no data.
  // Right after the verb, or after one word of degree ("sole", "full"): "retain … coding-decision metadata" keeps data.
  if (kind === 'retain' && RETAIN.has(word)) {
    const after = DEGREE.has(units[next]?.norm ?? '') ? next + 1 : next;
    return DECISION_NOUN.has(units[after]?.norm ?? '');
  }
  // "represents that it owns or has all necessary rights to the product images it uploads": rights held, none given
  // (blind91-117 was read as a broad licence).
  if (kind === 'grant' && (word === 'right to' || word === 'rights to')) return heldRights(units, at) && THING_OPENERS.has(units[next]?.norm ?? '') && warrantedBefore(units, at);
  // "… using machine learning models developed by Tallyfern": a participle after the thing it describes, with its maker
  // after "by", says who made it; nobody is given a right to develop anything (audit196, 441 § 3.1).
  if ((kind === 'improve' || kind === 'train') && word.endsWith('ed') && units[next]?.norm === 'by') return MADE_THINGS.has(before);
  // "benchmarks of conversion rates, average order values, return rates": a shop's returns, no data returned (fresh165a 439-18).
  if (kind === 'delete' && (word === 'return' || word === 'returns')) return RETAIL_RETURN_AFTER.has(units[next]?.norm ?? '');
  if (kind === 'improve' && /^optimi[sz]ations?$/.test(word)) return OPTIMISED_THING.has(before);
  // "the Scoring Models, evaluation templates and all related know-how": a kind of document named by its use, no act
  // of evaluating anything (457 § 8.1 was read as an improvement right).
  if (kind === 'improve' && (word === 'evaluation' || word === 'assessment')) return DOCUMENT_AFTER.has(units[next]?.norm ?? '');
  // "has completed Furrowsense's type-specific training module", "who has not completed such training": people taught
  // a skill, no model trained (blind89-116).
  if (kind === 'train' && word === 'training') {
    const twoBefore = units[at - 2]?.norm ?? '';
    if (INSTRUCTION_AFTER.has(units[next]?.norm ?? '') || COMPLETING_BEFORE.has(before) || (before === 'such' && COMPLETING_BEFORE.has(twoBefore))) return true;
  }
  if (kind === 'train' && /\bon$/.test(word)) {
    const after = units[next]?.norm ?? '';
    return /^[a-z]+ing$/.test(after) && !DESCRIBING_ING.has(after);
  }
  return false;
}

/** Nouns for an agreement, which an act word before them names: "data sharing agreement", "data use addendum". */
const AGREEMENT_NOUN: ReadonlySet<string> = new Set(['agreement', 'agreements', 'addendum', 'addenda', 'memorandum', 'arrangement', 'arrangements']);
/**
 * Names of documents that are also common words ("terms of use"): a title only when capitalised. Not "policy": an
 * "Acceptable Use Policy" the vendor may update is read as a policy governing use (438 § 15.2).
 */
const TITLE_NOUN: ReadonlySet<string> = new Set(['terms', 'protocol', 'rules', 'standards', 'schedule', 'exhibit', 'annex']);
/**
 * Act words that are nouns before such a name: "data use agreement", "data transfer agreement". Not "processing": a
 * "Data Processing Addendum" binds the vendor as a processor, which the reading of processor terms relies on.
 */
const NAMING_NOUN: ReadonlySet<string> = new Set(['sharing', 'use', 'transfer', 'access', 'licence', 'license', 'licensing', 'training']);
/** Documents and tools named by what they are used for: "evaluation templates", "assessment forms". */
const DOCUMENT_AFTER: ReadonlySet<string> = new Set(['template', 'templates', 'form', 'forms', 'criteria', 'framework', 'frameworks', 'rubric', 'rubrics', 'checklist', 'checklists', 'guide', 'guides', 'scorecard', 'scorecards', 'methodology', 'methodologies']);
const REMAIN: ReadonlySet<string> = new Set(['remain', 'remains', 'remained']);
/** What a thing remains that is no place data is kept in: responsible, liable, in force, unchanged. */
const STATE_REMAINING: ReadonlySet<string> = new Set([
  'responsibility', 'responsible', 'liable', 'liability', 'bound', 'force', 'effective', 'unchanged', 'valid', 'applicable', 'obliged', 'obligated',
  'unaffected',
]);
const REMAIN_REACH = 4;
/** What stays with a party without being data: decisions, responsibility, judgement. */
const DECISION_NOUN: ReadonlySet<string> = new Set([
  'decision', 'decisions', 'responsibility', 'responsibilities', 'judgement', 'judgment', 'judgements', 'judgments', 'discretion', 'accountability',
  'authority',
]);
const RETAIN: ReadonlySet<string> = new Set(['retain', 'retains', 'retained', 'retaining']);
/** Words of degree before a power kept: "sole authority", "full discretion", "final responsibility". */
const DEGREE: ReadonlySet<string> = new Set(['sole', 'full', 'final', 'ultimate', 'overall', 'exclusive', 'absolute', 'all']);
/** Words that make what remains data after all: "decisions and the underlying records remain with Supplier". */
const DATA_BETWEEN: ReadonlySet<string> = new Set(['data', 'content', 'information', 'records', 'copies', 'files', 'outputs', 'output', 'results']);
/** How far before "remain" its subject may begin: "all decisions regarding the operation, maintenance and shutdown of the Assets". */
const SUBJECT_REACH = 12;

/** Whether the nearest decision word before "remain", within reach and with no data word after it, is what remains. */
function decisionRemaining(units: readonly Unit[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - SUBJECT_REACH); i--) {
    const norm = units[i]?.norm ?? '';
    if (DECISION_NOUN.has(norm)) return true;
    if (DATA_BETWEEN.has(norm) || norm === '.' || norm === ';') return false;
  }
  return false;
}
/** Verbs of holding rights: "has", "holds", "has obtained"; and the words between them and "rights to". */
const HOLDING: ReadonlySet<string> = new Set(['has', 'have', 'having', 'hold', 'holds', 'holding', 'obtained', 'secured', 'possesses', 'possess']);
const RIGHTS_QUALIFIERS: ReadonlySet<string> = new Set(['all', 'the', 'necessary', 'required', 'requisite', 'sufficient', 'appropriate', 'relevant', 'such', 'any', 'and', 'other']);
/** What opens the thing rights are held in ("rights to the images"), never a verb ("the right to use"). */
const THING_OPENERS: ReadonlySet<string> = new Set(['the', 'all', 'any', 'such', 'its', 'their', 'his', 'her', 'your', 'each', 'every']);
const WARRANTS: ReadonlySet<string> = new Set(['represents', 'represent', 'warrants', 'warrant', 'confirms', 'confirm', 'undertakes', 'warranty']);
const WARRANT_REACH = 12;
/** A warranty said before the rights: "represents and warrants that it owns or has …". */
const warrantedBefore = (units: readonly Unit[], at: number): boolean => units.slice(Math.max(0, at - WARRANT_REACH), at).some((u) => WARRANTS.has(u.norm));
/** Whether "rights to" at `at` follows a verb of holding over only qualifying words ("has all necessary rights to"). */
function heldRights(units: readonly Unit[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 5); i--) {
    const norm = units[i]?.norm ?? '';
    if (HOLDING.has(norm)) return true;
    if (!RIGHTS_QUALIFIERS.has(norm)) return false;
  }
  return false;
}

/** Words before "statistical" that make it a kind of mistake: "incorrect statistical values" (380 Sch 2 ¶10). */
const ERROR_BEFORE: ReadonlySet<string> = new Set(['incorrect', 'inaccurate', 'erroneous', 'wrong', 'misleading', 'fabricated', 'false', 'invalid']);

/** Whether a derived-data word at unit `at` names no data: an error in an output ("incorrect statistical values") or a way of doing something ("anonymous marking"). */
export function derivedWordIsError(units: readonly Unit[], at: number): boolean {
  return ERROR_BEFORE.has(units[at - 1]?.norm ?? '') || ACTIVITY_AFTER.has(units[at + 1]?.norm ?? '');
}
/**
 * Activities after "anonymous" or "aggregated" that make it the way something is done, not data derived: "configured for
 * anonymous marking, in which case Learner identities are hidden from markers" (audit197, 444 Art. 5.5).
 */
const ACTIVITY_AFTER: ReadonlySet<string> = new Set(['marking', 'grading', 'voting', 'hotline', 'whistleblowing', 'browsing', 'mode', 'login', 'sign-in']);

