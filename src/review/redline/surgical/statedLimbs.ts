// A proviso says only what its clause does not already say: "may compile, from Customer Data and the data of its other
// customers, aggregated … statistics" needs no "provided that such data is aggregated with the data of other
// customers" (lawyer audit of agreement 165, audit60: two of the three conditions were already in the clause).
// Pure: no imports.

const HEAD = /^(provided that such (?:data|statistics|[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}) )(.+)$/;
/** Words that carry no condition of their own. */
// "data" names no condition: "aggregated with the data of other customers" is said by "aggregate Usage Analytics with
// usage analytics derived from its other customers" (audit63, 178 § 6.2).
const FILLER = new Set(['such', 'with', 'that', 'does', 'this', 'from', 'into', 'which', 'their', 'there', 'data']);
/** Words of four letters or more, stemmed to their first six: "aggregated" and "aggregate" meet as "aggreg"; "other" is not "otherwise". */
const stemsOf = (text: string): string[] =>
  (text.toLowerCase().match(/[a-z][a-z-]{3,}/g) ?? []).filter((w) => !FILLER.has(w)).map((w) => w.slice(0, 6));

/**
 * "… will not disclose Derived Data in a form that names Customer or identifies any individual": a duty about what is
 * disclosed, not a standard the data itself meets; the stock limb "does not identify Customer or any individual" is no
 * repetition of it (audit175, 399 § 6.4 lost the limb, still read as a risk, and was turned into a ban on creating the data).
 */
const DISCLOSURE_FORM = /\b(?:disclose|publish|share|release|distribute|make\s+available)\b[^.;]{0,80}?\bin\s+(?:a|any)\s+(?:form|manner|way)\s+that\b[^.;]{0,200}/gi;

/** The limbs of a proviso's body: "is A, does not B, and is not C" → ["is A", "does not B", "is not C"]. */
const limbsOf = (body: string): string[] => body.split(/,\s(?:and\s)?|\sand\s(?=(?:is|are|does|do|will|shall)\s)/);

function joined(limbs: readonly string[]): string {
  if (limbs.length <= 2) return limbs.join(' and ');
  return `${limbs.slice(0, -1).join(', ')}, and ${limbs[limbs.length - 1]}`;
}

/**
 * The proviso without the limbs whose every word the sentence already says, or undefined when it says them all. A
 * limb stated with "not" is kept unless the sentence says "not" too: "does not identify" is no "identifies".
 */
export function withoutStatedLimbs(proviso: string, sentence: string, definition = ''): string | undefined {
  const match = HEAD.exec(proviso);
  if (!match) return proviso;
  const [, head = '', body = ''] = match;
  const inSentence = new Set(stemsOf(sentence));
  const identifyingInSentence = new Set(stemsOf(sentence.replace(DISCLOSURE_FORM, ' ')));
  const withDefinition = new Set([...inSentence, ...stemsOf(definition)]);
  // "provided that no such statistics identify the Client" says "does not identify" as surely as "not" would, and
  // "neither Customer nor any individual is identified" as surely again.
  const negative = /\bnot\b|n[’']t\b|\bno\b|\bnever\b|\bneither\b/i.test(`${sentence} ${definition}`);
  const limbs = limbsOf(body);
  const kept = limbs.filter((limb) => {
    const stems = stemsOf(limb);
    // A standard of identification is kept unless the sentence itself sets one: the definition's is read nowhere else.
    const said = /\bidentif/i.test(limb) ? identifyingInSentence : withDefinition;
    const stated = stems.length > 0 && stems.every((s) => said.has(s)) && (negative || !/\bnot\b/.test(limb));
    return !stated;
  });
  if (kept.length === 0) return undefined;
  return kept.length === limbs.length ? proviso : `${head}${joined(kept)}`;
}

/**
 * "… may publish them in aggregated form, provided that no Client, Matter or party to a Matter can be identified": a
 * clause whose own proviso sets its standard of identification needs no stock limb on the same point beside it
 * (audit65, 186 § 6.6). Only that limb goes; the proviso's other limbs stay as written.
 */
// "no Client … can be identified", "does not identify": a standard of identification; "shall not attempt to
// re-identify" or "not disclose … in a form that identifies" are duties of another kind.
// "Customer is not named or reasonably identifiable as a source" sets one too (audit170, 389 Sch para 5).
const OWN_IDENTIFICATION_STANDARD =
  /\bno\b[^.;]{0,80}\b(?:can|could|may|will)\s+be\s+identified\b|\b(?:does|do|will|shall)\s+not\s+identify\b|\bnot\s+(?:named\s+or\s+)?(?:reasonably\s+|readily\s+)?identifiable\b/i;
export function withoutOwnIdentification(proviso: string, ownProviso: string): string | undefined {
  const match = HEAD.exec(proviso);
  if (!match || !OWN_IDENTIFICATION_STANDARD.test(ownProviso)) return proviso;
  const [, head = '', body = ''] = match;
  const kept = limbsOf(body).filter((limb) => !/\bidentif/i.test(limb));
  return kept.length === 0 ? undefined : `${head}${joined(kept)}`;
}

/** The defined term a proviso names with "such": "such Derived Data" → "Derived Data". */
export const suchNamed = (proviso: string): string | undefined => /\bsuch ((?:[A-Z][\w-]*\s)*[A-Z][\w-]*)\b/.exec(proviso)?.[1];

/**
 * The definition of the term a proviso names, for the limbs it already states: "provided that such Aggregated Data is
 * aggregated with the data of other customers" repeats a definition that already compiles it "together with data from
 * other sources (including other customers …), in a form from which neither Customer nor any individual is identified"
 * (audit170, 389 Sch para 5: the auditor called the limbs circular).
 */
export function definitionOf(proviso: string, meanings: ReadonlyMap<string, string> | undefined): string {
  const named = suchNamed(proviso);
  const meaning = named === undefined ? undefined : meanings?.get(named);
  return meaning === undefined ? '' : `${named} means ${meaning}`;
}
