// The one review of a document: from the analysis, the playbook and the chosen positions, every edit and inserted
// clause as items a lawyer can tick, and the check that accepting them all leaves no risk where the review wrote.
// Apply all in the pane, `simulate` and `review` all use it. Pure: engine, playbook and the planner only.
import { analyzeDocument, analyzeParagraphText } from '../engine/analyzeDocument';
import type { Analysis, CategoryId, Finding, MissingProtection, Paragraph, ProtectionId } from '../engine/types';
import { issueById, issueForCategory, issueResolver, positionFor } from '../playbook/issueFor';
import type { Playbook, PlaybookIssue, PlaybookPosition, PositionId } from '../playbook/schema';
import { contentFreeUsageTerms } from './contentFreeUsage';
import { reviewParagraph, type ParagraphReview, type ParagraphStep } from './paragraphReview';
import { customersOwnForm, partWording, vendorPartsOfOwnForm } from './ownForm';
import { ownFormDeferenceItems } from './ownFormDeference';
import { ownClauseGuards } from './ownFormAnnex';
import { captionFor } from './runInHeading';
import { DEFINITION_PARAGRAPH, placeProtection } from './placeProtection';
import { RESERVED, reviewComments } from './reviewComments';
import { fillReserved } from './fillReserved';
import { answeredByChangeClause, changeClauses, changeClausesFirst } from './changeClauseFirst';
import { withoutProviderProvisoBesideClause, withoutProvisoBesidePolicyClause } from './policyProvisoAnswered';
import { outsideTermsExcluded } from './outsideTermsExcluded';
import { ownWording } from './ownWording';
import { dataTermOfSentence } from './sentenceTerms';
import { prevailingOver, trainingClauseLimitsUse, withoutStruckCitations } from './prevailsOver';
import { numberAtStart } from './clauseNumbers';
import { exceptsRiskyClause, someModelsOnly } from './answeredElsewhere';
import { conformCitingClauses } from './citingClauses';
import { denialItem, mootOptOutItems, survivalItem } from './conformingItems';
import { survivingGrantsItem } from './survivingGrants';
import { policyPrecedenceItems } from './policyPrecedence';
import { subjectToRestriction } from './nothingRestricts';
import { precedenceItem } from './precedence';
import { rankedAboveItems } from './rankedAbove';
import { defaultOnItems } from './defaultOn';
import { keptConditions } from './grantConditions';
import { disappliedParagraphs, placedOutside } from './disapplied';
import { prevailsOver } from './partRank';
import { auditDenial, exceptForOption, provisionWord, referenceTo } from './conformDenial';
import { orphanedDefinitionItems } from './orphanedDefinitions';
import { orphanedItemEdits } from './reservedLeadIn';
import { purposeDefinitionItems, purposeLimbEdits } from './purposeDefinition';
import { coveringOwnTermsChanges } from './ownTermsChange';
import { termsChangeItem } from './termsChangeProviso';
import { optInItem, programmeOptIn } from './programmeOptIn';
import { asIndividualAsks, consumerTerms } from './consumerTerms';
import { declassifiedItems } from './declassified';
import { editKey, insertKey, type EditItem, type InsertItem, type ReviewChoices, type ReviewItem, type ReviewPlan } from './reviewItems';
import { commentWording, contractWording } from './wording';
import { bindsOnlyProviders, bindsTheProviders } from './providersBound';
import { exceptForCustomerModel, exceptForOptIn } from './customerModel';
import { routeToAmendment } from './amendmentRoute';
import { specialConditionReason } from './specialConditions';

/** "any Customer Data that the Customer has tagged in the Platform as "Restricted"": a ban on the data the customer marks. */
const FLAGGED_ONLY = /\b(?:that|which)\s+(?:the\s+)?[A-Z][\w-]*\s+(?:has\s+|have\s+)?(?:tagged|flagged|marked|designated|labelled|labeled|classified|identified)\b[^.;]{0,60}?\bas\b/;

function issueOf(playbook: Playbook, target: Finding | MissingProtection): PlaybookIssue | undefined {
  return issueById(playbook, target.playbookIssue) ?? issueForCategory(playbook, target.category);
}

export function buildReviewPlan(whole: Analysis, paragraphs: readonly Paragraph[], playbook: Playbook, choices: ReviewChoices): ReviewPlan {
  const issueId = issueResolver(playbook);
  const skipped: { target: Finding | MissingProtection; reason: string }[] = [];
  // A document the contract only mentions, where it keeps the vendor's outside documents out, is left as it stands.
  const keptOut = outsideTermsExcluded(paragraphs, provisionWord(whole.terms));
  const outside = (target: Finding | MissingProtection) => ('paragraph' in target && 'quote' in target ? keptOut?.(target) : undefined);
  for (const f of whole.findings) {
    const reason = f.stance === 'risk' && !choices.isDone?.(f) ? outside(f) : undefined;
    if (reason !== undefined) skipped.push({ target: f, reason });
  }
  // A use the contract allows only within a programme it enrols the customer in by default: answered by opting in.
  const optIn = programmeOptIn(whole, paragraphs, choices);
  const withinProgramme = (target: Finding | MissingProtection) => ('paragraph' in target && 'quote' in target ? optIn?.answers(target) : undefined);
  for (const f of whole.findings) {
    const reason = f.stance === 'risk' && !choices.isDone?.(f) && outside(f) === undefined ? withinProgramme(f) : undefined;
    if (reason !== undefined) skipped.push({ target: f, reason });
  }
  const done = (target: Finding | MissingProtection) => (choices.isDone?.(target) ?? false) || outside(target) !== undefined || withinProgramme(target) !== undefined;
  // Clauses the contract switches off are read as the lawyer reads them: neither a risk to answer nor a protection given.
  const switchedOff = disappliedParagraphs(paragraphs, whole.terms);
  for (const f of whole.findings) {
    const reason = switchedOff.get(f.paragraph);
    if (reason !== undefined && f.stance === 'risk' && !done(f)) skipped.push({ target: f, reason });
  }
  const analysis = switchedOff.size === 0 ? whole : { ...whole, findings: whole.findings.filter((f) => !switchedOff.has(f.paragraph)) };
  // Risks the lawyer has already dealt with are left alone, by category and sentence, in every round of the review.
  const leftAlone = new Set(analysis.findings.filter((f) => f.stance === 'risk' && done(f)).map((f) => `${f.category}|${f.quote}`));
  const positionOf = (key: string): PositionId | 'skip' => choices.perItem?.[key] ?? choices.position;
  const reviews = new Map<number, ParagraphReview>();
  // Operative clauses first, definitions last: a risk in a definition is answered by the clause written for the same
  // issue elsewhere, and only gets a clause of its own (after the Definitions) when there is none.
  const isDefinition = (i: number) => DEFINITION_PARAGRAPH.test(paragraphs[i]?.text ?? '');
  const riskParagraphs = [...new Set(analysis.findings.filter((f) => f.stance === 'risk' && !done(f)).map((f) => f.paragraph))].sort(
    (a, b) => Number(isDefinition(a)) - Number(isDefinition(b)) || a - b,
  );
  const own = ownWording(playbook, analysis.terms);
  // A clause an earlier round inserted counts as written: its issue is not answered with a second copy.
  const written = own.issuesIn(paragraphs);
  // Protections the document gives, paragraph by paragraph, kept up to date as the review rewrites paragraphs.
  const protectionsIn = new Map<number, Set<string>>();
  // A protection limited to some customers ("If you are on an Enterprise plan, we do not train …") does not cover them
  // all, and one that binds only the model providers ("Supplier shall cause the provider not to use …") leaves the
  // vendor's own use open.
  // Nor does one limited to the data the customer flags ("any Customer Data that the Customer has tagged as Restricted").
  const coversVendor = (f: Finding) => f.stance === 'protective' && f.scope === undefined && !bindsOnlyProviders(f) && !exceptsRiskyClause(f, paragraphs, analysis.findings) && !FLAGGED_ONLY.test(f.quote) && !someModelsOnly(f);
  for (const f of analysis.findings) {
    if (coversVendor(f)) protectionsIn.set(f.paragraph, (protectionsIn.get(f.paragraph) ?? new Set()).add(f.category));
  }
  const clauseGives = clauseReader(analysis);
  const providersBound = bindsTheProviders(analysis.findings);
  // Consumer terms: each position as an individual would ask it, where the playbook words it so.
  const individual = consumerTerms(paragraphs, analysis.terms);
  const asked = (issue: PlaybookIssue | undefined) => (issue && individual ? asIndividualAsks(issue) : issue);
  // Each defined purpose that builds the vendor's models loses that limb; the clauses using the term are answered by it.
  const contentFreeUsage = contentFreeUsageTerms(analysis, paragraphs);
  const prevails = prevailsOver(paragraphs);
  const leftToSpecialCondition = specialConditionReason(paragraphs);
  const ownForm = customersOwnForm(analysis, paragraphs);
  const vendorParts = ownForm === undefined ? new Set<number>() : vendorPartsOfOwnForm(analysis, paragraphs);
  const wordedAs = partWording(analysis, vendorParts);
  const ownClauseGuard = ownForm === undefined ? undefined : ownClauseGuards(analysis, paragraphs, vendorParts);
  const purposeEdits = purposeLimbEdits(analysis, paragraphs).filter((edit) => positionOf(editKey(edit.paragraph)) !== 'skip');
  const changePowers = changeClauses(analysis, paragraphs);
  const answeredPolicy = new Set<number>();
  for (const index of changeClausesFirst(riskParagraphs, changePowers)) {
    const position = positionOf(editKey(index));
    if (position === 'skip') continue;
    // On the customer's own form every clause is the customer's own drafting: flagged for instructions, not redlined.
    // Except a vendor's document attached to it ("SCHEDULE 4: SUPPLIER'S AI ADDENDUM"), which is vendor paper.
    const special = (ownForm !== undefined && !vendorParts.has(index) ? ownForm : undefined) ?? leftToSpecialCondition(index);
    if (special !== undefined) {
      for (const target of analysis.findings.filter((f) => f.paragraph === index && f.stance === 'risk' && !done(f))) skipped.push({ target, reason: special });
      continue;
    }
    // A protection in a clause this one prevails over (a schedule ranked above the body, "notwithstanding anything to the
    // contrary") does not answer it.
    const provided = new Set([...protectionsIn].flatMap(([at, categories]) => (at === index || prevails(index, at) ? [] : [...categories])));
    const review = reviewParagraph(index, {
      analysis: wordedAs(index),
      paragraphs,
      issueFor: (f) => asked(issueOf(playbook, f)),
      issueId,
      ownPosition: own.positionOf,
      positionFor: (f) => (leftAlone.has(`${f.category}|${f.quote}`) ? 'skip' : position),
      provided,
      clauseGives,
      written,
      answeredPolicy,
      changePower: changePowers.has(index),
      providersBound,
      contentFreeUsage,
      purposeEdits,
      ...(ownClauseGuard ? { ownClauseGuard } : {}),
    });
    reviews.set(index, review);
    if (changePowers.has(index)) for (const answered of answeredByChangeClause(review, analysis, paragraphs)) answeredPolicy.add(answered);
    const now = analyzeParagraphText(review.final, index, analysis).filter(coversVendor).map((f) => f.category);
    protectionsIn.set(index, new Set(now));
  }
  const items: ReviewItem[] = [
    ...purposeDefinitionItems(purposeEdits, analysis, paragraphs, asked(issueForCategory(playbook, 'ai-training')), choices),
    ...declassifiedItems(analysis, paragraphs, asked(issueForCategory(playbook, 'aggregated-data')), choices, editedParagraph(reviews)),
  ];
  const taken = new Set<string>();
  const limitedByTraining = trainingClauseLimitsUse([...reviews.values()].flatMap((review) => review.newParagraphs));
  const answeredByTraining = new Set<Finding>();
  for (const review of reviews.values()) {
    const original = analysis.findings.filter((f) => f.paragraph === review.index && f.stance === 'risk' && !done(f));
    const position = positionOf(editKey(review.index));
    if (review.ops.length > 0 && position !== 'skip') items.push(editItem(review, original, wordedAs(review.index), position, playbook));
    for (const extra of review.newParagraphs) {
      if (limitedByTraining && extra.step.finding.category === 'service-improvement') {
        answeredByTraining.add(extra.step.finding);
        skipped.push({ target: extra.step.finding, reason: limitedByTraining });
        continue;
      }
      // Answers a definition: goes where the operative clauses start, not among the Definitions. The lawyer may
      // leave it out, pick another position or write it in their own words, as for any inserted clause.
      const key = insertKey(extra.step.finding.category);
      const chosen = choices.perItem?.[key];
      if (chosen === 'skip') continue;
      const position = chosen ?? extra.step.position.id;
      const worded = chosen ? contractWording(positionFor(extra.step.issue, chosen).clause, analysis.terms) : extra.text;
      const own = choices.wording?.[key] === undefined && OVERRIDES.has(extra.step.finding.category);
      const kept = own ? joinReasons(exceptForCustomerModel(worded, analysis, paragraphs), exceptForOptIn(worded, analysis, paragraphs)) : undefined;
      const overriding = own
        ? joinReasons(kept, prevailingOver(kept?.clause ?? worded, analysis, paragraphs, editedParagraph(reviews)))
        : choices.wording?.[key] === undefined && extra.step.finding.category === 'policy-by-reference'
          ? coveringOwnTermsChanges(worded, analysis, paragraphs, editedParagraph(reviews))
          : undefined;
      const text = choices.wording?.[key] ?? overriding?.clause ?? worded;
      // The policy clause goes beside the clause that brings in or changes the policies, not among the account terms
      // where the defined term is first used (audit190, 429: "No Expansion by Policy" landed in "Your Account").
      const inDefinition = analysis.definitions.some((d) => d.paragraph === review.index);
      const policyClause = extra.step.finding.category === 'policy-by-reference' && inDefinition ? analysis.findings.find((f) => f.rules.includes('policy-by-reference') && f.stance === 'risk' && f.paragraph !== review.index)?.paragraph : undefined;
      const place = placeProtection(paragraphs, policyClause ?? whereTermIsUsed(analysis, paragraphs, review.index), taken);
      if (place.number) taken.add(place.takenAs ?? place.number);
      const caption = choices.wording?.[key] === undefined && place.number ? captionFor(extra.step.issue, paragraphs, place.after, analysis.terms) : '';
      const item = insertItem(extra.step.finding, extra.step.issue, position, place.after, place.number, caption + text, analysis, extra.step.finding.category, referenceTo(paragraphs, place.after, place.number), place.prefix, place.suffix);
      items.push(overriding ? withReason(item, overriding.reason) : item);
    }
    // A sentence whose edit answered a risk is not also listed as left for that risk: the lawyer read such a skip beside
    // the edit as the review contradicting itself (audit204, 460 § 13.3).
    const stepped = (f: Finding) => review.steps.some((step) => step.finding.category === f.category && step.finding.start === f.start);
    for (const left of review.left) if (!answeredByTraining.has(left.finding) && !(review.ops.length > 0 && stepped(left.finding))) skipped.push({ target: left.finding, reason: left.reason });
  }
  const leftWithReason = new Set(skipped.map((s) => s.target));
  for (const finding of analysis.findings.filter((f) => f.stance === 'risk' && !done(f) && !reviews.has(f.paragraph) && !leftWithReason.has(f))) {
    skipped.push({ target: finding, reason: issueOf(playbook, finding) ? 'the position found nothing to change' : 'the playbook has no position for it' });
  }
  if (choices.insertMissing !== false) items.push(...missingItems(analysis, paragraphs, playbook, choices, reviews, items, skipped, taken, switchedOff, ownForm));
  items.splice(0, items.length, ...fillReserved(items, analysis.terms));
  const policyOnce = withoutProvisoBesidePolicyClause(items, changePowers);
  const providersOnce = withoutProviderProvisoBesideClause(policyOnce.items);
  items.splice(0, items.length, ...providersOnce.items);
  skipped.push(...policyOnce.skipped, ...providersOnce.skipped);
  const denial = denialItem(analysis, paragraphs, items, choices);
  if (denial && positionOf(denial.key) !== 'skip') items.push(denial);
  const survival = survivalItem(analysis, paragraphs, items, choices);
  if (survival && positionOf(survival.key) !== 'skip') items.push(survival);
  const optedIn = optIn && optInItem(optIn, analysis, paragraphs, choices, issueForCategory(playbook, 'ai-training'));
  if (optedIn && !items.some((item) => item.kind === 'edit' && item.paragraph === optedIn.paragraph)) items.push(optedIn);
  const termsChange = termsChangeItem(analysis, paragraphs, items, choices, asked(issueForCategory(playbook, 'policy-by-reference')));
  if (termsChange) items.push(termsChange);
  const precedence = precedenceItem(analysis, paragraphs, items, choices, issueForCategory(playbook, 'ai-training'));
  if (precedence && positionOf(precedence.key) !== 'skip') items.push(precedence);
  items.push(...defaultOnItems(analysis, paragraphs, items, choices, issueForCategory(playbook, 'ai-training')).filter((item) => positionOf(item.key) !== 'skip'));
  items.push(...rankedAboveItems(analysis, paragraphs, items, choices, issueForCategory(playbook, 'ai-training'), ownForm, contentFreeUsage).filter((item) => positionOf(item.key) !== 'skip'));
  // A moot clause's deletion replaces whatever trim the review made to it first; a fallback is left as it stands.
  const { reserved, fallbacks } = mootOptOutItems(analysis, paragraphs, items, choices);
  const moot = reserved.filter((item) => positionOf(item.key) !== 'skip');
  const replaced = new Set([...moot.map((item) => item.paragraph), ...fallbacks.map((f) => f.paragraph)]);
  items.splice(0, items.length, ...items.filter((item) => item.kind !== 'edit' || !replaced.has(item.paragraph)), ...moot);
  for (const fallback of fallbacks) {
    for (const finding of analysis.findings.filter((f) => f.paragraph === fallback.paragraph && f.stance === 'risk')) skipped.push({ target: finding, reason: fallback.reason });
  }
  // A clause deleted as moot is no longer "left alone" for the lawyer's list (audit118, 297 § A.5 said it stays).
  const deletedAsMoot = new Set(moot.map((item) => item.paragraph));
  skipped.splice(0, skipped.length, ...skipped.filter((s) => !('paragraph' in s.target) || !deletedAsMoot.has(s.target.paragraph)));
  // The items of a list whose lead-in the review deleted go with it (see reservedLeadIn).
  items.push(...orphanedItemEdits(paragraphs, items, choices).filter((item) => positionOf(item.key) !== 'skip'));
  // A definition left unused by the edits is deleted, in place of any trim the review made to it.
  const orphaned = orphanedDefinitionItems(analysis, paragraphs, items, choices).filter((item) => positionOf(item.key) !== 'skip');
  const emptied = new Set(orphaned.map((item) => item.paragraph));
  items.splice(0, items.length, ...items.filter((item) => item.kind !== 'edit' || !emptied.has(item.paragraph)), ...orphaned);
  // A condition of a grant struck, or a lead-in of conditions rewritten whole, widens the grant (see grantConditions).
  const conditions = keptConditions(paragraphs, items);
  items.splice(0, items.length, ...conditions.items);
  skipped.push(...conditions.skipped);
  // A clause the review reserves overrides nothing: the new clauses' "Notwithstanding …" no longer names it.
  const struck = new Set(items.flatMap((item) => (item.kind === 'edit' && item.target.trim().endsWith(RESERVED) ? [numberAtStart(item.original) ?? ''] : [])));
  items.splice(0, items.length, ...items.map((item) => (item.kind === 'insert' ? withoutStruckCitations(item, struck, analysis.terms) : item)));
  // Clauses that lean on a changed clause: their leaning words struck, or the changed clause's note names them.
  const citing = conformCitingClauses(analysis, paragraphs, items, choices);
  const kept = items.filter((item) => !citing.replaces.has(item.key)).map((item) => citing.noted.get(item.key) ?? item);
  items.splice(0, items.length, ...kept, ...citing.edits.filter((item) => positionOf(item.key) !== 'skip'));
  // A survival list still keeping alive a clause that trains on or improves with the data loses its number.
  const trainingIssue = asked(issueForCategory(playbook, 'ai-training'));
  const surviving = survivingGrantsItem(analysis, paragraphs, items, choices, trainingIssue ? [trainingIssue] : [], (text) => readsAs(text, analysis));
  if (surviving && positionOf(surviving.key) !== 'skip') items.splice(0, items.length, ...items.filter((item) => item.key !== surviving.key), surviving);
  // A vendor policy ranked above the contract: the contract wins the conflict instead.
  const policyIssue = asked(issueForCategory(playbook, 'policy-by-reference'));
  const ranked = policyPrecedenceItems(analysis, paragraphs, items, choices, policyIssue ? [policyIssue] : []).filter((item) => positionOf(item.key) !== 'skip');
  const rankedKeys = new Set(ranked.map((item) => item.key));
  items.splice(0, items.length, ...items.filter((item) => !rankedKeys.has(item.key)), ...ranked);
  // A "Nothing in this Agreement restricts …" sentence after a restriction the review wrote is made subject to it.
  items.splice(0, items.length, ...items.map((item) => (item.kind === 'edit' ? subjectToRestriction(item) : item)));
  // Changes to a vendor's terms that a signed amendment prevails over are made in the amendment (see amendmentRoute).
  // The conforming passes above (survival lists, citations, definitions) leave the customer's own clauses as flagged
  // too: 410 § 12.5 was struck of the grants the review had left for instructions (audit181).
  const ownClause = (item: ReviewItem) => item.kind === 'edit' && ownForm !== undefined && !vendorParts.has(item.paragraph);
  for (const item of items.filter(ownClause)) for (const target of item.kind === 'edit' ? item.findings : []) if (!skipped.some((s) => s.target === target)) skipped.push({ target, reason: ownForm ?? '' });
  const vendors = items.filter((item) => !ownClause(item) && (item.kind !== 'edit' || !switchedOff.has(item.paragraph)));
  // Except the limbs of its own clauses that let the vendor's part override them (see ownFormDeference).
  const busy = new Set(vendors.flatMap((item) => (item.kind === 'edit' ? [item.paragraph] : [])));
  vendors.push(...ownFormDeferenceItems(analysis, paragraphs, vendorParts, busy, choices, issueForCategory(playbook, 'ai-training')).filter((item) => positionOf(item.key) !== 'skip'));
  const placed = routeToAmendment(vendors, paragraphs, analysis);
  return { items: placed.items.sort(byPlace), skipped: [...skipped, ...placed.skipped] };
}

/**
 * A clause answering a definition ("Privacy Policy" means … which we may update) belongs beside the first operative
 * clause that uses the defined term, not wherever the Definitions happen to end ("2. Your Account").
 */
function whereTermIsUsed(analysis: Analysis, paragraphs: readonly Paragraph[], definition: number): number {
  const term = analysis.definitions.find((d) => d.paragraph === definition)?.term;
  if (term === undefined) return definition;
  const use = paragraphs.findIndex((p, i) => i > definition && !DEFINITION_PARAGRAPH.test(p.text) && p.text.includes(term) && /[.;]\s*$/.test(p.text.trim()));
  return use >= 0 ? use : definition;
}

function byPlace(a: ReviewItem, b: ReviewItem): number {
  const at = (item: ReviewItem) => (item.kind === 'edit' ? item.paragraph : item.after + 0.5);
  return at(a) - at(b);
}

function editItem(review: ParagraphReview, findings: readonly Finding[], analysis: Analysis, positionId: PositionId, playbook: Playbook): EditItem {
  const steps: readonly ParagraphStep[] = review.steps;
  // A risk the same edit took away without a step of its own ("(c) to develop … the machine-learning components", struck
  // for the aggregated-data step) is part of why the edit was made: its reason is given too.
  const left = new Set(analyzeParagraphText(review.final, review.index, analysis).filter((f) => f.stance === 'risk').map((f) => f.category));
  const stepped = new Set(steps.map((s) => s.issue.id));
  const answeredToo = [...new Map(findings.filter((f) => !left.has(f.category)).flatMap((f) => {
    const issue = issueOf(playbook, f);
    return issue && !stepped.has(issue.id) ? [[issue.id, issue] as const] : [];
  })).values()];
  return {
    kind: 'edit',
    key: editKey(review.index),
    paragraph: review.index,
    findings,
    issues: [...new Map(steps.map((s) => [s.issue.id, s.issue])).values()],
    positionId,
    original: review.original,
    target: review.final,
    ops: review.ops,
    wordLevel: steps.every((s) => s.kind === 'word-level'),
    comment: reviewComments(review.original, review.ops, steps, dataTermOfSentence(review.original, findings, analysis), answeredToo),
    notes: review.notes,
  };
}

function insertItem(
  target: MissingProtection | Finding,
  issue: PlaybookIssue,
  positionId: PositionId,
  after: number,
  number: string,
  text: string,
  analysis: Analysis,
  answers: ProtectionId | CategoryId,
  reference = number,
  prefix = '',
  suffix = '',
): InsertItem {
  const position = positionFor(issue, positionId);
  // An inserted clause replaces and narrows nothing: the position's sentences that say so describe another edit.
  const fill = (t: string) => commentWording(t, analysis.terms).split(/(?<=\.)\s+/).filter((sentence) => !CLAIMS_AN_EDIT.test(sentence)).join(' ');
  const where = number ? ` as ${provisionWord(analysis.terms)} ${reference}` : '';
  return {
    kind: 'insert',
    key: insertKey(answers),
    answers,
    target,
    issue,
    positionId,
    after,
    number,
    text: number ? `${prefix}${number}${suffix} ${text}` : text,
    comment: {
      internal: `[Internal] We inserted a new clause${where}. ${issue.title}: ${position.label}. ${fill(position.internalComment)}`,
      external: `We inserted a new clause${where}. ${fill(position.externalComment)}`,
    },
  };
}

/**
 * The protections still missing once the edits are accepted (an edit may already have given one), each inserted
 * once, where it belongs and numbered in the contract's scheme.
 */
function missingItems(
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  playbook: Playbook,
  choices: ReviewChoices,
  reviews: ReadonlyMap<number, ParagraphReview>,
  planned: readonly ReviewItem[],
  skipped: { target: Finding | MissingProtection; reason: string }[],
  taken: Set<string>,
  switchedOff: ReadonlyMap<number, string>,
  ownForm: string | undefined,
): InsertItem[] {
  // A clause the contract switches off is read as absent: its risks call for no clause of the customer's.
  const edited = paragraphs.map((p, i) => ({ ...p, text: switchedOff.has(i) ? '' : (reviews.get(i)?.final ?? p.text) }));
  const after = analyzeDocument(edited, { issueFor: issueResolver(playbook), ...(analysis.mode ? { mode: analysis.mode } : {}) });
  const done = choices.isDone ?? (() => false);
  const items: InsertItem[] = [];
  const already = new Set(planned.flatMap((item) => (item.kind === 'insert' ? [item.answers] : [])));
  // A clause this review already inserts may give a protection under another name (the clause on model providers binds
  // them not to train, which is the flow-down): read with those clauses, the document may lack nothing more.
  const inserted = planned.flatMap((item) => (item.kind === 'insert' ? [{ text: item.text }] : []));
  const stillMissing = inserted.length === 0 ? undefined : new Set(analyzeDocument([...edited, ...inserted], { issueFor: issueResolver(playbook), ...(analysis.mode ? { mode: analysis.mode } : {}) }).missing.map((m) => m.category));
  for (const gap of after.missing) {
    if (stillMissing && !stillMissing.has(gap.category)) continue;
    const key = insertKey(gap.category);
    // A right to inspect the vendor's records is no proportionate ask in terms the vendor offers to all comers, written
    // as "we" to "you" (consumer or business: audit212 read it in 468's online terms as a markup that gets refused):
    // written answers about the use of the data are (the playbook's lightest audit position), unless the lawyer chose.
    const offeredToAll = analysis.terms.voice === 'we-you';
    const individual = consumerTerms(paragraphs, analysis.terms);
    const chosen = choices.perItem?.[key] ?? (gap.category === 'audit' && choices.position === 'preferred' && offeredToAll ? 'fallback2' : choices.position);
    if (chosen === 'skip' || done(gap) || already.has(gap.category)) continue;
    // The customer's own form that makes the promise in its own words (a deletion with its own backup carve-out) is not
    // given the playbook's version beside it (audit146: 350's inserted 11.7 duplicated and contradicted its 11.3).
    if (ownForm !== undefined && analysis.findings.some((f) => f.category === gap.category && f.stance === 'protective')) {
      skipped.push({ target: gap, reason: `${ownForm}; it makes this promise in its own words` });
      continue;
    }
    const found = issueOf(playbook, gap);
    const issue = found && individual ? asIndividualAsks(found) : found;
    if (!issue) {
      skipped.push({ target: gap, reason: 'the playbook has no clause for it' });
      continue;
    }
    // An audit clause goes beside the contract's refusal of audits, which is then made subject to it (conformDenial).
    const denial = gap.category === 'audit' ? auditDenial(edited) : undefined;
    // Where the contract read before the edits: struck grants still mark the section that deals with the data.
    const anchor = analysis.missing.find((m) => m.category === gap.category)?.insertAfterParagraph ?? gap.insertAfterParagraph;
    const place = placeProtection(edited, denial?.paragraph ?? placedOutside(paragraphs, switchedOff, anchor), taken);
    if (place.number) taken.add(place.takenAs ?? place.number);
    const worded = contractWording(positionFor(issue, chosen).clause, analysis.terms);
    const kept = gap.category === 'no-training' && choices.wording?.[key] === undefined ? exceptForCustomerModel(worded, analysis, paragraphs) : undefined;
    const excepted = gap.category === 'no-training' && choices.wording?.[key] === undefined
      ? joinReasons(kept, exceptForOption(kept?.clause ?? worded, after, edited) ?? prevailingOver(kept?.clause ?? worded, analysis, paragraphs, editedParagraph(reviews)))
      : undefined;
    const clause = choices.wording?.[key] ?? excepted?.clause ?? worded;
    const caption = choices.wording?.[key] === undefined && place.number ? captionFor(issue, edited, place.after, analysis.terms) : '';
    const item = insertItem(gap, issue, chosen, place.after, place.number, caption + clause, analysis, gap.category, referenceTo(edited, place.after, place.number), place.prefix, place.suffix);
    items.push(excepted ? withReason(item, excepted.reason) : item);
    already.add(gap.category);
  }
  return items;
}

/** Inserted clauses against training, which say which grants left standing they override. */
const OVERRIDES = new Set<string>(['ai-training', 'service-improvement']);
const editedParagraph = (reviews: ReadonlyMap<number, ParagraphReview>) => (paragraph: number) => (reviews.get(paragraph)?.ops.length ?? 0) > 0;
/** Two rewordings of an inserted clause, the second made on the first's text: the last clause, both reasons. */
const joinReasons = (first: Reworded | undefined, second: Reworded | undefined): Reworded | undefined =>
  first && second ? { clause: second.clause, reason: `${first.reason} ${second.reason}` } : second ?? first;
type Reworded = { readonly clause: string; readonly reason: string };
const withReason = (item: InsertItem, reason: string): InsertItem => ({ ...item, comment: { internal: `${item.comment.internal} ${reason}`, external: `${item.comment.external} ${reason}` } });

const CLAIMS_AN_EDIT = /^We have (?:replaced|narrowed|struck|deleted|removed|limited)\b/;


/** The protective categories each position's clause gives, read once per position in the contract's terms. */
function clauseReader(analysis: Analysis): (issue: PlaybookIssue, position: PlaybookPosition) => ReadonlySet<string> {
  const cache = new Map<string, ReadonlySet<string>>();
  return (issue, position) => {
    const key = `${issue.id}/${position.id}`;
    let gives = cache.get(key);
    if (!gives) {
      gives = new Set(readsAs(contractWording(position.clause, analysis.terms), analysis).filter((f) => f.stance === 'protective').map((f) => f.category));
      cache.set(key, gives);
    }
    return gives;
  };
}

/** What a clause reads as on its own, in the contract's terms: used to check inserted clauses are protections. */
export function readsAs(text: string, analysis: Analysis): readonly Finding[] {
  return analyzeParagraphText(text, 0, analysis);
}
