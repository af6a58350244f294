// Reviews one paragraph to a fixed point: find the worst risk left, apply the playbook position to it, read the
// paragraph again, repeat until no risk the review can answer is left. Several findings in one paragraph become one
// coherent redline. Pure: engine, playbook and the planner only.
import { withUseFollowerStruck } from './useFollower';
import { keepsNonAttribution, takesSafeguard } from './safeguardLimb';
import { analyzeParagraphText } from '../engine/analyzeDocument';
import { applyOps } from '../engine/applyOps';
import { InvariantError, type Finding, type RedlineOp } from '../engine/types';
import { BLOCKED, heldBackReason, soleGrant } from './heldBack';
import type { PlaybookPosition, PositionId } from '../playbook/schema';
import { positionFor } from '../playbook/issueFor';
import { leftStandingReason, pointsBack } from './leftStanding';
import { contentFreeUsageAnswer } from './contentFreeUsage';
import { providersOwnTermsLimb } from './providersOwnTerms';
import { danglingReference, withDefinitionKept } from './danglingReferences';
import { leavesBrokenText } from './brokenText';
import { withSwitchStruck, withSwitchStruckToo, withWithdrawalStruck } from './withdrawalSibling';
import { withSequelsStruck } from './editSequels';
import { insertsOnlyWhatIsThere } from './repeatedProviso';
import { changesProviders, listChangeStatedElsewhere } from './redline/surgical/providerChange';
import { strikeBannedUseFollowers } from './bannedUseFollowers';
import { declineDefaultEnrolment } from './defaultEnrolment';
import { strikeDependentSiblings, strikeRelocated } from './dependentSiblings';
import { customerOptionOf, grantsToCustomer, strikeEndlessTerm } from './customerOption';
import { nextToAnswer } from './answerOrder';
import { LICENCE_GRANT, narrowLicence } from './narrowLicence';
import { contentFreeStatistics, offTarget } from './offTarget';
import { answeredAlready, derivedUseGrantedElsewhere, makesOnly, onlyDiscloses } from './answeredElsewhere';
import { EditTrack } from './editTrack';
import { onlyQualifiesStruckGrant } from './provisoProtection';
import { dropsOnlyPurpose } from './purposeDropped';
import { COUNTERPART, disclosureKept, isSurvivalList, keepsRightsAlive, keepsVendorsOwnRights, usesOnlyFeedback, DATA_USE, EXTENDS_A_LICENCE, NAMES_A_LICENCE, openingWords, PROMISES, TRAINING_USES, WEAK_PROTECTIONS } from './paragraphPolicy';
import { narrowDerivedSweep, narrowSweep } from './sweepNarrowing';
import { planRedline } from './redline';
import { insideTagAlong, struckCorrections, withoutFeedbackCarveOut } from './redline/surgical';
import { carvesOutWhatIsExcluded, customerDataNames, dataNames, licensedByCustomer, namesDataByClause, namesDerivedData, namesTheData, onlyAsSource, trainsOnItsItems, usesOnlyDerivedData } from './namesTheData';
import { EXTENDS_A_CLAUSE, LIFTS_DELETION, OVERRIDES_A_CLAUSE, orphanedHeading, partialStrike, reserveClause, strikeSentence, strikesWhatMustStand } from './strikes';
import { servingPurposeStrike } from './servingPurpose';

export type { ParagraphContext, ParagraphReview, ParagraphStep } from './paragraphTypes';
import type { ParagraphContext, ParagraphReview, ParagraphStep } from './paragraphTypes';
import { freedLimbStrike } from './freedLimb';
import { retitledHeading } from './retitle';
import { sellingVerbsStruck } from './sellingVerbs';
import { choosePlan } from './planChoice';
import { optionalGrant } from './redline/surgical/optInGrant';
import { reletteredList } from './reletterList';


/** Enough for every finding of a dense paragraph; each round answers one, so more rounds mean none is progressing. */
const MAX_ROUNDS = 10;
/** Words of a licence's reach, and the term it is given: what a licence may lose whatever else its sentence defines. */
const LICENCE_REACH = /^[\s,]*(?:(?:perpetual|irrevocable|sub-?licen[cs]able|transferable|fully[- ]paid|royalty[- ]free)[\s,]*(?:and\s+)?)+$|^,?\s*for the term of this\b/i;
const onlyLicenceReach = (ops: readonly RedlineOp[]): boolean => ops.length > 0 && ops.every((op) => LICENCE_REACH.test(op.text));
/** "and models trained under clause 9.3": the models struck from what the vendor may keep (see derivedKept). */
const MODELS_STRUCK = /\bmodels?\b/i;
/** A standard the review wrote into a grant: "…, provided that such data is aggregated with …". */
const PROVISO_WRITTEN = /\bprovided\s+that\b/;

/** A finding is "the same risk" across rounds when its category and its sentence's words match. */
const attemptKey = (f: Finding) => `${f.category}|${f.quote}`;
export function reviewParagraph(index: number, context: ParagraphContext): ParagraphReview {
  const paragraph = context.paragraphs[index];
  if (!paragraph) throw new InvariantError(`paragraph ${index} does not exist`);
  const track = new EditTrack(paragraph.text);
  const steps: ParagraphStep[] = [];
  const newParagraphs: ParagraphReview['newParagraphs'][number][] = [];
  const attempted = new Map<string, string>();
  const notes: string[] = [];
  const elsewhere = context.paragraphs.filter((_, i) => i !== index).map((p) => p.text);
  const previous = context.paragraphs[index - 1];
  // Each candidate text is read once: the same text is asked for its risks and its protections many times over.
  const readings = new Map<string, readonly Finding[]>();
  const analysed = (text: string): readonly Finding[] => {
    let found = readings.get(text);
    if (!found) readings.set(text, (found = analyzeParagraphText(text, index, context.analysis, { issueFor: context.issueId, ...(previous ? { previous } : {}) })));
    return found;
  };
  const read = (text: string) => analysed(text).filter((f) => f.stance === 'risk' && context.positionFor(f) !== 'skip');
  // The protections the paragraph gives: an edit that loses one of them weakens the contract and is not made.
  const protective = (text: string) => analysed(text).filter((f) => f.stance === 'protective');
  const protections = (text: string) => new Set(protective(text).map((f) => f.category));
  // Only the contract's own protections count: a reading of words this review added is not the counterparty's.
  const given = protections(paragraph.text);
  const originalKinds = new Set<string>(read(paragraph.text).map((f) => f.category));
  // Training only implied by the switch that turns it off ("You can switch off the use of your data for model
  // development") is no grant: striking it takes away the customer's only lever, not the vendor's right.
  const trains = (text: string) => read(text).some((f) => TRAINING_USES.has(f.category) && f.rules[0] !== 'training-opt-out-implied');
  const grantedTraining = trains(paragraph.text);
  const promisedIn = (text: string, finding: Finding) => protective(text).find((f) => f.start === finding.start && PROMISES.has(f.category))?.category;
  // Only a training grant: a derived-data clause struck whole with its safeguards is a harder ask than its proviso.
  const trainingGone = (ops: readonly RedlineOp[]) =>
    read(track.current).some((f) => f.category === 'ai-training') && !read(applyOps(track.current, ops)).some((f) => f.category === 'ai-training');
  const weakens = (ops: readonly RedlineOp[]): string | undefined => {
    const after = protections(applyOps(track.current, ops));
    const now = protections(track.current);
    // A weak protection (an opt-out) gives way only to the stronger one in its own paragraph (no training at all), or
    // once the grant it qualified is gone from the paragraph, leaving nothing to opt out of. Struck because a ban
    // stands elsewhere, it would leave its mechanism ("You can opt out in Settings") reading as implied training.
    // A time limit on data kept for the training ("provided such excerpts … are not retained for more than eighteen
    // months") conditions a use the edit itself bans; with the ban in its place the limit has nothing left to limit (286 A4).
    const bannedHere = !now.has('no-training') && after.has('no-training') && grantedTraining && !trains(applyOps(track.current, ops));
    const grantGone = grantedTraining && !trains(applyOps(track.current, ops));
    const answered = (category: string) => (WEAK_PROTECTIONS.has(category) && (after.has('no-training') || grantGone)) ||
      (category === 'deletion' && bannedHere) ||
      (category === 'confidentiality' && keepsNonAttribution(ops, track.current)) ||
      (trainingGone(ops) && onlyQualifiesStruckGrant(track.current, ops, protective(track.current).filter((f) => f.category === category)));
    return [...given].find((category) => now.has(category) && !after.has(category) && !answered(category)) ?? strikesWhatMustStand(ops, applyOps(track.current, ops), track.changed.map((r) => r.text)) ?? takesSafeguard(track.current, ops);
  };
  // An edit is made only if it keeps the paragraph's protections and leaves sentences that read as finished.
  // Nor one that strikes a use's only purpose, which would leave the use unlimited.
  const purposeless = (ops: readonly RedlineOp[]) => (dropsOnlyPurpose(track.current, ops) ? 'the strike would leave the use with no purpose at all' : undefined);
  const unfit = (ops: readonly RedlineOp[]) => weakens(ops) ?? leavesBrokenText(track.current, ops) ?? purposeless(ops);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const open = read(track.current).filter((f) => !attempted.has(attemptKey(f)));
    const derivedAnswer = (derived: Finding) => {
      const issue = context.issueFor(derived);
      const plan = issue && planRedline(derived, positionFor(issue, context.positionFor(derived) as PositionId), context.analysis, context.paragraphs.map((p, i) => (i === index ? { ...p, text: track.current } : p)));
      const leaves = plan?.kind === 'word-level' && read(applyOps(track.current, plan.ops)).some((f) => f.start === derived.start && TRAINING_USES.has(f.category));
      return plan?.kind !== 'word-level' ? 'sentence' : leaves ? 'word-level, leaves training' : 'word-level, covers training';
    };
    const next = nextToAnswer(open, derivedAnswer, (f) => usesOnlyDerivedData(f.quote, context.analysis));
    if (!next) break;
    // "Company shall not use …, and Subscriber may stop such use" read as a new kind of risk once "may" became "shall
    // not", or "Deletion … shall extend to Derived Data" once the carve-out was turned round: a risk the review's own
    // edit brought in is no reason to edit again (audit49, 125 § 15.3 gained a proviso on derived data).
    // "may use Customer Data to maintain, improve and develop … other products, including by … tuning …": the training
    // reading covered the improvement until the tuning example was struck; in the vendor's own words, with nothing
    // written by this review, the improvement left standing is answered too (audit99, 259 § 3.3).
    const uncovered = next.category === 'service-improvement' && originalKinds.has('ai-training') && track.changed.every((r) => r.text === '');
    if (!originalKinds.has(next.category) && !uncovered) {
      attempted.set(attemptKey(next), 'the risk was read only in the words this review wrote; the sentence is not edited for it');
      continue;
    }
    // "Customer may, by written instruction, authorise Vendor to fine-tune …" waits for the customer's own act: the
    // option stays, its licence only kept to the agreement's term (", perpetual and irrevocable" struck).
    const option = customerOptionOf(next, read(track.current));
    const endless = option && option !== next ? strikeEndlessTerm(track.current, next) : undefined;
    const endlessIssue = endless && !unfit(endless) ? context.issueFor(next) : undefined;
    if (endless && endlessIssue) track.apply(endless);
    if (endless && endlessIssue) steps.push({ finding: next, issue: endlessIssue, position: positionFor(endlessIssue, context.positionFor(next) as PositionId), wholeClause: false, kind: 'word-level', ops: endless });
    if (option) {
      attempted.set(attemptKey(next), `it applies ${option.scope}: the option is the customer's own`);
      continue;
    }
    // "…, and that such processing is subject to the Model Providers' own terms": the deference goes, whatever else
    // answers the disclosure (see providersOwnTerms).
    const ownTerms = providersOwnTermsLimb(track.current, next);
    const ownTermsIssue = ownTerms && !unfit(ownTerms) ? context.issueFor(next) : undefined;
    if (ownTerms && ownTermsIssue) {
      track.apply(ownTerms);
      steps.push({ finding: next, issue: ownTermsIssue, position: positionFor(ownTermsIssue, context.positionFor(next) as PositionId), wholeClause: false, kind: 'word-level', ops: ownTerms, answers: 'providers-own-terms' });
      attempted.set(attemptKey(next), 'redlined');
      continue;
    }
    // The playbook's own wording, this review's own clause, a disclosure the contract already binds, another clause.
    const answered = answeredAlready(next, context, track, read(track.current));
    if (answered !== undefined) {
      attempted.set(attemptKey(next), answered);
      continue;
    }
    const contentFree = contentFreeUsageAnswer(track.current, next, context.contentFreeUsage, customerDataNames(context.analysis), context.analysis.terms.services);
    const standing = leftStandingReason(next, read(track.current), context.analysis.findings.filter((f) => f.paragraph === index)) ?? contentFree?.reason;
    if (standing !== undefined) {
      const issue = contentFree?.ops && !unfit(contentFree.ops) ? context.issueFor(next) : undefined;
      if (issue && contentFree?.ops) track.apply(contentFree.ops);
      if (issue && contentFree?.ops) steps.push({ finding: next, issue, position: positionFor(issue, context.positionFor(next) as PositionId), wholeClause: false, kind: 'word-level', ops: contentFree.ops, answers: contentFree.answers });
      attempted.set(attemptKey(next), standing);
      continue;
    }
    // A training use of ordinary feedback is answered by the feedback clause's carve-out (audit44, audit45: 112 § 8(a)).
    const ofFeedback = usesOnlyFeedback(next, [...read(track.current), ...read(paragraph.text)], customerDataNames(context.analysis));
    if (ofFeedback) {
      attempted.set(attemptKey(next), 'the use is of feedback, which the carve-out of the customer\'s data from the feedback clause answers');
      continue;
    }
    // "Candora may create anonymised and aggregated data from Client Data … and may use it for any lawful purpose": once
    // the clause on derived data set its standard here, the improvement read in it is answered by that standard; a ban
    // or a narrowed purpose beside it took the anonymous benchmarks the customer accepts (audit218, 480 § 4.4).
    // The standard may be written already, or be the word-level answer still to come for the derived data.
    const standardSet = () => steps.some((s) => s.finding.category === 'aggregated-data' && s.finding.start === next.start && (s.ops ?? []).some((op) => op.kind === 'insert' && PROVISO_WRITTEN.test(op.text)));
    const standardComing = () => open.some((f) => f.category === 'aggregated-data' && f.start === next.start && !f.rules.includes('usage-data-grant') && derivedAnswer(f) !== 'sentence');
    if (next.category === 'service-improvement' && namesDerivedData(next.quote) && onlyAsSource(next.quote, customerDataNames(context.analysis)) && (standardSet() || standardComing())) {
      attempted.set(attemptKey(next), 'answered by the standard this review set for the derived data in the same sentence');
      continue;
    }
    const issue = context.issueFor(next);
    if (!issue) {
      attempted.set(attemptKey(next), 'the playbook has no position for it');
      continue;
    }
    const positionId = context.positionFor(next) as PositionId;
    const position: PlaybookPosition = positionFor(issue, positionId);
    // A grant in the vendor's terms annexed to the customer's own form, which the form's own clauses answer, goes whole.
    const governedBy = context.ownClauseGuard?.(next);
    const annexStrike = governedBy === undefined ? undefined : strikeSentence(track.current, next) ?? reserveClause(track.current);
    if (governedBy !== undefined && annexStrike && !unfit(annexStrike)) {
      track.apply(annexStrike);
      attempted.set(attemptKey(next), 'redlined');
      steps.push({ finding: next, issue, position, wholeClause: false, kind: 'word-level', ops: annexStrike, reason: governedBy });
      continue;
    }
    if (next.category === 'policy-by-reference' && listChangeStatedElsewhere(next.quote, track.current)) {
      attempted.set(attemptKey(next), 'the right to object goes on the sentence of this clause that gives the power to change providers');
      continue;
    }
    // A vendor's power to change its providers still gets the customer's objection right (see providerChange).
    if (position.standsApart && context.written.has(issue.id) && !changesProviders(next.quote)) {
      attempted.set(attemptKey(next), 'answered by the clause this review wrote elsewhere');
      continue;
    }
    if (next.category === 'policy-by-reference' && context.answeredPolicy?.has(index) && !changesProviders(next.quote)) {
      attempted.set(attemptKey(next), 'answered by the proviso this review added to the clause that allows the changes');
      continue;
    }
    // A definition that sweeps content into usage data is narrowed where it stands, not answered by a clause after it.
    const narrowed = next.rules.includes('usage-data-sweep') ? narrowDerivedSweep(track.current, next, customerDataNames(context.analysis)) ?? narrowSweep(track.current, next) : undefined;
    if (narrowed && !unfit(narrowed)) {
      track.apply(narrowed);
      attempted.set(attemptKey(next), 'redlined');
      // The edit answers the sweep, whatever other reading of the definition fired first (its use for "any purpose").
      steps.push({ finding: next, issue, position, wholeClause: false, kind: 'word-level', ops: narrowed, answers: 'usage-data-sweep' });
      continue;
    }
    const current = context.paragraphs.map((p, i) => (i === index ? { ...p, text: track.current } : p));
    const sameKind = (text: string) => read(text).filter((f) => f.category === next.category).length;
    const choice = choosePlan(next, position, context.analysis, current, track.current, sameKind);
    let plan = choice.plan;
    const { wordLevelPlan, ownEndsOnly, derivedKept, limbOnly, optedIn, standsAsPlanned } = choice;
    if (plan.note) notes.push(plan.note);
    if (plan.kind === 'word-level' && carvesOutWhatIsExcluded(track.current, plan.ops, dataNames(context.analysis))) {
      // "Feedback does not include Customer Data." already says what ", except that this clause does not apply to
      // Customer Data" would add; saying it twice invites the reading that the two differ.
      attempted.set(attemptKey(next), 'the paragraph already excludes the customer\'s data from it');
      continue;
    }
    // The same proviso for a second sentence of the clause would say it twice (audit87, 236 Addendum ¶5): once is enough.
    // Only a proviso about documents and providers: a safeguard on derived data made and then used, said of each, is
    // what the self-check reads.
    if (plan.kind === 'word-level' && position.standsApart && insertsOnlyWhatIsThere(track.current, plan.ops)) {
      attempted.set(attemptKey(next), 'the clause already carries the words this edit would add');
      continue;
    }
    if (onlyDiscloses(next, read(track.current)) && originalKinds.has(next.category)) plan = disclosureKept(plan, next, track.current, context.analysis);
    if (plan.kind === 'inserted-paragraph') {
      // "De-identified Data means …" beside a use of it that now carries the safeguard (a proviso this review added
      // or the contract's own) is answered there: the same safeguard again as a clause of its own would say it twice.
      if (context.written.has(issue.id) || context.provided.has(next.category)) {
        attempted.set(attemptKey(next), context.written.has(issue.id) ? 'answered by the clause this review wrote elsewhere' : 'answered by the safeguard another clause gives');
        continue;
      }
      attempted.set(attemptKey(next), 'answered by a clause after this paragraph');
      context.written.add(issue.id);
      if (!newParagraphs.some((n) => n.step.issue.id === issue.id)) {
        newParagraphs.push({ text: plan.newParagraphs.join('\n'), step: { issue, position, wholeClause: true, finding: next } });
      }
      continue;
    }
    if (plan.targetText === track.current) {
      attempted.set(attemptKey(next), 'the position found nothing to change here');
      continue;
    }
    // Only a grant whose answer is itself a protection (no training, deletion) is struck when that protection already
    // stands elsewhere; a provider flow-down or a licence is rewritten, never struck, or the service itself would go.
    const counterpart = COUNTERPART[next.category];
    // A sibling: another sentence of a paragraph where this review has already answered the same issue.
    // (The same sentence read again after a word-level edit is not its own sibling: it may still need the clause.)
    // Training and "improving the services" are answered by the same protection (no training), so a sentence of
    // either kind beside one already answered is a sibling too ("Our models get better by learning from your writing").
    const answeredBy = (category: Finding['category']) => COUNTERPART[category] ?? category;
    // A sentence struck from the front of the paragraph moves the next one to its offset: the same sentence is the one
    // that also opens with the same words.
    const sameSentence = (finding: Finding) => finding.start === next.start && openingWords(finding.quote) === openingWords(next.quote);
    const sibling = steps.some(
      (step) => (step.issue.id === issue.id || answeredBy(step.finding.category) === answeredBy(next.category)) && !sameSentence(step.finding),
    );
    const duplicate =
      plan.kind === 'sentence' &&
      (sibling ||
        context.written.has(issue.id) || (counterpart !== undefined && context.provided.has(counterpart) && context.clauseGives(issue, position).has(counterpart)));
    // "…, but Usage Data … are not Customer's Confidential Information": the limb that frees derived data from the duty
    // goes, and the duty the sentence gives stays (the whole clause in its place would take that duty too).
    const freed = next.rules.includes('derived-data-freed') ? freedLimbStrike(track.current, next, read) : undefined;
    if (freed && !unfit(freed)) {
      track.apply(freed);
      attempted.set(attemptKey(next), 'redlined');
      steps.push({ finding: next, issue, position, wholeClause: false, kind: 'word-level', ops: freed, answers: 'freed-from-confidence' });
      continue;
    }
    if (plan.kind === 'sentence' && next.severity === 'low' && !sibling) {
      // A minor point (feedback, an ownership note) is not worth rewriting or striking the vendor's sentence, even where
      // a protection stands elsewhere: striking it can take the customer's own rights in the same words with it.
      attempted.set(attemptKey(next), 'low severity, and no edit of the vendor\'s own words fits');
      continue;
    }
    // "This licence continues after you stop using the Services": a sentence that only stretches a grant made in
    // another sentence is struck; putting the whole licence clause in its place would leave two licences side by side.
    const stretches = next.category === 'broad-license' || (next.category === 'survival-retention' && /\blicen[cs]e\b/i.test(next.quote));
    const qualifiesGrant = plan.kind === 'sentence' && stretches && !LICENCE_GRANT.test(next.quote) && LICENCE_GRANT.test(track.current);
    // In a data-use agreement, a grant that only widens the licence clause goes whole (see EXTENDS_A_CLAUSE).
    // "8.4 The licences granted in clauses 4.3 and 4.4 … shall survive termination": a clause that only keeps the
    // vendor's rights alive goes whole (audit218, 480 § 8.4: "It must be struck").
    // Its limbs are no clauses of their own: "…, the ownership provisions in clause 5.2[-, and the rights in clause 14.2
    // shall survive …-]" left a sentence without its verb (459 § 14.3).
    const extendsGrant = (plan.kind === 'sentence' && next.category === 'dua-use-beyond-purpose' && EXTENDS_A_CLAUSE.test(next.quote)) || (next.category === 'survival-retention' && keepsRightsAlive(next.quote));
    const partial = () => withSwitchStruckToo(track.current, partialStrike(track.current, next, read));
    // "Customer may withdraw at any time, but withdrawal will not require Vendor to remove …": where striking the words
    // after the turn alone takes the risk away, that is the edit, not the position's clause in place of the sentence
    // (which took the customer's own withdrawal right with it and put a deletion clause inside an opt-in programme).
    // Feedback is the vendor's to use: its clause takes the carve-out of the customer's data, never a strike (audit42:
    // "(f) [Reserved]" under a comment that said feedback is the vendor's).
    const feedbackOnly = next.rules.every((rule) => rule === 'feedback-use');
    // A power to change the terms takes the condition on changes; striking the words naming the data leaves it whole (161 14.2).
    // So does a changing list of providers: striking the words naming the list left a bare authorisation (206 § 8.3).
    // And a clause whose whole business is the power ("(c) We may update the AUP … when posted") went "[Reserved]" (audit210).
    const changePower = next.rules.every((rule) => rule === 'terms-change-data-use') || (next.category === 'policy-by-reference' && (changesProviders(next.quote) || context.changePower === true));
    // Beside a protection given elsewhere, only a purpose kept to serving the customer comes first (149 4.3, 153 4.3).
    // Content-free statistics that improve the service are left alone (offTarget), not narrowed to serving it.
    const partialFirst = qualifiesGrant || extendsGrant || feedbackOnly || changePower || contentFreeStatistics(next) ? undefined : duplicate ? servingPurposeStrike(track.current, next, read) : partial();
    if (partialFirst && !unfit(partialFirst)) {
      track.apply(partialFirst);
      attempted.set(attemptKey(next), 'redlined');
      steps.push({ finding: next, issue, position, wholeClause: false, kind: 'word-level', ops: partialFirst });
      continue;
    }
    if (plan.kind === 'sentence' && next.category === 'aggregated-data' && makesOnly(next.quote) && !sibling && derivedUseGrantedElsewhere(context.analysis.findings, read(paragraph.text), next)) {
      // "may anonymise Trust Data by the techniques in Schedule 2, and shall not re-identify …" makes derived data and
      // often guards it; the playbook's clause is about using it, and in its place would drop the guard.
      attempted.set(attemptKey(next), 'the sentence lets the vendor make derived data but grants no use of it; the clause on its use is the one to answer');
      continue;
    }
    // "Models trained using Programme Data … are owned by Veyla": the clause on outputs in its place would swap the models
    // for outputs the sentence never named (audit197, 443 § 7.3); the training and the keeping are answered for themselves.
    if (plan.kind === 'sentence' && next.rules.every((rule) => rule === 'derived-model-vendor-owns')) {
      attempted.set(attemptKey(next), 'the sentence is about models the vendor owns, which the playbook\'s clause on outputs would not replace like with like');
      continue;
    }
    if (plan.kind === 'sentence' && next.rules.includes('usage-data-grant') && !sibling) {
      // The playbook's clause is about statistics made from the customer's data. Put in place of the vendor's right to
      // its own usage or technical data, it deletes a right the vendor needs and orphans the defined term.
      attempted.set(attemptKey(next), 'the sentence is about the vendor\'s usage data, which the playbook\'s clause on statistics would not replace like with like');
      continue;
    }
    // "The Customer owns … the Scoring Outputs. The Supplier grants the Customer a licence to use the Scoring Outputs
    // during the Term": once an edit here made the customer the owner, the licence back contradicts it (audit48).
    const licenceBack = sibling && next.rules.includes('output-licensed-for-term') ? strikeRelocated(track, next) : undefined;
    if (licenceBack && !unfit(licenceBack)) {
      track.apply(licenceBack);
      attempted.set(attemptKey(next), 'struck: the customer now owns what it licensed');
      steps.push({ finding: next, issue, position, wholeClause: false, kind: 'word-level', ops: licenceBack });
      continue;
    }
    // "… and hereby grants to the Authority a … licence to use any Linguistic Assets delivered": the playbook's clause
    // in place of the sentence would take the customer's licence with it (audit44, 111 4.2).
    if (plan.kind === 'sentence' && grantsToCustomer(next.quote, context.analysis.terms.customer)) {
      attempted.set(attemptKey(next), 'the sentence also grants the customer a licence, which the playbook\'s clause in its place would take away');
      continue;
    }
    // Striking ", together with the Output …," that a feedback carve-out would contradict is part of the carve-out.
    // So is the feedback list's correcting item ("ratings[-, transcript corrections-] or other feedback").
    const rewrites = plan.ops.some((op) => op.kind === 'delete' && !insideTagAlong(track.current, op) && !struckCorrections(op.text));
    // "… the Privacy Policy forms part of these terms, so you agree that we may handle your information as it describes"
    // grants no licence: the licence clause in its place would be a second licence beside the real one.
    const noLicence = next.category === 'broad-license' && (!NAMES_A_LICENCE.test(next.quote) || EXTENDS_A_LICENCE.test(next.quote));
    // The licence clause licenses the customer's data: a licence over data the vendor derives ("De-identified Data")
    // is answered by the clause on derived data, not turned into a second service licence.
    const names = next.category === 'broad-license' ? customerDataNames(context.analysis) : dataNames(context.analysis);
    // A deletion carve-out for "any model trained … under paragraph 6.2" keeps the data inside the model (219 § 11.5).
    // The carve-out a feedback edit added ("…, except that this Section D.8 does not apply to Health System Data") names
    // the data only to keep it out: the licence is still over feedback alone (442 § D.8 was rewritten as a data licence).
    const aboutItsData = namesTheData(withoutFeedbackCarveOut(next.quote), names) || (TRAINING_USES.has(next.category) && trainsOnItsItems(next.quote, context.analysis)) ||
      next.rules.includes('carved-out-into-models') ||
      (next.category === 'aggregated-data' && !next.rules.includes('usage-data-grant') && namesDerivedData(next.quote)) ||
      namesDataByClause(next.quote, context.paragraphs, names) || licensedByCustomer(next, context.analysis);
    if (rewrites && !sibling && !qualifiesGrant && ((DATA_USE.has(next.category) && !aboutItsData) || noLicence)) {
      // Rewriting a sentence about metadata or feedback as if it were about the customer's data is off target (a
      // carve-out that only adds words, "except that this clause does not apply to Client Content", is not).
      attempted.set(attemptKey(next), noLicence ? 'the sentence grants no licence, so the playbook\'s licence clause would not replace like with like' : 'the sentence does not name the customer\'s data, so the playbook clause would not replace like with like');
      continue;
    }
    const misplaced = offTarget(next, rewrites, names, context.analysis.terms.customer, plan.kind === 'sentence');
    if (misplaced !== undefined) {
      attempted.set(attemptKey(next), misplaced);
      continue;
    }
    // "… grants Supplier a perpetual … licence to use … that Feedback": a feedback licence keeps its term; the carve-out
    // of the customer's data answers it (audit76, 211 4.3 read "perpetual" struck there as a wasted point).
    const feedbackLicence = next.rules.includes('feedback-use') && !namesTheData(withoutFeedbackCarveOut(next.quote), customerDataNames(context.analysis));
    const narrowedLicence = duplicate && !feedbackLicence ? narrowLicence(next, positionId, context, current, track.current) : undefined;
    if (narrowedLicence && !unfit(narrowedLicence.ops)) {
      // A licence that also lets the vendor serve the customer is narrowed to that purpose, never struck whole.
      track.apply(narrowedLicence.ops);
      attempted.set(attemptKey(next), 'redlined');
      steps.push({ finding: next, issue: narrowedLicence.issue, position: narrowedLicence.position, wholeClause: false, kind: 'word-level', ops: narrowedLicence.ops });
      continue;
    }
    // A sibling goes whatever its severity (the paragraph now says what the position needs), and so does a grant that
    // exists only to override another clause ("Notwithstanding Section B.4, Customer authorises … to train …") once
    // that protection stands; elsewhere only a serious grant is struck in favour of a protection already given.
    // "Sections 1.2, 2.1, …, 3.3 and 9 will survive": a survival list also keeps confidentiality and the indemnities
    // alive; only its items are conformed, never the whole list struck (audit77, 220 § 8.4 went "[Reserved.]").
    const wholeGoes = !isSurvivalList(next.quote) && !keepsVendorsOwnRights(next.quote);
    const overridesAClause = OVERRIDES_A_CLAUSE.test(next.quote) || LIFTS_DELETION.test(next.quote);
    // "A5.3 Transcripts … may continue to be held by Quillmark for Model Training after …": a numbered clause that is
    // nothing but a grant the protection elsewhere forbids goes whole, number kept, rather than stand beside it (audit205).
    const alone = duplicate && soleGrant(track.current, next);
    let struck = feedbackOnly || limbOnly || optedIn ? undefined :
      extendsGrant ? strikeSentence(track.current, next) ?? reserveClause(track.current) :
      (duplicate && (sibling || next.severity === 'high' || overridesAClause)) || qualifiesGrant
        ? (partial() ?? (wholeGoes ? strikeSentence(track.current, next) ?? (overridesAClause || alone ? reserveClause(track.current) : undefined) : undefined))
        : duplicate
          ? partial()
          : undefined;
    // "We will delete your Inputs, Outputs and models within 30 days, except …": a clause in place of a sentence that
    // promises something loses what it promised beyond the playbook's words; only its words are edited.
    const promised = !struck && plan.kind === 'sentence' ? promisedIn(track.current, next) : undefined;
    const promise = promised === 'confidentiality' && keepsNonAttribution(plan.ops, next.quote) ? undefined : promised;
    const lost = promise ?? weakens(struck ?? plan.ops);
    if (lost !== undefined) {
      attempted.set(attemptKey(next), `the sentence also gives a protection (${lost}) that the edit would take away`);
      continue;
    }
    // No clause of the playbook replaces a survival list: the other clauses' survival would go with it (its own limbs
    // are struck above, where one carries the risk).
    const listReplaced = !struck && plan.kind === 'sentence' && isSurvivalList(next.quote) ? 'the sentence is a survival list; a clause in its place would take the survival of the other clauses with it' : undefined;
    const broken = listReplaced ?? leavesBrokenText(track.current, struck ?? plan.ops) ?? purposeless(struck ?? plan.ops);
    if (broken !== undefined) {
      attempted.set(attemptKey(next), broken);
      continue;
    }
    const risky = read(track.current).filter((f) => f.category === next.category && f.start !== next.start);
    const pending = (at: number) => risky.some((f) => f.start <= at && at < f.end);
    let dangling = danglingReference(track.current, struck ?? plan.ops, elsewhere, pending);
    // "… may withdraw this instruction" after the instruction struck: the taking-back goes with it.
    const withdrawn = dangling === undefined ? withSwitchStruck(track.current, struck ?? plan.ops) : withWithdrawalStruck(track.current, struck ?? plan.ops) ?? withDefinitionKept(track.current, struck ?? plan.ops);
    if (withdrawn && danglingReference(track.current, withdrawn, elsewhere, pending) === undefined) {
      dangling = undefined;
      if (struck) struck = withdrawn;
      else plan = { ...plan, ops: withdrawn };
    }
    // "… ("Teacher Content"), District further grants Provider a perpetual, irrevocable, sublicensable license …" (audit220,
    // 484 § 4.3): the clause in place of the sentence would strike a definition still in use; the word-level edits,
    // which leave it, still take the licence's reach away.
    // Only the licence's own reach: "perpetual, irrevocable" struck, the agreement's term given.
    const fallback = dangling !== undefined && !struck && wordLevelPlan !== undefined && plan !== wordLevelPlan && onlyLicenceReach(wordLevelPlan.ops) ? wordLevelPlan : undefined;
    if (fallback && danglingReference(track.current, fallback.ops, elsewhere, pending) === undefined && !unfit(fallback.ops)) {
      plan = fallback;
      dangling = undefined;
    }
    if (!struck) plan = { ...plan, ops: withSequelsStruck(track.current, plan.ops) };
    if (dangling !== undefined) {
      attempted.set(attemptKey(next), `${BLOCKED}${dangling}`);
      continue;
    }
    // Beside a protection given elsewhere, an edit of the vendor's own words that takes the risk away still stands
    // ("Unless the Customer opts out …, the Customer participates" made an opt-in, audit81, 226 Sch 2 item 5).
    const answersHere = plan.kind === 'word-level' && (optedIn || sameKind(applyOps(track.current, plan.ops)) < sameKind(track.current));
    // A grant the customer makes outright that can be neither struck nor replaced: the customer gives it only by choice.
    const optional = duplicate && !struck && !answersHere && next.category === 'ai-training' ? optionalGrant(track.current, next, context.analysis) : undefined;
    if (optional && !unfit(optional)) {
      track.apply(optional);
      attempted.set(attemptKey(next), 'redlined');
      steps.push({ finding: next, issue, position, wholeClause: false, kind: 'word-level', ops: optional, answers: 'grant-made-optional' });
      continue;
    }
    if (duplicate && !struck && !answersHere) {
      attempted.set(attemptKey(next), 'the protection is already given elsewhere; striking the whole clause could take more than the risk');
      continue;
    }
    // "… you can turn off "Help improve Scout". Turning off this setting applies to future conversations only …": the
    // sentence after it points back at what it set up, and would be left pointing at nothing (lawyer audit of 88).
    if (struck) struck = withUseFollowerStruck(track.current, struck);
    if (struck && pointsBack(applyOps(track.current, struck), track.current, struck)) {
      attempted.set(attemptKey(next), 'striking it would leave the next sentence pointing back at what it set up');
      continue;
    }
    if (struck) {
      // The contract already says this elsewhere (often because this review just wrote it): the risky sentence goes.
      track.apply(struck);
      const why = qualifiesGrant && !duplicate ? 'it only stretches the grant made in the paragraph\'s other sentence' : 'the protection is already given elsewhere in the document';
      attempted.set(attemptKey(next), `struck: ${why}`);
      steps.push({ finding: next, issue, position, wholeClause: false, kind: 'word-level', ops: struck });
      // Say what went: the sentence, or only the words that carried the risk (an item, a verb, a purpose).
      const whole = struck.length === 1 && struck[0]?.kind === 'delete' && struck[0].end - struck[0].start >= next.end - next.start;
      notes.push(`${issue.title}: ${whole ? 'the sentence was' : 'the words carrying it were'} struck rather than rewritten, because ${why}.`);
      continue;
    }
    // A word-level edit that leaves as many risks of its kind as before has not reached the position: it is not
    // made (a proviso the sentence does not need is clutter the counterparty will strike).
    if (plan.kind !== 'sentence' && !standsAsPlanned && sameKind(applyOps(track.current, plan.ops)) >= sameKind(track.current)) {
      attempted.set(attemptKey(next), 'no edit of the vendor\'s own words removes this risk, and the playbook clause would duplicate one written elsewhere');
      continue;
    }
    track.apply(plan.ops);
    // A sentence that now carries the safeguard itself (derived data under the proviso) answers the issue as a clause would.
    // So does the provider proviso ("provided that Customer has approved each such provider …"), which binds every
    // provider the contract uses: the same safeguard again as a clause of its own would say it twice (audit145, 347 §
    // 8.9 beside § 5.3). A policy proviso binds only its own clause's policies, and the clause on all of them still goes in.
    const bindsProviders = next.category === 'third-party-ai' && plan.ops.some((op) => op.kind === 'insert' && /\bprovider/i.test(op.text));
    if (plan.kind === 'sentence' || bindsProviders || (!given.has(next.category) && protections(track.current).has(next.category))) context.written.add(issue.id);
    attempted.set(attemptKey(next), 'redlined');
    steps.push({ finding: next, issue, position, wholeClause: plan.kind === 'sentence', kind: plan.kind === 'sentence' ? 'sentence' : 'word-level', ops: plan.ops, ...(ownEndsOnly ? { answers: 'kept-for-own-ends' } : derivedKept ? { answers: plan.ops.some((op) => op.kind === 'delete' && MODELS_STRUCK.test(op.text)) ? 'derived-data-kept-models-struck' : 'derived-data-kept' } : limbOnly ? { answers: 'carved-out-into-models' } : optedIn ? { answers: 'default-enrolment-opt-in' } : {}) });
  }
  // A sibling that was meant to go but stayed may still point at words struck earlier, or a risk had to stay (heldBack).
  const applyIf = (ops: RedlineOp[] | undefined) => ops && track.apply(ops);
  applyIf(orphanedHeading(paragraph.text, track.current));
  applyIf(retitledHeading(paragraph.text, track.current, steps, context.analysis.terms));
  applyIf(sellingVerbsStruck(paragraph.text, track.current));
  strikeDependentSiblings(track, read(paragraph.text), steps, (ops) => danglingReference(paragraph.text, ops, elsewhere));
  applyIf(declineDefaultEnrolment(track));
  applyIf(strikeBannedUseFollowers(track));
  applyIf(reletteredList(track.current, elsewhere, (start, end) => track.writtenByUs(start, end)));
  const dangling = danglingReference(paragraph.text, track.ops(), elsewhere) ?? heldBackReason(attempted, attemptKey, read(paragraph.text), read(track.current), track.ops());
  if (dangling !== undefined) {
    const reason = `${BLOCKED}${dangling}`;
    const left = read(paragraph.text).map((finding) => ({ finding, reason }));
    return { index, original: paragraph.text, final: paragraph.text, ops: [], steps: [], newParagraphs, left, notes };
  }
  // Even with nothing to write, the review says why each risk was left, for the lawyer's list.
  const final = track.current;
  const left = read(final).map((finding) => ({ finding, reason: attempted.get(attemptKey(finding)) ?? 'still reads as a risk after the edit' }));
  return { index, original: paragraph.text, final, ops: track.ops(), steps, newParagraphs, left, notes };
}
