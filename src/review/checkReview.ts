// Checks a review against its acceptance property (issue 9 §2): accept every item, analyse the result again, and
// nothing the review wrote reads as a risk, nothing the playbook covers is still missing, no protection is written
// twice, and every comment quotes only words its edit struck or added. Used by the tests and `npm run bench`.
// Pure: engine, playbook and this folder only.
import { analyzeDocument } from '../engine/analyzeDocument';
import { flowedDown } from '../engine/findMissingProtections';
import type { Finding, Paragraph, ReviewMode } from '../engine/types';
import { issueById, issueForCategory, issueResolver } from '../playbook/issueFor';
import type { Playbook, PositionId } from '../playbook/schema';
import { contentFreeUsageAnswer, contentFreeUsageTerms } from './contentFreeUsage';
import { customerDataNames } from './namesTheData';
import { acceptedParagraphs, compilePlans } from './compilePlans';
import { isCustomerOption } from './customerOption';
import { ownWording } from './ownWording';
import { DISCLOSURE_RULES } from './paragraphPolicy';
import { bindsTheProviders } from './providersBound';
import { listAnsweredElsewhere } from './redline/surgical/providerChange';
import { buildReviewPlan, readsAs } from './reviewPlan';
import type { EditItem, ReviewPlan } from './reviewItems';

export interface ReviewCheck {
  readonly review: ReviewPlan;
  /** The document with every item accepted. */
  readonly accepted: readonly Paragraph[];
  /** Risks read again in a paragraph the review changed or inserted, and protections still missing. */
  readonly fixedPointViolations: readonly string[];
  /** Risks read in the chosen position's own wording (a fallback that concedes a use): the lawyer's choice, not a miss. */
  readonly conceded: readonly string[];
  /** Protections the review inserted that the document already gave, or that it inserted twice. */
  readonly duplicateProtections: readonly string[];
  readonly edits: number;
  readonly wordLevelEdits: number;
  readonly commentClaims: number;
  /** Quotes in a comment that are not words its edit struck or added. */
  readonly falseClaims: readonly string[];
}

/** “…” quotes in a comment; a quote cut short ends in "…" and is checked up to the cut. */
export function quotedClaims(comment: string): string[] {
  return [...comment.matchAll(/“([^”]*)”/g)].map((m) => (m[1] ?? '').replace(/\s*…$/, '')).filter((q) => q !== '');
}

function claimsOf(item: EditItem): { claims: number; falseClaims: string[] } {
  const written = item.ops.map((op) => op.text);
  const quotes = [...quotedClaims(item.comment.external), ...quotedClaims(item.comment.internal)];
  const falseClaims = quotes.filter((q) => !written.some((text) => text.includes(q))).map((q) => `¶${item.paragraph}: “${q}”`);
  return { claims: quotes.length, falseClaims };
}

const impliedBySwitch = (f: Finding) => f.stance === 'risk' && f.rules[0] === 'training-opt-out-implied';

export function checkReview(paragraphs: readonly Paragraph[], playbook: Playbook, position: PositionId, mode: ReviewMode = 'customer'): ReviewCheck {
  const issueFor = issueResolver(playbook);
  const analysis = analyzeDocument(paragraphs, { issueFor, mode });
  const review = buildReviewPlan(analysis, paragraphs, playbook, { position });
  const accepted = acceptedParagraphs(paragraphs, compilePlans(review.items, paragraphs));
  const after = analyzeDocument(accepted.paragraphs, { issueFor, mode });

  // A fallback position concedes something by design: its own sentences read as risks and are reported as conceded.
  const own = ownWording(playbook, analysis.terms);
  // Training the customer may itself choose ("If Customer enrolls in the Program, …") is an option the review keeps by
  // design when the original already gave it: not a risk the review wrote.
  const options = new Set(analysis.findings.filter(isCustomerOption).map((f) => f.category));
  // Likewise training read only from the switch that turns it off ("You can switch off the use of your data for model
  // development"): the review keeps the customer's lever rather than strike it, when the original had it too.
  const switches = new Set(analysis.findings.filter(impliedBySwitch).map((f) => f.quote.slice(0, 40)));
  // So are the other readings of an option's own sentence (its licence, once only its term was taken back).
  const optionSentences = new Set(after.findings.filter(isCustomerOption).map((f) => `${f.paragraph}:${f.start}`));
  const inOption = (f: Finding) => optionSentences.has(`${f.paragraph}:${f.start}`);
  // Usage data the contract defines to leave the customer's data out is left to serve the service (contentFreeUsage).
  const usageTerms = contentFreeUsageTerms(analysis, paragraphs);
  const keptUsage = (f: Finding) => {
    const answer = contentFreeUsageAnswer(accepted.paragraphs[f.paragraph]?.text ?? '', f, usageTerms, customerDataNames(analysis), analysis.terms.services);
    return answer !== undefined && answer.ops === undefined;
  };
  // A sentence that only says the data reaches model providers stays when the contract binds them (the review's
  // disclosureKept): the customer needs to know where its data goes.
  const bound = bindsTheProviders(after.findings);
  const disclosureOnly = (f: Finding) => bound && f.category === 'third-party-ai' && f.rules.every((rule) => DISCLOSURE_RULES.has(rule));
  // A list of providers "as that page may be updated" is answered by the customer's say given on the power beside it.
  const listAnswered = (f: Finding) => f.category === 'policy-by-reference' && listAnsweredElsewhere(f.quote, accepted.paragraphs[f.paragraph]?.text ?? '');
  const byDesign = (f: Finding) =>
    (isCustomerOption(f) && options.has(f.category)) || inOption(f) || (impliedBySwitch(f) && switches.has(f.quote.slice(0, 40))) || keptUsage(f) || disclosureOnly(f) ||
    listAnswered(f);
  const risksWritten = after.findings.filter((f) => f.stance === 'risk' && accepted.changed.has(f.paragraph) && !byDesign(f));
  const describe = (f: (typeof risksWritten)[number]) => `${f.category} still a risk in ¶${f.paragraph}: “${f.quote.slice(0, 80)}”`;
  const conceded = risksWritten.filter((f) => own.positionOf(f.quote) !== undefined).map(describe);
  const fixedPointViolations = [
    ...risksWritten.filter((f) => own.positionOf(f.quote) === undefined).map(describe),
    ...after.missing.filter((m) => (issueById(playbook, m.playbookIssue) ?? issueForCategory(playbook, m.category)) !== undefined).map((m) => `${m.category} still missing`),
  ];

  // A protection is written twice when an inserted clause gives what the original document already gave outside
  // the paragraphs the review rewrote, or when two inserted clauses give the same one.
  const edited = new Set(review.items.flatMap((item) => (item.kind === 'edit' ? [item.paragraph] : [])));
  const before = new Set<string>(analysis.findings.filter((f) => f.stance === 'protective' && !edited.has(f.paragraph) && !flowedDown(f, analysis.findings)).map((f) => f.category));
  const duplicateProtections: string[] = [];
  const inserted = new Set<string>();
  for (const item of review.items) {
    if (item.kind !== 'insert') continue;
    const gives = new Set<string>(readsAs(item.text, analysis).filter((f) => f.stance === 'protective').map((f) => f.category));
    if (!gives.has(item.answers)) continue; // answers a risk in a definition: checked as a fixed point
    if (before.has(item.answers)) duplicateProtections.push(`${item.answers}: inserted although the document gives it`);
    if (inserted.has(item.answers)) duplicateProtections.push(`${item.answers}: inserted twice`);
    inserted.add(item.answers);
  }
  const texts = review.items.flatMap((item) => (item.kind === 'insert' ? [item.text.replace(/^\S+\s/, '')] : []));
  for (const text of new Set(texts)) if (texts.filter((t) => t === text).length > 1) duplicateProtections.push(`the same clause inserted twice: “${text.slice(0, 60)}”`);

  const edits = review.items.filter((item): item is EditItem => item.kind === 'edit');
  const claims = edits.map(claimsOf);
  return {
    review,
    accepted: accepted.paragraphs,
    fixedPointViolations,
    conceded,
    duplicateProtections,
    edits: edits.length,
    wordLevelEdits: edits.filter((e) => e.wordLevel).length,
    commentClaims: claims.reduce((n, c) => n + c.claims, 0),
    falseClaims: claims.flatMap((c) => c.falseClaims),
  };
}
