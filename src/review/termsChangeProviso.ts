// "14.3 We may modify these Terms by posting a revised version …, and your continued use … constitutes acceptance": a
// power to change the agreement itself names no data, so no finding reaches it, yet a posted revision could take back
// every protection the contract gives and every edit this review makes. The lawyer audits listed such clauses as missed
// in agreement after agreement (audit203 453 A8.2, audit205 457 § 13.4, audit209 464 § 14.3). The clause gets the
// playbook's own policy proviso, worded for changes to the agreement, where the power's sentence closes (before a
// customer's exit on refusing the change). Pure: engine and playbook types and the review's own helpers only.
import type { Analysis, Paragraph, RedlineOp } from '../engine/types';
import { positionFor } from '../playbook/issueFor';
import type { PlaybookIssue } from '../playbook/schema';
import { provisionWord } from './conformDenial';
import { ownTermsChangeClause } from './ownTermsChange';
import { sentenceSpan } from './redline/sentenceSpan';
import { sentenceClose } from './redline/surgical/grammar';
import { refusalExitAt } from './redline/surgical/provisoWording';
import { conformingEdit, editKey, type EditItem, type ReviewChoices, type ReviewItem } from './reviewItems';
import { commentWording, contractWording } from './wording';

/** "provided that", "provided always that", "provided, however, that": a proviso the power already has. */
const EARLIER_PROVISO = /\bprovided,?\s+(?:(?:always|however|further),?\s+)?that\b/i;
/** The playbook proviso's words for what may not widen the use of the data, turned to the agreement's own changes. */
const POLICY_CHANGES = 'no policy or change to a policy';

/**
 * The vendor's power to change the agreement, conditioned by the policy proviso of the chosen position ("…, provided
 * that no change to these Terms will expand our rights in Your Content unless agreed in a written amendment signed by
 * both parties"); undefined where the contract has no such power, the position has no proviso, the clause is edited or
 * found already, an inserted clause covers its changes, or there is nothing in the contract for a change to take back.
 */
export function termsChangeItem(
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  items: readonly ReviewItem[],
  choices: ReviewChoices,
  issue: PlaybookIssue | undefined,
): EditItem | undefined {
  const found = issue ? ownTermsChangeClause(analysis, paragraphs) : undefined;
  const text = found && paragraphs[found.paragraph]?.text;
  const position = found ? (choices.perItem?.[editKey(found.paragraph)] ?? choices.position) : 'skip';
  if (!issue || !found || text === undefined || position === 'skip') return undefined;
  const proviso = positionFor(issue, position).edits?.find((edit) => edit.kind === 'append-proviso');
  if (proviso?.kind !== 'append-proviso' || !proviso.text.includes(POLICY_CHANGES)) return undefined;
  // A clause the engine reads ("… including the purposes for which we process Your Content") has its own review.
  // A clause read only for the protections it gives ("…, provided that no update shall permit Supplier to use Customer
  // Content to train …", 486 G6.1) has none.
  const reviewed =
    items.some((item) => item.kind === 'edit' && item.paragraph === found.paragraph) || analysis.findings.some((f) => f.paragraph === found.paragraph && f.stance !== 'protective');
  // An inserted policy clause already reaching these changes ("… or to these Terms (including under Section 14.3)").
  const cited = `${provisionWord(analysis.terms)} ${found.number}`;
  const covered = items.some((item) => item.kind === 'insert' && item.text.includes(`(including under ${cited})`));
  const atStake = items.length > 0 || analysis.findings.some((f) => f.stance === 'protective');
  if (reviewed || covered || !atStake) return undefined;
  const span = sentenceSpan(text, { start: found.at - 1, end: found.at });
  const sentence = text.slice(span.start, span.end);
  // "Lexinor may update this Addendum on notice; if Firm objects …, the prior version will continue to apply": the
  // proviso binds the power, before the limb that follows it, not the prior version's continuance.
  const limb = sentence.indexOf(';', found.at - span.start);
  const exit = refusalExitAt(sentence);
  const at = span.start + (limb >= 0 ? limb : exit >= 0 ? exit : sentenceClose(sentence));
  const worded = contractWording(proviso.text, analysis.terms).replace(POLICY_CHANGES, `no change to ${found.named}`);
  // A power already under a proviso of its own takes a further one, not a second "provided that" (audit221, 486 G6.1).
  const further = EARLIER_PROVISO.test(text.slice(span.start, at)) ? worded.replace(/^provided that\b/i, 'and provided further that') : worded;
  const ops: RedlineOp[] = [{ kind: 'insert', at, text: `, ${further.charAt(0).toLowerCase()}${further.slice(1)}` }];
  const fill = (t: string) => commentWording(t, analysis.terms);
  return conformingEdit(found.paragraph, text, ops, [issue], position, {
    internal: `[Internal] The vendor's power to change the agreement (${cited}) now carries the policy proviso.`,
    external: fill(
      `This clause lets {{vendor}} change ${found.named} on its own. We added that no change may widen {{vendor}}'s rights in {{customerData}} without our agreement, so that a revised version alone cannot widen the use of {{customerData}}.`,
    ),
  });
}
