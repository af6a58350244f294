// "may use, disclose and commercialise Service Data to operate, secure and support the Platform": once an edit has kept
// a permission's purposes to serving the customer, selling the data serves none of them, and a lawyer strikes the verb
// too (audit170, 389 § 4.3: "you do not commercialise data in order to support the Platform"). Pure: engine types only.
import type { RedlineOp } from '../engine/types';
import { wordDiff } from './redline/wordDiff';

/** "may use, disclose and commercialise …": a modal, then its verbs listed with "and" or "or". */
const PERMITTED_VERBS = /\bmay\s+((?:[a-z]+(?:\s+exploit)?,\s+){0,8}[a-z]+(?:\s+exploit)?,?\s+(?:and|or)\s+[a-z]+(?:\s+exploit)?)\s/g;
const SELLING = /^(?:commerciali[sz]e|commercially\s+exploit|exploit|monetise|monetize|sell|resell)$/;
/** The purpose that follows the object, serving the customer only: "… to operate, secure and support the Platform." */
const SERVING_ONLY = /^[^;.]{0,120}?\bto\s+(?:provide|operate|deliver|secure|support|maintain|host|perform)\b(?![^;.]*\b(?:improv|develop|train|research|market|other\s+(?:products|customers))\w*)[^;.]*[;.]?\s*$/i;

/** The ops that strike the selling verbs of a permission whose purposes an edit of this review kept to serving. */
export function sellingVerbsStruck(original: string, current: string): RedlineOp[] | undefined {
  if (original === current) return undefined;
  for (const found of current.matchAll(PERMITTED_VERBS)) {
    const list = found[1] as string;
    const start = (found.index ?? 0) + found[0].indexOf(list);
    const sentenceEnd = current.indexOf('.', start + list.length);
    const rest = current.slice(start + list.length, sentenceEnd < 0 ? current.length : sentenceEnd + 1);
    // Only where the purposes were narrowed by this review: the vendor's own wording is left to the vendor.
    if (!SERVING_ONLY.test(rest) || original.includes(current.slice(start, start + list.length + rest.length))) continue;
    const verbs = list.split(/,\s+(?:and\s+|or\s+)?|(?<![\s,])\s+(?:and|or)\s+/);
    const kept = verbs.filter((verb) => !SELLING.test(verb));
    if (kept.length === verbs.length || kept.length === 0) continue;
    const joiner = /\sor\s+[a-z]+(?:\s+exploit)?$/.test(list) ? 'or' : 'and';
    const text = kept.length === 1 ? (kept[0] as string) : `${kept.slice(0, -1).join(', ')} ${joiner} ${kept[kept.length - 1]}`;
    return [...wordDiff(list, text, start).ops];
  }
  return undefined;
}
