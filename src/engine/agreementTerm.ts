// The agreement's own name, for inserted wording ("this Agreement", "these Terms"): the name given to the whole, not to
// one of its parts. Pure: imports only engine types.
import type { Definition, Paragraph } from './types';

/**
 * The agreement's own name. '… (together, the "Online Terms") are incorporated into this Agreement': documents that
 * form part of the agreement are not the agreement, and inserted wording says "this Agreement".
 */
export function agreementTerm(definitions: readonly Definition[], paragraphs: readonly Paragraph[]): string | undefined {
  // "Special Terms: At launch, Model Improvement will be set to Off": a heading-style label the contract never calls
  // "these Special Terms" names a part, not the agreement ("these Terms").
  const citedAsItself = (term: string) => /^(?:this|these)\s/i.test(term) || paragraphs.some((p) => p.text.includes(`this ${term}`) || p.text.includes(`these ${term}`) || p.text.includes(`This ${term}`) || p.text.includes(`These ${term}`));
  const named = definitions.filter((d) => d.denotes === 'agreement');
  // 'This AI Processing Addendum (the "Addendum") forms part of the … Agreement', and it says "this Addendum" throughout:
  // a part that only ever calls itself by its own name is the document under review (audit51, 132 § 5.6).
  const selfNames = new Set(paragraphs.flatMap((p) => [...p.text.matchAll(AGREEMENT_SELF_ALL)].map((m) => m[1])));
  const onlyName = (term: string) => selfNames.size === 1 && selfNames.has(term);
  // "These Terms, each Order Form and the Generative AI Product Terms … together form the "Agreement"": the name given to
  // the whole is the agreement, not the name of one of its parts (audit72, 209 wrote "these Terms" for the whole).
  const umbrella = named.find((d) => {
    const text = paragraphs[d.paragraph]?.text ?? '';
    const before = text.slice(text.lastIndexOf('. ', d.start) + 1, d.start);
    // "This Addendum supplements … Provider's Terms of Service, any order form … (collectively, the "Underlying
    // Agreement")": the part speaking of itself ("This Addendum") is not one of those collected (232 wrote "this
    // Underlying Agreement" in its own new clause, audit85).
    return namesTheWhole(before) && named.some((other) => other.term !== d.term && before.replace(new RegExp(`\\b[Tt]his ${other.term}\\b`, 'g'), '').includes(other.term));
  });
  if (umbrella) return umbrella.term;
  // The whole may be named without brackets: "… together form the "Agreement".".
  for (const paragraph of paragraphs) {
    const whole = WHOLE_NAMED.exec(paragraph.text) ?? wholeNamedAfterParts(paragraph.text);
    if (whole?.[1] && named.some((d) => d.term !== whole[1] && paragraph.text.includes(d.term))) return whole[1];
  }
  return named.find((d) => {
    const partOf = PART_OF_ANOTHER.exec(paragraphs[d.paragraph]?.text.slice(d.end) ?? '');
    // A part that speaks of itself ("This Addendum … forms part of the Main Agreement") is still the document reviewed;
    // one the contract incorporates and never cites as "these Supplier Terms" is not the agreement.
    // "These AI Terms … form part of the Agreement", in a contract that calls itself "this Agreement" throughout: the
    // exhibit cites itself too, but it is a part (349 wrote "under these AI Terms" into the body's own clauses).
    const partBesideWhole = incorporatedElsewhere(d.term, paragraphs) && [...selfNames].some((name) => name !== undefined && !d.term.endsWith(name));
    return (!partOf || partOf[1] === d.term || onlyName(d.term)) && !partBesideWhole &&
      (citedAsItself(d.term) || (named.length === 1 && !incorporatedElsewhere(d.term, paragraphs) && !paragraphs.some((p) => AGREEMENT_SELF.test(p.text))));
  })?.term;
}
/**
 * "The Supplier Terms, as extracted at Part D, are incorporated into this Call-Off Contract": a document said anywhere
 * to be incorporated into another is a part (289 wrote "these Supplier Terms" for the whole contract).
 */
function incorporatedElsewhere(term: string, paragraphs: readonly Paragraph[]): boolean {
  return paragraphs.some((p) => {
    const into = PART_OF_ANOTHER.exec(p.text);
    return into !== null && into[1] !== term && p.text.slice(Math.max(0, into.index - INCORPORATED_REACH), into.index).includes(term);
  });
}
/** Characters between the part's name and "incorporated into": "The Supplier Terms, as extracted at Part D, are ". */
const INCORPORATED_REACH = 80;
/** "… together form", "collectively": the words that name a whole made of parts. */
const TOGETHER = /\b(?:together|collectively)\b/g;
const FORMING = /\b(?:form|forms|constitute|constitutes|comprise|comprises|make\s+up|makes\s+up|referred\s+to\s+as)\b/;
/**
 * '(together, the "' or '… together with the DPA …, form the agreement (the "': the name that follows is given to the
 * whole. '… together with the Student Data Privacy Addendum (the "' names a part (audit104, 271 wrote "this DPA").
 */
function namesTheWhole(before: string): boolean {
  const last = [...before.matchAll(TOGETHER)].pop();
  if (last === undefined) return false;
  const tail = before.slice((last.index ?? 0) + last[0].length);
  // "(together with the Order Form and the … Addendum, the "": the parts listed in the bracket, then the whole's name.
  return /^,?\s*(?:the\s+)?["“]?$/.test(tail.trim()) || FORMING.test(tail) || /^with\s[^"“”()]*,\s*(?:the\s+)?["“]?$/.test(tail.trim());
}
const WHOLE_NAMED = /\b(?:together|collectively)\s+(?:form|constitute|make\s+up|comprise)\s+(?:the\s+)?["“]([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})["”]/;
/**
 * "These Terms, together with each Order Form, the Data Processing Addendum … (the "DPA") …, constitute the
 * "Agreement"": the parts listed first, the whole's name at the end of the same sentence (379 wrote "this DPA").
 */
function wholeNamedAfterParts(text: string): RegExpExecArray | null {
  const whole = WHOLE_NAMED_LATE.exec(text);
  if (whole === null) return null;
  const sentence = text.slice(text.lastIndexOf('. ', whole.index) + 1, whole.index);
  return /\btogether\s+with\b|\bcollectively\b/.test(sentence) ? whole : null;
}
const WHOLE_NAMED_LATE = /\b(?:form|constitute|make\s+up|comprise)s?\s+(?:the\s+)?["“]([A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2})["”]/;
/** The agreement calling itself something: "this Agreement", "these Terms". */
// "this Call-Off Contract", "this Master Agreement": one capitalised word may stand before the document's kind.
const AGREEMENT_SELF = /\b(?:this|these)\s+(?:[A-Z][\w-]*\s)?(?:Agreement|Terms|Contract|Addendum|DPA)\b/;
const AGREEMENT_SELF_ALL = /\b(?:this|these)\s+(Agreement|Terms|Contract|Addendum|DPA)\b/g;
// "incorporated into and made a part of this Agreement": an addendum that is part of the agreement is not the agreement.
const PART_OF_ANOTHER = /\b(?:incorporated\s+(?:into|in|by\s+reference\s+into)|(?:form(?:s|ing)?|made)\s+(?:an?\s+(?:integral\s+)?)?part\s+of)\s+(?:this|these|the)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})/;
