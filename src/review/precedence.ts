// "(a) Exhibit A, …, including where Exhibit A permits a use of Customer Data not otherwise permitted by Section 4",
// "This Exhibit A … prevails over Sections 4.2 and 6.2 of the Agreement": a precedence clause that lets another part of
// the contract allow what the clauses protecting the customer's data forbid undoes them, and every protection this
// review writes beside them (lawyer audits of 145 A.1 and 149 12.4). The clause keeps its order for everything else;
// only the data protections stop giving way. Pure: engine types and the review's helpers only.
import { applyOps } from '../engine/applyOps';
import type { Analysis, Paragraph, RedlineOp } from '../engine/types';
import type { PlaybookIssue } from '../playbook/schema';
import { numberAtStart } from './clauseNumbers';
import { provisionWord } from './conformDenial';
import { conformingEdit, type EditItem, type ReviewChoices, type ReviewItem } from './reviewItems';
import { commentWording, fragmentWording } from './wording';

const PRECEDENCE = /\b(?:prevails?|shall\s+prevail|will\s+prevail|takes?\s+precedence|order\s+of\s+precedence|shall\s+control|will\s+control|(?:in\s+the\s+event\s+of|if\s+there\s+is)\s+(?:any\s+)?(?:conflict|inconsistency))\b/i;
/** ", including where Exhibit A permits a use of Customer Data not otherwise permitted by Section 4 or Section 5". */
const OVERRIDE_LIMB = /,?\s(?:including|even)\s+(?:where|if|when)\b[^;.]{0,160}?\bnot\s+otherwise\s+permitted\b[^;.]*?(?=[;.]|,\s|$)/i;
/** "prevails over Sections 4.2 and 6.2": the clauses named as giving way, and where the list ends. */
const PREVAILS_OVER = /\bprevails?\s+over\s+(?:(?:Sections?|[Cc]lauses?|Articles?)\s+)((?:\d+(?:\.\d+)*(?:\([a-z]\))?)(?:(?:,\s*|,?\s+and\s+|,?\s+or\s+)\d+(?:\.\d+)*(?:\([a-z]\))?)*)/g;
/** A licence kept to serving the customer ("solely as necessary to provide …"): a protection in the grant's own words. */
const KEPT_TO_SERVICE = /\b(?:solely|only)\b[^.;]{0,60}?\b(?:provide|necessary|perform)\b/i;

/** " to 12", " - 12": the rest of a range whose first number the precedence pattern read. */
const RANGE_AFTER = /^\s*(?:to|-|–)\s*(\d+)\b/;

interface PrecedenceEdit {
  readonly paragraph: number;
  readonly ops: readonly RedlineOp[];
  readonly struckLimb: boolean;
  readonly kept: readonly string[];
}

/** The clause numbers of the clauses that protect the customer's data: a protective finding, or a licence kept to the service. */
function protectiveNumbers(analysis: Analysis, paragraphs: readonly Paragraph[]): Set<string> {
  const numbers = new Set<string>();
  paragraphs.forEach((paragraph, index) => {
    const number = numberAtStart(paragraph.text);
    if (number === undefined) return;
    const protects = analysis.findings.some((f) => f.paragraph === index && f.stance === 'protective') || KEPT_TO_SERVICE.test(paragraph.text);
    if (protects) numbers.add(number);
  });
  return numbers;
}

function findPrecedenceEdit(analysis: Analysis, paragraphs: readonly Paragraph[], busy: ReadonlySet<number>): PrecedenceEdit | undefined {
  const protective = protectiveNumbers(analysis, paragraphs);
  for (const [index, paragraph] of paragraphs.entries()) {
    const text = paragraph.text;
    if (busy.has(index) || !PRECEDENCE.test(text)) continue;
    const limb = OVERRIDE_LIMB.exec(text);
    if (limb && /\bpermit/i.test(limb[0])) {
      return { paragraph: index, ops: [{ kind: 'delete', start: limb.index, end: limb.index + limb[0].length, text: limb[0] }], struckLimb: true, kept: [] };
    }
    for (const over of text.matchAll(PREVAILS_OVER)) {
      const cited = (over[1] ?? '').match(/\d+(?:\.\d+)*(?:\([a-z]\))?/g) ?? [];
      // "prevail over clauses 1 to 12": a range of the whole body, not clause 1 (audit81, 226 cl. 1.1 was told "clause 1
      // protects Customer Data", its definitions). Which schedule may override which clause is the lawyer's to settle.
      if (RANGE_AFTER.test(text.slice((over.index ?? 0) + over[0].length))) continue;
      const kept = cited.filter((n) => protective.has(n));
      if (kept.length === 0) continue;
      // The proviso goes at the end of the sentence that gives the precedence.
      const stop = /[.;](?=\s|$)/g;
      stop.lastIndex = (over.index ?? 0) + over[0].length;
      const end = stop.exec(text)?.index ?? text.length;
      const word = provisionWord(analysis.terms);
      const list = kept.length === 1 ? `${word} ${kept[0]}` : `${word}s ${kept.slice(0, -1).join(', ')} and ${kept[kept.length - 1]}`;
      const proviso = fragmentWording(`, except that it does not permit any use or disclosure of {{customerData}} that ${list} would not permit`, analysis.terms);
      return { paragraph: index, ops: [{ kind: 'insert', at: end, text: proviso }], struckLimb: false, kept };
    }
  }
  return undefined;
}

/** The conforming edit of a precedence clause that lets another part override the data protections, if there is one. */
export function precedenceItem(analysis: Analysis, paragraphs: readonly Paragraph[], items: readonly ReviewItem[], choices: ReviewChoices, issue: PlaybookIssue | undefined): EditItem | undefined {
  if (issue === undefined) return undefined;
  const busy = new Set(items.flatMap((item) => (item.kind === 'edit' ? [item.paragraph] : [])));
  const found = findPrecedenceEdit(analysis, paragraphs, busy);
  const original = found && paragraphs[found.paragraph]?.text;
  if (!found || original === undefined || applyOps(original, found.ops) === original) return undefined;
  const word = provisionWord(analysis.terms);
  const external = found.struckLimb
    ? `We struck the words that let another part of this {{agreement}} permit uses of {{customerData}} that its data-use clauses do not; they would undo those clauses and the protections we have added.`
    : `${found.kept.length === 1 ? `${word.charAt(0).toUpperCase()}${word.slice(1)} ${found.kept[0]} protects` : `${word.charAt(0).toUpperCase()}${word.slice(1)}s ${found.kept.join(' and ')} protect`} {{customerData}}; the precedence given here must not widen the use or disclosure of {{customerData}} that ${found.kept.length === 1 ? 'it allows' : 'they allow'}.`;
  return conformingEdit(found.paragraph, original, found.ops, [issue], choices.position, {
    internal: '[Internal] Order of precedence conformed: the data-use protections no longer give way.',
    external: commentWording(external, analysis.terms),
  });
}
