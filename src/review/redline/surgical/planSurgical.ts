// The surgical path of the redline planner: applies a position's declarative edits to the vendor's own sentence and
// returns the edited sentence, or undefined so the planner falls back to the clause. Pure: no Office, React, DOM.
import { numberAtStart } from '../../clauseNumbers';
import { fragmentWording } from '../../wording';
import type { SurgicalEdit } from '../../../playbook/schema';
import type { Analysis, Finding, RedlineOp } from '../../../engine/types';
import { vendorNames, type SurgicalContext } from './context';
import { editSplices } from './edits';
import { applySplices, splicesToOps, type Splice } from './splice';
import { licenceTermSplice } from './licenceTerm';


/** The sentence with the spans the splices replace turned to spaces, so offsets still match. */
function blankOut(sentence: string, splices: readonly Splice[]): string {
  let text = sentence;
  for (const splice of splices) text = text.slice(0, splice.start) + ' '.repeat(splice.end - splice.start) + text.slice(splice.end);
  return text;
}

export interface SurgicalResult {
  /** The sentence after the edits. */
  readonly target: string;
  /** Ops on the paragraph (offsets include `start`), sorted and non-overlapping. */
  readonly ops: readonly RedlineOp[];
}

/**
 * The edits applied to the sentence at [start, start + sentence.length) of the finding's paragraph, or undefined when
 * a required edit finds nothing to change, two edits collide, or nothing changes at all.
 */
/** "solely to provide the Services to Customer": a licence kept to serving the customer, whose exit needs it too. */
const SERVES_ONLY = /\b(?:solely|only|exclusively)\s+(?:to\s+the\s+extent\s+(?:necessary|required)\s+)?(?:to|for\s+the\s+purposes?\s+of)\s+(?:provid|operat|deliver|perform|support)/i;

/** How planRedline cites a paragraph with no number of its own: "this paragraph", never the whole section above it. */
export const UNNUMBERED = 'paragraph';

export function surgicalEdit(sentence: string, start: number, finding: Finding, edits: readonly SurgicalEdit[], analysis: Analysis, citedAs?: string): SurgicalResult | undefined {
  const names = vendorNames(analysis);
  if (names.length === 0) return undefined;
  const context: SurgicalContext = {
    sentence,
    evidence: finding.evidence
      .filter((signal) => signal.start >= start && signal.end <= start + sentence.length)
      .map((signal) => ({ ...signal, start: signal.start - start, end: signal.end - start })),
    terms: analysis.terms,
    vendorNames: names,
    mode: analysis.mode ?? 'customer',
    deletionElsewhere: analysis.findings.some((f) => f.category === 'deletion' && f.stance === 'protective' && f.scope === undefined && f.paragraph !== finding.paragraph),
    meanings: new Map(analysis.definitions.map((d) => [d.term, d.meaning])),
  };
  // "this Section" in a contract whose "Section 3" is a whole article could reach all of it: the clause cites itself
  // by its own number ("this Section 2.4") where its sentence opens with one.
  const number = finding.start === 0 ? numberAtStart(finding.quote) : undefined;
  // A lettered paragraph under a numbered section ("(d) If Customer provides Feedback …" under "7.") is cited as the
  // contract cites it, "this Section 7(d)": "this Section" alone could reach all of Section 7 (audit48, 123 7(d)).
  const own = number !== undefined && finding.quote.indexOf(number) + number.length + 2 >= start ? number : citedAs;
  const provision = analysis.terms.provision ?? 'clause';
  // "Nothing in paragraph 2 restricts …": a schedule that calls its own items paragraphs is cited the same way.
  const paragraphs = /\bparagraphs?\s+\d/.test(finding.quote) && !/\b(?:[Cc]lauses?|[Ss]ections?)\s+\d/.test(finding.quote);
  const fill = (text: string): string => {
    const cited = fragmentWording(text, analysis.terms);
    const worded = paragraphs || own === UNNUMBERED ? cited.replace(new RegExp(`\\bthis ${provision}\\b`, 'g'), 'this paragraph') : cited;
    return own === undefined || !/[.(]/.test(own) ? worded : worded.replace(new RegExp(`\\bthis ${provision}\\b(?! \\d)`, 'g'), `this ${provision} ${own}`);
  };
  const splices: Splice[] = [];
  for (const edit of edits) {
    if ('onlyIfNoneBefore' in edit && edit.onlyIfNoneBefore && splices.length > 0) continue;
    const found = editSplices(edit, splices.length > 0 ? { ...context, remaining: blankOut(sentence, splices) } : context, fill);
    if (!found) {
      if (!edit.optional) return undefined;
      continue;
    }
    // Words an earlier edit already struck need no second edit ("indefinitely" inside a struck retention clause).
    // An insertion at either edge of a struck span still reads (a proviso after struck words), so only one strictly
    // inside it is dropped.
    const inside = (splice: Splice, done: Splice) =>
      splice.start === splice.end ? done.start < splice.start && splice.start < done.end : done.start <= splice.start && splice.end <= done.end;
    // A provider list's objection right is the whole answer (see providerChange): no proviso on policies beside it.
    if (edit.kind === 'objection-right') {
      splices.splice(0, splices.length, ...found);
      break;
    }
    // Nor does the same change made twice: the ban and the exception's strike both drop "Unless you turn it off, w" for
    // "W" (audit84, 230 AI Terms § 4).
    const same = (splice: Splice, done: Splice) => splice.start === done.start && splice.end === done.end && splice.text === done.text;
    const fresh = found.filter((splice) => !splices.some((done) => (done.text === '' && inside(splice, done)) || same(splice, done)));
    splices.push(...fresh);
  }
  // A licence struck of its perpetuity, and not narrowed to serving the customer (whose exit windows need it), ends
  // with the agreement.
  const term = licenceTermSplice(sentence, splices, fill('for the term of this {{agreement}}'));
  if (term && !SERVES_ONLY.test(applySplices(sentence, splices) ?? '')) splices.push(term);
  const target = applySplices(sentence, splices);
  if (target === undefined || target === sentence) return undefined;
  return { target, ops: splicesToOps(sentence, splices, start) };
}
