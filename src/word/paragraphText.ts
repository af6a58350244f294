// The texts Word reports for one paragraph and how they line up: Word's marker characters (note references, field
// and control marks), the engine's view of them, and where the text as it now reads sits inside the text as shown
// (deleted text included where the markup view shows it). Pure string work: must not name Office or Word.

/** Note references (\x02), field, control and other marks: C0 controls but tab, line feed, CR, line and page breaks. */
export function isMarker(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0b && code !== 0x0c;
}

/**
 * The engine's text: markers removed, and manual line and page breaks read as spaces (one for one, so "Customer\vData"
 * stays two words). `rawIndex[i]` is where the engine's offset i lies in `raw` (one extra entry for the end).
 */
export function stripMarkers(raw: string): { text: string; rawIndex: number[] } {
  const kept: string[] = [];
  const rawIndex: number[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    if (isMarker(code)) continue;
    rawIndex.push(i);
    kept.push(code === 0x0b || code === 0x0c ? ' ' : raw[i]!);
  }
  rawIndex.push(raw.length);
  return { text: kept.join(''), rawIndex };
}

/**
 * Puts the markers `shown` holds into `current` where they stand: `current` is what getText returned (it leaves
 * markers out), `shown` is the `text` property (markers in, deleted text too in some views). Undefined when the two
 * cannot be lined up, so the caller keeps `current` as it is.
 */
export function withMarkers(current: string, shown: string): string | undefined {
  const out: string[] = [];
  let i = 0;
  for (let j = 0; j < shown.length; j += 1) {
    if (i < current.length && shown[j] === current[i]) {
      out.push(current[i]!);
      i += 1;
    } else if (isMarker(shown.charCodeAt(j))) out.push(shown[j]!);
    // Anything else in `shown` is deleted text the view shows; it has no place in the text as it now reads.
  }
  return i === current.length ? out.join('') : undefined;
}

/**
 * Where each character of `inner` can sit in `outer` (of which it is a subsequence: `outer` adds deleted text): the
 * leftmost and the rightmost possible place. Where both agree, the place is certain. Undefined if `inner` is not a
 * subsequence of `outer`.
 */
export function embedding(
  inner: string,
  outer: string,
): { readonly left: readonly number[]; readonly right: readonly number[] } | undefined {
  const left: number[] = [];
  for (let j = 0; j < outer.length && left.length < inner.length; j += 1) if (outer[j] === inner[left.length]) left.push(j);
  if (left.length < inner.length) return undefined;
  const right: number[] = new Array<number>(inner.length);
  let i = inner.length - 1;
  for (let j = outer.length - 1; j >= 0 && i >= 0; j -= 1) {
    if (outer[j] === inner[i]) {
      right[i] = j;
      i -= 1;
    }
  }
  return { left, right };
}
