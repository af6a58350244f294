// The names a bracket gathers: 'Operational Data, Imagery and Fleet Telemetry (together, "Client Data")'.
// Pure and deterministic: imports nothing.

/** The capitalised names listed right before a bracket ("Operational Data, Imagery and Fleet Telemetry"), if two or more. */
export function gatheredNames(before: string): string | undefined {
  // Each separator starts at a comma or where a run of spaces starts, never inside the run (linear on long runs).
  const pieces = before.trimEnd().split(/,\s+(?:and\s+|or\s+)?|(?<!\s)\s+(?:and|or)\s+/);
  const names: string[] = [];
  for (let i = pieces.length - 1; i >= 0; i--) {
    const words = (pieces[i] ?? '').split(/\s+/);
    // The first item may carry the words before the list ("all rights in Operational Data"): its capitalised tail.
    let tail = words.length;
    while (tail > 0 && /^[A-Z]/.test(words[tail - 1] ?? '')) tail--;
    if (tail === words.length || words.length - tail > 4) break;
    names.unshift(words.slice(tail).join(' '));
    if (tail > 0) break;
  }
  return names.length >= 2 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : undefined;
}
