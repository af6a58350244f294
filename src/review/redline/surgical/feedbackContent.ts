// "suggestions, ratings, transcript corrections or other feedback", "feedback, suggestions, ratings or edits to Draft
// Documentation", "feedback signals, such as edits you make to Output, ratings, …": a feedback list that counts the
// customer's corrections of its own content among the feedback lets the vendor use that content freely, around every
// promise about the data (audit212: 465 § 10.1, 466 § 6.7, 468 § 7(b)(i)). That item goes from the list; the rest
// of the feedback clause stays the vendor's, with the customer's data carved out of it by the edit after this one.
// Pure: must not import Office, React, the DOM or Node.
import type { SurgicalContext } from './context';
import { strikeFromLists } from './coordinatedList';
import type { Splice } from './splice';

/** The sentence is about feedback: what users say about the service or its results. */
const FEEDBACK = /\bfeedback\b/i;
/**
 * "transcript corrections", "edits to Draft Documentation", "edits you make to Output", "corrections of the Outputs":
 * the correcting word, with the thing corrected after it (group 1); the word before it is read apart.
 */
const CORRECTING_WORD = String.raw`\b(?:corrections|edits|revisions|annotations|amendments)\b`;
const CORRECTING_ITEM = new RegExp(
  String.raw`${CORRECTING_WORD}(?:\s(?:(?:that\s)?(?:you|users|[A-Z][\w-]*(?:\s[A-Z][\w-]*)?)\smake\s|made\s)?(?:to|of)\s(?:the\s|your\s|any\s|such\s)?([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}|[a-z]+))?`,
  'g',
);
/** What the service produces or the customer puts in, in plain words. */
const CONTENT_WORD = /^(?:outputs?|transcripts?|transcriptions?|summar(?:y|ies)|drafts?|notes|translations?|responses?|answers|captions?|content|results|recordings?|suggestions|completions|generations?)$/i;

/** The customer's data, the terms defined from it or inside it, and the contract's name for what the AI returns, lower case. */
function contentTerms({ terms, meanings }: SurgicalContext): string[] {
  const data = terms.customerData;
  const dataMeaning = meanings?.get(data) ?? '';
  // "Consultation Data means … transcripts, Draft Documentation and …": the terms named inside the data's definition,
  // and those defined from the data ("Improvement Data means Consultation Data that …").
  const related = [...(meanings ?? new Map<string, string>()).entries()].filter(([term, meaning]) => term !== data && (dataMeaning.includes(term) || meaning.includes(data))).map(([term]) => term);
  const outputs = terms.outputs ? [terms.outputs, terms.outputs.replace(/s$/, '')] : [];
  return [data, ...related, ...outputs].map((term) => term.toLowerCase());
}

function namesContent(word: string | undefined, terms: readonly string[]): boolean {
  if (word === undefined) return false;
  const lower = word.toLowerCase();
  return CONTENT_WORD.test(word) || terms.includes(lower) || terms.includes(lower.replace(/s$/, '')) || terms.includes(`${lower}s`);
}

/** The splices that strike each correcting item from its feedback list, or undefined where there is none to take. */
export function contentFeedbackSplices(context: SurgicalContext): Splice[] | undefined {
  const { sentence } = context;
  if (!FEEDBACK.test(sentence)) return undefined;
  const terms = contentTerms(context);
  const items: string[] = [];
  for (const found of sentence.matchAll(CORRECTING_ITEM)) {
    // The word right before the correcting word, read back to the space before it ("transcript corrections").
    const at = found.index ?? 0;
    const space = sentence.lastIndexOf(' ', at - 2);
    const previous = at > 0 && sentence[at - 1] === ' ' ? sentence.slice(space + 1, at - 1) : '';
    const before = /^[A-Za-z][\w-]*$/.test(previous) ? previous : undefined;
    const matched = (before === undefined ? '' : `${before} `) + found[0];
    const after = found[1];
    const corrected = namesContent(after, terms);
    const contentBefore = namesContent(before, terms) && /^[a-z]/.test(before ?? '');
    // "suggestions, ratings, corrections or other feedback" in a contract about what an AI generates: corrections of
    // its output, with nothing else named (audit214, 470 § 6(d)).
    const bare = !contentBefore && after === undefined && context.terms.outputs !== undefined && (before === undefined || /^(?:or|and)$/i.test(before));
    if (!corrected && !contentBefore && !bare) continue;
    // The item opens at its content word ("transcript corrections") or at the correcting word itself, and ends with
    // the thing corrected where that is content ("edits you make to Output"), or else with the correcting word.
    const wordAt = before === undefined ? 0 : before.length + 1;
    const wordEnd = wordAt + (/^[a-z]+/.exec(matched.slice(wordAt))?.[0].length ?? 0);
    items.push(matched.slice(contentBefore ? 0 : wordAt, corrected ? matched.length : wordEnd));
  }
  if (items.length === 0) return undefined;
  // Only an item of a list: "feedback, including corrections to Outputs" is a definition, which another edit answers.
  const inList = items.filter((item) => {
    const at = sentence.indexOf(item);
    // "feedback, including corrections to transcripts, sentiment scores …": an example list of the customer's
    // material, which the example's own edit strikes whole.
    if (/\bincluding\s$/i.test(sentence.slice(Math.max(0, at - 10), at))) return false;
    const around = sentence.slice(Math.max(0, at - 5), at) + '|' + sentence.slice(at + item.length, at + item.length + 5);
    return /(?:,|\bor|\band) \|/.test(around) || /\|(?:,| or\b| and\b)/.test(around);
  });
  if (inList.length === 0) return undefined;
  const splices = strikeFromLists(sentence, inList);
  // An item the list reader found alone ("Ratings and corrections …", the capital parting them) would leave its "and".
  return splices.length === 0 || splices.some((splice) => splice.text === '') ? undefined : splices;
}

const CORRECTED = new RegExp(CORRECTING_WORD, 'i');

/** Whether struck words are a correcting item ("transcript corrections") this edit took out of a feedback list. */
export function struckCorrections(text: string): boolean {
  // A list item and its commas, never a sentence that happens to list corrections among what it grants.
  return text.length <= 80 && CORRECTED.test(text) && !/[.;:]|\b(?:may|shall|will|must|grants?|licen[cs]e)\b/i.test(text);
}

/** ", except that this clause 10.2 does not apply to Customer Data": the feedback carve-out the playbook adds. */
const CARVED_OUT_DATA = /,\s+except\s+that\s+this\s+[\w.() ]{1,40}?\s+does\s+not\s+apply\s+to\s+[^.;]+/;

/** The sentence without that carve-out, which names the customer's data only to keep it out of the feedback. */
export function withoutFeedbackCarveOut(quote: string): string {
  return quote.replace(CARVED_OUT_DATA, '');
}
