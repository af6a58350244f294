// Order forms name their parties in labelled blocks, one a line: 'Provider: Glyphora Labs, Inc., 1400 Folsom Street …
// ("Glyphora")' and 'Reseller: Tandem & Pike Creative LLC … ("Reseller")'. The label says the side; the bracket gives
// the name the clauses use. Pure: imports only engine types.
import type { Definition, Paragraph, TermDenotation } from './types';

/**
 * "Provider: ", "Customer Name: ": a short label and its colon opening the line, or opening a sentence of it ('… ("Pixelwren",
 * "we", "us" or "our"). Customer: Tallow & Thistle …' puts both blocks on one line).
 */
const PARTY_LABEL = /(?:^|[.;]\s+)([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?):\s/g;
const VENDOR_LABEL = /^(?:Provider|Vendor|Supplier|Licensor|Seller|Contractor|Processor|Service Provider)$/;
const CUSTOMER_LABEL = /^(?:Customer|Client|Subscriber|Buyer|Purchaser|Licensee)$/;
/** A party's short name: one or two capitalised words. */
const SHORT_NAME = /^[A-Z][\w&-]*(?: [A-Z][\w&-]*)?$/;
/** "… with a third-party franchisor (the ", "… under agreements with its parent (the ": the bracket names another entity. */
// ("… with its registered office at …" is the party's own address.)
const OTHER_ENTITY = /\bthird[- ]part(?:y|ies)\b|\b(?:agreements?|arrangements?|contracts?)\s+with\b/i;
/** Party blocks come first: on the title's heels, before any clause. */
const OPENING_LINES = 8;

interface Block {
  readonly label: string;
  readonly labelled?: Definition;
  readonly named: Definition;
}

function blocksOf(index: number, text: string, found: readonly Definition[]): Block[] {
  const labels = [...text.matchAll(PARTY_LABEL)];
  return labels.flatMap((label, k) => {
    const labelText = label[1] as string;
    const from = (label.index ?? 0) + label[0].length;
    const to = labels[k + 1]?.index ?? text.length;
    const named = found.find((d) => d.paragraph === index && d.start >= from && d.start < to && SHORT_NAME.test(d.term));
    // "Customer: Bluebonnet …, LLC, operating … under franchise agreements with a third-party franchisor (the
    // "Franchisor")": a name given to someone the party deals with is not the party's own (audit101, 264).
    if (!named || OTHER_ENTITY.test(text.slice(Math.max(from, named.start - 60), named.start))) return [];
    const labelled = found.find((d) => d.paragraph === index && d.term === labelText && d.start < from && d.start >= (label.index ?? 0));
    return [{ label: labelText, ...(labelled ? { labelled } : {}), named }];
  });
}

/**
 * The definitions with two labelled party blocks resolved: the bracketed names take the sides the labels give (a
 * vendor label makes the other block the customer, and the reverse), and the labels themselves are no names.
 * Unchanged unless exactly two blocks are found and one label names a side.
 */
export function labelledParties(found: readonly Definition[], paragraphs: readonly Paragraph[]): Definition[] {
  const sideOf = (block: Block): TermDenotation | undefined => (VENDOR_LABEL.test(block.label) ? 'vendor' : CUSTOMER_LABEL.test(block.label) ? 'customer' : undefined);
  const labelled = paragraphs.slice(0, OPENING_LINES).flatMap((p, i) => blocksOf(i, p.text, found));
  // 'Services: QualityIQ Platform … (the "Sites")' after the two party blocks: where more than two labels name a term,
  // the blocks whose labels name a side are the parties (303's order form named its vendor "Provider" otherwise).
  const sided = labelled.filter((block) => sideOf(block) !== undefined);
  const blocks = labelled.length > 2 && sided.length === 2 ? sided : labelled;
  // One block only ("Provider: HearthVoice Systems, Inc. … ("HearthVoice")", the customer's line naming no short name):
  // its label still says its side.
  const only = blocks.length === 1 ? blocks[0] : undefined;
  const onlySide = only && sideOf(only);
  if (only && onlySide) return found.filter((d) => d === only.named || d !== only.labelled).map((d) => (d === only.named ? { ...d, denotes: onlySide } : d));
  if (blocks.length !== 2) return [...found];
  const [first, second] = blocks as [Block, Block];
  const firstSide = sideOf(first) ?? (sideOf(second) === 'vendor' ? 'customer' : sideOf(second) === 'customer' ? 'vendor' : undefined);
  if (!firstSide || firstSide === sideOf(second)) return [...found];
  const sides = new Map<Definition, TermDenotation>([
    [first.named, firstSide],
    [second.named, firstSide === 'vendor' ? 'customer' : 'vendor'],
  ]);
  const labels = new Set(blocks.flatMap((b) => (b.labelled && b.labelled !== b.named ? [b.labelled] : [])));
  return found.filter((d) => !labels.has(d)).map((d) => (sides.has(d) ? { ...d, denotes: sides.get(d) as TermDenotation } : d));
}
