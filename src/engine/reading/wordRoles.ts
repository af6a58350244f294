// Two small readings of a word's role that decide what a clause does: a "not" that only leaves a thing out of a list
// ("text but not audio"), and a participle that describes a noun ("cached Outputs"). Pure: the reading layer only.
import type { Cue } from './frame';
import { wordIndexAt, type PredicateInput } from './predicateInput';

const VERB_WORD = /^(?:to|is|are|was|were|be|been|will|shall|may|can|must|would|should|could|might)$/;
/** Words after a participle that show it is a verb ("stored and processed in the EU"), not a word describing a noun. */
const NOT_A_NOUN = /^(?:by|in|on|for|to|with|from|at|as|under|into|onto|through|via|within|until|after|before|during|the|a|an|and|or|only|solely|and\/or|if|when|where|so|such|that|which|indefinitely|permanently|securely|separately|again|back|out|up|off)$/;

/** Nouns that end like an adverb: "supply chain data", "family records", "assembly logs". */
const LY_NOUNS = new Set(['supply', 'family', 'assembly', 'anomaly', 'monopoly', 'reply', 'ally', 'rally', 'italy', 'july', 'fly', 'lily', 'belly', 'jelly', 'bully', 'homily']);
/** "processed in memory and discarded immediately after …": a participle before an adverb describes no noun. */
const adverb = (word: string): boolean => /^[a-z]{3,}ly$/.test(word) && !LY_NOUNS.has(word);

/** For "but not <a short phrase with no verb>" (or "not as <a role>"), the word index where the phrase ends (its comma); else undefined. */
export function leftOut(input: PredicateInput, neg: Cue, i: number, after: number): number | undefined {
  const { units, offset, sentenceText } = input;
  // "acts as an independent controller, and not as a processor, in respect of …": "not as <a role>" is such a phrase too.
  const contrast = units[i - 1]?.norm === 'but' || units[i + 1]?.norm === 'as';
  if (neg.text.toLowerCase() !== 'not' || !contrast) return undefined;
  const from = neg.end - offset;
  // "(… error logs, but not the contents of Research Data) to maintain …": a closing bracket ends the phrase too.
  const pause = /[,;.)]/.exec(sentenceText.slice(from));
  const end = wordIndexAt(units, (pause ? from + pause.index : sentenceText.length) + offset, offset);
  if (end <= after || end - after > 5) return undefined;
  return units.slice(after, end).some((u) => VERB_WORD.test(u.norm)) ? undefined : end;
}

/**
 * "delete … embeddings and cached Outputs", "your stored Inputs", "a deleted workspace": a participle after "and", a
 * comma or a determiner,
 * before a noun, describes that noun; it is no act of keeping or training.
 */
export function describesANoun(input: PredicateInput, c: Cue, before: string): boolean {
  const { units, offset } = input;
  const next = units[wordIndexAt(units, c.end, offset)];
  const describes = /^[A-Z]/.test(next?.text ?? '') || (/^[a-z]/.test(next?.text ?? '') && !NOT_A_NOUN.test(next?.norm ?? '') && !adverb(next?.norm ?? ''));
  // "projects in a deleted workspace": after "a", "an", "each" or "every" as after "the".
  // "Customer's licensed clinicians": after a possessive as after "your" or "its".
  const placed = /^(?:and|or|all|your|our|their|its|the|any|such|a|an|each|every)$/.test(before) ||
    units[wordIndexAt(units, c.start, offset) - 1]?.possessive === true ||
    /,\s*$/.test(input.sentenceText.slice(0, c.start - offset)) || namesATerm(input, c, next?.text);
  // "by applying pre-trained models to Customer Data", "uses trained models to score": a participle right before a
  // model noun describes the model, whatever word comes before it (blind54).
  const modelNext = MODEL_NOUN.test(next?.norm ?? '');
  return /ed$/.test(c.text) && describes && (placed || modelNext);
}
const MODEL_NOUN = /^(?:models?|networks?|classifiers?|algorithms?|llms?|weights)$/;

/**
 * "drawn from Licensed Content", "trained on Licensed Materials": inside the sentence, a capitalised participle before
 * a capitalised noun is the first word of a defined term's name, whatever word comes before it.
 */
function namesATerm(input: PredicateInput, c: Cue, next: string | undefined): boolean {
  const { units, offset } = input;
  const at = wordIndexAt(units, c.start, offset);
  const previous = units[at - 1];
  // The sentence's first word (after its number) is capitalised anyway: "Licensed Content must be deleted …".
  const inside = previous !== undefined && /[a-z]/.test(previous.text) && !/[.:;]$/.test(input.sentenceText.slice(0, c.start - offset).trimEnd());
  return inside && /^[A-Z][a-z]/.test(c.text) && /^[A-Z][a-z]/.test(next ?? '');
}
