// A row of a list of the vendor's sub-processors or model providers: "(a) Northvale AI, Inc. (United States): large
// language model inference for research answers …", "(c) Meridian Annotation Services Pvt. Ltd. (India) - human
// labelling of sampled Video Data …". The row names a company by its legal form and says what it does with the data;
// it reads as a provider the customer's data goes to (418 Schedule 1, 411 Schedule B and 402 were read as nothing).
// Pure: string operations over the frame.
import type { Cue } from '../../reading/frame';
import type { Rule, RuleInput } from '../ruleTypes';
import { capitalised } from '../queries';

/** The words that end a company's legal name. */
const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'inc', 'inc.', 'incorporated', 'ltd', 'ltd.', 'limited', 'llc', 'l.l.c.', 'llp', 'gmbh', 'plc', 'pvt', 'pvt.', 'corp', 'corp.',
  'corporation', 'pty', 'pty.', 's.a.', 'b.v.', 'ag', 'sas', 'oy', 'ab', 'a/s', 's.r.l.', 'k.k.', 'co.',
]);
/** Small words a company's name may carry: "Bank of Ireland plc", "Smith & Jones LLP". */
const NAME_JOINS: ReadonlySet<string> = new Set(['of', 'and', '&', 'the', 'de', 'du', 'van', 'von']);
/** What separates the company from what it does: a colon or a dash set off by spaces. */
const SEPARATORS: readonly string[] = [': ', ' - ', ' \u2013 ', ' \u2014 '];
/** How far into the row the company's name may run before its separator. */
const NAME_REACH = 140;
/** How much the row must say about what the company does. */
const DESCRIPTION_MINIMUM = 12;

/** The list mark a row opens with, "(a) ", "(iv) ", "- ", or nothing. */
function markLength(text: string): number {
  if (text.startsWith('- ') || text.startsWith('\u2022 ')) return 2;
  const close = text.indexOf(') ');
  return text.startsWith('(') && close > 0 && close <= 5 ? close + 2 : 0;
}

/** The company named at the start of a provider row, as a cue over its name; undefined when the sentence is no such row. */
export function providerNamed({ frame }: RuleInput): Cue | undefined {
  const text = frame.text;
  const from = markLength(text);
  const body = text.slice(from);
  const at = Math.min(...SEPARATORS.map((s) => body.indexOf(s)).filter((i) => i > 0));
  if (!Number.isFinite(at) || at > NAME_REACH || body.length - at < DESCRIPTION_MINIMUM) return undefined;
  const first = body.charAt(0);
  if (first === '' || first !== first.toUpperCase() || first === first.toLowerCase()) return undefined;
  // "Northvale AI, Inc. (United States)": the words before the bracket that names where it is.
  const name = body.slice(0, at).split(' (')[0] ?? '';
  const words = name.split(' ').map((w) => (w.endsWith(',') ? w.slice(0, -1) : w).toLowerCase());
  if (!words.some((w) => LEGAL_FORMS.has(w))) return undefined;
  // A name, not a sentence that mentions one ("… by mailing a signed letter to Stubblefield Data Co., Attn: Legal"):
  // every word capitalised but its legal form and the joins of a name.
  if (!name.split(' ').every((w) => capitalised(w) || LEGAL_FORMS.has(w.toLowerCase()) || NAME_JOINS.has(w))) return undefined;
  return { set: 'aiProvider', text: name, start: frame.start + from, end: frame.start + from + name.length };
}

export const PROVIDER_ROW_RULES: readonly Rule[] = [
  {
    id: 'provider-row',
    category: 'third-party-ai',
    stance: 'neutral',
    severity: 'low',
    when: (i) => !i.frame.isDefinition && !i.frame.isRecital && providerNamed(i) !== undefined,
    evidence: (i) => [providerNamed(i)],
  },
];
