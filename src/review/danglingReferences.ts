// Says when an edit would strike words that the rest of the contract still leans on: a term defined in the struck
// text and used elsewhere, or "that provider" / "any such authorisation" left pointing at struck words. A lawyer has
// to repair those by hand, so the review does not make such an edit. Pure: engine types only.
import type { RedlineOp } from '../engine/types';

/**
 * ("Partner Models"), (together "Licensee Data"), "Service Data" means, "De-identified Data, meaning Customer Data
 * that …": a term the struck words define.
 */
const DEFINED_HERE = /\(\s*(?:(?:together|collectively|jointly|hereinafter),?\s+)?(?:the\s+|each\s+a\s+)?["“]([^"”]{2,60})["”]\s*\)|["“]([^"”]{2,60})["”]\s+(?:means|shall\s+mean|refers\s+to)\b|(?<![\w-])((?:[A-Z][\w-]*\s){0,3}[A-Z][\w-]*),\s+(?:meaning|which\s+means)\s/g;
/** "opt out of the Program", "are not enrolled in the Program unless they opt in": a sentence that is only a switch. */
const SWITCHES = /\bopt(?:s|ed|ing)?[\s-]+(?:out|in)\b|\benrol(?:l|led|ls|ment)?\b/i;
const SENTENCE_GAP = /(?<=[.;])\s+/;
/** "Insights " before "Program": the word right before the term is a capitalised word of a longer name. */
function partOfLongerName(before: string): boolean {
  if (!before.endsWith(' ')) return false;
  const word = before.trimEnd().split(' ').pop() ?? '';
  return word.length >= 2 && word.charAt(0) >= 'A' && word.charAt(0) <= 'Z' && word.charAt(1) >= 'a' && word.charAt(1) <= 'z';
}
/** "Halvern AI Cloud, Inc.": a company named with its legal form, which introduces the name the contract uses after. */
const COMPANY_NAMED = /(?<![\w&'-])([A-Z][\w&'-]+)(?:\s+[A-Z][\w&'-]+){0,4},?\s+(?:Inc\.?|Ltd\.?|Limited|LLC|GmbH|AG|plc|S\.A\.|SAS|Corp\.?|Corporation|B\.V\.|N\.V\.|Pty)(?![\w])/g;

/**
 * "that provider", "any such authorisation", "those features", "this instruction": a noun that points back at earlier
 * words ("Customer may withdraw this instruction" once "Customer instructs Provider to …" is struck, audit51 132 § 2.3).
 */
// "Both policies, each as updated …" after the sentence naming the two policies was struck (audit58, 159 § 4.1).
const POINTER = /\b(?:this|that|such|those|[Bb]oth|the\s+relevant|the\s+same)\s+([a-z][a-z-]{3,})\b/g;

/** "authorisation" and "authorise", "providers" and "provider": the same word for this purpose. */
// "policies" and "policy" meet once the plural's "ies" is the singular's "y".
export const stem = (word: string) => {
  const singular = word.toLowerCase().replace(/ies$/, 'y');
  return singular.slice(0, Math.max(5, Math.min(7, singular.length - 2)));
};

function hasWord(text: string, word: string): boolean {
  const root = stem(word);
  return text
    .toLowerCase()
    .split(/[^a-z-]+/)
    .some((w) => w.length >= root.length && w.startsWith(root));
}

/**
 * The reason an edit leaves a dangling reference, or undefined. `text` is the paragraph before the edit, `ops` the
 * edit, `elsewhere` the other paragraphs of the contract.
 */
export function danglingReference(
  text: string,
  ops: readonly RedlineOp[],
  elsewhere: readonly string[],
  /** Offsets in `text` whose sentence the review is still going to answer (a sibling it may strike next). */
  pending: (at: number) => boolean = () => false,
): string | undefined {
  const deletes = ops.filter((op): op is Extract<RedlineOp, { kind: 'delete' }> => op.kind === 'delete');
  if (deletes.length === 0) return undefined;
  const struck = deletes.map((op) => op.text).join(' ');
  const kept = (from: number, to: number) => {
    let out = '';
    let at = from;
    for (const op of deletes) {
      if (op.end <= from || op.start >= to) continue;
      out += text.slice(at, Math.max(at, op.start));
      at = Math.max(at, op.end);
    }
    return out + text.slice(at, to);
  };
  for (const m of struck.matchAll(DEFINED_HERE)) {
    const term = (m[1] ?? m[2] ?? m[3] ?? '').replace(/[.,]$/, '');
    if (term === '') continue;
    // "the Clinical Insights Program under Section 3.3" names the programme by its full name, not by the short term
    // "Program": a capitalised word right before it makes it part of a longer name.
    const uses = (s: string) => {
      for (let at = s.indexOf(term); at >= 0; at = s.indexOf(term, at + 1)) if (!partOfLongerName(s.slice(Math.max(0, at - 30), at))) return true;
      return false;
    };
    // "An account administrator may opt out of the Program": a clause that only switches the struck use on or off goes
    // moot with it (mootOptOutItems), and leans on nothing left (audit89, 238 Supplement § 3.3 was left whole).
    const leansOn = (paragraph: string) => paragraph.split(SENTENCE_GAP).some((sentence) => uses(sentence) && !SWITCHES.test(sentence));
    if (uses(kept(0, text.length)) || elsewhere.some(leansOn)) return `it would strike the definition of “${term}”, which the contract still uses`;
  }
  // "… hosted by Halvern AI Cloud, Inc., …" struck while 5.2 still says "its agreement with Halvern": the contract
  // would name a provider it no longer introduces.
  for (const m of struck.matchAll(COMPANY_NAMED)) {
    const name = m[1] ?? '';
    const named = new RegExp(`\\b${name}\\b`);
    if (!named.test(kept(0, text.length)) && elsewhere.some((p) => named.test(p))) return `it would strike where “${m[0]}” is named, and the contract still calls it “${name}”`;
  }
  const firstCut = Math.min(...deletes.map((op) => op.start));
  for (const m of text.matchAll(POINTER)) {
    const at = m.index ?? 0;
    const noun = m[1] ?? '';
    // Only pointers in words the edit keeps, after the first cut, whose noun only the struck words gave them.
    if (at < firstCut || pending(at) || deletes.some((op) => op.start <= at && at < op.end)) continue;
    if (hasWord(struck, noun) && !hasWord(kept(0, at), noun)) return `it would leave “${m[0]}” pointing at struck words`;
  }
  return undefined;
}

/**
 * "Provider may derive … ("Consortium Signals"), and may use Consortium Signals … to train …" struck whole: the strike
 * narrowed to the limb after the definition, so the term the contract still uses keeps its meaning and the use goes
 * (audit62, 173 § 4.3: the whole strike was refused and the training grant left standing).
 */
export function withDefinitionKept(text: string, ops: readonly RedlineOp[]): RedlineOp[] | undefined {
  const [only] = ops;
  if (ops.length !== 1 || only?.kind !== 'delete') return undefined;
  const definition = [...only.text.matchAll(DEFINED_HERE)].find((m) => m[1] !== undefined);
  if (!definition) return undefined;
  const after = (definition.index ?? 0) + definition[0].length;
  const limb = /,\s+and\s+(?=(?:may|shall|will|can)\b)/.exec(only.text.slice(after));
  if (!limb) return undefined;
  const start = only.start + after + limb.index;
  const end = only.text.endsWith('.') ? only.end - 1 : only.end;
  return end > start ? [{ kind: 'delete', start, end, text: text.slice(start, end) }] : undefined;
}
