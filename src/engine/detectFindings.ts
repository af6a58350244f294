// Reads every sentence into a clause frame, runs the rule table over it and turns verdicts into located findings;
// optionally records the explain trace. Pure: imports only engine modules.
import type { Definition, Finding, Paragraph, Parties } from './types';
import type { Sentence } from './segmentDocument';
import { compileVocabulary, type CompiledVocabulary } from './language/matcher';
import { VOCABULARY } from './language/vocabulary';
import { documentVocabulary } from './language/documentVocabulary';
import { isCustomerRestrictionLeadIn, readSentence } from './reading/readSentence';
import { listLeadIns } from './reading/listItems';
import type { ClauseFrame } from './reading/frame';
import { summarizeFrame, type FrameSummary } from './reading/frameSummary';
import { evaluateRules, type RuleOutcome } from './rules/evaluateRules';
import { applyParagraphVetoes } from './rules/paragraphVetoes';
import type { Rule } from './rules/ruleTypes';
import { OWN_MODEL } from './rules/ownModel';

export type ClauseFinding = Omit<Finding, 'explanation' | 'playbookIssue'>;

/** One sentence as the engine read it: its frame, the rules that fired and those vetoed, with the reason. */
export interface TraceEntry {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly frame: FrameSummary;
  readonly fired: readonly string[];
  readonly vetoed: readonly { readonly rule: string; readonly reason: string }[];
}

export interface Detection {
  readonly findings: readonly ClauseFinding[];
  readonly frames: readonly ClauseFrame[];
  /** Paragraphs whose training grant was set aside because the model is kept for the customer alone. */
  readonly customerModels: readonly number[];
  readonly trace?: readonly TraceEntry[];
}

export interface DetectOptions {
  readonly trace?: boolean;
  /** A review mode's own word sets, read on top of the built-in vocabulary (src/engine/modes/). */
  readonly modeVocabulary?: CompiledVocabulary;
  /** A review mode's rule table; the main table when absent. */
  readonly rules?: readonly Rule[];
}

const AI_SETS = new Set<string>(['aiNoun', 'aiAcronym', 'providerName', 'aiProvider']);
const DATA_USE_SETS = new Set<string>(['aiNoun', 'aiAcronym', 'trainVerb', 'improveVerb', 'derivedData', 'customerDataTerm', 'docCustomerData', 'usageData']);

const isTechCompany = (frame: ClauseFrame, name: { start: number; end: number }): boolean =>
  frame.cues.some((c) => c.set === 'generalTechCompany' && c.start === name.start && c.end === name.end);

/** A sentence that has someone other than the customer delete data (its backup caveat may follow in the next sentence). */
const promisesDeletion = (frame: ClauseFrame): boolean =>
  frame.predicates.some((p) => p.actor.side !== 'customer' && p.actions.some((a) => a.kind === 'delete' && !a.negated && !a.inSubject && !a.topic));

let baseVocabulary: CompiledVocabulary | undefined;
/** The built-in vocabulary, compiled once per process. */
export function builtInVocabulary(): CompiledVocabulary {
  baseVocabulary ??= compileVocabulary(VOCABULARY);
  return baseVocabulary;
}

function scopeOf(frame: ClauseFrame): string | undefined {
  if (frame.scope.length === 0) return undefined;
  const words = [...new Set(frame.scope.map((c) => c.text.toLowerCase()))];
  return words.length > 0 ? words.join(', ') : undefined;
}

/**
 * "Supplier shall not use Machine Data for any other purpose, except as expressly provided in this Agreement": the
 * promise yields to whatever the agreement grants elsewhere, so it holds only where no other clause says otherwise.
 */
const YIELDS_TO_AGREEMENT = 'except where the agreement provides otherwise';
const yieldsToAgreement = (frame: ClauseFrame): boolean =>
  frame.predicates.some((p) => p.polarity === 'negative' && p.conditions.some((c) => c.cue?.set === 'crossReference'));

/** Frames grouped by paragraph, in reading order (sentences arrive paragraph by paragraph). */
function byParagraph(frames: readonly ClauseFrame[]): ClauseFrame[][] {
  const groups: ClauseFrame[][] = [];
  for (const frame of frames) {
    const last = groups[groups.length - 1];
    if (last && last[0]?.paragraph === frame.paragraph) last.push(frame);
    else groups.push([frame]);
  }
  return groups;
}

export function detectFindings(
  paragraphs: readonly Paragraph[],
  sentences: readonly Sentence[],
  definitions: readonly Definition[],
  parties: Parties,
  options: DetectOptions = {},
): Detection {
  const vocabularies = [builtInVocabulary(), ...(options.modeVocabulary ? [options.modeVocabulary] : []), documentVocabulary(definitions, parties)];
  const namesParties = parties.vendorAliases.length > 0 || parties.customerAliases.length > 0;
  const customerNames = new Set(parties.customerAliases.map((a) => a.toLowerCase()));
  const vendorNames = new Set(parties.vendorAliases.map((a) => a.toLowerCase()));
  const findings: ClauseFinding[] = [];
  const frames: ClauseFrame[] = [];
  const trace: TraceEntry[] = [];
  const customerModels = new Set<number>();
  let previous: ClauseFrame | undefined;
  const read: ClauseFrame[] = [];
  const listOf = listLeadIns(paragraphs);
  for (const sentence of sentences) {
    const samePara = previous?.paragraph === sentence.paragraph ? previous : undefined;
    const before = paragraphs[sentence.paragraph - 1];
    // "You will not:" binds every item of its list, not only the first paragraph after it.
    const listed = paragraphs[listOf.get(sentence.paragraph) ?? -1];
    const restriction = (before !== undefined && isCustomerRestrictionLeadIn(before.text, vendorNames, customerNames)) || (listed !== undefined && isCustomerRestrictionLeadIn(listed.text, vendorNames, customerNames));
    const leadIn = samePara === undefined && restriction && paragraphs[sentence.paragraph]?.isHeading !== true;
    const namedLater = samePara === undefined && quotedLater(sentence, paragraphs[sentence.paragraph]?.text ?? '');
    const frame = readSentence(sentence, {
      vocabularies, namesParties, customerNames, previous: samePara, afterCustomerRestrictionLeadIn: leadIn, inList: listOf.has(sentence.paragraph), namedLater,
    });
    read.push(frame);
    previous = frame;
  }
  // Rules see the paragraph too: "We send snippets to a third-party service. By default this is Anthropic."
  // A large technology company named without any AI word ("communications from Google") does not make it AI.
  const aiParagraphs = new Set(read.filter((f) => f.cues.some((c) => AI_SETS.has(c.set) && !(c.set === 'providerName' && isTechCompany(f, c)))).map((f) => f.paragraph));
  const dataParagraphs = new Set(read.filter((f) => f.cues.some((c) => DATA_USE_SETS.has(c.set))).map((f) => f.paragraph));
  // The first sentence of each paragraph that promises deletion: the sentences after it may qualify that promise.
  const firstDeletion = new Map<number, number>();
  for (const f of read) if (!firstDeletion.has(f.paragraph) && promisesDeletion(f)) firstDeletion.set(f.paragraph, f.start);
  const firstGrant = new Map<number, number>();
  for (const f of read) if (!firstGrant.has(f.paragraph) && f.predicates.some((p) => p.polarity === 'positive' && p.actions.some((a) => a.kind === 'grant' && !a.negated))) firstGrant.set(f.paragraph, f.start);
  // "The model is trained on public repositories. Any data from repositories whose licence changes is removed."
  const othersData = new Set(read.filter((f) => f.sets.has('nonCustomerSource')).map((f) => f.paragraph));
  const namesCustomersData = (f: ClauseFrame) => f.predicates.some((p) => p.objects.some((o) => o.kind === 'customer-data' || o.kind === 'output'));
  const customersData = new Set(read.filter(namesCustomersData).map((f) => f.paragraph));
  // "… your Project Files stay available read-only for 90 days. After that, we delete them.": "them" is that data.
  const firstData = new Map<number, number>();
  for (const f of read) if (!firstData.has(f.paragraph) && namesCustomersData(f)) firstData.set(f.paragraph, f.start);
  // A list item reads its lead-in's last clause ("Provider may use Customer Data to:"), unless the lead-in binds the customer.
  const lastFrameOf = new Map<number, ClauseFrame>();
  for (const f of read) lastFrameOf.set(f.paragraph, f);
  const leadInOf = (f: ClauseFrame) => {
    const at = listOf.get(f.paragraph);
    const frame = at === undefined ? undefined : lastFrameOf.get(at);
    return frame === undefined || frame.inCustomerRestrictionList || isCustomerRestrictionLeadIn(frame.text, vendorNames, customerNames) ? undefined : frame.predicates[frame.predicates.length - 1];
  };
  const deletionLeadIn = (f: ClauseFrame) => {
    const at = listOf.get(f.paragraph);
    const frame = at === undefined ? undefined : lastFrameOf.get(at);
    return frame !== undefined && promisesDeletion(frame);
  };
  const facts = (f: ClauseFrame) => ({
    ai: aiParagraphs.has(f.paragraph),
    dataUse: dataParagraphs.has(f.paragraph),
    deletesBefore: (firstDeletion.get(f.paragraph) ?? Infinity) < f.start,
    dataBefore: (firstData.get(f.paragraph) ?? Infinity) < f.start,
    grantsBefore: (firstGrant.get(f.paragraph) ?? Infinity) < f.start,
    listLeadIn: leadInOf(f),
    underDeletionLeadIn: deletionLeadIn(f),
    othersDataOnly: othersData.has(f.paragraph) && !customersData.has(f.paragraph),
  });
  const outcomes = byParagraph(read).flatMap((frames) => applyParagraphVetoes(frames.map((f) => evaluateRules(f, facts(f), options.rules)), frames));
  read.forEach((frame, index) => {
    const sentence = frame;
    frames.push(frame);
    const outcome = outcomes[index] as RuleOutcome;
    if (options.trace) {
      trace.push({ paragraph: sentence.paragraph, start: sentence.start, end: sentence.end, frame: summarizeFrame(frame), fired: outcome.fired, vetoed: outcome.vetoed });
    }
    if (outcome.vetoed.some((v) => v.reason === OWN_MODEL.reason) && permitsTraining(frame)) customerModels.add(sentence.paragraph);
    const scope = scopeOf(frame);
    const yields = yieldsToAgreement(frame);
    for (const verdict of outcome.verdicts) {
      const scopes = [verdict.scope, scope, verdict.stance === 'protective' && yields ? YIELDS_TO_AGREEMENT : undefined].filter((s) => s !== undefined);
      findings.push({
        id: `${verdict.category}-p${sentence.paragraph}-${sentence.start}-${sentence.end}`,
        category: verdict.category,
        stance: verdict.stance,
        severity: verdict.severity,
        paragraph: sentence.paragraph,
        start: sentence.start,
        end: sentence.end,
        quote: sentence.text,
        evidence: verdict.evidence,
        rules: verdict.rules,
        ...(scopes.length > 0 ? { scope: scopes.join('; ') } : {}),
      });
    }
  });
  findings.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.category.localeCompare(b.category));
  return { findings, frames, customerModels: [...customerModels].sort((a, b) => a - b), ...(options.trace ? { trace } : {}) };
}

/**
 * The sentence itself lets the vendor train ("may, however, train a dedicated instance …", "shall train a dedicated
 * model"): not one that only names the customer's model to delete it or to carve it out of a ban.
 */
const permitsTraining = (frame: ClauseFrame): boolean =>
  frame.predicates.some((p) => p.polarity === 'positive' && p.modal !== undefined && !p.actions.some((a) => a.kind === 'delete') &&
    p.actions.some((a) => a.kind === 'train' && !a.negated && !a.relative && !a.topic));

/** A clause number before a run-in title: "14.4 ", "(b) ", "A3. ". */
const NUMBER_BEFORE = /^\s*(?:[A-Z]?\d+(?:\.\d+)*\.?|\([a-z0-9]{1,4}\))\s+/;
/**
 * '14.4 Help improve our models. The "Help improve our models" setting …': a short opening sentence whose words the
 * rest of its paragraph quotes is the clause's run-in title, the name of what the clause describes.
 */
function quotedLater(sentence: { readonly text: string; readonly start: number; readonly end: number }, paragraph: string): boolean {
  const words = sentence.text.trim().replace(NUMBER_BEFORE, '').replace(/[.:]\s*$/, '');
  if (words.length < 4 || words.split(/\s+/).length > 8) return false;
  const rest = paragraph.slice(sentence.end);
  return rest.includes(`"${words}"`) || rest.includes(`\u201c${words}\u201d`);
}
