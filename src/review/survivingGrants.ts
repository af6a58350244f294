// A survival list that keeps alive a clause still letting the vendor train on or improve with the customer's data:
// "Sections 1, 4.4, 5.3 and 7 survive …" beside a 5.3 the review could not rewrite (it also held a promise, or its data
// was not named as the customer's). The list gave the vendor after the end what the contract gave it during the term;
// four lawyer audits asked for the number to go (audit151, 357 § 9.6; audit155, 361 § 11.5; audit150 and audit157,
// 353 § 10.5). Pure: engine types and the review's own readings.
import { escapeRegExp } from './redline/surgical/context';
import { applyOps } from '../engine/applyOps';
import type { Analysis, Finding, Paragraph, RedlineOp } from '../engine/types';
import type { PlaybookIssue } from '../playbook/schema';
import { addsRestriction, itemBeforeAnd, KEEPS_PROMISES, listedItem } from './citingClauses';
import { numberAtStart, opensOneParagraph } from './clauseNumbers';
import { provisionWord } from './conformDenial';
import { joinOps } from './joinOps';
import { conformingEdit, type EditItem, type ReviewChoices, type ReviewItem } from './reviewItems';
import { itemStrike, SURVIVES } from './survivalList';
import { commentWording } from './wording';
import { contentFreeUsageAnswer, contentFreeUsageTerms } from './contentFreeUsage';
import { customerDataNames } from './namesTheData';

/** Uses of the customer's data that should lapse with the contract. */
const LAPSING_USES: ReadonlySet<string> = new Set(['ai-training', 'service-improvement']);
/**
 * A clause that sets its own life after the end ("during and after the Term", "perpetual") says so itself: striking
 * its number from the list would change nothing, and the comment saying the right ends would be untrue.
 */
const OWN_AFTERLIFE = /\b(?:during\s+and\s+)?(?:after|following|beyond)\s+(?:the\s+)?(?:(?:expiry|expiration|termination|end)\b|(?:[A-Z][\w-]*\s+)?Term\b)|\bperpetu(?:al|ally|ity)\b|\birrevocabl[ey]\b|\bindefinitely\b/i;

/** "may use", "may … analyse", "licence": a right to go on using something, which the survival list keeps open. */
const USE_RIGHT = /\bmay\b(?!\s+not\b)[^.;]{0,80}?\b(?:use|process|analy[sz]e|exploit|train|retain|commerciali[sz]e)|\blicen[cs]e\b/i;
/** A use of what the customer says about the service ("Feedback"), read by the engine's feedback rules. */
const aboutFeedbackOnly = (finding: Finding) => finding.rules.length > 0 && finding.rules.every((rule) => rule.startsWith('feedback'));

/**
 * The survival list's edit striking each clause it names whose text, after the review, still grants the vendor a use
 * of data that should end with the contract. Joined to the review's own edit of the list where one exists (which it
 * then replaces); undefined when no such clause is listed whole, or the strikes would touch the same words.
 */
export function survivingGrantsItem(
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  items: readonly ReviewItem[],
  choices: ReviewChoices,
  issues: readonly PlaybookIssue[],
  readsAs: (text: string) => readonly Finding[],
): EditItem | undefined {
  const edits = new Map(items.flatMap((item) => (item.kind === 'edit' ? [[item.paragraph, item] as const] : [])));
  const unique = opensOneParagraph(paragraphs);
  const grants = new Set<string>();
  const contentFree = contentFreeUsageTerms(analysis, paragraphs);
  const customerData = customerDataNames(analysis);
  const customers = [analysis.terms.customer, ...analysis.parties.customerAliases, 'you', 'You'].filter((n): n is string => !!n && n.length > 1).map(escapeRegExp);
  const customerRight = new RegExp(String.raw`\b(?:${customers.join('|')})\s+(?:may|can|(?:shall|will)\s+(?:own|retain|be\s+entitled\s+to))\s+(?!not\b)`);
  paragraphs.forEach((paragraph, index) => {
    const number = numberAtStart(paragraph.text);
    if (number === undefined || !unique(number)) return;
    const edit = edits.get(index);
    if (edit && addsRestriction(edit)) return;
    const text = edit?.target ?? paragraph.text;
    // A right of use, not title: what "shall vest in the Licensor" gave is already given when the contract ends.
    if (KEEPS_PROMISES.test(text) || OWN_AFTERLIFE.test(text) || !USE_RIGHT.test(text)) return;
    // Read again only where the original grants such a use: the review's rewrite may have taken it out.
    if (!analysis.findings.some((f) => f.paragraph === index && f.stance === 'risk' && LAPSING_USES.has(f.category))) return;
    const now = edit ? readsAs(text) : analysis.findings.filter((f) => f.paragraph === index);
    // A clause that also protects (a no-training promise, deletion) must outlast the contract with the data.
    if (now.some((f) => f.stance === 'protective' && f.category !== 'confidentiality')) return;
    // So must one that also gives the customer a right ("You may use Outputs for your internal business purposes"):
    // struck from the survival list, the customer would lose its own right to its books and reports (audit190, 429 § 6.8).
    if (customerRight.test(text)) return;
    // A use of the customer's suggestions about the service ("Feedback") is no use of its data (356 § 4.5).
    const lapsing = now.filter((f) => f.stance === 'risk' && LAPSING_USES.has(f.category));
    // "5.5 The Supplier may use Service Metrics to monitor, operate, secure and improve the Services …": usage data the
    // contract keeps free of the customer's data, left standing as the market's norm, keeps its survival too (414 § 13.6).
    const marketNorm = (f: Finding) => {
      const answer = contentFreeUsageAnswer(text, f, contentFree, customerData);
      return answer !== undefined && answer.ops === undefined;
    };
    if (lapsing.length > 0 && !lapsing.every(aboutFeedbackOnly) && !lapsing.every(marketNorm)) grants.add(number);
  });
  if (grants.size === 0) return undefined;
  const lists = paragraphs.flatMap((paragraph, index) => (SURVIVES.test(paragraph.text) && !grants.has(numberAtStart(paragraph.text) ?? '') ? [index] : []));
  for (const index of lists) {
    const original = paragraphs[index]!.text;
    const earlier = edits.get(index);
    let ops: RedlineOp[] = [...(earlier?.ops ?? [])];
    const struck: string[] = [];
    for (const number of grants) {
      const found = listedItem(number).exec(original) ?? itemBeforeAnd(number).exec(original);
      const joined = found ? joinOps(ops, itemStrike(original, found)) : undefined;
      if (!joined) continue;
      ops = joined;
      struck.push(number);
    }
    if (struck.length === 0) continue;
    const word = provisionWord(analysis.terms);
    const names = struck.length === 1 ? `${word} ${struck[0]}` : `${word}s ${struck.slice(0, -1).join(', ')} and ${struck[struck.length - 1]}`;
    const reason = commentWording(
      `${names} ${struck.length === 1 ? 'gives' : 'give'} {{vendor}} a right to use data to train or improve its own models and services, which should end with this {{agreement}}, so we removed ${struck.length === 1 ? 'it' : 'them'} from the clauses that survive.`,
      analysis.terms,
    );
    const internal = `[Internal] Survival no longer keeps ${names} alive (struck ${struck.map((n) => `“${n}”`).join(' and ')}): ${struck.length === 1 ? 'it still grants' : 'they still grant'} a use of data that should lapse.`;
    if (!earlier) return conformingEdit(index, original, ops, issues, choices.position, { internal, external: reason });
    return { ...earlier, ops, target: applyOps(original, ops), comment: { internal: `${earlier.comment.internal} ${internal}`, external: `${earlier.comment.external} ${reason}` } };
  }
  return undefined;
}
