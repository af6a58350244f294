// "Unless Client notifies Tessellate otherwise under Section 4.03, Client is enrolled in the Data Cooperative, and
// Tessellate may combine Client Data …": once the review strikes what the programme does with the data, leaving the
// customer enrolled by default reads as a contradiction (the lawyer audit of agreements 33–36). The default turns
// round with it: "Client is not enrolled in the Data Cooperative". Pure: engine types only.
import type { RedlineOp } from '../engine/types';
import type { EditTrack } from './editTrack';
import { numberingPrefixLength } from './redline/sentenceSpan';

/** "Unless Client notifies Tessellate otherwise under Section 4.03, Client is enrolled in": the default and its verb. */
const ENROLLED_UNLESS =
  /^Unless\s[^,;]{1,160}?\botherwise\b[^,;]{0,80},\s+((?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(is|will\s+be|shall\s+be)\s+((?:automatically\s+)?(?:enrolled|included|opted\s+in|registered))\b/;

/**
 * The ops that turn a default enrolment round, when the review has already edited the paragraph and the sentence
 * still enrols the customer unless it objects; undefined otherwise. Applied to the track's current text.
 */
export function declineDefaultEnrolment(track: EditTrack): RedlineOp[] | undefined {
  if (track.ops().length === 0) return undefined;
  const text = track.current;
  const lead = text.length - text.trimStart().length;
  const start = lead + numberingPrefixLength(text.slice(lead));
  const found = ENROLLED_UNLESS.exec(text.slice(start));
  if (!found?.[1] || !found[2] || !found[3]) return undefined;
  const party = start + found[0].indexOf(found[1], found[0].indexOf(','));
  // "is enrolled" → "is not enrolled"; "will be enrolled" → "will not be enrolled".
  const verbEnd = start + found[0].length - found[3].length - found[2].length - 1;
  const enrolled = found[3].replace(/^automatically\s+/, '');
  const modal = found[2].split(/\s+/);
  const negated = modal.length === 1 ? `${modal[0]} not ${enrolled}` : `${modal[0]} not ${modal.slice(1).join(' ')} ${enrolled}`;
  // "the Customer is …" now opens the sentence: its first letter takes the capital.
  const lower = /^[a-z]/.test(found[1]);
  const cut = lower ? party + 1 : party;
  return [
    { kind: 'delete', start, end: cut, text: text.slice(start, cut) },
    ...(lower ? [{ kind: 'insert' as const, at: cut, text: found[1].charAt(0).toUpperCase() }] : []),
    { kind: 'delete', start: verbEnd, end: start + found[0].length, text: text.slice(verbEnd, start + found[0].length) },
    { kind: 'insert', at: start + found[0].length, text: negated },
  ];
}
