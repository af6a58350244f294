// Compiles word sets into a trie of words and finds every phrase occurrence in a sentence in one linear pass.
// Pure: imports only the language layer. Matching cost is linear in the number of words (each word looks up its own
// prefixes for `*` stems, bounded by the longest stem), so no input can make it back-track.
import type { WordSet } from './wordSet';
import { tokenize, withoutChoiceAsides, withoutEmphaticPronouns, withoutExtendedDutyAsides, wordParts, type Token } from './tokenize';

/** One word of the sentence after splitting hyphenated tokens ("third-party" is two units). */
export interface Unit {
  /** Lower-cased, possessive ending removed ("Customer's" reads as "customer"). */
  readonly norm: string;
  readonly possessive: boolean;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the token this unit comes from. */
  readonly token: number;
}

/** One phrase occurrence: the set it belongs to and where it sits (units inclusive, characters half-open). */
export interface Tag {
  readonly set: string;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface TrieNode {
  readonly exact: Map<string, TrieNode>;
  readonly stems: Map<string, TrieNode>;
  stemLengths: number[];
  /**
   * Every stem here cut to the shortest stem's length: a word whose opening is not among them matches no stem, so most
   * words cost one lookup instead of one per stem length.
   */
  stemGate: Set<string>;
  /** The sets whose phrases end here, each once (an array: iterating a Set allocates an iterator per visit). */
  readonly ends: string[];
}

const node = (): TrieNode => ({ exact: new Map(), stems: new Map(), stemLengths: [], stemGate: new Set(), ends: [] });

export interface CompiledVocabulary {
  readonly folded: TrieNode;
  readonly cased: TrieNode;
}

function phraseWords(phrase: string, caseSensitive: boolean): string[] {
  const text = caseSensitive ? phrase : phrase.toLowerCase();
  return text
    .replace(/’/g, "'")
    .split(/\s+/)
    .flatMap((w) => (w.endsWith('*') ? [w] : wordParts(w).map((part) => part.replace(/'s$/, ''))))
    .filter((w) => w !== '');
}

function addPhrase(root: TrieNode, words: readonly string[], setId: string): void {
  let at = root;
  for (const word of words) {
    const stem = word.endsWith('*');
    const key = stem ? word.slice(0, -1) : word;
    const map = stem ? at.stems : at.exact;
    let next = map.get(key);
    if (!next) {
      next = node();
      map.set(key, next);
      if (stem && !at.stemLengths.includes(key.length)) at.stemLengths = [...at.stemLengths, key.length].sort((a, b) => a - b);
    }
    at = next;
  }
  if (!at.ends.includes(setId)) at.ends.push(setId);
}

/** Fills each node's stem gate once the trie is complete (the shortest stem length is known only then). */
function gateStems(at: TrieNode): void {
  const shortest = at.stemLengths[0];
  if (shortest !== undefined) for (const stem of at.stems.keys()) at.stemGate.add(stem.slice(0, shortest));
  for (const next of at.exact.values()) gateStems(next);
  for (const next of at.stems.values()) gateStems(next);
}

export function compileVocabulary(sets: readonly WordSet[]): CompiledVocabulary {
  const folded = node();
  const cased = node();
  for (const set of sets) {
    for (const phrase of set.phrases) {
      const words = phraseWords(phrase, set.caseSensitive === true);
      if (words.length > 0) addPhrase(set.caseSensitive ? cased : folded, words, set.id);
    }
  }
  gateStems(folded);
  gateStems(cased);
  return { folded, cased };
}

// Possessive endings, tested with endsWith: a regular expression per word was a measurable share of matching.
const dropPossessive = (norm: string) => (norm.endsWith("'s") ? norm.slice(0, -2) : norm);
const dropCasedPossessive = (text: string) => (text.endsWith("'s") || text.endsWith('’s') ? text.slice(0, -2) : text);

/** A host name with a top-level domain, then a path: "acme.com/privacy", "kestrelrouting.eu/data-use". */
const WEB_ADDRESS = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}\//u;

/** Every unit of the sentence: words split at hyphens and slashes (not in a web address), punctuation left out. */
export function unitsOf(tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  tokens.forEach((t, index) => {
    if (t.kind !== 'word') return;
    // "kestrelrouting.eu/data-use": a web address is one name; the words of its path are no words of the clause.
    if ((!t.text.includes('-') && !t.text.includes('/')) || WEB_ADDRESS.test(t.text)) {
      const possessive = t.norm.endsWith("'s") || tokens[index + 1]?.text === '’' || tokens[index + 1]?.text === "'";
      units.push({ norm: dropPossessive(t.norm), possessive, text: dropCasedPossessive(t.text), start: t.start, end: t.end, token: index });
      return;
    }
    let offset = 0;
    for (const part of t.text.split(/([-/])/)) {
      if (part !== '' && part !== '-' && part !== '/') {
        const start = t.start + offset;
        const norm = part.toLowerCase().replace(/’/g, "'");
        units.push({ norm: dropPossessive(norm), possessive: norm.endsWith("'s"), text: part, start, end: start + part.length, token: index });
      }
      offset += part.length;
    }
  });
  return units;
}

/**
 * Every phrase that starts at unit `first` and runs through unit `j` or beyond, walked depth first from `at`. No
 * frontier arrays: a sentence's units are walked once per start, allocating only the tags it finds.
 */
function walk(at: TrieNode, units: readonly Unit[], first: number, j: number, key: 'norm' | 'text', text: string, tags: Tag[]): void {
  if (j >= units.length) return;
  const word = (units[j] as Unit)[key];
  const exact = at.exact.get(word);
  if (exact) reach(exact, units, first, j, key, text, tags);
  const lengths = at.stemLengths;
  if (lengths.length === 0 || word.length < (lengths[0] as number) || !at.stemGate.has(word.slice(0, lengths[0]))) return;
  for (let s = 0; s < lengths.length; s++) {
    const length = lengths[s] as number;
    if (length > word.length) break;
    const stem = at.stems.get(word.slice(0, length));
    if (stem) reach(stem, units, first, j, key, text, tags);
  }
}

function reach(n: TrieNode, units: readonly Unit[], first: number, j: number, key: 'norm' | 'text', text: string, tags: Tag[]): void {
  if (n.ends.length > 0) {
    const start = (units[first] as Unit).start;
    const end = (units[j] as Unit).end;
    for (const set of n.ends) tags.push({ set, first, last: j, start, end, text: text.slice(start, end) });
  }
  if (n.exact.size > 0 || n.stemLengths.length > 0) walk(n, units, first, j + 1, key, text, tags);
}

function matchTrie(root: TrieNode, units: readonly Unit[], key: 'norm' | 'text', text: string, tags: Tag[]): void {
  for (let i = 0; i < units.length; i++) walk(root, units, i, i, key, text, tags);
}

/** All phrase occurrences in `text`, sorted by position then by length (longest first). */
export function matchPhrases(text: string, vocabularies: readonly CompiledVocabulary[]): { tokens: Token[]; units: Unit[]; tags: Tag[] } {
  const tokens = withoutChoiceAsides(withoutExtendedDutyAsides(withoutEmphaticPronouns(tokenize(text))));
  const units = unitsOf(tokens);
  const raw: Tag[] = [];
  for (const vocabulary of vocabularies) {
    matchTrie(vocabulary.folded, units, 'norm', text, raw);
    matchTrie(vocabulary.cased, units, 'text', text, raw);
  }
  // The order found in is the walk's; sorting gives the documented order (equal keys are equal tags).
  const tags = raw.sort((a, b) => a.start - b.start || b.end - a.end || a.set.localeCompare(b.set));
  return { tokens, units, tags };
}
