// Whether a derived-data sentence already sets its own standard of anonymity, which the review keeps rather than trade
// for the playbook's. Pure: no imports.

/**
 * A condition of the vendor's own that already says how derived data must be aggregated or kept anonymous, however
 * it is introduced: "provided the results are aggregated across …", "as long as they don't identify you", "only where
 * each metric is derived from at least five clients and does not name Client", "provided that the Fund is not identified and
 * no statistic is derived from fewer than five subscribers", "provided that no client is named or can readily be identified",
 * "provided that no such statistics identify the Client" (audit63, 178 § 6.2).
 */
const CONDITION_STANDARD =
  /\b(?:provided|on\s+condition|(?:as|so)\s+long\s+as|only\s+(?:if|where|when))\b[^.;]{0,200}?(?:\baggregated\b|\b(?:(?:do|does|shall|will|may)\s+not|(?:do|does)n['’]t)\s+(?:identify|name|be\s+used\s+to\s+identify)\b|\birreversibly\b|\b(?:is|are)\s+not\s+identified\b|\b(?:is|are)\s+named\s+or\s+can\s+(?:readily\s+|reasonably\s+)?be\s+identified\b|\bno\s+(?:such\s+)?[a-z]+\s+(?:identif(?:y|ies)|names?)\b|\b(?:fewer|less)\s+than\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b)/i;
/** The standard built into the data's own description ("… expressed as percentage gains without identifying Customer",
 * audit172, 394 § 5.5): "in aggregated form that does not identify any user", "in
 * anonymised and aggregated form" (both, not either alone), "so that it is no longer capable of being associated with you". */
const STANDARD_IN_FORM =
  /\bin\s+(?:an?\s+)?(?:aggregated?|anonymi[sz]ed|de-identified)\s+(?:and\s+[a-z-]+\s+)?form\s+that\s+(?:does|do|will|shall)\s+not\s+identify\b|\bin\s+(?:anonymi[sz]ed|de-identified)\s+and\s+aggregated?\s+form\b|\bin\s+aggregated?\s+and\s+(?:anonymi[sz]ed|de-identified)\s+form\b|\bso\s+that\s+(?:it|they)\s+(?:is|are|can)\s+no\s+longer\b[^.;]{0,60}?\b(?:associated|linked|connected|attributed|identif)|\bwithout\s+(?:identifying|naming)\s+(?:the\s+)?(?:[A-Z][\w-]{0,30}|any\s+(?:individual|person|customer|client))\b/i;

/**
 * "… will de-identify it only in accordance with 45 C.F.R. § 164.514(b)": the law's own standard of de-identification,
 * cited (audit155, 361 § 5.2 took the playbook's proviso, which made the HIPAA standard conditional).
 */
const LEGAL_STANDARD = /\b(?:de-?identif\w*|anonymi[sz]\w*)\b[^.;]{0,60}?\bin\s+accordance\s+with\s+(?:\d+\s+C\.?\s?F\.?\s?R\.?|HIPAA\b|the\s+HIPAA\b|the\s+(?:safe\s+harbou?r|expert\s+determination)\b)/i;

/**
 * "… and the resulting de-identified information may be used … for any purpose not prohibited by law": the law's
 * standard governs the de-identifying, not the use the sentence then opens (agreement-85 § B.2 kept its limb (d)).
 */
const OPEN_USE = /\bfor\s+any\s+(?:lawful\s+|other\s+)?purposes?\b|\bnot\s+prohibited\s+by\s+law\b/i;

/** True when the sentence says itself how its derived data is aggregated or kept from identifying anyone. */
export function setsOwnStandard(sentence: string): boolean {
  return CONDITION_STANDARD.test(sentence) || STANDARD_IN_FORM.test(sentence) || (LEGAL_STANDARD.test(sentence) && !OPEN_USE.test(sentence));
}

/** The sentence without its own standard, so the "not" of "does not identify you" reads as no promise of its own. */
export function withoutOwnStandard(sentence: string): string {
  return sentence.replace(new RegExp(CONDITION_STANDARD.source, 'gi'), ' ').replace(new RegExp(STANDARD_IN_FORM.source, 'gi'), ' ');
}

/** Words a strike of selling takes with it: "sell", "license", "commercialise", and the joins between them. */
const SALE_WORD = /^(?:sell|licen[cs]e|commerciali[sz]e|monetis?e|monetize|distribute|disclose|and|or)$/i;
/** "such Aggregated Data is not used to train any … model, and that ": the one limb of the proviso the sentence lacked. */
const TRAINING_LIMB_ONLY = /^[\s,]*(?:provided that )?such [\w -]{1,40}? is not used to train any [\w -]{1,60}?model(?:, and that |[.;]?$)/;
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z]+/g) ?? [];
type Op = { readonly kind: 'delete'; readonly text: string } | { readonly kind: 'insert'; readonly text: string };

/**
 * Edits that keep a sentence's own standard: they strike only its selling ("use, publish and commercialise" → "use and
 * publish": what comes back in is words struck a moment before) and may add the limb barring training. With that limb
 * alone, the sentence and its data's definition said the rest (audit170, 389 Sch para 5 called the other limbs circular).
 */
export function keepsStandardBarsTraining(sentence: string, ops: readonly Op[]): boolean {
  const barsTraining = ops.some((op) => op.kind === 'insert' && TRAINING_LIMB_ONLY.test(op.text));
  const deleted = ops.flatMap((op) => (op.kind === 'delete' ? wordsOf(op.text) : []));
  const restored = ops.flatMap((op) => (op.kind === 'insert' && !TRAINING_LIMB_ONLY.test(op.text) ? wordsOf(op.text) : []));
  const gone = deleted.filter((word) => !restored.includes(word));
  const saleOnly = restored.every((word) => deleted.includes(word)) && gone.every((word) => SALE_WORD.test(word));
  return ops.length > 0 && saleOnly && (barsTraining || (deleted.length > 0 && setsOwnStandard(sentence)));
}
