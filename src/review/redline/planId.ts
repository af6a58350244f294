// Deterministic plan ids: the same target, position and text always give the same id, and nothing random is used.
// Pure: must not import Office, React, the DOM or Node.

/** FNV-1a, 32 bits: tiny, stable across runs and platforms, and good enough to tell plans apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function planId(parts: readonly (string | number)[]): string {
  return `plan-${fnv1a(parts.join('\u0000'))}`;
}

// Every plan of a paragraph names the paragraph's text in its id; one long paragraph planned many times is hashed
// once (the last few texts are remembered), so a plan costs time for its own sentence, not the whole paragraph.
const REMEMBERED_TEXTS = 16;
const knownDigests = new Map<string, string>();

/** A short stand-in for a long text inside a plan id: same text, same digest. */
export function textDigest(text: string): string {
  const known = knownDigests.get(text);
  if (known !== undefined) return known;
  const digest = `${text.length}:${fnv1a(text)}`;
  if (knownDigests.size >= REMEMBERED_TEXTS) knownDigests.delete(knownDigests.keys().next().value as string);
  knownDigests.set(text, digest);
  return digest;
}
