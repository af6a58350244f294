// "5.4 We also will not use Your Content … to train or improve our own AI models so that suggestions get better for
// everyone. Before we do, we remove names …": once the review turns a use into a ban, the reason given for the use and
// the next sentence's account of how it is done ("Before we do, …") describe something that no longer happens, and
// the lawyer audit of 159 § 5.4 read the pair as a contradiction. Both go with the ban. Pure: engine types only.
import type { RedlineOp } from '../engine/types';
import type { EditTrack } from './editTrack';
import { sentenceSpan } from './redline/sentenceSpan';
import { ACKNOWLEDGED_NEED } from './describingSentence';

/** A ban this review wrote: "will not use", "shall not use". */
const BAN = /\b(?:will|shall|must)\s+not\s+(?:\w+\s+){0,2}?(?:use|train|process|share|disclose)\b/g;
/** " so that suggestions get better for everyone": the reason the use was given, up to the sentence's stop. */
// It starts at a comma or where a run of spaces starts, never inside the run (linear on long runs of spaces).
const REASON_TAIL = /(?:,\s|(?<=\S)\s)so\s(?:that|as\sto)\s[^.;]{1,120}(?=[.;])/;
/**
 * ", which may be deployed for the benefit of all of the Supplier's customers": what the banned use's models would
 * serve reads, after the ban, as if only shared models were barred (audit77, 219 § 6.2).
 */
const SHARED_TAIL = /,\s(?:which|that)\s(?:may|will|can|are|is)\s(?:be\s)?(?:deployed|used|shared|offered|made\savailable)\s(?:for|to|across|with|by)\s[^.;]{1,120}(?=[.;])/;
/**
 * ", in accordance with the AI Terms" closing the ban: the manner the use was to follow now qualifies the ban, which
 * reads as barring only use that follows those terms and lets them govern (audit174, 397 § 7.2).
 */
const MANNER_TAIL = /,?(?<=\S)\s(?:in\saccordance\swith|as\sdescribed\sin|as\sset\sout\sin|pursuant\sto)\s(?:the\s|our\s|its\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,4}(?=\.\s*$|;)/;
/**
 * ", and all such models, including their weights …, are owned exclusively by Trussline and may be deployed for the
 * benefit of Trussline's other customers": what becomes of the models the ban now forbids (audit175, 399 § 6.2).
 */
// ", and the resulting Models may be made available to other insurers" too (audit215, 473 § 5.4.3).
const SUCH_MODELS_TAIL = /,\s(?:and\s)?(?:(?:all|any|each)\ssuch|(?:the|any|all)\sresulting)\s(?:[\w-]+\s)?[Mm]odels?\b[^.;]{1,300}(?=\.\s*$|;)/;
/**
 * ", after applying Cadence's standard de-identification process to that data": how the banned use was to be done
 * reads, after the ban, as barring only use of data so treated (413 Exhibit B § B.4).
 */
const PREPARED_FIRST_TAIL = /,\s(?:after|once|following)\s(?:first\s)?(?:applying|de-?identifying|removing|anonymi[sz]ing|pseudonymi[sz]ing|stripping|redacting|aggregating)\b[^.;]{1,200}(?=\.\s*$|;)/;
/** "3.3 ", "(b) ": the clause number the paragraph opens with, which stays. */
const LIST_NUMBER = /^\s*(?:[A-Z]?\d+(?:\.\d+)*\.?|\([a-z0-9]+\))\s+/;
/** "In addition, ", "Additionally, ", "Further, ": the words that made the grant one more permission. */
const ADDITIVE = /^(?:In\saddition|Additionally|Further(?:more)?|Also|Moreover),\s/;
/** "Accordingly, ", "For that reason, ": the words that make a sentence follow from the one before it. */
const CONSEQUENCE = /^(?:Accordingly|Therefore|Consequently|Hence|Thus|For\s(?:this|that|these|those)\sreasons?|As\sa\s(?:result|consequence)),\s/;
/** "Before we do, …", "When we do so, …", "In doing so, …": a sentence that only says how the use is done. */
// "Before doing so the Supplier will apply its redaction process", "Before using data for Content Training, we apply
// …" (audit77, 219 § 6.2 and 220 A.4) say the same without a subject of their own.
// "Before such use, Sightline removes embedded metadata …" (audit177, 404 Annex 3 § 3) says it of the use by name.
const HOW_IT_IS_DONE =
  /^(?:(?:Before|When|Whenever|Once|After|Where|If)\s+(?:we|it|they|[A-Z][\w-]*)\s+(?:do|does)(?:\s+so)?,\s|(?:Before|Prior\s+to|During|For)\s+(?:any\s+)?such\s+(?:use|training|processing)[,\s]|(?:In|When|Before|Prior\s+to)\s+(?:doing\s+so|so\s+doing|doing\s+this)[,\s]|(?:Before|Prior\s+to|When)\s+using\s+[^,.;]{1,60}?\s(?:for|in)\s[^,.;]{0,40}?(?:[Tt]rain|[Tt]un)ing\b)/;

/** "We remove your name and email address before we do this.": the same account, told after it (audit62, 175 ¶18). */
// "Supplier will apply automated tools … to Engagement Data before it is used for training." is the same (214 cl. 6.3).
// "… from Document excerpts before they are used under this Section 5.5." names the use by its clause (audit143, 343).
const DONE_THIS_WAY = /^[^.;]{1,160}\s(?:before|when|whenever|once|after|as)\s(?:(?:we|it|they)\s(?:do|does)\s(?:this|so|that)|(?:it|they)\s(?:is|are)\s(?:used|processed)\s(?:(?:for|in)\s(?:training|model\s+training|such\s+training|that\s+purpose|such\s+purposes?)|under\s+this\s+(?:[Ss]ection|[Cc]lause|paragraph)(?:\s+\d+(?:\.\d+)*(?:\([a-z0-9]+\))?)?))\.$/;

/**
 * The ops that strike, from the track's current text, the reason tail of a sentence that now bans a use this review
 * banned, and the sentence after it that tells how the use is done; undefined when there is nothing to strike.
 */
export function strikeBannedUseFollowers(track: EditTrack): RedlineOp[] | undefined {
  const text = track.current;
  const ops: RedlineOp[] = [];
  for (const ban of text.matchAll(BAN)) {
    const at = ban.index ?? 0;
    // Only a ban this review wrote (its "not" is ours): the contract's own bans keep their reasons.
    const not = at + ban[0].search(/\bnot\b/);
    if (!track.writtenByUs(not, not + 3)) continue;
    const stop = sentenceStop(text, at);
    // "The Subscriber acknowledges that the accuracy of the Platform depends on continuous learning from live claims."
    // just before the ban argued for the use; kept, it undercuts the ban (audit77/78, 217 cl. 3.3).
    const opening = sentenceSpan(text, { start: at, end: at + 1 }).start;
    const before = opening > 0 ? sentenceSpan(text, { start: opening - 2, end: opening - 1 }) : undefined;
    const said = before && before.end <= opening ? text.slice(before.start, before.end) : undefined;
    const lead = said === undefined ? 0 : LIST_NUMBER.exec(said)?.[0].length ?? 0;
    if (before && said !== undefined && ACKNOWLEDGED_NEED.test(said.slice(lead))) {
      // "Accordingly, Ordinate shall not use …" would point back at the struck need (audit173, 395 § 5.3): the word
      // that ties the ban to it goes with it.
      const tie = CONSEQUENCE.exec(text.slice(opening));
      const first = tie ? text.charAt(opening + tie[0].length) : '';
      const end = opening + (tie && first === first.toUpperCase() ? tie[0].length : 0);
      ops.push({ kind: 'delete', start: before.start + lead, end, text: text.slice(before.start + lead, end) });
    } else if (opening > 0) {
      // "In addition, Calderbrook shall not use Coding Signals …": the ban adds nothing to the sentence before, which
      // it now limits; the connector that made it one more permission goes (audit181, 409 § 4.5).
      const added = ADDITIVE.exec(text.slice(opening, at));
      const first = added ? text.charAt(opening + added[0].length) : '';
      if (added && first !== first.toLowerCase()) ops.push({ kind: 'delete', start: opening, end: opening + added[0].length, text: added[0] });
    }
    const tail = REASON_TAIL.exec(text.slice(at, stop + 1)) ?? SHARED_TAIL.exec(text.slice(at, stop + 1)) ?? MANNER_TAIL.exec(text.slice(at, stop + 1)) ?? SUCH_MODELS_TAIL.exec(text.slice(at, stop + 1)) ?? PREPARED_FIRST_TAIL.exec(text.slice(at, stop + 1));
    if (tail) ops.push({ kind: 'delete', start: at + tail.index, end: at + tail.index + tail[0].length, text: tail[0] });
    const nextStart = stop + 1 + (text.slice(stop + 1).length - text.slice(stop + 1).trimStart().length);
    const next = text.slice(nextStart);
    const nextStop = sentenceStop(text, nextStart);
    if (!HOW_IT_IS_DONE.test(next) && !DONE_THIS_WAY.test(text.slice(nextStart, nextStop + 1))) continue;
    ops.push({ kind: 'delete', start: stop + 1, end: nextStop + 1, text: text.slice(stop + 1, nextStop + 1) });
  }
  return ops.length > 0 ? ops : undefined;
}

/** The offset of the last character (its full stop) of the sentence running through `from`, by the review's own splitter. */
const sentenceStop = (text: string, from: number): number => sentenceSpan(text, { start: from, end: from + 1 }).end - 1;
