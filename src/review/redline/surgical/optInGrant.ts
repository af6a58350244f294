// Turns a grant the customer makes unless it switches something off into one it makes only if it switches it on:
// "Unless your workspace owner has turned off Model Improvement, you also grant us a licence to … train …" becomes
// "If your workspace owner has turned on Model Improvement, you also grant us …". A grant the customer makes has no
// vendor "may" to negate, so opt-in is the nearest the customer's words come to the position. Pure: no Office or DOM.
import type { Splice } from './splice';

/** "Unless you have opted out", "Unless your workspace owner has turned off X," opening the sentence. */
const OPT_OUT_OPENING = /^((?:\(?[a-z0-9]{1,4}(?:[.)][a-z0-9]{1,4}){0,3}[.)]?\s+)?)(Unless)\s+([^,;]{1,120}?)\b(turned\s+off|switched\s+off|disabled|opted\s+out\s+of|opted\s+out)\b([^,;]{0,120}),\s+(?=(?:you|the\s+customer|customer|client|licensee)\s+(?:also\s+)?grants?\b)/i;

const ON: Readonly<Record<string, string>> = {
  'turned off': 'turned on',
  'switched off': 'switched on',
  disabled: 'enabled',
  'opted out of': 'opted in to',
  'opted out': 'opted in',
};

/** The splices, or undefined when the sentence does not open with the customer's opt-out of its own grant. */
export function optInGrant(sentence: string): Splice[] | undefined {
  const match = OPT_OUT_OPENING.exec(sentence);
  const [, number = '', unless = '', who = '', off = ''] = match ?? [];
  if (!match || !unless || !off) return undefined;
  const unlessAt = number.length;
  const offAt = unlessAt + unless.length + match[0].slice(unlessAt + unless.length).indexOf(off);
  const on = ON[off.toLowerCase().replace(/\s+/g, ' ')];
  if (!on || who.length === 0) return undefined;
  return [
    { start: unlessAt, end: unlessAt + unless.length, text: 'If' },
    { start: offAt, end: offAt + off.length, text: on },
  ];
}
