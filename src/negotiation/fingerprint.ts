// A clause's fingerprint for the decision record: its category and a 64-bit SimHash of the clause's character runs, so
// a decision still finds its clause after small edits (a word changed, a clause renumbered) and after re-analysis,
// and never a different clause. Pure: must not import Office, React, the DOM, fs or jszip.
import type { CategoryId, ProtectionId } from '../engine/types';

/** "ai-training:0f3c…" (16 hex digits), or "deletion:missing" for a protection the contract lacks. */
export type Fingerprint = string;

export const FINGERPRINT_PATTERN = /^[a-z]+(?:-[a-z]+)*:(?:[0-9a-f]{16}|missing)$/;

/**
 * Bits two fingerprints of one category may differ in and still name the same clause. Measured on the project's
 * clause sets: one changed word flips 7 of 64 bits (median; 11 at the 90th percentile), two words 10; distinct
 * clauses differ in 17 or more in 99.9 % of pairs, and the closest pair wins, so a near miss picks the nearer clause.
 */
export const MAX_DISTANCE = 13;

const SHINGLE = 5;

export function clauseFingerprint(category: CategoryId, quote: string): Fingerprint {
  return `${category}:${simHash(shingles(words(quote)))}`;
}

export function missingFingerprint(category: ProtectionId): Fingerprint {
  return `${category}:missing`;
}

/** Bits that differ, or Infinity when the two cannot be the same clause (other category, or a missing protection). */
export function distance(a: Fingerprint, b: Fingerprint): number {
  const [categoryA, hashA] = a.split(':');
  const [categoryB, hashB] = b.split(':');
  if (categoryA !== categoryB || !hashA || !hashB) return Infinity;
  if (hashA === 'missing' || hashB === 'missing') return hashA === hashB ? 0 : Infinity;
  let bits = 0;
  for (let i = 0; i < 16; i += 8) {
    let x = (parseInt(hashA.slice(i, i + 8), 16) ^ parseInt(hashB.slice(i, i + 8), 16)) >>> 0;
    while (x !== 0) {
      bits += x & 1;
      x >>>= 1;
    }
  }
  return bits;
}

/**
 * Pairs each current fingerprint with the closest recorded one of its category within MAX_DISTANCE, closest pairs
 * first, each recorded one used at most once. Returns, per current index, the index of its recorded match.
 */
export function matchFingerprints(current: readonly Fingerprint[], recorded: readonly Fingerprint[]): Map<number, number> {
  const pairs: { at: number; from: number; bits: number }[] = [];
  current.forEach((fingerprint, at) => {
    recorded.forEach((other, from) => {
      const bits = distance(fingerprint, other);
      if (bits <= MAX_DISTANCE) pairs.push({ at, from, bits });
    });
  });
  pairs.sort((x, y) => x.bits - y.bits || x.at - y.at || x.from - y.from);
  const matched = new Map<number, number>();
  const used = new Set<number>();
  for (const { at, from } of pairs) {
    if (matched.has(at) || used.has(from)) continue;
    matched.set(at, from);
    used.add(from);
  }
  return matched;
}

/** Lower-case words, without a leading clause number and without punctuation, so renumbering changes nothing. */
function words(text: string): string[] {
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^\s*(?:\(?(?:\d+(?:\.\d+)*|[a-z]{1,4})[.)]|\d+(?:\.\d+)+)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return plain.length === 0 ? [] : plain.split(' ');
}

/** Overlapping runs of SHINGLE characters: one changed word touches only the runs that cross it. */
function shingles(list: readonly string[]): string[] {
  const text = list.join(' ');
  if (text.length <= SHINGLE) return [text];
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= text.length; i += 1) out.push(text.slice(i, i + SHINGLE));
  return out;
}

function simHash(features: readonly string[]): string {
  const votes = new Array<number>(64).fill(0);
  for (const feature of features) {
    const halves = [fnv1a(feature, 0x811c9dc5), fnv1a(feature, 0x01000193 ^ 0x5bd1e995)];
    halves.forEach((half, h) => {
      for (let bit = 0; bit < 32; bit += 1) votes[h * 32 + bit]! += (half >>> bit) & 1 ? 1 : -1;
    });
  }
  const half = (h: number): string => {
    let value = 0;
    for (let bit = 0; bit < 32; bit += 1) if (votes[h * 32 + bit]! > 0) value |= 1 << bit;
    return (value >>> 0).toString(16).padStart(8, '0');
  };
  return `${half(0)}${half(1)}`;
}

/** FNV-1a over UTF-16 code units: fast, deterministic and good enough for locality-sensitive voting. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // A final avalanche, so similar shingles do not get similar hashes.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  hash ^= hash >>> 16;
  return hash >>> 0;
}
