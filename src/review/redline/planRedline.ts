// Plans the edit that moves a clause to a playbook position: word-level ops when the sentence mostly survives, a
// whole-sentence replacement when it does not, a new paragraph for a missing protection.
// Pure: imports only engine types and playbook types/fillers; never Office, React, the DOM or Node.
import type { PlaybookPosition } from '../../playbook/schema';
import { dataTermOfSentence } from '../sentenceTerms';
import { clausePaths, itemLabel, numberAtStart } from '../clauseNumbers';
import { throughDescribingSentence } from '../describingSentence';
import { contractWording } from '../wording';
import { InvariantError, type Analysis, type Finding, type MissingProtection, type Paragraph, type PlanSource, type RedlineOp, type RedlinePlan } from '../../engine/types';
import { applyOps } from '../../engine/applyOps';
import { planId, textDigest } from './planId';
import { surgicalEdit, UNNUMBERED } from './surgical';
import { labelledListEdit } from './surgical/labelledList';
import { numberingPrefixLength, sentenceSpan } from './sentenceSpan';
import { similarityUpperBound, wordDiff } from './wordDiff';

/**
 * Below this share of unchanged text a word-level redline becomes a patchwork that is harder to read than a clean
 * replacement, so the whole sentence is replaced instead.
 */
export const WORD_LEVEL_MIN_SIMILARITY = 0.5;

/**
 * Longer than any real contract sentence (a long one is about 1,000 characters). Beyond it a "sentence" is text
 * without full stops, and word-level editing would spend time on it for a redline no one could read.
 */
export const MAX_WORD_LEVEL_SENTENCE = 5000;

// A sentence that defines a term: "Usage Data" means ..., "X" shall mean ..., "X" has the meaning ..., "X": ...
// '"Usage Data" means', '"PLATFORM DATA" (« Données de plateforme ») means', and unquoted 'Derived Data means' (not
// 'Supplier Purposes means: (a) …', a list whose items are struck one by one).
const DEFINITION =
  /^(?:(?:cl\.|clause|section|article)\s*)?(?:\d+(?:\.\d+)*\.?\s+)?(?:["\u201c][^"\u201d]{1,80}["\u201d](?:\s*\([^()]{1,80}\))?(?::\s|\s+(?:means|shall mean|has the meaning|includes)\b)|(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*\s+(?:means|shall mean|has the meaning)\b(?!:))/;

export function planRedline(
  target: Finding | MissingProtection,
  position: PlaybookPosition,
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
): RedlinePlan {
  // A clause put in place of a sentence about "Portfolio Data" speaks of Portfolio Data, as the sentence did.
  const terms = 'id' in target ? dataTermOfSentence(target.quote, [target], analysis) : analysis.terms;
  const comment = {
    internal: contractWording(position.internalComment, terms),
    external: contractWording(position.externalComment, terms),
  };
  const clause = contractWording(position.clause, terms);
  if ('id' in target) return planReplacement(target, position, clause, comment, analysis, paragraphs);
  const anchor = target.insertAfterParagraph;
  const source: PlanSource = { kind: 'missing', category: target.category };
  return planInsertion(source, anchor, anchorText(paragraphs, anchor), position.id, clause, comment);
}

function anchorText(paragraphs: readonly Paragraph[], index: number): string {
  const paragraph = paragraphs[index];
  if (!paragraph) throw new InvariantError(`paragraph ${index} does not exist (the document has ${paragraphs.length})`);
  return paragraph.text;
}

function planReplacement(
  finding: Finding,
  position: PlaybookPosition,
  clause: string,
  comment: RedlinePlan['comment'],
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
): RedlinePlan {
  const positionId = position.id;
  const text = anchorText(paragraphs, finding.paragraph);
  if (text.slice(finding.start, finding.end) !== finding.quote) {
    throw new InvariantError(`finding ${finding.id} does not quote paragraph ${finding.paragraph} at [${finding.start}, ${finding.end})`);
  }
  const span = sentenceSpan(text, finding);
  const prefix = span.start === 0 ? numberingPrefixLength(text) : 0;
  const start = span.start + prefix;
  const sentence = text.slice(start, span.end);
  if (DEFINITION.test(sentence) || glossaryEntry(sentence, analysis, finding.paragraph)) {
    // Other clauses rely on a defined term, so replacing its definition with an operative clause would break them:
    // the position goes in as a new paragraph after it, and the lawyer narrows the definition itself. A clause of its
    // own speaks of all the customer's data, in the contract's umbrella term, not of the one term the definition names.
    const own = (text: string) => contractWording(text, analysis.terms);
    const ownComment = { internal: own(position.internalComment), external: own(position.externalComment) };
    return planInsertion({ kind: 'finding', findingId: finding.id }, finding.paragraph, text, positionId, own(position.clause), ownComment);
  }
  // A careful lawyer edits the vendor's own words first; the playbook clause replaces them only when that fails.
  // A run-on "sentence" of thousands of characters is replaced whole: word-level work on it is capped, and said so.
  const tooLong = sentence.length > MAX_WORD_LEVEL_SENTENCE;
  // A labelled list no playbook edit fits ("Nature and purpose of the processing: …; and the development of the
  // Supplier's products") loses only its risky items: the rest describes the service the customer buys.
  const surgical = tooLong ? undefined : (position.edits && surgicalEdit(sentence, start, finding, position.edits, analysis, citation(paragraphs, finding.paragraph))) || labelledListEdit(sentence, start, finding);
  if (!surgical && !tooLong && position.standsApart) {
    // "A list of our AI providers is set out in our Privacy Policy, which we update from time to time": the customer
    // needs the reference; the position's clause goes after it rather than in its place (audit47, 118 § 15).
    const own = (words: string) => contractWording(words, analysis.terms);
    return planInsertion({ kind: 'finding', findingId: finding.id }, finding.paragraph, text, positionId, own(position.clause), { internal: own(position.internalComment), external: own(position.externalComment) });
  }
  const goal = surgical?.target ?? clause;
  const diff = !tooLong && !surgical && similarityUpperBound(sentence, clause) >= WORD_LEVEL_MIN_SIMILARITY ? wordDiff(sentence, clause, start) : undefined;
  const wordLevel = surgical !== undefined || (diff !== undefined && diff.similarity >= WORD_LEVEL_MIN_SIMILARITY);
  const ops: RedlineOp[] = surgical ? withoutDoubledSpace(text, surgical.ops) : diff && wordLevel ? [...diff.ops] : replaceWhole(throughDescribing(text, start, span.end), clause, start);
  const targetText = applyOps(text, ops);
  return {
    id: planId(['finding', finding.id, positionId, finding.paragraph, textDigest(text), goal]),
    kind: wordLevel ? 'word-level' : 'sentence',
    source: { kind: 'finding', findingId: finding.id },
    positionId,
    paragraph: finding.paragraph,
    originalText: text,
    targetText,
    ops,
    newParagraphs: [],
    comment,
    ...(tooLong ? { note: tooLongNote(sentence.length) } : {}),
  };
}

function tooLongNote(length: number): string {
  const size = (n: number): string => n.toLocaleString('en-US');
  return (
    `This sentence is ${size(length)} characters long, more than the ${size(MAX_WORD_LEVEL_SENTENCE)} a word-level redline reads, ` +
    'so the whole sentence is replaced by the playbook clause. Check that nothing else in it was needed.'
  );
}

/**
 * The sentence replaced, with a last sentence that only describes or stretches it ("It continues after you delete …"):
 * left after the playbook's clause it would point at that clause instead (audit56, 151).
 */
function throughDescribing(text: string, start: number, end: number): string {
  let at = end;
  while (at < text.length && /\s/.test(text[at] ?? '')) at++;
  const described = throughDescribingSentence(text, at);
  return text.slice(start, described > at ? described : end);
}

function replaceWhole(sentence: string, clause: string, start: number): RedlineOp[] {
  const ops: RedlineOp[] = [];
  if (sentence) ops.push({ kind: 'delete', start, end: start + sentence.length, text: sentence });
  if (clause) ops.push({ kind: 'insert', at: start + sentence.length, text: clause });
  return ops;
}

function planInsertion(
  source: PlanSource,
  paragraph: number,
  text: string,
  positionId: string,
  clause: string,
  comment: RedlinePlan['comment'],
): RedlinePlan {
  const sourceKey = source.kind === 'finding' ? source.findingId : source.category;
  return {
    id: planId([source.kind, sourceKey, positionId, paragraph, textDigest(text), clause]),
    kind: 'inserted-paragraph',
    source,
    positionId,
    paragraph,
    originalText: text,
    targetText: text,
    ops: [],
    newParagraphs: [clause],
    comment,
  };
}

/** "(d) …" under "7. AI Features": how the contract cites the lettered paragraph ("7(d)"), where it cites that way. */
/**
 * "Anonymised Data: Client Data that has been aggregated …": a glossary line, unquoted, that the engine read as the
 * definition of its term (audit58, 158: it was replaced by an operative clause, and the term lost its meaning).
 */
function glossaryEntry(sentence: string, analysis: Analysis, paragraph: number): boolean {
  return analysis.definitions.some((d) => d.paragraph === paragraph && sentence.startsWith(`${d.term}:`));
}

/**
 * How the edited paragraph cites itself: "7(d)" for a lettered paragraph, "4.7" for one whose number comes before a
 * heading sentence ("4.7 Feedback. Customer may …"), and "this paragraph" for one with no number at all, where "this
 * Section" would reach the whole section above it (audit60: 166 § 4.7, 167 § 4).
 */
function citation(paragraphs: readonly Paragraph[], index: number): string | undefined {
  const text = paragraphs[index]?.text ?? '';
  const number = numberAtStart(text);
  return letteredCitation(paragraphs, index) ?? (number === undefined ? (/^\s*\(/.test(text) ? undefined : UNNUMBERED) : number);
}

function letteredCitation(paragraphs: readonly Paragraph[], index: number): string | undefined {
  if (itemLabel(paragraphs[index]?.text ?? '') === undefined) return undefined;
  // "(i)" under "(b)" under "Section 7." is "7(b)(i)", and "(d)" under "Section 6." is "6(d)" (see clausePaths).
  const path = clausePaths(paragraphs)[index];
  const section = path?.slice(0, path.indexOf('('));
  if (path === undefined || !section) return undefined;
  return paragraphs.some((p) => p.text.includes(`${section}(`) || /\b\d{1,3}\([a-z]\)/.test(p.text)) ? path : undefined;
}

/**
 * "5. Effect of contribution. [-The licence in paragraph 4 is perpetual …-] All rights …": a deletion with a space on
 * each side and nothing inserted at either edge would leave two spaces; it takes the space after it too.
 */
function withoutDoubledSpace(text: string, ops: readonly RedlineOp[]): RedlineOp[] {
  const insertedAt = new Set(ops.filter((op) => op.kind === 'insert').map((op) => op.at));
  return ops.map((op) =>
    op.kind === 'delete' && text[op.start - 1] === ' ' && text[op.end] === ' ' && !insertedAt.has(op.start) && !insertedAt.has(op.end) &&
    !ops.some((other) => other !== op && other.kind === 'delete' && other.start === op.end + 1)
      ? { ...op, end: op.end + 1, text: text.slice(op.start, op.end + 1) }
      : op,
  );
}
