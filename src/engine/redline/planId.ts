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
