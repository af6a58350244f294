// The customer's own form, with the vendor's terms attached as a part of it: its own clauses may still give way to that
// part ("the clauses of this Agreement shall prevail over the Annexes, save that Annex C shall prevail in relation to
// … the Supplier's use of Platform Data"; "shall not use Brackenfold Data … to train …, except as expressly permitted by
// Annex C"). Every redline of the vendor's part then answers to the vendor's own words, and the lawyer audit of 458
// found the form's protections undone by these two limbs alone. They are the only words of the customer's own form the
// review marks: each goes, so the form's clauses govern the data whatever the vendor's part says. Pure: engine types
// and the review's helpers.
import type { Analysis, Paragraph } from '../engine/types';
import type { PlaybookIssue } from '../playbook/schema';
import { PART_HEADING, PART_PREVAILS_HEAD } from './partRank';
import { conformingEdit, type EditItem, type ReviewChoices } from './reviewItems';
import { escapeRegExp } from './redline/surgical/context';
import { commentWording } from './wording';

const PART = String.raw`(Schedule|Exhibit|Annex|Appendix|Attachment)\s+([A-Z0-9]{1,3})`;
/** ", save that Annex C shall prevail in relation to …" to the end of the sentence (the exception partRank reads). */
const PART_PREVAILS = new RegExp(String.raw`,\s+${PART_PREVAILS_HEAD}[^.;]*`, 'g');
/** ", except as expressly permitted by Annex C" in a clause that protects the data. */
const PART_PERMITS = new RegExp(String.raw`(?:,\s|(?<=\S)\s)(?:except|save)\s+as\s+(?:expressly\s+|otherwise\s+)?(?:permitted|provided|set\s+out|authori[sz]ed)\s+(?:by|in|under)\s+${PART}\b(?:\s+of\s+this\s+[A-Z][\w-]*)?`, 'g');

/**
 * "… and the Group agrees to comply with the Platform Policies as updated by the Contractor from time to time on thirty
 * (30) days' notice" (462 § 12.2): the customer's own clause lets the vendor rewrite its annexed terms. Audit208 made
 * this the gateway every fix of the vendor's part could be overwritten through.
 */
const updatedBy = (vendors: readonly string[]) =>
  new RegExp(String.raw`(?:,\s|(?<=\S)\s)as\s+(?:updated|amended|varied|revised|modified)\s+by\s+(?:the\s+)?(?:${vendors.map(escapeRegExp).join('|')})\s+from\s+time\s+to\s+time(?:\s+(?:on|upon|with|by\s+giving)\s+[^.;,]{0,60}?\bnotice)?`, 'g');

/** The labels ("annex c") of the parts the review reads as the vendor's paper. */
function vendorPartKeys(paragraphs: readonly Paragraph[], vendorParts: ReadonlySet<number>): Set<string> {
  const keys = new Set<string>();
  paragraphs.forEach((paragraph, index) => {
    const heading = PART_HEADING.exec(paragraph.text);
    if (heading?.[2] !== undefined && (vendorParts.has(index) || vendorParts.has(index + 1))) keys.add(`${(heading[1] ?? '').toLowerCase()} ${heading[2].toLowerCase()}`);
  });
  return keys;
}

/** The edits striking, in the customer's own clauses, the limbs that let the vendor's part override them. */
export function ownFormDeferenceItems(
  analysis: Analysis,
  paragraphs: readonly Paragraph[],
  vendorParts: ReadonlySet<number>,
  busy: ReadonlySet<number>,
  choices: ReviewChoices,
  issue: PlaybookIssue | undefined,
): EditItem[] {
  if (issue === undefined || vendorParts.size === 0) return [];
  const keys = vendorPartKeys(paragraphs, vendorParts);
  const isVendorPart = (m: RegExpMatchArray) => keys.has(`${(m[1] ?? '').toLowerCase()} ${(m[2] ?? '').toLowerCase()}`);
  const vendors = [analysis.terms.vendor, ...analysis.parties.vendorAliases].filter((name) => name.length > 2 && !/^(?:we|us|our)$/i.test(name));
  const updating = vendors.length > 0 ? updatedBy(vendors) : undefined;
  // The clause must be about the vendor's part: it names the part, or a defined term for the vendor's terms or policies.
  const mentionsPart = (text: string) => [...keys].some((key) => text.toLowerCase().includes(key)) || /\b(?:Policies|Terms|Policy)\b/.test(text);
  const protects = (index: number) => analysis.findings.some((f) => f.paragraph === index && f.stance === 'protective');
  return paragraphs.flatMap((paragraph, index) => {
    if (vendorParts.has(index) || busy.has(index)) return [];
    const text = paragraph.text;
    const ranked = [...text.matchAll(PART_PREVAILS)].filter(isVendorPart);
    const permitted = protects(index) ? [...text.matchAll(PART_PERMITS)].filter(isVendorPart) : [];
    const updated = updating && mentionsPart(text) ? [...text.matchAll(updating)] : [];
    const found = [...ranked, ...permitted, ...updated].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    if (found.length === 0) return [];
    const ops = found.map((m) => ({ kind: 'delete' as const, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: m[0] }));
    // The part is named by the limb that defers to it; the power to update names none.
    const deferring = [...ranked, ...permitted].sort((a, b) => (a.index ?? 0) - (b.index ?? 0))[0];
    const part = deferring ? `${deferring[1] ?? ''} ${deferring[2] ?? ''}` : undefined;
    const deference = part === undefined ? undefined : ranked.length > 0
      ? `${part} is {{vendor}}'s own terms; on the use of {{customerData}} the clauses of this {{agreement}} must prevail over it, not the other way round.`
      : `${part} is {{vendor}}'s own terms, and this protection must not give way to them.`;
    const external = [deference, updated.length > 0 ? UPDATES_REASON : undefined].filter((r): r is string => r !== undefined).join(' ');
    const internal = [
      part ? `Our own clause deferred to ${part}, the supplier's terms: the words letting ${part} override it were struck.` : undefined,
      updated.length > 0 ? 'Our own clause let the supplier update its annexed terms: those words were struck.' : undefined,
    ].filter((r): r is string => r !== undefined).join(' ');
    return [conformingEdit(index, text, ops, [issue], choices.position, { internal: `[Internal] ${internal}`, external: commentWording(external, analysis.terms) })];
  });
}

const UPDATES_REASON = "{{vendor}}'s terms annexed to this {{agreement}} bind {{customer}} as they stand at signature; a change to them needs {{customer}}'s written agreement.";
