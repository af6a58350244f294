// Which clause gives way to which: a protection in the body does not answer a grant in a schedule the contract ranks
// above the body ("the following order of precedence applies: the Order Form, Schedule 2, … and then these terms";
// "This Schedule … applies despite anything to the contrary in clauses 4 and 6"), nor a grant that opens
// "Notwithstanding anything to the contrary" or "Notwithstanding Section 5.1". The lawyer audits of 265, 273 and 274
// found the review leaving such grants alone as "already answered elsewhere" while the grant prevailed. Pure: the clause
// numbers only.
import type { Paragraph } from '../engine/types';
import { numberAtStart } from './clauseNumbers';

/** "SCHEDULE C – VENDOR TERMS", "Exhibit B", "Annex 1": the heading that opens a part, with its label where it has one. */
export const PART_HEADING = /^\s*(SCHEDULE|Schedule|EXHIBIT|Exhibit|ANNEX|Annex|APPENDIX|Appendix|ATTACHMENT|Attachment)\b(?:\s+([A-Z0-9]{1,3})\b)?/;
/** "This Schedule … applies despite anything to the contrary in clauses 4 and 6", "… prevails over the Online Terms". */
const PREVAILS_ITSELF = /\b(?:appl(?:y|ies)|shall\s+apply|has\s+effect)\s+(?:despite|notwithstanding)\s+anything\b|\bprevails?\s+over\b|\bshall\s+prevail\b|\btakes?\s+precedence\s+over\b/i;
/** "the following order of precedence applies: the BAA, the Order Form, Exhibit B, and the body of this Agreement". */
// Items may be set apart by semicolons ("(a) Schedule 5 (Negotiated Rider); (b) …; (c) clauses 1 to 14 of this
// Agreement", 450 § 14.1): the list runs to the full stop.
const ORDER = /\border\s+of\s+precedence\b[^:]{0,40}?:?\s*([^.]+)/i;
const BODY = /\b(?:these|this)\s+(?:general\s+)?(?:terms|agreement|conditions)\b|\bbody\b|\bmaster\s+(?:subscription|services)\s+(?:terms|agreement)\b/i;
const OVERRIDES_ALL = /\b(?:notwithstanding|despite)\s+anything\s+(?:to\s+the\s+contrary\s+)?(?:in|elsewhere)\b/i;
const OVERRIDES_CITED = /\b(?:notwithstanding|despite)\s+(?:Sections?|[Cc]lauses?|[Pp]aragraphs?)\s+([A-Z]?\.?\d+(?:\.\d+)*)/;

/** The part (0 for the body) each paragraph belongs to, and each part's key ("schedule 2", "exhibit b"). */
function partsOf(paragraphs: readonly Paragraph[]): { readonly part: number[]; readonly keys: string[] } {
  const keys = ['body'];
  const part: number[] = [];
  for (const paragraph of paragraphs) {
    const heading = PART_HEADING.exec(paragraph.text);
    // A part without a label ("SCHEDULE – DATA USE") is a part of its own that no order of precedence can name.
    if (heading) keys.push(heading[2] === undefined ? `\u0000part ${keys.length}` : `${(heading[1] ?? '').toLowerCase()} ${heading[2].toLowerCase()}`);
    part.push(keys.length - 1);
  }
  return { part, keys };
}

/** Each part's rank (lower prevails), where the contract gives one. */
function ranks(paragraphs: readonly Paragraph[], keys: readonly string[], part: readonly number[]): Map<number, number> {
  const rank = new Map<number, number>();
  for (const paragraph of paragraphs) {
    const order = ORDER.exec(paragraph.text);
    if (!order) continue;
    // "the Order Form, Schedule 2, the relevant Statement of Work, and then these terms": split on commas (a pattern
    // of optional words around them grew with the square of a run of spaces).
    const items = (order[1] ?? '').split(/[,;]/).flatMap((item) => item.split(' then ')).map((item) => item.trim().replace(/^(?:and|then)\s/, ''));
    items.forEach((item, at) => {
      const named = keys.findIndex((key, k) => k > 0 && item.toLowerCase().includes(key));
      const which = named > 0 ? named : BODY.test(item) ? 0 : -1;
      if (which >= 0 && !rank.has(which)) rank.set(which, at);
    });
  }
  // A part that says of itself that it prevails over the body ranks above it, unless an order already ranks it.
  paragraphs.forEach((paragraph, index) => {
    const own = part[index] ?? 0;
    const opening = own > 0 && part[index - 2] !== own;
    if (opening && PREVAILS_ITSELF.test(paragraph.text) && !rank.has(own)) {
      if (!rank.has(0)) rank.set(0, 0);
      rank.set(own, (rank.get(0) ?? 0) - 1);
    }
  });
  // "the clauses of this Agreement shall prevail over the Annexes, save that Annex C shall prevail in relation to … the
  // Supplier's use of Platform Data" (458 § 1.3, 454 § 1.2): the part the exception names ranks above the body.
  for (const paragraph of paragraphs) {
    for (const m of paragraph.text.matchAll(EXCEPTED_PART_PREVAILS)) {
      const key = `${(m[1] ?? '').toLowerCase()} ${(m[2] ?? '').toLowerCase()}`;
      const which = keys.indexOf(key);
      if (which <= 0 || rank.has(which)) continue;
      if (!rank.has(0)) rank.set(0, 0);
      rank.set(which, (rank.get(0) ?? 0) - 1);
    }
  }
  return rank;
}
/** "save that Annex C shall prevail", "except that Schedule 4 will take precedence": a part excepted from the body's rank. */
export const PART_PREVAILS_HEAD = String.raw`(?:save|except)\s+that\s+(Schedule|Exhibit|Annex|Appendix|Attachment)\s+([A-Z0-9]{1,3})\s+(?:shall|will)\s+(?:prevail|take\s+precedence|control)\b`;
const EXCEPTED_PART_PREVAILS = new RegExp(String.raw`\b${PART_PREVAILS_HEAD}`, 'gi');

/**
 * Whether the clause at `grant` prevails over the clause at `protection`, so that the protection does not answer it:
 * a higher-ranked part, "notwithstanding anything to the contrary", or "notwithstanding Section N" naming it.
 */
export function prevailsOver(paragraphs: readonly Paragraph[]): (grant: number, protection: number) => boolean {
  const { part, keys } = partsOf(paragraphs);
  const rank = ranks(paragraphs, keys, part);
  const numbers = paragraphs.map((p) => numberAtStart(p.text));
  const named = namedPrecedence(paragraphs);
  const within = (number: string | undefined, cited: string) => number !== undefined && (number === cited || number.startsWith(`${cited}.`));
  return (grant, protection) => {
    const text = paragraphs[grant]?.text ?? '';
    if (OVERRIDES_ALL.test(text)) return true;
    // "paragraph 5 of Schedule 2 shall prevail over Clauses 5 and 13": that paragraph of that part over those clauses.
    if (named.some((n) => keys[part[grant] ?? 0] === n.part && within(numbers[grant], n.paragraph) && part[protection] === 0 && n.over.some((c) => within(numbers[protection], c)))) return true;
    const cited = OVERRIDES_CITED.exec(text)?.[1];
    if (cited !== undefined && within(numbers[protection], cited)) return true;
    const mine = rank.get(part[grant] ?? 0);
    const theirs = rank.get(part[protection] ?? 0);
    return part[grant] !== part[protection] && mine !== undefined && theirs !== undefined && mine < theirs;
  };
}

/** "paragraph 5 of Schedule 2 shall prevail over Clauses 5 and 13": one paragraph of a part named above body clauses. */
const PARAGRAPH_PREVAILS =
  /\bparagraphs?\s+(\d+(?:\.\d+)*)\s+of\s+(Schedule|Exhibit|Annex|Appendix|Attachment)\s+([A-Z0-9]{1,3})\b[^.;]{0,40}?\bprevails?\s+over\s+(?:Clauses?|Sections?)\s+((?:\d+(?:\.\d+)*(?:\s*,\s*|\s+and\s+)?){1,6})/gi;

function namedPrecedence(paragraphs: readonly Paragraph[]): { readonly part: string; readonly paragraph: string; readonly over: string[] }[] {
  return paragraphs.flatMap((p) =>
    [...p.text.matchAll(PARAGRAPH_PREVAILS)].map((m) => ({
      part: `${(m[2] ?? '').toLowerCase()} ${(m[3] ?? '').toLowerCase()}`,
      paragraph: m[1] ?? '',
      over: (m[4] ?? '').match(/\d+(?:\.\d+)*/g) ?? [],
    })),
  );
}
