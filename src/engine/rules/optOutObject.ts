// What an opt-out names as the thing opted out of: "opt out of automatic enrolment", "opt out of this agreement to
// arbitrate". An opt-out whose own object names no data, no use of it and no AI is a choice about something else
// (a pension scheme, a dispute process, a loyalty programme), whatever list of such things the vocabulary holds.
// Pure: reads the clause frame's text and cues; no patterns.
import type { ClauseFrame } from '../reading/frame';
import { wordBefore } from './queries';

/** Cue sets that make an opt-out's object a matter of data use. */
const DATA_OBJECT_SETS: ReadonlySet<string> = new Set([
  'dataNoun', 'docCustomerData', 'customerDataTerm', 'usageData', 'derivedData', 'dataTopics', 'aiNoun', 'aiAcronym',
  'trainVerb', 'trainingNoun', 'bareTraining', 'improveVerb', 'useVerb', 'shareVerb', 'retainVerb', 'actionNoun',
  'aiInstrument', 'controlCue', 'vendorEnds', 'providerName', 'aiProvider', 'offering', 'vendorMaterial',
]);
/** Words that point back to something named before ("opt out of it", "of such use"): the object is elsewhere. */
const REFERRING: ReadonlySet<string> = new Set(['it', 'them', 'this', 'that', 'these', 'those', 'such', 'same', 'any', 'all', 'either']);
/** Words that end the object: the means, the time or the next clause ("by writing to us", "within 30 days"). */
const OBJECT_ENDS: ReadonlySet<string> = new Set(['by', 'within', 'at', 'before', 'after', 'through', 'via', 'using', 'in', 'on', 'and', 'or', 'if', 'where', 'unless', 'for', 'from', 'with', 'so', 'which', 'who']);
const MAX_OBJECT_WORDS = 6;

type Named = 'data' | 'other' | undefined;

/** What the opt-out word ending at `end` names after "of": data use, something else, or nothing it names itself. */
function namedAfter(frame: ClauseFrame, end: number): Named {
  const rest = frame.text.slice(end - frame.start);
  const words = rest.split(' ');
  let at = end;
  let index = 0;
  while (index < words.length && words[index] === '') {
    at += 1;
    index += 1;
  }
  if ((words[index] ?? '').toLowerCase() !== 'of') return undefined;
  at += (words[index] ?? '').length + 1;
  index += 1;
  const from = at;
  let counted = 0;
  for (; index < words.length && counted < MAX_OBJECT_WORDS; index += 1) {
    const word = words[index] ?? '';
    const bare = word.toLowerCase().replace(',', '').replace('.', '').replace(';', '');
    if (counted === 0 && REFERRING.has(bare)) return undefined;
    if (OBJECT_ENDS.has(bare)) break;
    at += word.length + 1;
    counted += 1;
    if (word.endsWith(',') || word.endsWith('.') || word.endsWith(';')) break;
  }
  if (counted === 0) return undefined;
  return frame.cues.some((c) => c.start >= from && c.start < at && DATA_OBJECT_SETS.has(c.set)) ? 'data' : 'other';
}

/**
 * The sentence's opt-outs name only things other than data use, and it says nothing of training, improving or AI:
 * "Where an Employee gives notice that they wish to opt out of automatic enrolment, the Customer must upload …".
 */
export function optsOutOfOtherThing(frame: ClauseFrame): boolean {
  if (frame.cues.some((c) => c.set === 'trainVerb' || c.set === 'improveVerb' || c.set === 'aiNoun' || c.set === 'aiAcronym')) return false;
  // "Customer may opt out of the Clinical Accuracy Programme …, and Pawscribe shall stop collecting samples": what the
  // vendor stops using or keeping when the customer leaves names the programme as one of data use.
  // ("we will then stop using their points balance" names no data: a loyalty scheme stays something else.)
  const collects = (p: ClauseFrame['predicates'][number]) =>
    p.actions.some((a) => a.text.toLowerCase().startsWith('collect')) || (p.actions.some((a) => a.kind === 'use' || a.kind === 'retain') && p.objects.some((o) => o.kind === 'customer-data' || o.kind === 'usage-data' || o.kind === 'output' || (o.kind === 'generic' && (o.text.toLowerCase() === 'data' || o.text.toLowerCase().endsWith(' data')))));
  // "…, whereupon Merchant's Order Data will be used only to provide the Services": a passive use is the vendor's.
  if (frame.predicates.some((p) => (p.actor.side === 'vendor' || p.actor.passive) && collects(p))) return false;
  const named = frame.cues.filter((c) => c.set === 'optOutVerb').map((c) => namedAfter(frame, c.end));
  return named.includes('other') && !named.includes('data');
}

/** The words that name how a choice is made ("by email to privacy@…", "via the settings page"), not what it is about. */
const CHANNEL: ReadonlySet<string> = new Set(['by', 'via', 'through', 'using']);

/** Whether a cue names only the channel of a choice: the word before it is "by", "via", "through" or "using". */
export function isChannel(frame: ClauseFrame, c: { readonly start: number }): boolean {
  return CHANNEL.has(wordBefore(frame, c.start));
}

/** A cue naming something other than data ("arbitration", "marketing"), unless it only names the channel ("by email"). */
export function namesOtherThing(frame: ClauseFrame): boolean {
  return frame.cues.some((c) => c.set === 'optOutNotData' && !isChannel(frame, c));
}
