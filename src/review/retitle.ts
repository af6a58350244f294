// The run-in heading of a clause the review rewrote whole, where the old heading no longer describes it: "4.4 Usage
// Data and Aggregated Data. Lumenfold may use Customer Data only to provide …" and "7.4 No Limitation. Lumenfold may use
// Aggregated Data only after …" (audit168, 385) read as the vendor's heading over the customer's clause, and the lawyer
// retitled both. The heading takes the playbook issue's caption, in the contract's terms. Pure: engine types only.
import type { ContractTerms, RedlineOp } from '../engine/types';
import type { PlaybookIssue } from '../playbook/schema';
import { numberingPrefixLength } from './redline/sentenceSpan';
import { SENTENCE_WORDS } from './strikes';
import { contractWording } from './wording';

/** "Usage Data and Aggregated Data. ": capitalised words (and the small words of a title) closed by a full stop. */
const CAPTION = /^([A-Z][\w'’&/-]*(?: (?:[A-Z][\w'’&/-]*|of|and|or|to|for|the|in|on|by|with|a|an|&)){0,7})\.\s+(?=[A-Z])/;
/** Words of a caption that say nothing about its subject: every clause here is about data and its use. */
const UNTELLING = new Set(['of', 'and', 'or', 'to', 'for', 'the', 'in', 'on', 'by', 'with', 'a', 'an', '&', 'no', 'not', 'non', 'data', 'information', 'content', 'use', 'uses', 'rights', 'right']);

export interface RewrittenClause {
  readonly issue: PlaybookIssue;
  /** Whether the step put the playbook's clause in place of the vendor's sentence. */
  readonly wholeClause: boolean;
}

/** The words' stems: lower case, "licence" spelt one way, a plural's "s" gone. */
function stem(word: string): string {
  return word.toLowerCase().replace(/^licen[cs]/, 'licens').replace(/(?<=\w{3})s$/, '');
}

/** Whether most of the caption's telling words still appear in the clause under it. */
function describes(caption: string, body: string): boolean {
  const telling = caption.split(/\s+/).map(stem).filter((word) => !UNTELLING.has(word));
  if (telling.length === 0) return true;
  const bodyWords = body.split(/[^\w'’-]+/).filter(Boolean).map(stem);
  // "Improvement" is told by "improve": a stem of up to six letters; a short word only by itself.
  const seen = (word: string) => bodyWords.some((w) => (word.length < 4 ? w === word : w.startsWith(word.slice(0, Math.min(word.length, 6)))));
  const found = telling.filter(seen).length;
  return found * 2 >= telling.length;
}

/**
 * The ops that put the issue's caption in place of a run-in heading that no longer describes the clause below it, or
 * undefined. Only where a step rewrote the clause whole and left the heading as it was.
 */
export function retitledHeading(original: string, current: string, steps: readonly RewrittenClause[], terms: ContractTerms): RedlineOp[] | undefined {
  const issue = steps.find((step) => step.wholeClause && step.issue.heading !== undefined)?.issue;
  const prefix = numberingPrefixLength(current);
  if (!issue?.heading || prefix === 0) return undefined;
  const caption = CAPTION.exec(current.slice(prefix));
  const words = caption?.[1];
  if (!caption || !words || SENTENCE_WORDS.test(words)) return undefined;
  // The heading itself must be the contract's, untouched by the edit.
  const headed = current.slice(0, prefix + caption[0].length);
  if (!original.startsWith(headed) || original === current) return undefined;
  if (describes(words, current.slice(headed.length))) return undefined;
  const heading = contractWording(issue.heading, terms);
  const replacement = words === words.toUpperCase() ? heading.toUpperCase() : heading;
  if (replacement === words) return undefined;
  return [
    { kind: 'delete', start: prefix, end: prefix + words.length, text: words },
    { kind: 'insert', at: prefix + words.length, text: replacement },
  ];
}
